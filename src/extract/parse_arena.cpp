#include "extract/parse_arena.hpp"

#include <algorithm>
#include <cstdlib>

namespace suasana::extract {

namespace {

constexpr std::size_t k_align = alignof(std::max_align_t);
constexpr std::size_t k_first_block = std::size_t{64} * 1024;
constexpr std::size_t k_largest_block = std::size_t{4} * 1024 * 1024;
// What one thread keeps between pages: the tree of a large comment page (a few times its bytes).
constexpr std::size_t k_cache_ceiling = std::size_t{12} * 1024 * 1024;

std::size_t round_up(std::size_t n) {
    return (n + k_align - 1) & ~(k_align - 1);
}

// The blocks this thread's arenas gave back, largest last, for its next page.
class BlockCache {
  public:
    BlockCache() = default;
    BlockCache(const BlockCache&) = delete;
    BlockCache& operator=(const BlockCache&) = delete;
    ~BlockCache() {
        for (const auto& b : m_blocks) std::free(b.data);
    }

    // Returns a kept block of at least `size` bytes (the largest first), or an empty one.
    ParseArena::Block take(std::size_t size) {
        for (auto it = m_blocks.rbegin(); it != m_blocks.rend(); ++it) {
            if (it->size < size) continue;
            ParseArena::Block b = *it;
            m_blocks.erase(std::next(it).base());
            m_bytes -= b.size;
            return b;
        }
        return {};
    }

    // Keeps `b` for a later page, or frees it when the cache is full.
    void give(ParseArena::Block b) {
        if (m_bytes + b.size > k_cache_ceiling) {
            std::free(b.data);
            return;
        }
        auto at = std::lower_bound(
            m_blocks.begin(), m_blocks.end(), b,
            [](const ParseArena::Block& x, const ParseArena::Block& y) { return x.size < y.size; });
        m_blocks.insert(at, b);
        m_bytes += b.size;
    }

    std::size_t bytes() const { return m_bytes; }

  private:
    std::vector<ParseArena::Block> m_blocks;
    std::size_t m_bytes = 0;
};

thread_local BlockCache t_cache;

}  // namespace

ParseArena::~ParseArena() {
    // Largest first into the cache: when it is full, the small blocks go back to the system.
    std::sort(m_blocks.begin(), m_blocks.end(),
              [](const Block& x, const Block& y) { return x.size > y.size; });
    for (const Block& b : m_blocks) t_cache.give(b);
}

std::size_t ParseArena::cached_on_this_thread() {
    return t_cache.bytes();
}

void* ParseArena::allocate(std::size_t size) {
    size = round_up(size == 0 ? 1 : size);
    if (static_cast<std::size_t>(m_end - m_next) < size) {
        // A kept block if one is large enough; else each block is as large as all before it
        // (a page's tree is several times its bytes), up to a ceiling, and a single larger
        // request gets a block of its own size.
        Block block = t_cache.take(size);
        if (block.data == nullptr) {
            block.size = std::max(size, std::clamp(m_reserved, k_first_block, k_largest_block));
            block.data = static_cast<std::byte*>(std::malloc(block.size));
            // Gumbo is C and cannot unwind; like its default allocator, there is no way back.
            if (block.data == nullptr) std::abort();
        }
        m_blocks.push_back(block);
        m_reserved += block.size;
        m_next = block.data;
        m_end = block.data + block.size;
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
