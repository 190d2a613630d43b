#pragma once
// The memory of one parsed page. Gumbo allocates every node, attribute and string of its tree
// (and every buffer it grows while parsing) through the allocator of its options; taking them
// from a few large blocks turns hundreds of thousands of malloc/free pairs into pointer bumps,
// and the whole tree is released at once with the blocks, without walking it. The blocks are
// then kept by the thread for its next page (up to a ceiling): memory the system has already
// handed over costs no page faults the second time.
#include <cstddef>
#include <vector>

namespace suasana::extract {

class ParseArena {
  public:
    ParseArena() = default;
    /// Gives the blocks back to this thread's cache (or to the system, past its ceiling).
    ~ParseArena();
    ParseArena(const ParseArena&) = delete;
    ParseArena& operator=(const ParseArena&) = delete;

    /// Returns `size` bytes aligned for any type; never null (aborts when the system has none:
    /// Gumbo is C and cannot unwind).
    void* allocate(std::size_t size);
    /// Takes back the most recent allocation (Gumbo frees short-lived buffers at once);
    /// anything else stays until the arena goes.
    void deallocate(void* p) noexcept;

    /// Bytes held in blocks (taken from the system or from the thread's cache) so far.
    std::size_t reserved() const { return m_reserved; }

    /// Bytes the calling thread keeps for its next arenas.
    static std::size_t cached_on_this_thread();

    // Gumbo's callbacks; `userdata` is the arena.
    static void* gumbo_allocate(void* userdata, std::size_t size);
    static void gumbo_deallocate(void* userdata, void* p);

    struct Block {
        std::byte* data = nullptr;
        std::size_t size = 0;
    };

  private:
    std::vector<Block> m_blocks;
    std::byte* m_next = nullptr;  // first free byte of the current block
    std::byte* m_end = nullptr;   // end of the current block
    std::byte* m_last = nullptr;  // start of the most recent allocation, for deallocate
    std::size_t m_reserved = 0;
};

}  // namespace suasana::extract
