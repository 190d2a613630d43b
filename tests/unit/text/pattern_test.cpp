// Unit tests for text/pattern.hpp: user regexes run on ICU with a time limit, and a pattern that
// backtracks catastrophically ends with an error instead of hanging the run.
#include <catch2/catch.hpp>

#include <chrono>
#include <string>

#include "text/pattern.hpp"

using suasana::text::Pattern;

TEST_CASE("a pattern returns its first group, the whole match without one, or nothing",
          "[text][pattern]") {
    auto with_group = Pattern::compile("/post/status/(\\d+)");
    REQUIRE(with_group);
    auto id = with_group->first_capture("https://www.gate.com/id/post/status/31415926?ref=x");
    REQUIRE(id);
    CHECK(*id == std::optional<std::string>("31415926"));

    auto whole = Pattern::compile("d-\\d+");
    REQUIRE(whole);
    auto match = whole->first_capture("https://news.detik.com/berita/d-7000123/judul");
    REQUIRE(match);
    CHECK(*match == std::optional<std::string>("d-7000123"));

    auto none = with_group->first_capture("https://example.id/artikel");
    REQUIRE(none);
    CHECK_FALSE(none->has_value());
}

TEST_CASE("an invalid pattern fails to compile with ICU's reason and the offset",
          "[text][pattern]") {
    auto bad = Pattern::compile("/post/(\\d+");
    REQUIRE_FALSE(bad);
    CHECK_THAT(bad.error().message, Catch::Contains("regex '/post/(\\d+'"));
    CHECK_THAT(bad.error().message, Catch::Contains("U_REGEX_MISMATCHED_PAREN"));
}

TEST_CASE("a catastrophic pattern on a long input fails in bounded time, naming the pattern",
          "[text][pattern]") {
    // (a+)+$ against "aaa…a!" tries every way of splitting the a's: 2^n paths without a limit.
    auto evil = Pattern::compile("(a+)+$");
    REQUIRE(evil);
    for (std::size_t n : {40U, 100000U}) {
        CAPTURE(n);
        std::string subject(n, 'a');
        subject += '!';
        auto start = std::chrono::steady_clock::now();
        auto got = evil->first_capture(subject);
        double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        REQUIRE_FALSE(got);
        CHECK_THAT(got.error().message, Catch::Contains("regex '(a+)+$' ran out of time"));
        CHECK_THAT(got.error().message, Catch::Contains(std::to_string(n + 1) + " bytes"));
        CHECK(seconds < 10.0);  // about 0.1 s; generous for a loaded machine or a sanitizer
    }
    // The same pattern on input it matches quickly still works.
    auto quick = evil->first_capture("aaaa");
    REQUIRE(quick);
    CHECK(*quick == std::optional<std::string>("aaaa"));
}
