#pragma once
// The repository's real lexicon, loaded once per test process.
#include <catch2/catch.hpp>

#include <filesystem>

#include "score/lexicon.hpp"

namespace suasana::test {

inline const score::Lexicon& real_lexicon() {
    static const score::Lexicon lexicon = [] {
        auto loaded = score::load_lexicon(std::filesystem::path(SUASANA_SOURCE_DIR) / "lexicon");
        INFO((loaded ? std::string() : loaded.error().message));
        REQUIRE(loaded);
        return *loaded;
    }();
    return lexicon;
}

}  // namespace suasana::test
