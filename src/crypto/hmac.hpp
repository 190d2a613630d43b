#pragma once
// Keyed hashes (HMAC-SHA-256, RFC 2104), for the pseudonyms of author names. libcrypto
// (OpenSSL) computes them; no OpenSSL type leaves this folder.
#include <string>
#include <string_view>

namespace suasana::crypto {

/// Returns HMAC-SHA-256 of `message` under `key`, as 64 lower-case hex digits.
std::string hmac_sha256_hex(std::string_view key, std::string_view message);

}  // namespace suasana::crypto
