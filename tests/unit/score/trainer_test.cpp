// Unit tests for score/trainer.hpp (and optimiser.hpp): learning weights from small labelled
// sets written here, deterministically, in a file the scorer reads back.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "score/learned.hpp"
#include "score/lexicon.hpp"
#include "score/optimiser.hpp"
#include "score/scorer.hpp"
#include "score/trainer.hpp"
#include "test_files.hpp"
#include "test_lexicon.hpp"

using namespace suasana;
using namespace suasana::score;
using suasana::test::real_lexicon;
namespace fs = std::filesystem;

namespace {

// Site words the lexicon does not know: "gacorr" praise, "zonkk" complaint, "jadwal" a
// question. Each with varied company, so the learner has to find them.
std::vector<LabelledText> site_texts() {
    const std::vector<std::string> fillers = {"hari ini", "kemarin",   "di toko", "menurut saya",
                                              "buat tim", "sore tadi", "di kota", "minggu ini"};
    std::vector<LabelledText> rows;
    for (const auto& f : fillers) {
        rows.push_back({"gacorr " + f, Label::positive});
        rows.push_back({f + " zonkk", Label::negative});
        rows.push_back({"jadwal " + f + " kapan", Label::neutral});
    }
    return rows;
}

TrainingOptions small_grid() {
    TrainingOptions o;
    o.lambdas = {0.5, 2};
    o.gates = {0.0, 0.5};
    o.balanced = {false};
    o.folds = 3;
    o.min_texts = 2;
    return o;
}

}  // namespace

TEST_CASE("minimise finds the minimum of a convex quadratic", "[score]") {
    Objective f = [](const std::vector<double>& x, std::vector<double>& g) {
        g[0] = 2 * (x[0] - 3);
        g[1] = 20 * (x[1] + 1);
        return (x[0] - 3) * (x[0] - 3) + 10 * (x[1] + 1) * (x[1] + 1);
    };
    std::vector<double> x = minimise(f, {0.0, 0.0}, {200, 1e-14, 8});
    CHECK(x[0] == Approx(3.0).margin(1e-4));
    CHECK(x[1] == Approx(-1.0).margin(1e-4));
}

TEST_CASE("train learns site words and writes the same file twice", "[score]") {
    Scorer scorer(real_lexicon(), 0.05, {});
    auto rows = site_texts();
    auto first = train(scorer, rows, small_grid());
    REQUIRE(first);
    CHECK(first->grid.size() == 4);
    CHECK(first->chosen < first->grid.size());
    auto second = train(scorer, rows, small_grid());
    REQUIRE(second);
    std::string a = format_learned(first->weights, {"header line", "command: test"});
    std::string b = format_learned(second->weights, {"header line", "command: test"});
    CHECK(a == b);
    CHECK_THAT(a, Catch::StartsWith("# header line\n# command: test\n*gate\t"));

    // The file reads back, and the scorer with it knows the site's words.
    const suasana::test::TempDir dir;
    fs::path file = dir.write("site.tsv", a);
    auto lex = load_lexicon(fs::path(SUASANA_SOURCE_DIR) / "lexicon", {}, file);
    REQUIRE(lex);
    const LearnedWeights& w = lex->learned;
    REQUIRE(w.find_word("gacorr") != StringTable<ClassWeights>::npos);
    auto weights = w.features.value_at(w.find_word("gacorr"));
    CHECK(weights[2] > weights[0]);  // leans positive
    Scorer learned(*lex, 0.05, {});
    CHECK(learned.score("gacorr sekali").label == Label::positive);
    CHECK(learned.score("zonkk sekali").label == Label::negative);
    CHECK(scorer.score("zonkk sekali").label == Label::neutral);  // the lexicon alone: unknown
}

TEST_CASE("train reports the cross-validation of every setting it tried", "[score]") {
    Scorer scorer(real_lexicon(), 0.05, {});
    auto rows = site_texts();
    auto t = train(scorer, rows, small_grid());
    REQUIRE(t);
    for (const auto& p : t->grid) CHECK(p.cv.n == static_cast<long>(rows.size()));
    double best = 0.0;
    for (const auto& p : t->grid) best = std::max(best, p.cv.macro_f1());
    CHECK(t->grid[t->chosen].cv.macro_f1() >= best - small_grid().tie);
}

TEST_CASE("train refuses too few texts or a missing class", "[score]") {
    Scorer scorer(real_lexicon(), 0.05, {});
    std::vector<LabelledText> few = {{"bagus", Label::positive}, {"jelek", Label::negative}};
    auto t = train(scorer, few, small_grid());
    REQUIRE_FALSE(t);
    CHECK_THAT(t.error().message, Catch::Contains("at least 6"));

    std::vector<LabelledText> two_classes;
    for (const auto& r : site_texts()) {
        if (r.label != Label::neutral) two_classes.push_back(r);
    }
    auto missing = train(scorer, two_classes, small_grid());
    REQUIRE_FALSE(missing);
    CHECK_THAT(missing.error().message, Catch::Contains("neutral"));
}

TEST_CASE("train weighs several files and chooses by the mean of their macro-F1", "[score]") {
    Scorer scorer(real_lexicon(), 0.05, {});
    // A large file that never uses the site's words, and a small one of the site's own.
    std::vector<LabelledText> rows;
    const std::vector<std::pair<std::string, Label>> plain = {
        {"bagus sekali", Label::positive},   {"mantap pelayanannya", Label::positive},
        {"jelek sekali", Label::negative},   {"kecewa dengan pelayanannya", Label::negative},
        {"jam berapa buka", Label::neutral}, {"di mana alamatnya", Label::neutral}};
    for (int copy = 0; copy < 4; ++copy) {
        for (const auto& [text, label] : plain)
            rows.push_back({text + " " + std::to_string(copy), label, 0});
    }
    const std::size_t large = rows.size();
    for (auto r : site_texts()) {
        r.source = 1;
        rows.push_back(r);
    }
    auto t = train(scorer, rows, small_grid());
    REQUIRE(t);
    // Every setting of the grid with each of the three source weightings.
    CHECK(t->grid.size() == 12);
    for (const auto& p : t->grid) {
        REQUIRE(p.per_source.size() == 2);
        CHECK(p.per_source[0].n == static_cast<long>(large));
        CHECK(p.per_source[1].n == static_cast<long>(rows.size() - large));
        CHECK(p.cv.n == static_cast<long>(rows.size()));
        CHECK(p.merit() == Approx((p.per_source[0].macro_f1() + p.per_source[1].macro_f1()) / 2.0));
    }
    double best = 0.0;
    for (const auto& p : t->grid) best = std::max(best, p.merit());
    CHECK(t->grid[t->chosen].merit() >= best - small_grid().tie);
    CHECK(t->weights.find_word("gacorr") != StringTable<ClassWeights>::npos);

    // One file: no source weighting is tried, and the merit is its macro-F1.
    auto one = train(scorer, site_texts(), small_grid());
    REQUIRE(one);
    CHECK(one->grid.size() == 4);
    for (const auto& p : one->grid) CHECK(p.merit() == Approx(p.cv.macro_f1()));
}
