#include "extract/parse_arena.hpp"

#include <algorithm>
#include <cstdlib>

namespace suasana::extract {

namespace {

constexpr std::size_t k_align = alignof(std::max_align_t);
constexpr std::size_t k_first_block = std::size_t{64} * 1024;
constexpr std::size_t k_largest_block = std::size_t{4} * 1024 * 1024;

std::size_t round_up(std::size_t n) {
    return (n + k_align - 1) & ~(k_align - 1);
}

}  // namespace

void ParseArena::Free::operator()(std::byte* p) const noexcept {
    std::free(p);
}

void* ParseArena::allocate(std::size_t size) {
    size = round_up(size == 0 ? 1 : size);
    if (static_cast<std::size_t>(m_end - m_next) < size) {
        // Each block is as large as all before it (a page's tree is several times its bytes), up
        // to a ceiling; a single larger request gets a block of its own size.
        std::size_t block = std::max(size, std::clamp(m_reserved, k_first_block, k_largest_block));
        auto* p = static_cast<std::byte*>(std::malloc(block));
        // Gumbo is C and cannot unwind; like its default allocator, there is no way back.
        if (p == nullptr) std::abort();
        m_blocks.emplace_back(p);
        m_reserved += block;
        m_next = p;
        m_end = p + block;
    }
    m_last = m_next;
    m_next += size;
    return m_last;
}

void ParseArena::deallocate(void* p) noexcept {
    if (p != nullptr && p == m_last) {
        m_next = m_last;
        m_last = nullptr;
    }
}

void* ParseArena::gumbo_allocate(void* userdata, std::size_t size) {
    return static_cast<ParseArena*>(userdata)->allocate(size);
}

void ParseArena::gumbo_deallocate(void* userdata, void* p) {
    static_cast<ParseArena*>(userdata)->deallocate(p);
}

}  // namespace suasana::extract
