#include "cli/cli.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iostream>

#include "app/commands.hpp"
#include "cli/options.hpp"
#include "util/strings.hpp"

namespace suasana::cli {

namespace {

int to_int(ExitCode code) {
    return static_cast<int>(code);
}

// Every line of a (possibly multi-line) error gets the prefix, so each reads on its own.
void print_error(std::ostream& err, const std::string& message) {
    std::size_t start = 0;
    while (start <= message.size()) {
        std::size_t end = message.find('\n', start);
        if (end == std::string::npos) end = message.size();
        err << "suasana: error: " << message.substr(start, end - start) << "\n";
        start = end + 1;
    }
}

// Returns the option's value as a whole number; fails (exit 2) naming the option.
Result<int> parse_whole_number(const std::string& option, const std::string& text) {
    try {
        std::size_t used = 0;
        int value = std::stoi(text, &used);
        if (used == text.size()) return value;
    } catch (const std::exception&) {
    }
    return fail(option + " '" + text + "': expected a whole number", ExitCode::usage);
}

// Returns --jobs as given (at least 1), or 0 when absent (the config decides).
Result<int> parse_jobs(const ParsedArgs& a) {
    if (!a.has("jobs")) return 0;
    auto jobs = parse_whole_number("--jobs", a.get("jobs"));
    if (!jobs) return tl::unexpected(jobs.error());
    if (*jobs < 1)
        return fail("--jobs '" + a.get("jobs") + "': expected 1 or more", ExitCode::usage);
    return *jobs;
}

Result<ExitCode> dispatch(const ParsedArgs& a, app::Streams io) {
    app::GlobalOptions g{a.get("config"), a.get("db"), a.get("now"), a.has("quiet"),
                         a.has("verbose")};
    // score, eval, train and extract work on the built-in defaults when no config is found.
    bool config_optional = a.command == "score" || a.command == "eval" || a.command == "extract" ||
                           a.command == "train";
    auto ctx = app::make_context(
        g, config_optional ? app::NeedConfig::optional : app::NeedConfig::required);
    if (!ctx) return tl::unexpected(ctx.error());
    const std::string& cmd = a.command;
    // A URL's password would be stored with it and printed: refused like a config's url.
    if (util::url_has_userinfo(a.get("url")))
        return fail(
            "--url carries a user name or password (user:pass@host), which would be "
            "stored and printed with the URL; give the URL without it",
            ExitCode::usage);
    if (cmd == "scrape") {
        app::ScrapeOptions o;
        o.targets = a.all("target");
        o.all = a.has("all");
        auto jobs = parse_jobs(a);
        if (!jobs) return tl::unexpected(jobs.error());
        o.jobs = *jobs;
        return app::run_scrape(*ctx, o, io);
    }
    if (cmd == "ingest") {
        auto jobs = parse_jobs(a);
        if (!jobs) return tl::unexpected(jobs.error());
        return app::run_ingest(
            *ctx, {a.positional, a.get("url"), a.get("scraper"), a.get("story"), *jobs}, io);
    }
    if (cmd == "extract") {
        if (!a.has("scraper")) return fail("extract needs --scraper NAME", ExitCode::usage);
        return app::run_extract(
            *ctx, {a.positional[0], a.get("scraper"), a.get("url"), a.has("why")}, io);
    }
    if (cmd == "summary") {
        app::SummaryOptions o;
        o.date = a.get("date", "today");
        auto days = parse_whole_number("--days", a.get("days", "1"));
        if (!days) return tl::unexpected(days.error());
        o.days = *days;
        o.story = a.get("story");
        o.format = a.get("format", "text");
        if (o.format != "text" && o.format != "json" && o.format != "csv")
            return fail("--format '" + o.format + "': expected text, json or csv", ExitCode::usage);
        return app::run_summary(*ctx, o, io);
    }
    if (cmd == "report") {
        app::ReportOptions o;
        o.file = a.get("html");
        if (o.file.empty()) return fail("report needs --html FILE", ExitCode::usage);
        o.date = a.get("date", "today");
        auto days = parse_whole_number("--days", a.get("days", "1"));
        if (!days) return tl::unexpected(days.error());
        o.days = *days;
        o.story = a.get("story");
        return app::run_report(*ctx, o, io);
    }
    if (cmd == "score") {
        auto jobs = parse_jobs(a);
        if (!jobs) return tl::unexpected(jobs.error());
        return app::run_score(*ctx, {a.positional, a.has("explain"), *jobs}, io);
    }
    if (cmd == "eval") return app::run_eval(*ctx, a.positional[0], io);
    if (cmd == "train") {
        return app::run_train(
            *ctx, {a.positional, a.get("out"), a.get("date"), a.all("source"), a.all("licence")},
            io);
    }
    if (cmd == "check") return app::run_check(*ctx, io);
    if (cmd == "rescore") return app::run_rescore(*ctx, io);
    if (cmd == "prune") {
        if (!a.has("older-than")) return fail("prune needs --older-than DAYS", ExitCode::usage);
        auto days = parse_whole_number("--older-than", a.get("older-than"));
        if (!days) return tl::unexpected(days.error());
        return app::run_prune(*ctx, *days, io);
    }
    return fail("unknown command '" + cmd + "'", ExitCode::usage);
}

}  // namespace

namespace {

int run_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
                std::istream& in) {
    auto parsed = parse_arguments(args);
    if (!parsed) {
        print_error(err, parsed.error().message);
        return to_int(ExitCode::usage);
    }
    if (parsed->has("version")) {
        out << "suasana " << SUASANA_VERSION << "\n";
        return to_int(ExitCode::ok);
    }
    if (parsed->has("help")) {
        out << help_text(parsed->command);
        return to_int(ExitCode::ok);
    }
    auto code = dispatch(*parsed, app::Streams{out, err, in});
    if (!code) {
        print_error(err, code.error().message);
        return to_int(code.error().exit.value_or(ExitCode::targets_failed));
    }
    return to_int(*code);
}

}  // namespace

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
        std::istream& in) {
    int code = run_command(args, out, err, in);
    // A full disk or a closed pipe must not pass for success: a cron job writing CSV to a file
    // would report a run whose output is lost.
    errno = 0;
    out.flush();
    if (!out) {
        int write_errno = errno;
        print_error(err, std::string("cannot write the output") +
                             (write_errno != 0 ? std::string(": ") + std::strerror(write_errno)
                                               : std::string()));
        return std::max(code, to_int(ExitCode::fatal));
    }
    return code;
}

}  // namespace suasana::cli
