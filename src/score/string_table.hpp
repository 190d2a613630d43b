#pragma once
// A hash table that owns std::string keys but is probed with string_views (internal to score/).
// The scorer looks every token up, and C++17's unordered_map<std::string, …> can only be probed
// with a std::string: a temporary per look-up, a node per entry and a pointer chase per probe.
// Here the keys sit in one vector and the slots in another, probed linearly.
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace suasana::score {

/// Returns a fast hash of `s`, eight bytes at a time. Not stable between builds: for tables
/// only, never for anything stored (util::fnv1a is the stable one).
inline std::uint64_t table_hash(std::string_view s) {
    std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ s.size();
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t w = 0;
        std::memcpy(&w, s.data() + i, 8);
        h = (h ^ w) * 0xBF58476D1CE4E5B9ULL;
        h ^= h >> 31;
    }
    // The last 1..7 bytes by fixed-size loads (two overlapping ones from 4 bytes up), which
    // compile to moves; a memcpy of variable length is a library call per look-up.
    std::uint64_t tail = 0;
    const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
    std::size_t rest = s.size() - i;
    if (rest >= 4) {
        std::uint32_t lo = 0, hi = 0;
        std::memcpy(&lo, p, 4);
        std::memcpy(&hi, p + rest - 4, 4);
        tail = lo | static_cast<std::uint64_t>(hi) << 32;
    } else if (rest > 0) {
        tail = p[0] | static_cast<std::uint64_t>(p[rest / 2]) << 8 |
               static_cast<std::uint64_t>(p[rest - 1]) << 16;
    }
    h = (h ^ tail) * 0x94D049BB133111EBULL;
    return h ^ (h >> 29);
}

/// Returns the pair hash of two words from their table_hash values (see pair_hash).
inline std::uint64_t pair_hash_of(std::uint64_t first_hash, std::uint64_t second_hash) {
    std::uint64_t h = first_hash * 0x9E3779B97F4A7C15ULL;
    return (h ^ (h >> 32)) + second_hash;
}

/// Returns one hash of two words, as if of "first second", without joining them.
inline std::uint64_t pair_hash(std::string_view first, std::string_view second) {
    return pair_hash_of(table_hash(first), table_hash(second));
}

/// A set of 64-bit hashes: a filter, since two strings can share a hash, so a hit is only a
/// candidate to confirm.
class HashFilter {
  public:
    void insert(std::uint64_t h) {
        h = h == 0 ? 1 : h;  // 0 marks an empty slot
        if ((m_size + 1) * 2 > m_slots.size()) grow();
        if (place(m_slots, h)) ++m_size;
    }

    bool contains(std::uint64_t h) const {
        if (m_slots.empty()) return false;
        h = h == 0 ? 1 : h;
        for (std::size_t s = h & (m_slots.size() - 1);; s = (s + 1) & (m_slots.size() - 1)) {
            if (m_slots[s] == h) return true;
            if (m_slots[s] == 0) return false;
        }
    }

    std::size_t size() const { return m_size; }

  private:
    // Puts `h` into `slots` unless it is there; returns whether it was added.
    static bool place(std::vector<std::uint64_t>& slots, std::uint64_t h) {
        std::size_t s = h & (slots.size() - 1);
        for (; slots[s] != 0; s = (s + 1) & (slots.size() - 1)) {
            if (slots[s] == h) return false;
        }
        slots[s] = h;
        return true;
    }

    // Doubles the slots (at least 16); they stay at most half full.
    void grow() {
        std::vector<std::uint64_t> bigger(m_slots.empty() ? 16 : m_slots.size() * 2, 0);
        for (std::uint64_t h : m_slots) {
            if (h != 0) place(bigger, h);
        }
        m_slots = std::move(bigger);
    }

    std::vector<std::uint64_t> m_slots;
    std::size_t m_size = 0;
};

/// string -> V with look-ups by string_view. Entries are numbered in insertion order; pointers
/// and references to values stay valid until the next insertion.
template <typename V>
class StringTable {
  public:
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    /// Returns the value of `key`, or nullptr.
    const V* find(std::string_view key) const {
        std::size_t k = index_of(key, table_hash(key));
        return k == npos ? nullptr : &m_items[k].value;
    }

    /// Returns the number of the entry of `key`, or npos.
    std::size_t index_of(std::string_view key) const { return index_of(key, table_hash(key)); }

    /// Returns the number of the entry of `key`, whose table_hash is `h`, or npos.
    std::size_t index_of(std::string_view key, std::uint64_t h) const {
        if (m_slots.empty()) return npos;
        for (std::size_t s = h & mask();; s = (s + 1) & mask()) {
            const Slot& slot = m_slots[s];
            if (slot.item == 0) return npos;
            if (slot.tag == tag_of(h) && m_items[slot.item - 1].key == key) return slot.item - 1;
        }
    }

    const std::string& key_at(std::size_t k) const { return m_items[k].key; }
    const V& value_at(std::size_t k) const { return m_items[k].value; }
    V& value_at(std::size_t k) { return m_items[k].value; }

    bool contains(std::string_view key) const { return find(key) != nullptr; }

    /// Returns the value of `key`, inserting a default one first if there is none.
    V& operator[](std::string_view key) {
        std::uint64_t h = table_hash(key);
        if (std::size_t k = index_of(key, h); k != npos) return m_items[k].value;
        if ((m_items.size() + 1) * 2 > m_slots.size()) grow();
        m_items.push_back({std::string(key), V{}});
        place(h, static_cast<std::uint32_t>(m_items.size()));
        return m_items.back().value;
    }

    std::size_t size() const { return m_items.size(); }

    /// Makes room for `n` entries in all, so that inserting them grows nothing.
    void reserve(std::size_t n) {
        m_items.reserve(n);
        std::size_t slots = 16;
        while (slots < n * 2) slots *= 2;
        if (slots > m_slots.size()) {
            m_slots.assign(slots, Slot{});
            for (std::size_t k = 0; k < m_items.size(); ++k)
                place(table_hash(m_items[k].key), static_cast<std::uint32_t>(k + 1));
        }
    }

    void clear() {
        m_items.clear();
        m_slots.clear();
    }

  private:
    // A short key sits inside its std::string (up to 15 bytes), so an item of at most 64 bytes
    // aligned to 64 is one cache line: a look-up that reaches it misses the cache once, not twice.
    static constexpr bool k_one_line = sizeof(std::string) + sizeof(V) > 32 &&
                                       sizeof(std::string) + sizeof(V) <= 64;
    struct alignas(k_one_line ? 64 : alignof(std::string)) Item {
        std::string key;
        V value;
    };

    // Eight bytes, so that the slots of a few thousand keys stay in the L2 cache.
    struct Slot {
        std::uint32_t tag = 0;   // the upper half of the key's hash
        std::uint32_t item = 0;  // 1 + index into m_items; 0: empty
    };

    static std::uint32_t tag_of(std::uint64_t h) { return static_cast<std::uint32_t>(h >> 32); }

    std::size_t mask() const { return m_slots.size() - 1; }

    void place(std::uint64_t h, std::uint32_t item) {
        std::size_t s = h & mask();
        while (m_slots[s].item != 0) s = (s + 1) & mask();
        m_slots[s] = {tag_of(h), item};
    }

    // Doubles the slots (at least 16) and re-places every item; slots stay at most half full.
    void grow() {
        m_slots.assign(m_slots.empty() ? 16 : m_slots.size() * 2, Slot{});
        for (std::size_t k = 0; k < m_items.size(); ++k)
            place(table_hash(m_items[k].key), static_cast<std::uint32_t>(k + 1));
    }

    std::vector<Item> m_items;
    std::vector<Slot> m_slots;
};

}  // namespace suasana::score
