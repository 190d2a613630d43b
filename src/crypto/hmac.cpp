#include "crypto/hmac.hpp"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <array>
#include <stdexcept>

namespace suasana::crypto {

std::string hmac_sha256_hex(std::string_view key, std::string_view message) {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    // HMAC() fails only when libcrypto cannot allocate or lacks SHA-256: nothing a caller can
    // handle, so it is the unexpected error main reports.
    if (HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
             reinterpret_cast<const unsigned char*>(message.data()), message.size(), digest.data(),
             &length) == nullptr) {
        throw std::runtime_error("libcrypto could not compute HMAC-SHA-256");
    }
    static constexpr char k_digits[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(std::size_t{2} * length);
    for (unsigned int i = 0; i < length; ++i) {
        hex += k_digits[digest[i] >> 4];
        hex += k_digits[digest[i] & 0xf];
    }
    return hex;
}

}  // namespace suasana::crypto
