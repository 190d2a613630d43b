// Unit tests for store/report_reader.cpp on a real SQLite file: the report's extras follow the
// summary's rules (spam and deleted comments out, ties to the earliest).
#include <catch2/catch.hpp>

#include <SQLiteCpp/SQLiteCpp.h>

#include "store/database.hpp"
#include "test_files.hpp"

using namespace suasana;
using suasana::store::Access;
using suasana::store::ArticleRef;
using suasana::store::Database;
using suasana::test::TempDir;

namespace {

Comment comment(const std::string& id, double score, std::int64_t utc, const std::string& day) {
    Comment c;
    c.site_id = id;
    c.author = "author-" + id;
    c.body = "body " + id;
    c.time.utc = utc;
    c.time.local_day = day;
    c.time.raw = day;
    c.score.compound = score;
    c.score.label = score > 0.05    ? Label::positive
                    : score < -0.05 ? Label::negative
                                    : Label::neutral;
    return c;
}

// Five comments of "harga" on two days: a tie for the most positive, a spam comment, a
// machine-translated one, and mentions of Llama.
std::filesystem::path filled(const TempDir& dir) {
    auto path = dir.path() / "s.db";
    auto db = Database::open(path, Access::read_write);
    REQUIRE(db);
    Page page;
    page.title = "Harga <beras>";
    Comment early = comment("1", 0.6, 1689930000, "2023-07-21");
    early.score.mentions = {{"Llama", 0.6, "winner"}};
    Comment late = comment("2", 0.6, 1689940000, "2023-07-21");
    late.machine_translated = true;
    Comment spam = comment("3", 0.9, 1689940000, "2023-07-21");
    spam.score.spam = true;
    Comment negative = comment("4", -0.4, 1690020000, "2023-07-22");
    negative.score.mentions = {{"Llama", -0.4, "mention"}};
    Comment outside = comment("5", 0.95, 1690200000, "2023-07-24");
    page.comments = {early, late, spam, negative, outside};
    ArticleRef article{"blog", "a-1", "javascript:alert(3)", "harga", "blog"};
    REQUIRE(db->store_page(article, page, "2023-07-24T00:00:00Z", "lex1"));
    return path;
}

}  // namespace

TEST_CASE("story details quote the strongest comments of the period, earliest first on ties",
          "[store]") {
    TempDir dir;
    auto path = filled(dir);
    auto db = Database::open(path, Access::read_only);
    REQUIRE(db);
    auto d = db->load_story_details("harga", "2023-07-21", "2023-07-23", 3);
    REQUIRE(d);
    REQUIRE(d->most_positive.size() == 2);  // spam and the 24th left out
    CHECK(d->most_positive[0].author == "author-1");
    CHECK(d->most_positive[1].author == "author-2");
    CHECK(d->most_positive[1].machine_translated);
    CHECK(d->most_positive[0].article_url == "javascript:alert(3)");
    CHECK(d->most_positive[0].article_title == "Harga <beras>");
    CHECK(d->most_positive[0].lexicon_version == "lex1");
    CHECK(d->most_positive[0].posted_utc == 1689930000);
    REQUIRE(d->most_negative.size() == 1);
    CHECK(d->most_negative[0].score == Approx(-0.4));
    auto one = db->load_story_details("harga", "2023-07-21", "2023-07-23", 1);
    REQUIRE(one);
    CHECK(one->most_positive.size() == 1);
}

TEST_CASE("story details count machine translation and list lexicons and entity days", "[store]") {
    TempDir dir;
    auto path = filled(dir);
    auto db = Database::open(path, Access::read_only);
    REQUIRE(db);
    auto d = db->load_story_details("harga", "2023-07-21", "2023-07-23", 3);
    REQUIRE(d);
    CHECK(d->comments == 3);
    CHECK(d->machine_translated == 1);
    CHECK(d->lexicon_versions == std::vector<std::string>{"lex1"});
    REQUIRE(d->entity_days.size() == 2);
    CHECK(d->entity_days[0].day == "2023-07-21");
    CHECK(d->entity_days[0].entity == "Llama");
    CHECK(d->entity_days[0].wins == 1);
    CHECK(d->entity_days[1].day == "2023-07-22");
    CHECK(d->entity_days[1].mean_score == Approx(-0.4));
}

TEST_CASE("story details of an unknown story are empty", "[store]") {
    TempDir dir;
    auto path = filled(dir);
    auto db = Database::open(path, Access::read_only);
    REQUIRE(db);
    auto d = db->load_story_details("nope", "2023-07-21", "2023-07-23", 3);
    REQUIRE(d);
    CHECK(d->comments == 0);
    CHECK(d->most_positive.empty());
    CHECK(d->lexicon_versions.empty());
}
