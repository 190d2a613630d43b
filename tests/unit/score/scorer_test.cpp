// Unit tests for score/lexicon.hpp and score/scorer.hpp, with the real lexicon of lexicon/.
// They check behaviours (signs, orderings, sums), not exact numbers, so the lexicon can evolve.
#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "score/lexicon.hpp"
#include "score/scorer.hpp"
#include "test_files.hpp"
#include "test_lexicon.hpp"

using namespace suasana;
using namespace suasana::score;
using suasana::test::real_lexicon;
namespace fs = std::filesystem;

namespace {

const std::vector<Entity>& animals() {
    static const std::vector<Entity> entities = {
        {"Llama", {"llama", "domba"}},
        {"Falcon", {"falcon", "elang"}},
    };
    return entities;
}

Score score_of(const std::string& text) {
    Scorer scorer(real_lexicon(), 0.05, animals());
    return scorer.explain(text);
}

double compound(const std::string& text) {
    return score_of(text).compound;
}

}  // namespace

TEST_CASE("the real lexicon loads with every file", "[score]") {
    const Lexicon& lex = real_lexicon();
    CHECK(lex.words.count("bagus") == 1);
    CHECK(lex.words.at("bagus") > 0);
    CHECK(lex.words.at("kecewa") < 0);
    CHECK(lex.negators.count("tidak") == 1);
    CHECK(lex.intensifiers.at("sangat") > 1.0);
    CHECK(lex.contrast.count("tapi") == 1);
    CHECK(lex.spam.at("maxwin") == 3);
    CHECK(lex.max_phrase_words >= 2);
    CHECK_FALSE(lex.version.empty());
}

TEST_CASE("clearly positive and negative words get the right label", "[score]") {
    struct Case {
        std::string text;
        Label label;
    };
    const std::vector<Case> cases = {
        {"bagus", Label::positive},
        {"keren", Label::positive},
        {"filmnya sangat menyenangkan", Label::positive},
        {"jelek", Label::negative},
        {"saya kecewa", Label::negative},
        {"Perang bakar uang", Label::negative},
        {"BAGUS", Label::positive},  // case folded
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        CHECK(score_of(c.text).label == c.label);
    }
}

TEST_CASE("a negator flips the word after it", "[score]") {
    CHECK(compound("bagus") > 0.05);
    CHECK(compound("tidak bagus") < -0.05);
    CHECK(compound("gak bagus") < -0.05);        // slang negator
    CHECK(compound("tidak terlalu bagus") < 0);  // within the negation scope
    CHECK(compound("jelek") < 0);
    CHECK(compound("tidak jelek") > 0);
    // A full stop ends the negation scope.
    CHECK(compound("tidak. bagus") > 0);
}

TEST_CASE("an intensifier strengthens the word it applies to", "[score]") {
    CHECK(compound("sangat bagus") > compound("bagus"));
    CHECK(compound("bagus banget") > compound("bagus"));  // postposed booster
    CHECK(compound("sangat jelek") < compound("jelek"));
    CHECK(compound("agak bagus") < compound("bagus"));
    CHECK(compound("agak bagus") > 0);
}

TEST_CASE("elongation and reduplication score like the base word", "[score]") {
    CHECK(compound("bagusss") == Approx(compound("bagus")));
    CHECK(compound("BAGUSSSS") == Approx(compound("bagus")));
    CHECK(compound("kereeen") == Approx(compound("keren")));
    CHECK(compound("keren-keren") == Approx(compound("keren")));
    CHECK(compound("keren2") == Approx(compound("keren")));
    CHECK(compound("bagusss") > 0);
}

TEST_CASE("a lexicalised reduplication is looked up whole", "[score]") {
    // "sia-sia" (in vain) is negative; "sia" alone is not a word of the lexicon.
    CHECK(real_lexicon().words.count("sia") == 0);
    CHECK(compound("sia-sia") < -0.05);
}

TEST_CASE("affixes are stripped for words the lexicon lacks", "[score]") {
    REQUIRE(real_lexicon().words.count("bagusnya") == 0);
    REQUIRE(real_lexicon().words.count("kecewanya") == 0);
    CHECK(compound("bagusnya") == Approx(compound("bagus")));
    CHECK(compound("kecewanya") == Approx(compound("kecewa")));
    Score s = score_of("bagusnya");
    REQUIRE(s.contributions.size() == 1);
    CHECK(s.contributions[0].normal == "bagus");
    CHECK(s.contributions[0].rule == "stem");
}

TEST_CASE("contributions add up to the compound, which stays in -1 to 1", "[score]") {
    const std::vector<std::string> texts = {
        "bagus",
        "tidak bagus",
        "Berdiri dan santai itu sudah bagus, super ganda.",
        "Daya Komputasi begitu mahal, bermain AI menghabiskan uang!",
        "Domba kecil mengalahkan elang hahah",
        "enak tapi mahal!!!",
        "bagus bagus bagus bagus bagus bagus bagus bagus bagus bagus keren keren keren mantap",
        "jelek jelek jelek jelek jelek jelek jelek jelek buruk buruk buruk kecewa kecewa",
        "saya pergi ke pasar",
        "\xF0\x9F\x98\x82\xF0\x9F\x98\x82 wkwkwk",
    };
    for (const auto& text : texts) {
        CAPTURE(text);
        Score s = score_of(text);
        double sum = 0.0;
        for (const auto& c : s.contributions) sum += c.value;
        CHECK(std::fabs(sum - s.compound) < 1e-9);
        CHECK(s.compound >= -1.0);
        CHECK(s.compound <= 1.0);
    }
    CHECK(compound(texts[6]) > 0.9);
    CHECK(compound(texts[7]) < -0.9);
}

TEST_CASE("text without opinion words is neutral", "[score]") {
    for (const char* text :
         {"saya pergi ke pasar", "", "   ", "Mengapa semua hewan diberi nama?"}) {
        CAPTURE(text);
        Score s = score_of(text);
        CHECK(s.label == Label::neutral);
        CHECK(s.compound == 0.0);
        CHECK_FALSE(s.spam);
    }
}

TEST_CASE("after a contrast marker the second clause decides", "[score]") {
    CHECK(compound("enak tapi mahal") < 0);
    CHECK(compound("mahal tapi enak") > 0);
    CHECK(compound("jelek tapi keren") > 0);
    CHECK(compound("keren tapi jelek") < 0);
    CHECK(compound("rasanya biasa saja, tapi pelayanannya ramah sekali") > 0);
}

TEST_CASE("laughter and emoji are signals", "[score]") {
    CHECK(compound("wkwkwk") > 0);
    CHECK(compound("haha") > 0);
    // Laughter after a negative clause mocks: it deepens the negative instead of lifting it.
    CHECK(compound("berkelahi haha") < compound("berkelahi"));
    CHECK(compound("bagus haha") > compound("bagus"));
    CHECK(compound("\xF0\x9F\x98\x82") != 0.0);  // 😂
    CHECK(compound("\xF0\x9F\x9A\x80") > 0);     // 🚀
}

TEST_CASE("an exclamation mark strengthens the direction the text already has", "[score]") {
    CHECK(compound("bagus!") > compound("bagus"));
    CHECK(compound("jelek!") < compound("jelek"));
    CHECK(compound("saya pergi ke pasar!") == 0.0);
}

TEST_CASE("gambling promotion is spam, an ordinary comment with a link is not", "[score]") {
    CHECK(score_of("Slot gacor hari ini maxwin! daftar di https://gacor88.xyz").spam);
    CHECK(score_of("situs slot gacor maxwin bonus new member").spam);  // words alone suffice
    CHECK(score_of("gacor https://promo.example.xyz").spam);           // strong word + link

    CHECK_FALSE(score_of("Beritanya ada di situs https://www.kompas.com/tekno").spam);
    CHECK_FALSE(score_of("sumber: https://www.kompas.com/tekno/read/2023/07/21").spam);
    CHECK_FALSE(score_of("Hanya bisa menang melawan vc").spam);
}

TEST_CASE("entity aliases in the text are reported as mentions", "[score]") {
    Score s = score_of("Domba kecil mengalahkan elang hahah");
    std::vector<std::string> names;
    for (const auto& m : s.mentions) names.push_back(m.entity);
    CHECK(names == std::vector<std::string>{"Llama", "Falcon"});

    Score only_llama = score_of("LLAMA lebih bagus");
    REQUIRE(only_llama.mentions.size() == 1);
    CHECK(only_llama.mentions[0].entity == "Llama");
    CHECK(only_llama.mentions[0].score > 0);

    CHECK(score_of("Mengapa semua hewan diberi nama?").mentions.empty());
    CHECK(score_of("llamas").mentions.empty());  // a whole word, not a substring
}

TEST_CASE("score and explain agree, and only explain spells out the contributions", "[score]") {
    Scorer scorer(real_lexicon(), 0.05, animals());
    for (const std::string text :
         {"tidak terlalu bagus sekali", "Domba kecil mengalahkan elang hahah", "masa bagus?",
          "enak tapi mahal!!!", "slot gacor maxwin, untung besar", "kurang jelek wkwk"}) {
        CAPTURE(text);
        Score quick = scorer.score(text);
        Score full = scorer.explain(text);
        CHECK(quick.compound == full.compound);
        CHECK(quick.label == full.label);
        CHECK(quick.spam == full.spam);
        REQUIRE(quick.mentions.size() == full.mentions.size());
        for (std::size_t k = 0; k < quick.mentions.size(); ++k) {
            CHECK(quick.mentions[k].entity == full.mentions[k].entity);
            CHECK(quick.mentions[k].role == full.mentions[k].role);
            CHECK(quick.mentions[k].score == full.mentions[k].score);
        }
        CHECK(quick.contributions.empty());
        CHECK_FALSE(full.contributions.empty());
    }
}

TEST_CASE("a contribution's rule names every rule that changed it, in order", "[score]") {
    // Preposed intensifier inside a negation: "negated word+intensified".
    Score s = score_of("tidak sangat bagus");
    REQUIRE(s.contributions.size() == 3);
    CHECK(s.contributions[2].token == "bagus");
    CHECK(s.contributions[2].rule == "negated word+intensified");
    // Then a postposed one and a question.
    s = score_of("apakah sangat bagus sekali?");
    bool found = false;
    for (const auto& c : s.contributions) {
        if (c.normal != "bagus") continue;
        found = true;
        CHECK(c.rule == "word+intensified+intensified+question");
    }
    CHECK(found);
    // A phrase keeps its words as written (folded) and its normal form.
    s = score_of("Harganya TO THE MOON");
    REQUIRE_FALSE(s.contributions.empty());
    CHECK(s.contributions.back().token == "to the moon");
    CHECK(s.contributions.back().normal == "to the moon");
    CHECK(s.contributions.back().rule == "phrase");
}

TEST_CASE("format_explanation lists every contribution and the compound", "[score]") {
    Score s = score_of("tidak bagus");
    std::string text = format_explanation(s);
    CHECK_THAT(text, Catch::Contains("tidak"));
    CHECK_THAT(text, Catch::Contains("negated"));
    CHECK_THAT(text, Catch::Contains("compound"));
    CHECK_THAT(text, Catch::Contains("-0."));
}

TEST_CASE("load_lexicon names the file and line of a bad words.tsv entry", "[score]") {
    suasana::test::TempDir tmp;
    suasana::test::copy_real_lexicon(tmp);
    const fs::path& dir = tmp.path();
    {
        std::ofstream out(dir / "words.tsv", std::ios::trunc);
        out << "# test words\n"    // line 1
            << "bagus\t3\n"        // line 2
            << "\n"                // line 3
            << "jelek\tsangat\n";  // line 4: the score is not a number
    }
    auto loaded = load_lexicon(dir);
    REQUIRE_FALSE(loaded);
    CHECK_THAT(loaded.error().message, Catch::Contains("words.tsv:4"));

    {
        std::ofstream out(dir / "words.tsv", std::ios::trunc);
        out << "bagus\t3\n"
            << "jelek -3\n";  // line 2: a space instead of a TAB
    }
    auto no_tab = load_lexicon(dir);
    REQUIRE_FALSE(no_tab);
    CHECK_THAT(no_tab.error().message, Catch::Contains("words.tsv:2"));

    {
        std::ofstream out(dir / "words.tsv", std::ios::trunc);
        out << "bagus\t9\n";  // out of the -5..5 range
    }
    auto out_of_range = load_lexicon(dir);
    REQUIRE_FALSE(out_of_range);
    CHECK_THAT(out_of_range.error().message, Catch::Contains("words.tsv:1"));
}

TEST_CASE("load_lexicon fails for a missing folder or file", "[score]") {
    auto missing = load_lexicon(fs::temp_directory_path() / "suasana-unit-no-such-lexicon");
    REQUIRE_FALSE(missing);
    CHECK_THAT(missing.error().message, Catch::Contains("suasana-unit-no-such-lexicon"));

    suasana::test::TempDir tmp;
    suasana::test::copy_real_lexicon(tmp);
    const fs::path& dir = tmp.path();
    fs::remove(dir / "negators.txt");
    auto no_negators = load_lexicon(dir);
    REQUIRE_FALSE(no_negators);
    CHECK_THAT(no_negators.error().message, Catch::Contains("negators.txt"));
}
