// HMAC-SHA-256 against the published test vectors of RFC 4231 (section 4), and against a
// pseudonym stored by earlier versions (tests/e2e/cases/privacy-stored-key checks it end to end).
#include <catch2/catch.hpp>

#include <string>

#include "crypto/hmac.hpp"

using suasana::crypto::hmac_sha256_hex;

TEST_CASE("hmac_sha256_hex matches RFC 4231", "[crypto]") {
    // Test case 1: a 20-byte key.
    CHECK(hmac_sha256_hex(std::string(20, '\x0b'), "Hi There") ==
          "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    // Test case 2: a key shorter than the output.
    CHECK(hmac_sha256_hex("Jefe", "what do ya want for nothing?") ==
          "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    // Test case 4: bytes that are not text, in key and message.
    std::string key;
    for (char c = 1; c <= 25; ++c) key += c;
    CHECK(hmac_sha256_hex(key, std::string(50, '\xcd')) ==
          "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
    // Test case 6: a key larger than the block size (hashed first).
    CHECK(hmac_sha256_hex(std::string(131, '\xaa'),
                          "Test Using Larger Than Block-Size Key - Hash Key First") ==
          "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
}

TEST_CASE("hmac_sha256_hex gives the pseudonym earlier versions stored", "[crypto]") {
    // Computed by the hand-written SHA-256 this replaced, for the key format author_key writes
    // (64 hex digits) and a name from samples/wordpress/harga-beras.
    CHECK(hmac_sha256_hex("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
                          "Rina Wulandari")
              .substr(0, 16) == "32c32b6d634b28ae");
}
