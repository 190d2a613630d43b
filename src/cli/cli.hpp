#pragma once
// The command line's entry point: parse, build the context, dispatch, map errors to exit codes.
#include <iosfwd>
#include <string>
#include <vector>

namespace suasana::cli {

/// Returns the process exit code for running `args` (argv without the program name).
/// Never throws for expected failures; they are printed as "suasana: error: ..." on `err`.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
        std::istream& in);

}  // namespace suasana::cli
