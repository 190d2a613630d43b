// Unit tests for cli/options.hpp: the one table that both parses the command line and prints
// --help.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "cli/options.hpp"

using namespace suasana::cli;
using Args = std::vector<std::string>;

namespace {

// Returns a valid argument list for `command`: its minimum number of positionals.
Args minimal_args(const CommandSpec& command) {
    Args args = {command.name};
    for (std::size_t i = 0; i < command.min_positional; ++i)
        args.push_back("file" + std::to_string(i));
    return args;
}

}  // namespace

TEST_CASE("every command of the table parses with its minimal arguments", "[cli]") {
    REQUIRE_FALSE(commands().empty());
    for (const auto& command : commands()) {
        CAPTURE(command.name);
        auto parsed = parse_arguments(minimal_args(command));
        REQUIRE(parsed);
        CHECK(parsed->command == command.name);
        CHECK(parsed->positional.size() == command.min_positional);
        CHECK(parsed->values.empty());
    }
}

TEST_CASE("the commands PRODUCT.md names are in the table", "[cli]") {
    for (const char* name : {"scrape", "ingest", "extract", "summary", "report", "score", "eval",
                             "rescore", "check"}) {
        CAPTURE(name);
        bool known =
            parse_arguments({name, "x"}).has_value() || parse_arguments({name}).has_value();
        CHECK(known);
    }
}

TEST_CASE("each command's options parse, with values and flags", "[cli]") {
    auto scrape = parse_arguments({"scrape", "--all"});
    REQUIRE(scrape);
    CHECK(scrape->has("all"));
    CHECK_FALSE(scrape->has("target"));

    auto ingest = parse_arguments({"ingest", "-", "--url", "https://www.gate.com/id/post/status/1",
                                   "--scraper", "gate-square", "--story", "animal-war"});
    REQUIRE(ingest);
    CHECK(ingest->positional == Args{"-"});  // "-" is stdin, not an option
    CHECK(ingest->get("url") == "https://www.gate.com/id/post/status/1");
    CHECK(ingest->get("scraper") == "gate-square");
    CHECK(ingest->get("story") == "animal-war");

    auto extract = parse_arguments({"extract", "page.html", "--scraper=wordpress", "--why"});
    REQUIRE(extract);
    CHECK(extract->positional == Args{"page.html"});
    CHECK(extract->get("scraper") == "wordpress");
    CHECK(extract->has("why"));

    auto summary = parse_arguments(
        {"summary", "--date", "yesterday", "--days", "7", "--story", "s", "--format", "json"});
    REQUIRE(summary);
    CHECK(summary->get("date") == "yesterday");
    CHECK(summary->get("days") == "7");
    CHECK(summary->get("format") == "json");
    CHECK(summary->get("missing", "fallback") == "fallback");

    auto report = parse_arguments(
        {"report", "--html", "mood.html", "--date", "2023-07-23", "--days", "3", "--story", "s"});
    REQUIRE(report);
    CHECK(report->get("html") == "mood.html");
    CHECK(report->get("days") == "3");
    CHECK(report->get("story") == "s");
    auto to_stdout = parse_arguments({"report", "--html", "-"});
    REQUIRE(to_stdout);
    CHECK(to_stdout->get("html") == "-");  // stdout, not an option

    auto score = parse_arguments({"score", "--explain", "bagus sekali", "jelek"});
    REQUIRE(score);
    CHECK(score->has("explain"));
    CHECK(score->positional == Args{"bagus sekali", "jelek"});

    auto eval = parse_arguments({"eval", "valid.tsv"});
    REQUIRE(eval);
    CHECK(eval->positional == Args{"valid.tsv"});
}

TEST_CASE("global options work before or after the command", "[cli]") {
    const std::vector<Args> spellings = {
        {"--config", "c.toml", "--db", "x.db", "-q", "summary"},
        {"summary", "--config", "c.toml", "--db", "x.db", "--quiet"},
        {"--db=x.db", "summary", "-q", "--config=c.toml"},
    };
    for (const auto& args : spellings) {
        CAPTURE(args);
        auto parsed = parse_arguments(args);
        REQUIRE(parsed);
        CHECK(parsed->command == "summary");
        CHECK(parsed->get("config") == "c.toml");
        CHECK(parsed->get("db") == "x.db");
        CHECK(parsed->has("quiet"));
        CHECK(parsed->positional.empty());
    }
    auto now = parse_arguments({"--now", "2023-07-24T08:00:00", "-v", "scrape"});
    REQUIRE(now);
    CHECK(now->get("now") == "2023-07-24T08:00:00");
    CHECK(now->has("verbose"));
}

TEST_CASE("a repeated --target is collected in order", "[cli]") {
    auto parsed = parse_arguments({"scrape", "--target", "animal-war", "--target=harga-beras"});
    REQUIRE(parsed);
    CHECK(parsed->values.at("target") == Args{"animal-war", "harga-beras"});
    CHECK(parsed->get("target") == "harga-beras");
}

TEST_CASE("a non-repeatable option given twice is an error", "[cli]") {
    auto parsed = parse_arguments({"summary", "--date", "today", "--date", "yesterday"});
    REQUIRE_FALSE(parsed);
    CHECK_THAT(parsed.error().message, Catch::Contains("--date"));
}

TEST_CASE("usage errors say what is wrong", "[cli]") {
    struct Case {
        Args args;
        std::string message_part;
    };
    const std::vector<Case> cases = {
        {{"frobnicate"}, "unknown command 'frobnicate'"},
        {{}, "no command"},
        {{"scrape", "--bogus"}, "unknown option '--bogus'"},
        {{"scrape", "-x"}, "unknown option '-x'"},
        {{"scrape", "-qv"}, "unknown option '-qv'"},
        {{"--explain", "score"}, "unknown option '--explain'"},  // a command option before it
        {{"summary", "--explain"}, "unknown option '--explain' for summary"},
        {{"scrape", "--target"}, "--target needs a value"},
        {{"summary", "--db"}, "--db needs a value"},
        {{"scrape", "--all=yes"}, "--all takes no value"},
        {{"eval"}, "usage: suasana eval FILE"},
        {{"eval", "a.tsv", "b.tsv"}, "usage: suasana eval FILE"},
        {{"ingest"}, "usage: suasana ingest FILE|DIR|- ..."},
        {{"scrape", "extra"}, "usage: suasana scrape"},
        {{"check", "now"}, "usage: suasana check"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.args);
        auto parsed = parse_arguments(c.args);
        REQUIRE_FALSE(parsed);
        CHECK_THAT(parsed.error().message, Catch::Contains(c.message_part));
    }
}

TEST_CASE("a double dash (--) ends the options", "[cli]") {
    auto parsed = parse_arguments({"score", "--", "--bukan-opsi", "-q"});
    REQUIRE(parsed);
    CHECK(parsed->positional == Args{"--bukan-opsi", "-q"});
    CHECK_FALSE(parsed->has("quiet"));
}

TEST_CASE("--help and --version need no command", "[cli]") {
    auto help = parse_arguments({"--help"});
    REQUIRE(help);
    CHECK(help->command.empty());
    CHECK(help->has("help"));
    auto version = parse_arguments({"--version"});
    REQUIRE(version);
    CHECK(version->has("version"));
    // A command's --help is accepted even without its positional arguments.
    auto eval_help = parse_arguments({"eval", "-h"});
    REQUIRE(eval_help);
    CHECK(eval_help->command == "eval");
    CHECK(eval_help->has("help"));
}

TEST_CASE("a command's --help lists every option of its table", "[cli]") {
    for (const auto& command : commands()) {
        CAPTURE(command.name);
        std::string help = help_text(command.name);
        CHECK_THAT(help, Catch::StartsWith(std::string("usage: suasana ") + command.name));
        CHECK_THAT(help, Catch::Contains(command.arguments));
        for (const auto& option : command.options) {
            CAPTURE(option.name);
            CHECK_THAT(help, Catch::Contains(std::string("--") + option.name));
            CHECK_THAT(help, Catch::Contains(option.help));
            if (option.argument != nullptr) {
                CHECK_THAT(
                    help, Catch::Contains(std::string("--") + option.name + " " + option.argument));
            }
        }
        for (const auto& option : global_options()) {
            CHECK_THAT(help, Catch::Contains(std::string("--") + option.name));
        }
        // Options of other commands are not listed.
        if (std::string(command.name) == "eval") {
            CHECK_THAT(help, !Catch::Contains("--explain"));
        }
    }
}

TEST_CASE("the overview --help lists every command and the exit codes", "[cli]") {
    std::string help = help_text("");
    for (const auto& command : commands()) {
        CAPTURE(command.name);
        CHECK_THAT(help, Catch::Contains(std::string("  ") + command.name + " "));
        CHECK_THAT(help, Catch::Contains(command.summary));
    }
    for (const auto& option : global_options()) {
        CHECK_THAT(help, Catch::Contains(std::string("--") + option.name));
        if (option.short_name != 0)
            CHECK_THAT(
                help, Catch::Contains(std::string("-") + option.short_name + ", --" + option.name));
    }
    CHECK_THAT(help, Catch::Contains("exit codes"));
}
