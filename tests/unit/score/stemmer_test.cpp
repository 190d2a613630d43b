// Unit tests for score/stemmer.hpp: Indonesian affix stripping with the meN-/peN- sound rules.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "score/stemmer.hpp"

using suasana::score::stem_candidates;

namespace {

bool proposes(const std::string& word, const std::string& stem) {
    auto c = stem_candidates(word);
    return std::find(c.begin(), c.end(), stem) != c.end();
}

}  // namespace

TEST_CASE("the stripper undoes prefixes with their sound rules", "[score]") {
    CHECK(proposes("menyenangkan", "senang"));  // meny- + s
    CHECK(proposes("memukau", "pukau"));        // mem- + p
    CHECK(proposes("membeli", "beli"));         // mem- before b
    CHECK(proposes("menipu", "tipu"));          // men- + t
    CHECK(proposes("mengecewakan", "kecewa"));  // meng- + k
    CHECK(proposes("merusak", "rusak"));        // me- before r
    CHECK(proposes("diperbaiki", "baik"));      // two prefixes
    CHECK(proposes("kebersihannya", "bersih"));
    CHECK(proposes("bagusnya", "bagus"));
    CHECK(proposes("mantaplah", "mantap"));
}

TEST_CASE("the stripper does not propose impossible analyses", "[score]") {
    CHECK_FALSE(proposes("memindahkan", "indah"));       // mem- + vowel is p-, never nothing
    CHECK_FALSE(proposes("mengenakan", "enak"));         // a final -kan is never k + -an
    CHECK_FALSE(proposes("perkampungan", "kampungan"));  // per-...-an is one confix
    CHECK_FALSE(proposes("mengaku", "aku"));             // too short a stem
    CHECK(stem_candidates("bagus").empty());             // too short to carry an affix
}
