#include "cli/options.hpp"

#include <sstream>

#include "util/strings.hpp"

namespace suasana::cli {

const std::vector<OptionSpec>& global_options() {
    static const std::vector<OptionSpec> k_global = {
        {"config", 0, "PATH",
         "config file (else $SUASANA_CONFIG, ./config.toml, ~/.config/suasana/config.toml)"},
        {"db", 0, "PATH", "database file (overrides [database] path)"},
        {"now", 0, "TIME", "ISO 8601 time to treat as now (no offset: the configured zone)"},
        {"quiet", 'q', nullptr, "print nothing when all went well"},
        {"verbose", 'v', nullptr, "log every request to stderr"},
        {"help", 'h', nullptr, "show help (after a command: that command's help)"},
        {"version", 0, nullptr, "print the version"},
    };
    return k_global;
}

const std::vector<CommandSpec>& commands() {
    static const std::vector<CommandSpec> k_commands = {
        {"scrape",
         "",
         0,
         0,
         "fetch every configured target (or the named ones), follow comment pages, extract, "
         "score, store; one line per target: NAME: N new, M seen, OUTCOME",
         {{"target", 0, "NAME", "only this target (repeatable)", true},
          {"all", 0, nullptr, "include stale targets"},
          {"jobs", 0, "N", "threads that read pages (default: [limits] jobs, else one per core)"}}},
        {"ingest",
         "FILE|DIR|- ...",
         1,
         static_cast<std::size_t>(-1),
         "the same page path as scrape, from pages saved in a browser (for sites that block "
         "robots): files, folders (read recursively for *.html, *.htm) or - for stdin; one line "
         "per page: FILE: N new, M seen, OUTCOME",
         {{"url", 0, "URL",
           "the page's address (one page only; default: its <link rel=\"canonical\"> or the "
           "browser's \"saved from url\" comment)"},
          {"scraper", 0, "NAME", "scraper name or .toml path (default: by URL)"},
          {"story", 0, "NAME", "story to file the comments under"},
          {"jobs", 0, "N", "threads that read pages (default: [limits] jobs, else one per core)"}}},
        {"extract",
         "FILE",
         1,
         1,
         "print the comments of a saved page as JSON lines; stores nothing",
         {{"scraper", 0, "NAME", "scraper name or .toml path (required)"},
          {"url", 0, "URL", "the page's address (for [page] id and relative links)"},
          {"why", 0, nullptr, "add, per field, the element path it came from"}}},
        {"summary",
         "",
         0,
         0,
         "the daily mood summary per story",
         {{"date", 0, "D", "YYYY-MM-DD, today or yesterday (default today, configured zone)"},
          {"days", 0, "N", "cover the N days ending at D (default 1)"},
          {"story", 0, "NAME", "only this story"},
          {"format", 0, "FMT", "text (default), json or csv"}}},
        {"report",
         "",
         0,
         0,
         "the mood report as one self-contained HTML page with charts (no script, no network)",
         {{"html", 0, "FILE", "the HTML file to write, - for stdout (required)"},
          {"date", 0, "D", "YYYY-MM-DD, today or yesterday (default today, configured zone)"},
          {"days", 0, "N", "cover the N days ending at D (default 1)"},
          {"story", 0, "NAME", "only this story"}}},
        {"score",
         "[TEXT...]",
         0,
         static_cast<std::size_t>(-1),
         "score texts (stdin lines when none given): label<TAB>compound<TAB>text",
         {{"explain", 0, nullptr, "add every token's contribution"},
          {"jobs", 0, "N", "threads scoring stdin (default: [limits] jobs, else one per core)"}}},
        {"eval",
         "FILE",
         1,
         1,
         "score a labelled file (text<TAB>label) and print precision, recall, F1, accuracy",
         {}},
        {"train",
         "FILE...",
         1,
         static_cast<std::size_t>(-1),
         "learn weights for the scorer's learned layer from labelled files (text<TAB>label), "
         "settings chosen by cross-validation on them (with several files, each file counts the "
         "same in the choice); prints the cross-validation table",
         {{"out", 0, "FILE", "write the weights here (default: stdout, the table to stderr)"},
          {"date", 0, "D", "YYYY-MM-DD to record in the header (default: none)"},
          {"source", 0, "TEXT",
           "what the data is, for the header (default: the file's name); once per file, in order",
           true},
          {"licence", 0, "TEXT",
           "the data's licence and attribution, for the header; once per file, in order", true}}},
        {"rescore",
         "",
         0,
         0,
         "re-score stored comments with the current lexicon and recompute local days",
         {}},
        {"check", "", 0, 0, "validate config, scraper files and lexicon; say what was loaded", {}},
        {"prune",
         "",
         0,
         0,
         "delete comments posted before the cut-off (and their mentions), for retention policies",
         {{"older-than", 0, "DAYS", "delete comments posted more than DAYS days ago (required)"}}},
    };
    return k_commands;
}

std::string ParsedArgs::get(const std::string& name, const std::string& fallback) const {
    auto it = values.find(name);
    return it == values.end() || it->second.empty() ? fallback : it->second.back();
}

std::vector<std::string> ParsedArgs::all(const std::string& name) const {
    auto it = values.find(name);
    return it == values.end() ? std::vector<std::string>{} : it->second;
}

namespace {

const OptionSpec* find_option(const std::vector<OptionSpec>& list, std::string_view name,
                              char short_name) {
    for (const auto& o : list) {
        if ((!name.empty() && name == o.name) || (short_name != 0 && short_name == o.short_name))
            return &o;
    }
    return nullptr;
}

}  // namespace

Result<ParsedArgs> parse_arguments(const std::vector<std::string>& args) {
    ParsedArgs parsed;
    const CommandSpec* command = nullptr;
    bool options_done = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        bool is_option = !options_done && arg.size() > 1 && arg[0] == '-';
        if (arg == "--") {
            options_done = true;
            continue;
        }
        if (!is_option) {
            if (command == nullptr) {
                for (const auto& c : commands()) {
                    if (arg == c.name) command = &c;
                }
                if (command == nullptr)
                    return fail("unknown command '" + arg + "' (see suasana --help)");
                parsed.command = arg;
            } else {
                parsed.positional.push_back(arg);
            }
            continue;
        }
        std::string name;
        char short_name = 0;
        std::string value;
        bool has_value = false;
        if (util::starts_with(arg, "--")) {
            name = arg.substr(2);
            if (auto eq = name.find('='); eq != std::string::npos) {
                value = name.substr(eq + 1);
                name = name.substr(0, eq);
                has_value = true;
            }
        } else if (arg.size() == 2) {
            short_name = arg[1];
        } else {
            return fail("unknown option '" + arg + "'");
        }
        const OptionSpec* spec = find_option(global_options(), name, short_name);
        if (spec == nullptr && command != nullptr)
            spec = find_option(command->options, name, short_name);
        if (spec == nullptr) {
            return fail("unknown option '" + arg + "'" +
                        (command ? std::string(" for ") + command->name : std::string()) +
                        " (see suasana " + (command ? std::string(command->name) + " " : "") +
                        "--help)");
        }
        if (spec->argument != nullptr && !has_value) {
            if (i + 1 >= args.size())
                return fail("option --" + std::string(spec->name) + " needs a value (" +
                            spec->argument + ")");
            value = args[++i];
        } else if (spec->argument == nullptr && has_value) {
            return fail("option --" + std::string(spec->name) + " takes no value");
        }
        auto& slot = parsed.values[spec->name];
        if (!slot.empty() && !spec->repeatable && spec->argument != nullptr)
            return fail("option --" + std::string(spec->name) + " given twice");
        slot.push_back(value);
    }
    if (parsed.has("help") || parsed.has("version")) return parsed;
    if (command == nullptr) return fail("no command given (see suasana --help)");
    if (parsed.positional.size() < command->min_positional ||
        parsed.positional.size() > command->max_positional) {
        return fail(std::string("usage: suasana ") + command->name + " " + command->arguments +
                    " (see suasana " + command->name + " --help)");
    }
    return parsed;
}

namespace {

void write_options(std::ostringstream& out, const std::vector<OptionSpec>& options) {
    for (const auto& o : options) {
        std::string left = o.short_name != 0 ? std::string("-") + o.short_name + ", " : "    ";
        left += std::string("--") + o.name;
        if (o.argument != nullptr) left += std::string(" ") + o.argument;
        out << "  " << left << std::string(left.size() < 22 ? 22 - left.size() : 1, ' ') << o.help
            << "\n";
    }
}

}  // namespace

std::string help_text(const std::string& command) {
    std::ostringstream out;
    for (const auto& c : commands()) {
        if (command != c.name) continue;
        out << "usage: suasana " << c.name;
        if (!c.options.empty()) out << " [options]";
        if (*c.arguments != '\0') out << " " << c.arguments;
        out << "\n\n" << c.summary << "\n";
        if (!c.options.empty()) {
            out << "\noptions:\n";
            write_options(out, c.options);
        }
        out << "\nglobal options:\n";
        write_options(out, global_options());
        return out.str();
    }
    out << "usage: suasana [global options] COMMAND [options] [ARGS]\n\n"
        << "Watches comment threads under Indonesian articles and tells you how readers feel.\n\n"
        << "commands:\n";
    for (const auto& c : commands()) {
        std::string left = std::string(c.name) + " " + c.arguments;
        out << "  " << left << std::string(left.size() < 18 ? 18 - left.size() : 1, ' ')
            << c.summary << "\n";
    }
    out << "\nglobal options:\n";
    write_options(out, global_options());
    out << "\nexit codes: 0 all good; 1 some target failed; 2 usage or configuration error;\n"
        << "            3 database or disk error; 4 another run holds the database lock\n"
        << "\n`suasana COMMAND --help` shows a command's options.\n";
    return out.str();
}

}  // namespace suasana::cli
