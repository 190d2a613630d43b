// The store on a real SQLite file: idempotent re-scrapes, parents, edits, runs, schema safety.
#include <catch2/catch.hpp>

#include <SQLiteCpp/SQLiteCpp.h>

#include "store/database.hpp"
#include "store/database_impl.hpp"
#include "store/run_lock.hpp"
#include "store/schema.hpp"
#include "test_files.hpp"

using suasana::Comment;
using suasana::Page;
using suasana::store::Access;
using suasana::store::ArticleRef;
using suasana::store::CommentIds;
using suasana::store::Database;
using suasana::test::TempDir;

namespace {

Comment comment(std::string id, std::string body, std::string parent = "") {
    Comment c;
    c.site_id = std::move(id);
    c.parent_site_id = std::move(parent);
    c.author = "Ani";
    c.body = std::move(body);
    c.time.utc = 1690000000;  // 2023-07-22T04:26:40Z
    c.time.local_day = "2023-07-22";
    c.time.raw = "2 jam lalu";
    c.time.relative = true;
    c.score.compound = 0.5;
    c.score.label = suasana::Label::positive;
    return c;
}

long count(const std::filesystem::path& db, const std::string& sql) {
    SQLite::Database d(db.string());
    return d.execAndGet(sql).getInt64();
}

const ArticleRef k_article{"blog", "a-1", "https://blog.example/a-1", "harga", "blog"};

}  // namespace

TEST_CASE("storing a page twice adds nothing, and a new comment is added once", "[store]") {
    TempDir dir;
    auto path = dir.path() / "s.db";
    auto db = Database::open(path, Access::read_write);
    REQUIRE(db);
    Page page;
    page.url = "https://blog.example/a-1";
    page.comments = {comment("1", "bagus"), comment("2", "setuju", "1")};
    auto first = db->store_page(k_article, page, "2023-07-22T05:00:00Z", "v1");
    REQUIRE(first);
    CHECK(first->new_comments == 2);
    auto again = db->store_page(k_article, page, "2023-07-22T06:00:00Z", "v1");
    REQUIRE(again);
    CHECK(again->new_comments == 0);
    CHECK(again->seen_comments == 2);
    page.comments.push_back(comment("3", "mantap"));
    auto third = db->store_page(k_article, page, "2023-07-22T07:00:00Z", "v1");
    REQUIRE(third);
    CHECK(third->new_comments == 1);
    CHECK(count(path, "select count(*) from comments") == 3);
    CHECK(count(path, "select count(*) from articles") == 1);
    CHECK(count(path,
                "select count(*) from comments c join comments p on p.id = c.parent_id "
                "where c.site_comment_id = '2' and p.site_comment_id = '1'") == 1);
    CHECK(count(path, "select time_relative from comments where site_comment_id = '1'") == 1);
    CHECK(count(path,
                "select count(*) from comments where last_seen_at = '2023-07-22T07:00:00Z'") == 3);
}

TEST_CASE("an edited body is updated and marked edited", "[store]") {
    TempDir dir;
    auto db = Database::open(dir.path() / "s.db", Access::read_write);
    REQUIRE(db);
    Page page;
    page.comments = {comment("1", "bagus")};
    REQUIRE(db->store_page(k_article, page, "2023-07-22T05:00:00Z", "v1"));
    page.comments[0].body = "bagus banget, ralat";
    auto edited = db->store_page(k_article, page, "2023-07-22T06:00:00Z", "v1");
    REQUIRE(edited);
    CHECK(edited->edited_comments == 1);
    SQLite::Database d((dir.path() / "s.db").string());
    CHECK(d.execAndGet("select body from comments").getString() == "bagus banget, ralat");
    CHECK(d.execAndGet("select edited_at from comments").getString() == "2023-07-22T06:00:00Z");
}

TEST_CASE("bodies come back exactly as stored, whatever they hold", "[store]") {
    TempDir dir;
    auto db = Database::open(dir.path() / "s.db", Access::read_write);
    REQUIRE(db);
    const std::vector<std::string> bodies = {"'); DROP TABLE comments; --",
                                             std::string("nul\0byte", 8), "emoji 😂🔥 dan teks",
                                             "\xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A"};
    Page page;
    for (std::size_t i = 0; i < bodies.size(); ++i)
        page.comments.push_back(comment(std::to_string(i), bodies[i]));
    REQUIRE(db->store_page(k_article, page, "2023-07-22T05:00:00Z", "v1"));
    SQLite::Database d((dir.path() / "s.db").string());
    SQLite::Statement q(d, "select body from comments order by id");
    for (const auto& expected : bodies) {
        REQUIRE(q.executeStep());
        const SQLite::Column col = q.getColumn(0);
        CHECK(std::string(static_cast<const char*>(col.getBlob()),
                          static_cast<std::size_t>(col.getBytes())) == expected);
    }
}

TEST_CASE("runs and fetches are recorded", "[store]") {
    TempDir dir;
    auto db = Database::open(dir.path() / "s.db", Access::read_write);
    REQUIRE(db);
    auto run = db->begin_run("scrape", "2023-07-22T05:00:00Z");
    REQUIRE(run);
    suasana::FetchResult f;
    f.url = "https://blog.example/a";
    f.final_url = f.url;
    f.http_status = 404;
    f.outcome = suasana::FetchOutcome::http_error;
    f.message = "HTTP 404";
    REQUIRE(db->record_fetch(*run, f, static_cast<std::int64_t>(f.body.size())));
    REQUIRE(db->finish_run(*run, "2023-07-22T05:00:09Z", {"partial", 1, 0, 0, 0}));
    CHECK(
        count(dir.path() / "s.db",
              "select count(*) from fetches where outcome = 'http_error' and http_status = 404") ==
        1);
    CHECK(
        count(dir.path() / "s.db",
              "select count(*) from runs where outcome = 'partial' and finished_at is not null") ==
        1);
}

TEST_CASE("a database from a newer suasana is refused with exit code 3", "[store]") {
    TempDir dir;
    auto path = dir.path() / "s.db";
    REQUIRE(Database::open(path, Access::read_write));
    {
        SQLite::Database d(path.string(), SQLite::OPEN_READWRITE);
        d.exec("PRAGMA user_version = 99");
    }
    for (Access access : {Access::read_write, Access::read_only}) {
        auto db = Database::open(path, access);
        REQUIRE_FALSE(db);
        CHECK(db.error().exit == suasana::ExitCode::fatal);
        CHECK_THAT(db.error().message, Catch::Contains("newer"));
    }
}

TEST_CASE("read-only access needs an existing database and cannot write", "[store]") {
    TempDir dir;
    auto missing = Database::open(dir.path() / "none.db", Access::read_only);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().exit == suasana::ExitCode::fatal);
    CHECK_FALSE(std::filesystem::exists(dir.path() / "none.db"));
    REQUIRE(Database::open(dir.path() / "s.db", Access::read_write));
    auto ro = Database::open(dir.path() / "s.db", Access::read_only);
    REQUIRE(ro);
    auto run = ro->begin_run("scrape", "2023-07-22T05:00:00Z");
    REQUIRE_FALSE(run);
    CHECK(run.error().exit == suasana::ExitCode::fatal);
}

TEST_CASE("the summary counts per story and day, spam and deleted comments left out", "[store]") {
    TempDir dir;
    auto db = Database::open(dir.path() / "s.db", Access::read_write);
    REQUIRE(db);
    Page page;
    page.comments = {comment("1", "bagus"), comment("2", "jelek"), comment("3", "slot gacor")};
    page.comments[1].score.compound = -0.6;
    page.comments[1].score.label = suasana::Label::negative;
    page.comments[2].score.spam = true;
    REQUIRE(db->store_page(k_article, page, "2023-07-22T05:00:00Z", "v1"));
    auto summary = db->load_summary("2023-07-22", "2023-07-22", "");
    REQUIRE(summary);
    REQUIRE(summary->stories.size() == 1);
    const auto& story = summary->stories[0];
    CHECK(story.story == "harga");
    REQUIRE(story.days.size() == 1);
    CHECK(story.days[0].comments == 2);
    CHECK(story.days[0].positive == 1);
    CHECK(story.days[0].negative == 1);
    CHECK(story.days[0].mood_index == 0);
    REQUIRE(story.most_negative);
    CHECK(story.most_negative->body == "jelek");
}

TEST_CASE("a second run on the same database is refused at once with exit code 4", "[store]") {
    TempDir dir;
    auto first = suasana::store::RunLock::acquire(dir.path() / "s.db");
    REQUIRE(first);
    auto second = suasana::store::RunLock::acquire(dir.path() / "s.db");
    REQUIRE_FALSE(second);
    CHECK(second.error().exit == suasana::ExitCode::locked);
}

TEST_CASE("a full re-scrape marks missing comments deleted, and a return undeletes", "[store]") {
    TempDir dir;
    auto path = dir.path() / "s.db";
    auto db = Database::open(path, Access::read_write);
    REQUIRE(db);
    Page page;
    page.comments = {comment("1", "bagus"), comment("2", "jelek"), comment("3", "biasa")};
    auto first = db->store_page(k_article, page, "2023-07-22T05:00:00Z", "v1");
    REQUIRE(first);
    CHECK(first->comment_ids.size() == 3);
    page.comments.erase(page.comments.begin() + 1);  // "2" is gone from the page
    auto second = db->store_page(k_article, page, "2023-07-23T05:00:00Z", "v1");
    REQUIRE(second);
    auto marked =
        db->mark_missing_deleted(second->article_id, second->comment_ids, "2023-07-23T05:00:00Z");
    REQUIRE(marked);
    CHECK(*marked == 1);
    CHECK(count(path,
                "select count(*) from comments where deleted_at = '2023-07-23T05:00:00Z' "
                "and site_comment_id = '2'") == 1);
    auto summary = db->load_summary("2023-07-22", "2023-07-22", "");
    REQUIRE(summary);
    CHECK(summary->stories[0].days[0].comments == 2);  // deleted comments leave the mood
    page.comments.push_back(comment("2", "jelek"));
    REQUIRE(db->store_page(k_article, page, "2023-07-24T05:00:00Z", "v1"));
    CHECK(count(path, "select count(*) from comments where deleted_at is not null") == 0);
}

TEST_CASE("last_activity is the newest comment of the target's article", "[store]") {
    TempDir dir;
    auto db = Database::open(dir.path() / "s.db", Access::read_write);
    REQUIRE(db);
    auto none = db->last_activity(k_article.url);
    REQUIRE(none);
    CHECK_FALSE(*none);
    Page page;
    page.comments = {comment("1", "bagus"), comment("2", "jelek")};
    page.comments[1].time.utc = 1690100000;
    REQUIRE(db->store_page(k_article, page, "2023-07-22T05:00:00Z", "v1"));
    auto last = db->last_activity(k_article.url);
    REQUIRE(last);
    CHECK(*last == 1690100000);
}

TEST_CASE("prune deletes old comments and their mentions, and replies lose their parent",
          "[store]") {
    TempDir dir;
    auto path = dir.path() / "s.db";
    auto db = Database::open(path, Access::read_write);
    REQUIRE(db);
    Page page;
    page.comments = {comment("old", "bagus"), comment("reply", "setuju", "old")};
    page.comments[0].time.utc = 1600000000;  // 2020
    page.comments[0].score.mentions = {{"Llama", 0.5, "mention"}};
    REQUIRE(db->store_page(k_article, page, "2023-07-22T05:00:00Z", "v1"));
    auto pruned = db->prune_before("2021-01-01T00:00:00Z");
    REQUIRE(pruned);
    CHECK(*pruned == 1);
    CHECK(count(path, "select count(*) from comments") == 1);
    CHECK(count(path, "select count(*) from mentions") == 0);
    CHECK(count(path, "select count(*) from comments where parent_id is null") == 1);
    CHECK(count(path, "select count(*) from pragma_foreign_key_check") == 0);
}

TEST_CASE("dislikes are stored and updated, wordless comments kept out of the mood", "[store]") {
    TempDir dir;
    auto path = dir.path() / "s.db";
    auto db = Database::open(path, Access::read_write);
    REQUIRE(db);
    Page page;
    page.comments = {comment("1", "bagus"), comment("2", "https://x.example/stiker.gif")};
    page.comments[0].dislikes = 3;
    page.comments[1].scored = false;
    page.comments[1].score = {};  // never scored: the placeholders
    REQUIRE(db->store_page(k_article, page, "2023-07-22T05:00:00Z", "v1"));
    CHECK(count(path, "SELECT dislikes FROM comments WHERE site_comment_id = '1'") == 3);
    CHECK(count(path, "SELECT count(*) FROM comments WHERE dislikes IS NULL") == 1);
    CHECK(count(path, "SELECT scored FROM comments WHERE site_comment_id = '2'") == 0);
    page.comments[0].dislikes = 5;
    REQUIRE(db->store_page(k_article, page, "2023-07-22T06:00:00Z", "v1"));
    CHECK(count(path, "SELECT dislikes FROM comments WHERE site_comment_id = '1'") == 5);

    CHECK(count(path, "SELECT count(*) FROM comments") == 2);
    CHECK(count(path, "SELECT comments FROM daily_mood") == 1);
    auto summary = db->load_summary("2023-07-22", "2023-07-22", "");
    REQUIRE(summary);
    REQUIRE(summary->stories.at(0).days.size() == 1);
    CHECK(summary->stories[0].days[0].comments == 1);
    auto bodies = db->comment_bodies("harga", "2023-07-22", "2023-07-22");
    REQUIRE(bodies);
    CHECK(*bodies == std::vector<std::string>{"bagus"});
    int rescored = 0;
    auto n = db->rescore_all(
        [&rescored](const suasana::store::StoredComment& stored) {
            ++rescored;
            Comment c;
            c.body = stored.body;
            return c;
        },
        "v2");
    REQUIRE(n);
    CHECK(*n == 1);  // the sticker is not re-scored either
    CHECK(rescored == 1);
}

TEST_CASE("a version 2 database migrates to dislikes and scored, its comments all scored",
          "[store]") {
    TempDir dir;
    auto path = dir.path() / "old.db";
    {
        SQLite::Database d(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        for (std::size_t v = 0; v < 2; ++v) d.exec(suasana::store::migrations()[v]);
        d.exec("PRAGMA user_version = 2");
        d.exec(
            "INSERT INTO articles VALUES (1, 'blog', 'a-1', 'u', 'harga', NULL, NULL, NULL, "
            "'2023-07-22T05:00:00Z', '2023-07-22T05:00:00Z')");
        d.exec(
            "INSERT INTO comments (article_id, site_comment_id, body, score, label, "
            "lexicon_version, first_seen_at, last_seen_at, posted_day) VALUES (1, '1', 'bagus', "
            "0.5, 'positive', 'v1', 'x', 'x', '2023-07-22')");
    }
    REQUIRE(Database::open(path, Access::read_write));
    CHECK(count(path, "PRAGMA user_version") == 4);
    CHECK(count(path, "SELECT scored FROM comments") == 1);
    CHECK(count(path, "SELECT count(*) FROM comments WHERE dislikes IS NULL") == 1);
    CHECK(count(path, "SELECT comments FROM daily_mood") == 1);
}

TEST_CASE("with privacy on the store pseudonymises whatever it is given, and converts old rows",
          "[store]") {
    TempDir dir;
    const auto path = dir.path() / "p.db";
    const std::string key(64, 'k');
    Page page;
    page.url = "https://blog.example/a-1";
    page.comments = {comment("h:1111111111111111", "pertama"),
                     comment("c-2", "balasan", "h:1111111111111111")};
    {
        // Stored with the option on: never a real name, never an unkeyed derived id.
        auto db = Database::open(path, Access::read_write);
        REQUIRE(db);
        REQUIRE(db->protect_authors(key).value() == 0);
        REQUIRE(db->store_page(k_article, page, "2023-07-22T05:00:00Z", "v1"));
        CHECK(count(path, "SELECT count(*) FROM comments WHERE author = 'Ani'") == 0);
        CHECK(count(path, "SELECT count(*) FROM comments WHERE site_comment_id LIKE 'h:%'") == 0);
        CHECK(count(path,
                    "SELECT count(*) FROM comments c JOIN comments p ON p.id = c.parent_id") == 1);
    }
    {
        // The option off for one run: the same comments come back as new rows with real names.
        auto db = Database::open(path, Access::read_write);
        REQUIRE(db);
        page.comments.push_back(comment("c-3", "baru"));
        auto stored = db->store_page(k_article, page, "2023-07-23T05:00:00Z", "v1");
        REQUIRE(stored);
        CHECK(stored->new_comments == 2);  // the h: twin and c-3; c-2 was already stored
        auto state = db->author_state();
        REQUIRE(state);
        CHECK(state->real_names == 2);
        CHECK(state->unkeyed_ids == 1);
    }
    // On again: the h: twin merges into its keyed row, c-3's name is pseudonymised.
    auto db = Database::open(path, Access::read_write);
    REQUIRE(db);
    CHECK(db->protect_authors(key).value() == 2);
    auto state = db->author_state();
    REQUIRE(state);
    CHECK(state->comments == 3);
    CHECK(state->real_names == 0);
    CHECK(state->unkeyed_ids == 0);
    // The reply still has its parent: whichever row it pointed at, the merge kept it linked.
    CHECK(count(path, "SELECT count(*) FROM comments c JOIN comments p ON p.id = c.parent_id") ==
          1);
    CHECK(db->protect_authors(key).value() == 0);
}

TEST_CASE("prune deletes a comment without a time by when it was first seen", "[store]") {
    TempDir dir;
    auto path = dir.path() / "s.db";
    auto db = Database::open(path, Access::read_write);
    REQUIRE(db);
    Page page;
    page.comments = {comment("timeless-old", "bagus")};
    page.comments[0].time = {};
    REQUIRE(db->store_page(k_article, page, "2020-05-01T00:00:00Z", "v1"));
    page.comments = {comment("timeless-new", "setuju")};
    page.comments[0].time = {};
    REQUIRE(db->store_page(k_article, page, "2022-05-01T00:00:00Z", "v1"));
    REQUIRE(count(path, "select count(*) from comments where posted_at is null") == 2);
    auto pruned = db->prune_before("2021-01-01T00:00:00Z");
    REQUIRE(pruned);
    CHECK(*pruned == 1);
    CHECK(count(path, "select count(*) from comments where site_comment_id = 'timeless-old'") == 0);
    CHECK(count(path, "select count(*) from comments where site_comment_id = 'timeless-new'") == 1);
}

TEST_CASE("a re-scrape refreshes like and reply counts", "[store]") {
    TempDir dir;
    auto path = dir.path() / "s.db";
    auto db = Database::open(path, Access::read_write);
    REQUIRE(db);
    Page page;
    page.comments = {comment("1", "bagus")};
    page.comments[0].likes = 3;
    page.comments[0].replies = 1;
    REQUIRE(db->store_page(k_article, page, "2023-07-22T05:00:00Z", "v1"));
    page.comments[0].likes = 41;
    page.comments[0].replies = 7;
    auto again = db->store_page(k_article, page, "2023-07-22T06:00:00Z", "v1");
    REQUIRE(again);
    CHECK(again->seen_comments == 1);
    CHECK(count(path, "select likes from comments") == 41);
    CHECK(count(path, "select replies from comments") == 7);
}

TEST_CASE("spam and deleted comments are never the summary's or the report's strongest",
          "[store]") {
    TempDir dir;
    auto path = dir.path() / "s.db";
    auto db = Database::open(path, Access::read_write);
    REQUIRE(db);
    Page page;
    page.comments = {comment("counted+", "cukup bagus"), comment("spam+", "promo terbaik"),
                     comment("deleted+", "luar biasa"),  comment("counted-", "agak jelek"),
                     comment("spam-", "promo jelek"),    comment("deleted-", "sangat buruk")};
    const double scores[] = {0.3, 0.99, 0.98, -0.3, -0.99, -0.98};
    for (std::size_t i = 0; i < page.comments.size(); ++i) {
        page.comments[i].score.compound = scores[i];
        page.comments[i].score.label =
            scores[i] > 0 ? suasana::Label::positive : suasana::Label::negative;
        page.comments[i].score.spam = page.comments[i].site_id.rfind("spam", 0) == 0;
    }
    REQUIRE(db->store_page(k_article, page, "2023-07-22T05:00:00Z", "v1"));
    Page later;
    later.comments = {page.comments[0], page.comments[1], page.comments[3], page.comments[4]};
    auto seen = db->store_page(k_article, later, "2023-07-22T06:00:00Z", "v1");
    REQUIRE(seen);
    REQUIRE(*db->mark_missing_deleted(seen->article_id, seen->comment_ids,
                                      "2023-07-22T06:00:00Z") == 2);

    auto summary = db->load_summary("2023-07-22", "2023-07-22", "");
    REQUIRE(summary);
    const auto& story = summary->stories.at(0);
    REQUIRE(story.most_positive);
    CHECK(story.most_positive->body == "cukup bagus");
    REQUIRE(story.most_negative);
    CHECK(story.most_negative->body == "agak jelek");
    CHECK(story.days.at(0).comments == 2);  // the daily_mood view

    auto details = db->load_story_details(story.story, "2023-07-22", "2023-07-22", 3);
    REQUIRE(details);
    REQUIRE(details->most_positive.size() == 1);
    CHECK(details->most_positive[0].body == "cukup bagus");
    REQUIRE(details->most_negative.size() == 1);
    CHECK(details->most_negative[0].body == "agak jelek");
    CHECK(details->comments == 2);
}

TEST_CASE("the mood views count comments by the same rule as the readers", "[store]") {
    // The views live in a migration, written once; the readers use k_counted_comment. Both must
    // say the same, or the day's numbers and its quotes disagree.
    TempDir dir;
    auto path = dir.path() / "s.db";
    REQUIRE(Database::open(path, Access::read_write));
    for (const char* view : {"daily_mood", "entity_daily"}) {
        CAPTURE(view);
        SQLite::Database d(path.string());
        SQLite::Statement q(d, "select sql from sqlite_master where name = ?");
        q.bind(1, view);
        REQUIRE(q.executeStep());
        CHECK_THAT(q.getColumn(0).getString(),
                   Catch::Contains(std::string("WHERE ") + suasana::store::k_counted_comment));
    }
}

TEST_CASE("a version 2 database migrates, and a scraper's old article joins its site's",
          "[store]") {
    TempDir dir;
    auto path = dir.path() / "v2.db";
    {
        // A real file of the previous schema, built from its shipped SQL, holding what version 2
        // stored for one Gate post read by both scraper files: two articles, the comments twice.
        SQLite::Database d(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        d.exec(suasana::store::migrations()[0]);
        d.exec(suasana::store::migrations()[1]);
        d.exec("PRAGMA user_version = 2");
        d.exec(
            "INSERT INTO articles (id, site, canonical_id, url, story, first_seen_at, "
            "last_scraped_at) VALUES "
            "(1, 'gate-square', '31415926', 'https://www.gate.com/id/post/status/31415926', "
            "'animal-war', 't', 't'), "
            "(2, 'gate-square-next', '31415926', 'https://www.gate.com/post/status/31415926', "
            "'animal-war', 't', 't'), "
            "(3, 'gate-square-next', '27182818', 'https://www.gate.com/post/status/27182818', "
            "'other', 't', 't')");
        d.exec(
            "INSERT INTO comments (id, article_id, site_comment_id, parent_id, author, posted_at, "
            "body, likes, score, label, lexicon_version, first_seen_at, last_seen_at) VALUES "
            "(1, 1, 'h:aaa', NULL, 'Ani', '2023-07-22T04:26:00Z', 'bagus', NULL, 0.5, "
            "'positive', 'v1', 't', 't'), "
            "(2, 1, 'h:bbb', NULL, 'Budi', '2023-07-22T05:00:00Z', 'jelek', NULL, -0.5, "
            "'negative', 'v1', 't', 't'), "
            "(3, 2, '501', NULL, 'Ani', '2023-07-22T04:26:40Z', 'bagus', 4, 0.5, 'positive', "
            "'v1', 't', 't'), "
            "(4, 2, '502', 3, 'Ani', '2023-07-22T04:26:40Z', 'setuju', 1, 0.5, 'positive', "
            "'v1', 't', 't'), "
            "(5, 3, '601', NULL, 'Ani', '2023-07-22T04:26:40Z', 'mantap', NULL, 0.5, 'positive', "
            "'v1', 't', 't')");
        d.exec("INSERT INTO mentions (comment_id, entity, score) VALUES (3, 'falcon', 0.5)");
    }
    auto db = Database::open(path, Access::read_write);
    REQUIRE(db);
    CHECK(count(path, "PRAGMA user_version") == suasana::store::schema_version());
    CHECK(count(path, "select count(*) from articles where scraper = site") == 3);

    // gate-square-next (site gate-square) reads post 31415926 again.
    Page page;
    page.comments = {comment("501", "bagus"), comment("502", "setuju", "501")};
    const ArticleRef next{"gate-square", "31415926", "https://www.gate.com/post/status/31415926",
                          "", "gate-square-next"};
    auto stored = db->store_page(next, page, "2023-07-24T05:00:00Z", "v1");
    INFO((stored ? std::string() : stored.error().message));
    REQUIRE(stored);
    CHECK(stored->new_comments == 0);
    CHECK(stored->seen_comments == 2);
    CHECK(stored->article_id == 1);
    CHECK(count(path, "select count(*) from articles where canonical_id = '31415926'") == 1);
    CHECK(count(path,
                "select count(*) from articles where id = 1 and site = 'gate-square' and "
                "scraper = 'gate-square-next' and story = 'animal-war'") == 1);
    // 501 is the HTML's h:aaa (same author, body, minute) and keeps Gate's id; h:bbb stays.
    CHECK(count(path, "select count(*) from comments where article_id = 1") == 3);
    CHECK(count(path,
                "select count(*) from comments where site_comment_id in ('h:bbb', '501', "
                "'502') and article_id = 1") == 3);
    CHECK(count(path,
                "select count(*) from comments c join comments p on p.id = c.parent_id "
                "where c.site_comment_id = '502' and p.site_comment_id = '501' and "
                "p.article_id = 1") == 1);
    CHECK(count(path, "select count(*) from mentions") == 0);  // the merged copy's are gone
    CHECK(count(path, "select likes from comments where site_comment_id = '501'") == 4);

    // Its other post has no gate-square article yet: it only changes its key.
    Page other;
    other.comments = {comment("601", "mantap")};
    auto moved =
        db->store_page({"gate-square", "27182818", "https://www.gate.com/post/status/27182818", "",
                        "gate-square-next"},
                       other, "2023-07-24T05:00:00Z", "v1");
    REQUIRE(moved);
    CHECK(moved->article_id == 3);
    CHECK(moved->seen_comments == 1);
    CHECK(count(path, "select count(*) from articles where site = 'gate-square-next'") == 0);
}

TEST_CASE("two scrapers of a site: a hashed comment and its site id are one comment", "[store]") {
    TempDir dir;
    auto path = dir.path() / "s.db";
    auto db = Database::open(path, Access::read_write);
    REQUIRE(db);
    const ArticleRef html{"site", "p-1", "https://site.example/p/1", "s", "site-html"};
    const ArticleRef json{"site", "p-1", "https://site.example/p/1", "s", "site-json"};
    Page shown;  // the HTML: no ids, minute times, two identical comments by one author
    shown.comments = {comment("h:1", "bagus"), comment("h:1#2", "bagus"), comment("h:2", "jelek")};
    for (auto& c : shown.comments) c.time.utc = 1690000000 - 40;  // the same minute
    REQUIRE(db->store_page(html, shown, "2023-07-22T05:00:00Z", "v1"));
    Page data;  // the JSON: ids, a reply the HTML does not show
    data.comments = {comment("11", "bagus"), comment("12", "bagus"), comment("13", "jelek"),
                     comment("14", "balasan", "11")};
    auto both = db->store_page(json, data, "2023-07-22T06:00:00Z", "v1");
    REQUIRE(both);
    CHECK(both->new_comments == 1);
    CHECK(both->seen_comments == 3);
    CHECK(count(path, "select count(*) from comments where site_comment_id like 'h:%'") == 0);
    // The HTML again: all three seen; its full read leaves the reply alone.
    auto again = db->store_page(html, shown, "2023-07-22T07:00:00Z", "v1");
    REQUIRE(again);
    CHECK(again->new_comments == 0);
    CHECK(again->seen_comments == 3);
    auto marked = db->mark_missing_deleted(again->article_id, again->comment_ids,
                                           "2023-07-22T07:00:00Z", CommentIds::hashed);
    REQUIRE(marked);
    CHECK(*marked == 0);
    CHECK(count(path, "select count(*) from comments") == 4);
    // A body that differs is another comment.
    Page changed;
    changed.comments = {comment("h:9", "bagus sekali")};
    auto other = db->store_page(html, changed, "2023-07-22T08:00:00Z", "v1");
    REQUIRE(other);
    CHECK(other->new_comments == 1);
}

TEST_CASE("with privacy on, a keyed hash and the site's id are still one comment", "[store]") {
    TempDir dir;
    auto path = dir.path() / "s.db";
    auto db = Database::open(path, Access::read_write);
    REQUIRE(db);
    REQUIRE(db->protect_authors(std::string(64, 'k')).value() == 0);
    const ArticleRef html{"site", "p-1", "https://site.example/p/1", "s", "site-html"};
    const ArticleRef json{"site", "p-1", "https://site.example/p/1", "s", "site-json"};
    Page shown;
    shown.comments = {comment("h:1", "bagus")};
    REQUIRE(db->store_page(html, shown, "2023-07-22T05:00:00Z", "v1"));
    CHECK(count(path, "select count(*) from comments where site_comment_id like 'k:%'") == 1);
    Page data;
    data.comments = {comment("11", "bagus")};
    auto both = db->store_page(json, data, "2023-07-22T06:00:00Z", "v1");
    REQUIRE(both);
    CHECK(both->new_comments == 0);
    CHECK(count(path, "select site_comment_id from comments") == 11);
    auto again = db->store_page(html, shown, "2023-07-22T07:00:00Z", "v1");
    REQUIRE(again);
    CHECK(again->seen_comments == 1);
    CHECK(count(path, "select count(*) from comments") == 1);
}
