// The stable hash behind comment ids and the lexicon version: it must give the same value on every
// run and machine, so it is pinned to the published FNV-1a 64-bit test values.
#include <catch2/catch.hpp>

#include <string>

#include "util/hash.hpp"

using suasana::util::fnv1a;
using suasana::util::hex64;

TEST_CASE("FNV-1a gives the published 64-bit values", "[util]") {
    CHECK(fnv1a("") == 0xcbf29ce484222325ULL);
    CHECK(fnv1a("a") == 0xaf63dc4c8601ec8cULL);
    CHECK(fnv1a("foobar") == 0x85944171f73967e8ULL);
}

TEST_CASE("FNV-1a continues from a seed as if the data were joined", "[util]") {
    CHECK(fnv1a("bar", fnv1a("foo")) == fnv1a("foobar"));
    CHECK(fnv1a("foo", fnv1a("bar")) != fnv1a("foobar"));
}

TEST_CASE("a hash is written as 16 lower-case hex digits", "[util]") {
    CHECK(hex64(0) == "0000000000000000");
    CHECK(hex64(0xaf63dc4c8601ec8cULL) == "af63dc4c8601ec8c");
    CHECK(hex64(0xFFFFFFFFFFFFFFFFULL) == "ffffffffffffffff");
}
