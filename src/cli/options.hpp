#pragma once
// The command-line table: every command and option once, used both to parse and to print --help.
#include <map>
#include <string>
#include <vector>

#include "model/error.hpp"

namespace suasana::cli {

struct OptionSpec {
    const char* name;      ///< long name without "--"
    char short_name;       ///< 0 when there is none
    const char* argument;  ///< nullptr for a flag, else the value's name ("PATH")
    const char* help;
    bool repeatable = false;
};

struct CommandSpec {
    const char* name;
    const char* arguments;  ///< the positional part of the synopsis ("FILE|-"), "" for none
    std::size_t min_positional, max_positional;
    const char* summary;
    std::vector<OptionSpec> options;
};

/// Returns the global options (valid before or after the command).
const std::vector<OptionSpec>& global_options();
/// Returns the commands, in the order --help lists them.
const std::vector<CommandSpec>& commands();

/// What parse_arguments found.
struct ParsedArgs {
    std::string command;  ///< empty with --help or --version alone
    std::map<std::string, std::vector<std::string>>
        values;  ///< option name -> values ("" for flags)
    std::vector<std::string> positional;
    bool has(const std::string& name) const { return values.count(name) != 0; }
    std::string get(const std::string& name, const std::string& fallback = "") const;
    /// Returns every value of a repeatable option, in the order given (none when absent).
    std::vector<std::string> all(const std::string& name) const;
};

/// Returns the parsed arguments; fails (for exit code 2) on an unknown command or option, a
/// missing value, or the wrong number of positional arguments.
Result<ParsedArgs> parse_arguments(const std::vector<std::string>& args);

/// Returns the help text: the overview for an empty `command`, else that command's.
std::string help_text(const std::string& command);

}  // namespace suasana::cli
