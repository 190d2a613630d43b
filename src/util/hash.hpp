#pragma once
// A stable, non-cryptographic hash for ids and versions that must not change between runs.
#include <cstdint>
#include <string>
#include <string_view>

namespace suasana::util {

/// Returns the 64-bit FNV-1a hash of `data`, continuing from `seed`.
std::uint64_t fnv1a(std::string_view data, std::uint64_t seed = 14695981039346656037ULL);

/// Returns `value` as 16 lower-case hex digits.
std::string hex64(std::uint64_t value);

}  // namespace suasana::util
