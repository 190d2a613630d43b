// Unit tests for score/learned.hpp and score/blend.hpp: the weights file and the learned layer
// on top of the real lexicon, with small weights files written here.
#include <catch2/catch.hpp>

#include <cmath>
#include <string>

#include "score/blend.hpp"
#include "score/learned.hpp"
#include "score/lexicon.hpp"
#include "score/scorer.hpp"
#include "test_files.hpp"

using namespace suasana;
using namespace suasana::score;
namespace fs = std::filesystem;

namespace {

const suasana::test::TempDir& temp() {
    static const suasana::test::TempDir dir;
    return dir;
}

// A small model of our own: "harga" leans negative, "mantap" positive, "jam berapa" is a
// question (neutral); the lexicon's compound carries weight of its own.
const char* const k_weights =
    "# a test model\n"
    "*gate\t0.5\n"
    "*bias\t0.1\t0.3\t-0.2\n"
    "*lexicon positive\t-1.0\t-0.5\t2.0\n"
    "*lexicon negative\t2.0\t-0.5\t-1.0\n"
    "*no lexicon hit\t-0.3\t0.6\t-0.3\n"
    "harga\t1.5\t-0.2\t-0.6\n"
    "mantap\t-0.5\t-0.5\t1.0\n"
    "jam berapa\t-0.4\t0.9\t-0.5\n";

Lexicon lexicon_with(const std::string& weights) {
    fs::path file = temp().write("learned.tsv", weights);
    auto lex = load_lexicon(fs::path(SUASANA_SOURCE_DIR) / "lexicon", {}, file);
    INFO((lex ? std::string() : lex.error().message));
    REQUIRE(lex);
    return std::move(*lex);
}

double sum_of(const Score& s) {
    double sum = 0.0;
    for (const auto& c : s.contributions) sum += c.value;
    return sum;
}

bool has_rule(const Score& s, const std::string& rule) {
    for (const auto& c : s.contributions) {
        if (c.rule == rule) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("load_learned reads the gate, the special features, words and pairs", "[score]") {
    auto loaded = load_learned(temp().write("ok.tsv", k_weights));
    REQUIRE(loaded);
    const LearnedWeights& w = loaded->first;
    CHECK(w.gate == Approx(0.5));
    CHECK(w.specials[static_cast<std::size_t>(Special::bias)][1] == Approx(0.3));
    CHECK(w.specials[static_cast<std::size_t>(Special::no_lexicon_hit)][1] == Approx(0.6));
    REQUIRE(w.find_word("harga") != StringTable<ClassWeights>::npos);
    CHECK(w.features.value_at(w.find_word("harga"))[0] == Approx(1.5));
    CHECK(w.find_word("jam") == StringTable<ClassWeights>::npos);
    REQUIRE(w.find_pair("jam", "berapa") != StringTable<ClassWeights>::npos);
    CHECK(w.find_pair("berapa", "jam") == StringTable<ClassWeights>::npos);
    CHECK(w.find_pair("jam", "berap") == StringTable<ClassWeights>::npos);
    CHECK(loaded->second == k_weights);  // the bytes, for the lexicon's version
}

TEST_CASE("load_learned names the file and line of a bad row", "[score]") {
    struct Case {
        const char* what;
        std::string content;
        std::string where;
    };
    const std::vector<Case> cases = {
        {"two weights", "*gate\t0.5\nbagus\t0.1\t0.2\n", ":2:"},
        {"not a number", "*gate\t0.5\n\nbagus\t0.1\tx\t0.2\n", ":3:"},
        {"not a finite number", "*gate\t0.5\nbagus\t0.1\tnan\t0.2\n", ":2:"},
        {"infinite", "*gate\t0.5\nbagus\tinf\t0\t0.2\n", ":2:"},
        {"a number and more", "*gate\t0.5\nbagus\t0.1x\t0\t0.2\n", ":2:"},
        {"hexadecimal", "*gate\t0x1p-1\n", ":1:"},
        {"three words", "*gate\t0.5\nsangat bagus sekali\t0.1\t0.2\t0.3\n", ":2:"},
        {"twice", "*gate\t0.5\nbagus\t0\t0\t1\nbagus\t0\t0\t1\n", ":3:"},
        {"unknown special", "*gate\t0.5\n*bais\t0\t0\t1\n", ":2:"},
        {"gate out of range", "*gate\t1.5\n", ":1:"},
        {"no gate", "bagus\t0\t0\t1\n", "no *gate"},
    };
    for (const auto& c : cases) {
        INFO(c.what);
        fs::path file = temp().write("bad.tsv", c.content);
        auto loaded = load_learned(file);
        REQUIRE_FALSE(loaded);
        CHECK_THAT(loaded.error().message, Catch::Contains(file.string()));
        CHECK_THAT(loaded.error().message, Catch::Contains(c.where));
    }
    auto missing = load_learned(temp().path() / "no-such.tsv");
    REQUIRE_FALSE(missing);
    CHECK_THAT(missing.error().message, Catch::Contains("no-such.tsv"));
}

TEST_CASE("decide compares the classes the logits put first", "[score]") {
    // z: negative, neutral, positive
    Decision pos = decide({0.0, 0.5, 2.0});
    CHECK((pos.up == 2 && pos.down == 1 && !pos.neutral));
    Decision neg = decide({2.0, 0.5, 0.0});
    CHECK((neg.up == 1 && neg.down == 0 && !neg.neutral));
    Decision both = decide({1.0, 0.0, 2.0});
    CHECK((both.up == 2 && both.down == 0 && !both.neutral));
    CHECK(decide({0.0, 1.0, 0.5}).neutral);
    // The raw score is continuous where the decision changes.
    CHECK(learned_raw({0.0, 1.0, 1.0 + 1e-9}) == Approx(0.0).margin(1e-6));
    CHECK(learned_raw({1.0, 1.0, 2.0}) == Approx(learned_raw({1.0 - 1e-9, 1.0, 2.0})));
}

TEST_CASE("the learned layer's explanation adds up to the compound", "[score]") {
    Lexicon lex = lexicon_with(k_weights);
    Scorer scorer(lex, 0.05, {});
    const std::vector<std::string> texts = {
        "harganya mantap",
        "harga naik lagi",
        "jam berapa mulainya?",
        "bagus banget 👍",
        "jelek, mahal, lemot",
        "mantap tapi harga mahal",
        "",
        "tidak bagus",
        "wkwk mantap",
    };
    for (const auto& text : texts) {
        INFO(text);
        Score explained = scorer.explain(text);
        Score plain = scorer.score(text);
        CHECK(sum_of(explained) == Approx(explained.compound).margin(1e-9));
        CHECK(plain.compound == Approx(explained.compound).margin(1e-12));
        CHECK(plain.label == explained.label);
        CHECK(explained.compound > -1.0);
        CHECK(explained.compound < 1.0);
    }
    // "harga" alone: no lexicon word, so the bias, the no-hit weight and the word decide.
    Score harga = scorer.explain("harga");
    CHECK(harga.label == Label::negative);
    CHECK(has_rule(harga, "learned word"));
    CHECK(has_rule(harga, "learned bias"));
    CHECK(has_rule(harga, "learned no lexicon word"));
    // The pair is found in one pass with the words.
    Score question = scorer.explain("jam berapa");
    CHECK(question.label == Label::neutral);
    CHECK(question.compound == 0.0);
    CHECK(has_rule(question, "learned neutral"));
    // A lexicon word keeps its own rule beside the learned parts.
    Score mixed = scorer.explain("mantap, harga bagus");
    CHECK(has_rule(mixed, "word"));
    CHECK(has_rule(mixed, "learned word"));
    CHECK(sum_of(mixed) == Approx(mixed.compound).margin(1e-9));
}

TEST_CASE("the learned file is part of the lexicon's version", "[score]") {
    Lexicon with = lexicon_with(k_weights);
    auto without = load_lexicon(fs::path(SUASANA_SOURCE_DIR) / "lexicon");
    REQUIRE(without);
    CHECK(with.version != without->version);
    CHECK(without->learned.empty());
    std::string changed = k_weights;
    changed.replace(changed.find("1.5"), 3, "1.4");
    CHECK(lexicon_with(changed).version != with.version);
}

TEST_CASE("the gate gives learned words less say where the lexicon is sure", "[score]") {
    auto loaded = load_learned(temp().write("gate.tsv", k_weights));
    REQUIRE(loaded);
    const LearnedWeights& w = loaded->first;
    CHECK(gate_of(w, {0.0, false}) == Approx(1.0));
    CHECK(gate_of(w, {0.8, true}) == Approx(0.6));
    CHECK(gate_of(w, {-0.8, true}) == Approx(0.6));
}

// pair_hash is a table hash, not a fingerprint: 13 pairs of the shipped file share their hash
// with another pair, so find_pair must keep every one of them and confirm the key.
TEST_CASE("every word and pair of the shipped weights is found again", "[score]") {
    auto loaded = load_learned(fs::path(SUASANA_SOURCE_DIR) / "lexicon" / "learned.tsv");
    REQUIRE(loaded);
    const LearnedWeights& w = loaded->first;
    REQUIRE(w.features.size() > 1000);
    std::size_t pairs = 0;
    for (std::size_t k = 0; k < w.features.size(); ++k) {
        const std::string& key = w.features.key_at(k);
        std::size_t space = key.find(' ');
        if (space == std::string::npos) {
            CHECK(w.find_word(key) == k);
            continue;
        }
        ++pairs;
        std::string first = key.substr(0, space), second = key.substr(space + 1);
        CHECK(w.find_pair(first, second) == k);
    }
    CHECK(pairs > 1000);
}
