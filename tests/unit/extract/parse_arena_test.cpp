// Unit tests for extract/parse_arena.hpp: the memory Gumbo's tree of one page is built in.
#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "extract/html_document.hpp"
#include "extract/parse_arena.hpp"

using suasana::extract::HtmlDocument;
using suasana::extract::ParseArena;

TEST_CASE("arena allocations are aligned, writable and never overlap", "[extract]") {
    ParseArena arena;
    struct Span {
        std::byte* p;
        std::size_t n;
    };
    std::vector<Span> spans;
    for (std::size_t n : {1u, 7u, 16u, 33u, 1000u, 70000u, 5u, 5000000u, 3u}) {
        auto* p = static_cast<std::byte*>(arena.allocate(n));
        REQUIRE(p != nullptr);
        CHECK(reinterpret_cast<std::uintptr_t>(p) % alignof(std::max_align_t) == 0);
        std::memset(p, 0xAB, n);  // the whole request is ours (ASan would see an overrun)
        spans.push_back({p, n});
    }
    for (std::size_t a = 0; a < spans.size(); ++a) {
        for (std::size_t b = a + 1; b < spans.size(); ++b) {
            bool apart =
                spans[a].p + spans[a].n <= spans[b].p || spans[b].p + spans[b].n <= spans[a].p;
            CHECK(apart);
        }
    }
    // The 5 MB request got a block of its own; the rest fit the doubling blocks.
    CHECK(arena.reserved() >= 5000000u + 70000u);
}

TEST_CASE("the latest allocation is taken back, an earlier one is not", "[extract]") {
    ParseArena arena;
    void* first = arena.allocate(100);
    void* second = arena.allocate(100);
    arena.deallocate(second);
    CHECK(arena.allocate(100) == second);  // reused
    arena.deallocate(first);               // not the latest: stays
    void* fourth = arena.allocate(100);
    CHECK(fourth != first);
    CHECK(fourth != second);
    arena.deallocate(nullptr);  // as free(nullptr): nothing
}

TEST_CASE("a page parsed into the arena reads back, and big pages get bigger blocks", "[extract]") {
    std::string html = "<html><body><ol>";
    for (int i = 0; i < 20000; ++i)
        html +=
            "<li class=c data-id=" + std::to_string(i) + ">komentar " + std::to_string(i) + "</li>";
    html += "</ol></body></html>";
    auto doc = HtmlDocument::parse(html, 100);
    REQUIRE(doc);
    std::size_t items = 0;
    std::string last;
    for (auto e : doc->descendants(doc->root())) {
        if (e.is_tag("li")) {
            ++items;
            last = HtmlDocument::text(e, [](suasana::extract::Element) { return false; });
        }
    }
    CHECK(items == 20000);
    CHECK(last == "komentar 19999");
}

TEST_CASE("a thread's next arena reuses the blocks of the last, up to a ceiling", "[extract]") {
    void* first = nullptr;
    {
        ParseArena arena;
        first = arena.allocate(100);
    }
    std::size_t kept = ParseArena::cached_on_this_thread();
    CHECK(kept > 0);
    {
        ParseArena arena;
        CHECK(arena.allocate(100) == first);  // the same memory, already the process's
        CHECK(ParseArena::cached_on_this_thread() < kept);
    }
    {
        ParseArena arena;  // far more than a page needs: most goes back to the system
        for (int i = 0; i < 8; ++i) arena.allocate(5'000'000);
    }
    CHECK(ParseArena::cached_on_this_thread() <= 12u * 1024 * 1024);
    CHECK(ParseArena::cached_on_this_thread() >= 5'000'000u);
}
