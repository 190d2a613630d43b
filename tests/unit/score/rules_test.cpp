// Unit tests for the scoring rules of lexicon/README.md, one sentence of our own per rule, and for
// the ten "animal war" comments of PRODUCT.md. Signs and orderings, not exact numbers.
#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <vector>

#include "score/scorer.hpp"
#include "test_lexicon.hpp"

using namespace suasana;
using namespace suasana::score;
using suasana::test::real_lexicon;

namespace {

const std::vector<Entity>& animals() {
    static const std::vector<Entity> entities = {
        {"Llama", {"llama", "llama 2", "meta", "domba"}},
        {"Falcon", {"falcon", "falcon-40b", "elang", "tii"}},
    };
    return entities;
}

Score score_of(const std::string& text) {
    static const Scorer scorer(real_lexicon(), 0.05, animals());
    return scorer.explain(text);
}

double compound(const std::string& text) {
    return score_of(text).compound;
}

const Mention* mention_of(const Score& s, const std::string& entity) {
    for (const auto& m : s.mentions) {
        if (m.entity == entity) return &m;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("negation reaches three tokens and softens a negated criticism", "[score]") {
    CHECK(compound("pelayanannya tidak ramah") < -0.05);
    CHECK(compound("tidak pernah kecewa") > 0.05);
    CHECK(compound("tidak jelek") < compound("bagus"));           // "not bad" is weaker praise
    CHECK(compound("tidak ada yang benar-benar bagus") < -0.05);  // three tokens away
    CHECK(compound("tidak, bagus") > 0);                          // a comma ends the reach
    CHECK(compound("tidak sabar menunggu rilisnya") > 0);         // "can't wait" is a phrase
}

TEST_CASE("kurang before praise is mild criticism", "[score]") {
    CHECK(compound("rasanya kurang mantap") < 0);
    CHECK(compound("rasanya kurang mantap") > compound("rasanya tidak mantap"));
}

TEST_CASE("intensifiers work before and after the word, within their reach", "[score]") {
    CHECK(compound("harganya mahal sekali") < compound("harganya mahal"));
    CHECK(compound("sangat memuaskan") > compound("memuaskan"));
    // A booster far before the word does not reach it.
    CHECK(compound("sangat lama saya menunggu di sana lalu makanannya enak") ==
          Approx(compound("makanannya enak")));
}

TEST_CASE("phrases win over their words", "[score]") {
    CHECK(compound("salah satu tempat makan") >= 0);            // not the -2 of "salah"
    CHECK(compound("perang bakar duit") < compound("perang"));  // slang inside a phrase
    CHECK(compound("proyeknya gulung tikar") < -0.05);
    CHECK(compound("aplikasi ini tidak sesuai") < -0.05);
}

TEST_CASE("laughter reads happy or mocking from the rest of the comment", "[score]") {
    Score happy = score_of("seru banget wkwkwk");
    Score mocking = score_of("dasar goblok wkwkwk");
    REQUIRE(happy.contributions.size() >= 2);
    CHECK(happy.contributions.back().rule == "laughter");
    CHECK(happy.contributions.back().value > 0);
    CHECK(mocking.contributions.back().rule == "mocking laughter");
    CHECK(mocking.contributions.back().value < 0);
    CHECK(compound("hahahaha") > 0);
    CHECK(compound("awokwokwok") > 0);
}

TEST_CASE("emoji and emoticons score, with skin tones ignored", "[score]") {
    CHECK(compound("\xF0\x9F\x91\x8D") > 0);  // 👍
    CHECK(compound("\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD") == Approx(compound("\xF0\x9F\x91\x8D")));
    CHECK(compound("\xF0\x9F\x98\xA1") < 0);  // 😡
    CHECK(compound("mantap :)") > compound("mantap"));
}

TEST_CASE("the affix stripper finds lemmas and never invents a false one", "[score]") {
    const Lexicon& lex = real_lexicon();
    REQUIRE(lex.words.count("menyenangkannya") == 0);
    CHECK(compound("menyenangkannya") > 0.05);  // meny- + senang + -kan + -nya
    CHECK(compound("dikecewakan lagi") < -0.05);
    // Known false friends: the words look affixed but their stems are not opinion words.
    for (const char* neutral : {"memindahkan barang", "mengenakan baju", "perkampungan warga",
                                "kesehatan masyarakat", "pemilu serentak", "berisi air"}) {
        CAPTURE(neutral);
        CHECK(compound(neutral) == 0.0);
    }
}

TEST_CASE("a question dampens praise and a rhetorical one turns it", "[score]") {
    CHECK(compound("apakah bagus?") > 0);
    CHECK(compound("apakah bagus?") < compound("bagus"));
    CHECK(compound("masa bagus?") < -0.05);
    CHECK(compound("apa iya aplikasinya bagus?") < -0.05);
    CHECK(compound("kenapa lemot sekali?") < -0.05);  // a complaint stays a complaint
}

TEST_CASE("entity mentions carry the sentiment of their own clause", "[score]") {
    Score s = score_of("Llama bagus, tapi Falcon jelek");
    const Mention* llama = mention_of(s, "Llama");
    const Mention* falcon = mention_of(s, "Falcon");
    REQUIRE(llama != nullptr);
    REQUIRE(falcon != nullptr);
    CHECK(llama->score > 0);
    CHECK(falcon->score < 0);
    CHECK(llama->role == "mention");

    Score multi = score_of("LLAMA 2 keren");  // a multi-word alias is one mention
    REQUIRE(multi.mentions.size() == 1);
    CHECK(multi.mentions[0].score > 0);
    CHECK(score_of("metaverse itu keren").mentions.empty());  // word-bounded
}

TEST_CASE("head-to-head verbs make a winner and a loser", "[score]") {
    struct Case {
        std::string text, winner, loser;
    };
    const std::vector<Case> cases = {
        {"Domba kecil mengalahkan elang hahah", "Llama", "Falcon"},
        {"falcon kalah dari llama", "Llama", "Falcon"},
        {"Llama kalah oleh Falcon", "Falcon", "Llama"},
        {"menurut saya falcon lebih baik dari llama", "Falcon", "Llama"},
        {"llama lebih buruk dari falcon-40b", "Falcon", "Llama"},
        {"Meta menang atas TII", "Llama", "Falcon"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        Score s = score_of(c.text);
        const Mention* w = mention_of(s, c.winner);
        const Mention* l = mention_of(s, c.loser);
        REQUIRE(w != nullptr);
        REQUIRE(l != nullptr);
        CHECK(w->role == "winner");
        CHECK(l->role == "loser");
        CHECK(w->score > 0);
        CHECK(l->score < 0);
    }
    // Without an entity in the sentence the verb is an ordinary word.
    CHECK(score_of("timnya menang atas lawan").mentions.empty());
}

TEST_CASE("the ten animal-war comments get labels a reader would give", "[score]") {
    struct Case {
        const char* text;
        Label label;
    };
    const std::vector<Case> cases = {
        {"Kebun binatang berkelahi haha", Label::negative},  // mocking a fight
        {"Perang bakar uang, mari kita ketahui lebih lanjut", Label::negative},
        {"Revolusi AI masih bisa dimainkan? Hasilnya masih harus mengeluarkan uang.",
         Label::negative},
        {"Mengapa semua hewan diberi nama?", Label::neutral},
        {"Domba kecil mengalahkan elang hahah", Label::positive},  // amused
        {"Berdiri dan santai itu sudah bagus, super ganda.", Label::positive},
        {"Hanya dua hewan yang bertengkar lagi.", Label::negative},
        {"Daya Komputasi begitu mahal, bermain AI menghabiskan uang!", Label::negative},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        CHECK(score_of(c.text).label == c.label);
    }
    // Pragmatic advice and a limited win: not negative.
    CHECK(score_of("Siapa yang bisa memanfaatkan, ya gunakan saja.").label != Label::negative);
    CHECK(score_of("Hanya bisa menang melawan vc").label != Label::negative);
}

TEST_CASE("the explanation adds up and keeps its line shape", "[score]") {
    for (const char* text : {"Domba kecil mengalahkan elang hahah", "masa bagus?",
                             "enak tapi mahal banget!!", "goblok wkwk \xF0\x9F\x98\x82"}) {
        CAPTURE(text);
        Score s = score_of(text);
        double sum = 0.0;
        for (const auto& c : s.contributions) sum += c.value;
        CHECK(std::fabs(sum - s.compound) < 1e-9);
        std::string out = format_explanation(s);
        CHECK_THAT(out, Catch::Contains("  =\t\tcompound\t"));
        CHECK(out.rfind("  ", 0) == 0);
    }
    std::string duel = format_explanation(score_of("Domba kecil mengalahkan elang hahah"));
    CHECK_THAT(duel, Catch::Contains("  mengalahkan\tmengalahkan\tversus\t0.0000\n"));
    CHECK_THAT(duel, Catch::Contains("  @\tLlama\twinner\t0."));
    CHECK_THAT(duel, Catch::Contains("  @\tFalcon\tloser\t-0."));
}
