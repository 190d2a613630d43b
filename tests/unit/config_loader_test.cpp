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
    CHECK_FALSE(c->learned);  // unset: the lexicon folder's learned.tsv
}

TEST_CASE("the lexicon's learned key names a weights file or when empty turns the layer off",
          "[config]") {
    TempDir dir;
    auto mine = load_config(dir.write("sub/config.toml", "[lexicon]\nlearned = \"my-site.tsv\"\n"));
    REQUIRE(mine);
    REQUIRE(mine->learned);
    CHECK(*mine->learned == dir.path() / "sub/my-site.tsv");
    auto off = load_config(dir.write("off.toml", "[lexicon]\nlearned = \"\"\n"));
    REQUIRE(off);
    REQUIRE(off->learned);
    CHECK(off->learned->empty());
    auto wrong = load_config(dir.write("wrong.toml", "[lexicon]\nlearned = 3\n"));
    REQUIRE_FALSE(wrong);
    CHECK_THAT(wrong.error().message, Catch::Contains("lexicon.learned"));
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
    REQUIRE(specs->size() == 4);  // sorted by file name
    CHECK((*specs)[0].name == "detik-api");
    CHECK((*specs)[0].kind == "json");
    CHECK((*specs)[0].source_method == "POST");
    CHECK((*specs)[0].source_headers.size() == 1);
    CHECK((*specs)[1].name == "gate-square-next");
    CHECK((*specs)[1].source_script.text == "script#__NEXT_DATA__");
    CHECK((*specs)[2].name == "gate-square");
    CHECK((*specs)[2].machine_translated);
    CHECK((*specs)[3].name == "wordpress");
    CHECK((*specs)[3].nested);
    CHECK((*specs)[3].next.text ==
          ".comment-navigation .nav-next a, a.wp-block-comments-pagination-next@href");
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
    TempDir twins;
    twins.write("x.toml",
                "name = \"same\"\n[comments]\nitem = \"li\"\nauthor = \"a\"\nbody = \"p\"\n");
    twins.write("y.toml",
                "name = \"same\"\n[comments]\nitem = \"li\"\nauthor = \"a\"\nbody = \"p\"\n");
    auto dup = load_scraper_dir(twins.path());
    REQUIRE_FALSE(dup);
    CHECK_THAT(dup.error().message, Catch::Contains("already used"));
}
