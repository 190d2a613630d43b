#pragma once
// SHA-256 and HMAC-SHA-256 (FIPS 180-4, RFC 2104), for keyed hashes of author names.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace suasana::util {

/// Returns the SHA-256 digest of `data`.
std::array<std::uint8_t, 32> sha256(std::string_view data);

/// Returns HMAC-SHA-256 of `message` under `key`, as 64 lower-case hex digits.
std::string hmac_sha256_hex(std::string_view key, std::string_view message);

}  // namespace suasana::util
