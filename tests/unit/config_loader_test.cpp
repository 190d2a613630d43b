// config.toml and scraper files: the keys of PRODUCT.md, and errors that name file, line, key.
#include <catch2/catch.hpp>

#include "config/config_loader.hpp"
#include "config/scraper_loader.hpp"
#include "test_files.hpp"

using suasana::config::load_config;
using suasana::config::load_scraper_dir;
using suasana::config::load_scraper_file;
using suasana::test::TempDir;

TEST_CASE("an empty config file gives PRODUCT.md's defaults", "[config]") {
    TempDir dir;
    auto c = load_config(dir.write("config.toml", ""));
    REQUIRE(c);
    CHECK(c->database == dir.path() / "suasana.db");
    CHECK(c->fetch.concurrency == 8);
    CHECK(c->fetch.per_host == 2);
    CHECK(c->fetch.delay_ms == 1000);
    CHECK(c->fetch.max_bytes == 10485760);
    CHECK(c->limits.max_depth == 2000);
    CHECK(c->limits.max_comment_chars == 100000);
    CHECK(c->zone == "Asia/Jakarta");
    CHECK(c->neutral_band == Approx(0.05));
    CHECK_FALSE(c->pseudonymize_authors);
}

TEST_CASE("the repository's config.toml loads with every key of PRODUCT.md", "[config]") {
    auto c = load_config(std::string(SUASANA_SOURCE_DIR) + "/config.toml");
    REQUIRE(c);
    REQUIRE(c->targets.size() == 2);
    CHECK(c->targets[0].name == "animal-war");
    CHECK(c->targets[0].url.rfind("file:///", 0) == 0);  // a relative path became a file URL
    CHECK(c->targets[0].scraper == "gate-square");
    REQUIRE(c->entities.size() == 2);
    CHECK(c->entities[0].aliases.size() == 5);
}

TEST_CASE("relative paths are relative to the config's folder, and story defaults to the name",
          "[config]") {
    TempDir dir;
    auto c = load_config(dir.write("sub/config.toml", R"(
[database]
path = "data/mood.db"
[lexicon]
dir = "../lex"
[[target]]
name = "t1"
url = "https://example.org/a"
)"));
    REQUIRE(c);
    CHECK(c->database == dir.path() / "sub/data/mood.db");
    CHECK(c->lexicon_dir == dir.path() / "lex");
    CHECK(c->targets[0].story == "t1");
}

TEST_CASE("a target's scraper path is relative to the config's folder, a name stays a name",
          "[config]") {
    TempDir dir;
    auto c = load_config(dir.write("sub/config.toml", R"(
[[target]]
name = "by-path"
url = "https://example.org/a"
scraper = "mine/site.toml"
[[target]]
name = "by-name"
url = "https://example.org/b"
scraper = "wordpress"
)"));
    REQUIRE(c);
    CHECK(c->targets[0].scraper == (dir.path() / "sub/mine/site.toml").string());
    CHECK(c->targets[1].scraper == "wordpress");
}

TEST_CASE("a target url with a user name or password is refused, and not echoed", "[config]") {
    TempDir dir;
    for (const char* url : {"http://user:s3cret@example.org/a", "https://s3cret@example.org/",
                            "http://u:s3cret@example.org?x"}) {
        CAPTURE(url);
        auto c = load_config(dir.write("config.toml", std::string("[[target]]\nname = \"a\"\n"
                                                                  "url = \"") +
                                                          url + "\"\n"));
        REQUIRE_FALSE(c);
        CHECK_THAT(c.error().message, Catch::Contains("config.toml:3: key 'target.url'"));
        CHECK_THAT(c.error().message, Catch::Contains("[source] headers"));
        CHECK_THAT(c.error().message, !Catch::Contains("s3cret"));
    }
    // An @ after the host (a path, a query) is not a credential.
    auto ok = load_config(dir.write("config.toml",
                                    "[[target]]\nname = \"a\"\n"
                                    "url = \"https://example.org/@user?a=b@c\"\n"));
    CHECK(ok);
}

TEST_CASE("config errors name the file, the line and the key", "[config]") {
    TempDir dir;
    struct Case {
        const char* toml;
        const char* expected;
    };
    std::vector<Case> cases = {
        {"[fetch]\nconcurency = 3\n", "config.toml:2: unknown key 'fetch.concurency'"},
        {"[fetch]\ntimeout_s = \"x\"\n",
         "config.toml:2: key 'fetch.timeout_s': expected an integer"},
        {"colour = 1\n", "config.toml:1: unknown key 'colour'"},
        {"[[target]]\nname = \"a\"\n", "key 'target.url': is required"},
        {"[[target]]\nurl = \"https://x.example\"\n", "key 'target.name': is required"},
        {"[[target]]\nname = \"a\"\nurl = \"u\"\n[[target]]\nname = \"a\"\nurl = \"v\"\n",
         "target 'a' is defined twice"},
        {"[lexicon]\nneutral_band = 2.0\n", "key 'lexicon.neutral_band': must be in [0, 1)"},
        {"[privacy]\npseudonymize_authors = \"yes\"\n", "expected true or false"},
        {"[fetch\n", "config.toml:1:"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.toml);
        auto loaded = load_config(dir.write("config.toml", c.toml));
        REQUIRE_FALSE(loaded);
        CHECK_THAT(loaded.error().message, Catch::Contains(c.expected));
    }
}

TEST_CASE("a missing config file is named", "[config]") {
    auto c = load_config("/nonexistent/suasana/config.toml");
    REQUIRE_FALSE(c);
    CHECK_THAT(c.error().message, Catch::Contains("/nonexistent/suasana/config.toml"));
}

TEST_CASE("the bundled scraper files load", "[config]") {
    auto specs = load_scraper_dir(std::string(SUASANA_SOURCE_DIR) + "/scrapers");
    REQUIRE(specs);
    REQUIRE(specs->size() == 6);  // sorted by file name
    CHECK((*specs)[0].name == "cnnindonesia");
    CHECK((*specs)[1].name == "detik");
    CHECK((*specs)[1].kind == "json");
    CHECK((*specs)[1].source_method == "POST");
    CHECK((*specs)[1].source_body_json);
    CHECK((*specs)[1].source_headers.size() == 2);
    CHECK((*specs)[1].skip.size() == 1);
    CHECK((*specs)[2].name == "gate-square-next");
    CHECK((*specs)[2].source_script.text == "script#__NEXT_DATA__");
    CHECK((*specs)[3].name == "gate-square");
    CHECK((*specs)[3].machine_translated);
    // Both Gate files read one site; a file without `site` is its own site.
    CHECK((*specs)[2].site == "gate-square");
    CHECK((*specs)[3].site == "gate-square");
    CHECK((*specs)[4].name == "kompas");
    CHECK((*specs)[4].site == "kompas");
    CHECK((*specs)[4].wordless.size() == 1);
    CHECK((*specs)[5].site == "wordpress");
    CHECK((*specs)[5].name == "wordpress");
    CHECK((*specs)[5].nested);
    REQUIRE((*specs)[5].links.size() == 6);
    CHECK((*specs)[5].links[0].text == ".comment-navigation .nav-previous a@href");
}

TEST_CASE("a JSON request body is written as a TOML table", "[config]") {
    TempDir dir;
    auto spec = load_scraper_file(dir.write("api.toml", R"(name = "api"
kind = "json"
[page]
id = '/d-(\d+)'
[source]
url = "https://api.example.id/graphql"
method = "POST"
[source.body]
query = "search(page: $page) { hits { id } }"
[source.body.variables]
page = "{page}"
size = 10
ratio = 0.5
on = true
terms = [{ name = "news.artikel", terms = "{id:number}" }, { name = "url", terms = "{url}" }]
note = "artikel {id} \"kutip\""
[comments]
list = "data"
author = "a"
body = "b"
)"));
    REQUIRE(spec);
    CHECK(spec->source_body_json);
    CHECK(
        spec->source_body ==
        R"({"query":"search(page: $page) { hits { id } }","variables":{"note":"artikel {id} \"kutip\"",)"
        R"("on":true,"page":{page},"ratio":0.5,"size":10,"terms":[{"name":"news.artikel","terms":{id:number}},)"
        R"({"name":"url","terms":{url}}]}})");
}

TEST_CASE("skip, wordless and decode rules load, and their mistakes are named", "[config]") {
    TempDir dir;
    const std::string head =
        "name = \"r\"\nkind = \"json\"\n[source]\nurl = \"/a\"\n"
        "[comments]\nlist = \"l\"\nauthor = \"a\"\nbody = \"b\"\n";
    auto good = load_scraper_file(
        dir.write("good.toml", head + "decode = { body = [\"html_entities\", \"percent_u\", "
                                      "\"newline:$//$\"] }\n[[comments.skip]]\nfield = \"status\"\n"
                                      "null = true\n[[comments.wordless]]\nfield = \"type\"\n"
                                      "equals = \"sticker\"\n"));
    REQUIRE(good);
    REQUIRE(good->skip.size() == 1);
    CHECK(good->skip[0].test == suasana::ItemRule::Test::null);
    REQUIRE(good->wordless.size() == 1);
    CHECK(good->wordless[0].value == "sticker");
    REQUIRE(good->decode.size() == 1);
    REQUIRE(good->decode[0].steps.size() == 3);
    CHECK(good->decode[0].steps[2].marker == "$//$");

    auto two_tests = load_scraper_file(dir.write(
        "two.toml", head + "[[comments.skip]]\nfield = \"s\"\nequals = \"x\"\nmatches = \"y\"\n"));
    REQUIRE_FALSE(two_tests);
    CHECK_THAT(two_tests.error().message,
               Catch::Contains("two.toml:10: key 'comments.skip.field': needs exactly one of"));
    auto bad_step =
        load_scraper_file(dir.write("step.toml", head + "[comments.decode]\nbody = [\"rot13\"]\n"));
    REQUIRE_FALSE(bad_step);
    CHECK_THAT(bad_step.error().message,
               Catch::Contains("step.toml:10: key 'comments.decode.body': unknown step 'rot13'"));
    auto date_in_body =
        load_scraper_file(dir.write("date.toml", head + "[source.body]\nwhen = 2023-07-21\n"));
    REQUIRE_FALSE(date_in_body);
    CHECK_THAT(date_in_body.error().message, Catch::Contains("key 'source.body.when'"));
}

TEST_CASE("scraper file errors name the file, line and key", "[config]") {
    TempDir dir;
    auto missing =
        load_scraper_file(dir.write("a.toml", "name = \"a\"\n[comments]\nitem = \"li\"\n"));
    REQUIRE_FALSE(missing);
    CHECK_THAT(missing.error().message, Catch::Contains("key 'comments.author': is required"));
    CHECK_THAT(missing.error().message, Catch::Contains("key 'comments.body': is required"));
    auto unknown = load_scraper_file(dir.write(
        "b.toml",
        "name = \"b\"\n[comments]\nitem = \"li\"\nauthor = \"a\"\nbody = \"p\"\nbdy = 1\n"));
    REQUIRE_FALSE(unknown);
    CHECK_THAT(unknown.error().message, Catch::Contains("b.toml:6: unknown key 'comments.bdy'"));
    auto links =
        load_scraper_file(dir.write("c.toml",
                                    "name = \"c\"\n[comments]\nitem = \"li\"\nauthor = "
                                    "\"a\"\nbody = \"p\"\n[pagination]\nlinks = \"a@href\"\n"));
    REQUIRE_FALSE(links);
    CHECK_THAT(links.error().message, Catch::Contains("key 'pagination.links'"));
    CHECK_THAT(links.error().message, Catch::Contains("expected an array of strings"));
    TempDir twins;
    twins.write("x.toml",
                "name = \"same\"\n[comments]\nitem = \"li\"\nauthor = \"a\"\nbody = \"p\"\n");
    twins.write("y.toml",
                "name = \"same\"\n[comments]\nitem = \"li\"\nauthor = \"a\"\nbody = \"p\"\n");
    auto dup = load_scraper_dir(twins.path());
    REQUIRE_FALSE(dup);
    CHECK_THAT(dup.error().message, Catch::Contains("already used"));
}
