// Unit tests for score/extra_lexicon.hpp and the new lexicon files: user lexicons in the InSet and
// SentiStrength-ID formats, read from small fixture files of our own written here.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "score/lexicon.hpp"
#include "score/scorer.hpp"
#include "test_files.hpp"

using namespace suasana;
using namespace suasana::score;
namespace fs = std::filesystem;

namespace {

fs::path lexicon_dir() {
    return fs::path(SUASANA_SOURCE_DIR) / "lexicon";
}

}  // namespace

TEST_CASE("an InSet pair of files fills words the lexicon lacks", "[score]") {
    suasana::test::TempDir tmp;
    ExtraLexicon inset{"inset",
                       tmp.write("pos.tsv", "word\tweight\nkinclongbanget\t4\nbagus\t1\n"),
                       tmp.write("neg.tsv", "word\tweight\nburukrupa\t-3\n"),
                       {}};
    auto lex = load_lexicon(lexicon_dir(), {inset});
    REQUIRE(lex);
    CHECK(lex->words.at("kinclongbanget") == 4);
    CHECK(lex->words.at("burukrupa") == -3);
    CHECK(lex->words.at("bagus") == 3);    // our own entry wins
    CHECK(lex->words.count("word") == 0);  // the header line is not a word

    auto plain = load_lexicon(lexicon_dir());
    REQUIRE(plain);
    CHECK(plain->version != lex->version);  // the user's files are part of the version
}

TEST_CASE("a SentiStrength-ID file is read as word:score", "[score]") {
    suasana::test::TempDir tmp;
    ExtraLexicon senti{
        "sentistrength", {}, {}, tmp.write("sentiwords.txt", "cemerlangku:4\nambrolbanget*:-4\n")};
    auto lex = load_lexicon(lexicon_dir(), {senti});
    REQUIRE(lex);
    CHECK(lex->words.at("cemerlangku") == 4);
    CHECK(lex->words.at("ambrolbanget") == -4);  // the trailing '*' is dropped
    Scorer scorer(*lex, 0.05, {});
    CHECK(scorer.score("ambrolbanget").label == Label::negative);
}

TEST_CASE("a malformed user lexicon names its file and line", "[score]") {
    suasana::test::TempDir tmp;
    ExtraLexicon senti{"sentistrength", {}, {}, tmp.write("bad.txt", "baikhati:3\nrusakparah:x\n")};
    auto lex = load_lexicon(lexicon_dir(), {senti});
    REQUIRE_FALSE(lex);
    CHECK_THAT(lex.error().message, Catch::Contains("bad.txt:2"));

    ExtraLexicon missing{"inset", tmp.path() / "none.tsv", {}, {}};
    auto no_file = load_lexicon(lexicon_dir(), {missing});
    REQUIRE_FALSE(no_file);
    CHECK_THAT(no_file.error().message, Catch::Contains("none.tsv"));
}

TEST_CASE("the lexicon files meet the issue's sizes", "[score]") {
    auto lex = load_lexicon(lexicon_dir());
    REQUIRE(lex);
    CHECK(lex->words.size() >= 4000);  // check_lexicon.py counts distinct lemmas
    CHECK(lex->slang.size() >= 1000);
    CHECK(lex->emoji.size() >= 150);
    CHECK(lex->versus.at("mengalahkan") == Side::winner);
    CHECK(lex->versus.at("kalah dari") == Side::loser);
    CHECK(lex->rhetorical.count("masa") == 1);
    CHECK(lex->no_stem.count("kesehatan") == 1);
    CHECK(lex->intensifiers.at("kurang") < 0);
}
