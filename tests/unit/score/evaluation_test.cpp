// Unit tests for score/evaluation.hpp: `suasana eval` on small labelled files written here.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "score/evaluation.hpp"
#include "score/lexicon.hpp"
#include "score/scorer.hpp"
#include "test_files.hpp"
#include "test_lexicon.hpp"
#include "util/strings.hpp"

using namespace suasana;
using namespace suasana::score;
using suasana::test::real_lexicon;
namespace fs = std::filesystem;

namespace {

const std::vector<Entity> k_no_entities;

// One temporary folder per test process, removed at exit.
const suasana::test::TempDir& temp() {
    static const suasana::test::TempDir dir;
    return dir;
}

// Six sentences of our own: the first five are easy, the last one is labelled against the
// scorer on purpose (a positive word labelled negative), so not every count is on the diagonal.
const char* const k_labelled =
    "Pelayanannya sangat bagus\tpositive\n"
    "Makanannya enak dan murah\tpositive\n"
    "Saya pergi ke pasar\tneutral\n"
    "\n"
    "Aplikasinya jelek dan lemot\tnegative\r\n"
    "Saya kecewa sekali\tnegative\n"
    "Keren\tnegative\n";

}  // namespace

TEST_CASE("evaluate_file fills a consistent confusion matrix", "[score]") {
    Scorer scorer(real_lexicon(), 0.05, k_no_entities);
    fs::path file = temp().write("eval-ok.tsv", k_labelled);
    auto e = evaluate_file(scorer, file);
    REQUIRE(e);
    CHECK(e->n == 6);  // the blank line is skipped

    long total = 0, diagonal = 0;
    for (std::size_t g = 0; g < 3; ++g) {
        for (std::size_t p = 0; p < 3; ++p) total += e->confusion[g][p];
        diagonal += e->confusion[g][g];
    }
    CHECK(total == e->n);
    // Gold counts per row: negative 3, neutral 1, positive 2.
    auto row = [&](Label l) {
        const auto& r = e->confusion[static_cast<std::size_t>(l)];
        return r[0] + r[1] + r[2];
    };
    CHECK(row(Label::negative) == 3);
    CHECK(row(Label::neutral) == 1);
    CHECK(row(Label::positive) == 2);
    // "Keren" labelled negative is predicted positive.
    CHECK(e->confusion[static_cast<std::size_t>(Label::negative)]
                      [static_cast<std::size_t>(Label::positive)] >= 1);
    CHECK(e->accuracy() == Approx(static_cast<double>(diagonal) / 6.0));
    CHECK(e->accuracy() < 1.0);
    CHECK(e->macro_f1() >= 0.0);
    CHECK(e->macro_f1() <= 1.0);
    fs::remove(file);
}

TEST_CASE("Evaluation computes precision, recall and F1 from the matrix", "[score]") {
    Evaluation e;
    // rows gold, columns predicted: negative, neutral, positive
    e.confusion = {{{3, 1, 0}, {0, 2, 0}, {1, 0, 3}}};
    e.n = 10;
    CHECK(e.accuracy() == Approx(0.8));
    CHECK(e.precision(Label::negative) == Approx(3.0 / 4.0));
    CHECK(e.recall(Label::negative) == Approx(3.0 / 4.0));
    CHECK(e.precision(Label::neutral) == Approx(2.0 / 3.0));
    CHECK(e.recall(Label::neutral) == Approx(1.0));
    CHECK(e.f1(Label::neutral) == Approx(0.8));
    CHECK(e.precision(Label::positive) == Approx(1.0));
    CHECK(e.recall(Label::positive) == Approx(0.75));
    double f1_pos = 2 * 1.0 * 0.75 / 1.75;
    CHECK(e.macro_f1() == Approx((0.75 + 0.8 + f1_pos) / 3.0));

    Evaluation empty;
    CHECK(empty.accuracy() == 0.0);
    CHECK(empty.f1(Label::positive) == 0.0);
}

TEST_CASE("format_evaluation ends with the accuracy line", "[score]") {
    Evaluation e;
    e.confusion = {{{3, 1, 0}, {0, 2, 0}, {1, 0, 3}}};
    e.n = 10;
    std::string report = format_evaluation(e);
    auto lines = util::split(report, '\n');
    REQUIRE(lines.size() >= 2);
    CHECK(lines.back().empty());  // the report ends with a newline
    const std::string last = lines[lines.size() - 2];
    CHECK(last == "accuracy=0.800 macro_f1=" + util::format_fixed(e.macro_f1(), 3) + " n=10");
    CHECK_THAT(report, Catch::Contains("negative"));
    CHECK_THAT(report, Catch::Contains("confusion"));
}

TEST_CASE("the accuracy line of a real run has the documented shape", "[score]") {
    Scorer scorer(real_lexicon(), 0.05, k_no_entities);
    fs::path file = temp().write("eval-shape.tsv", k_labelled);
    auto e = evaluate_file(scorer, file);
    REQUIRE(e);
    auto lines = util::split(format_evaluation(*e), '\n');
    REQUIRE(lines.size() >= 2);
    const std::string last = lines[lines.size() - 2];
    CAPTURE(last);
    // accuracy=0.xxx macro_f1=0.xxx n=6
    REQUIRE(last.size() == std::string("accuracy=0.xxx macro_f1=0.xxx n=6").size());
    CHECK(util::starts_with(last, "accuracy=0."));
    CHECK(last.substr(14, 12) == " macro_f1=0.");
    CHECK(util::ends_with(last, " n=6"));
    fs::remove(file);
}

TEST_CASE("evaluate_file names the file and line of a bad row", "[score]") {
    Scorer scorer(real_lexicon(), 0.05, k_no_entities);
    struct Case {
        const char* what;
        std::string content;
        std::string where;
    };
    const std::vector<Case> cases = {
        {"unknown label", "bagus\tpositive\n\njelek\tsangat negatif\n", ":3:"},
        {"no TAB", "bagus\tpositive\njelek negative\n", ":2:"},
        {"label in upper case", "bagus\tPositive\n", ":1:"},
    };
    for (const auto& c : cases) {
        INFO(c.what);
        fs::path file = temp().write("eval-bad.tsv", c.content);
        auto e = evaluate_file(scorer, file);
        REQUIRE_FALSE(e);
        CHECK_THAT(e.error().message, Catch::Contains(file.string() + c.where));
        fs::remove(file);
    }
}

TEST_CASE("evaluate_file fails for a missing file", "[score]") {
    Scorer scorer(real_lexicon(), 0.05, k_no_entities);
    auto e = evaluate_file(scorer, fs::temp_directory_path() / "suasana-unit-no-such-file.tsv");
    REQUIRE_FALSE(e);
    CHECK_THAT(e.error().message, Catch::Contains("suasana-unit-no-such-file.tsv"));
}

TEST_CASE("the scorer clears the SmSA validation floors", "[score]") {
    // CI has ../shared next to the repository; elsewhere ctest reports the test skipped.
    const fs::path file = fs::path(SUASANA_SOURCE_DIR "/../shared/datasets/smsa/valid.tsv");
    suasana::test::require_shared_data(file);
    Scorer scorer(real_lexicon(), 0.05, k_no_entities);
    auto e = evaluate_file(scorer, file);
    REQUIRE(e);
    INFO(format_evaluation(*e));
    CHECK(e->n > 1000);
    CHECK(e->accuracy() >= 0.82);
    CHECK(e->macro_f1() >= 0.74);
}

TEST_CASE("the scorer with the shipped learned layer clears issue 17's floors on SmSA valid",
          "[score]") {
    // CI has ../shared next to the repository; elsewhere ctest reports the test skipped.
    const fs::path file = fs::path(SUASANA_SOURCE_DIR "/../shared/datasets/smsa/valid.tsv");
    suasana::test::require_shared_data(file);
    const fs::path lexicon = fs::path(SUASANA_SOURCE_DIR) / "lexicon";
    auto lex = load_lexicon(lexicon, {}, lexicon / "learned.tsv");
    REQUIRE(lex);
    Scorer scorer(*lex, 0.05, k_no_entities);
    auto e = evaluate_file(scorer, file);
    REQUIRE(e);
    INFO(format_evaluation(*e));
    CHECK(e->macro_f1() >= 0.85);
    CHECK(e->f1(Label::negative) >= 0.75);
    CHECK(e->f1(Label::neutral) >= 0.75);
    CHECK(e->f1(Label::positive) >= 0.75);
}

TEST_CASE("the shipped learned layer is not worse than the lexicon alone on our comments",
          "[score]") {
    // Issue 17: the layer must not trade comment-section language for SmSA's product reviews.
    // tests/data/comments.tsv is our own writing, never trained on (dataset_text_test.cpp).
    const fs::path file = fs::path(SUASANA_SOURCE_DIR) / "tests/data/comments.tsv";
    const fs::path lexicon = fs::path(SUASANA_SOURCE_DIR) / "lexicon";
    auto lex = load_lexicon(lexicon, {}, lexicon / "learned.tsv");
    REQUIRE(lex);
    Scorer learned(*lex, 0.05, k_no_entities);
    Scorer alone(real_lexicon(), 0.05, k_no_entities);
    auto with_layer = evaluate_file(learned, file);
    auto without = evaluate_file(alone, file);
    REQUIRE(with_layer);
    REQUIRE(without);
    INFO("with the layer:\n"
         << format_evaluation(*with_layer) << "the lexicon alone:\n"
         << format_evaluation(*without));
    CHECK(with_layer->n >= 150);
    CHECK(with_layer->macro_f1() >= without->macro_f1());
    CHECK(with_layer->accuracy() >= without->accuracy());
}
