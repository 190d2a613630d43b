#pragma once
// What every command that writes the database starts and ends with: the run lock, the database
// opened with [privacy] applied, and a `runs` row that always ends, whatever fails in between.
#include <cstdint>
#include <string>

#include "app/commands.hpp"
#include "app/context.hpp"
#include "store/database.hpp"
#include "store/run_lock.hpp"

namespace suasana::app {

/// A writing command's hold on the database.
struct RunSession {
    store::RunLock lock;
    store::Database db;
    std::int64_t run_id = 0;
    std::string author_key;  ///< empty unless [privacy] pseudonymize_authors
};

/// Returns the session of `command`: the lock taken (exit 4 when held), the database opened and
/// migrated (exit 3), with privacy on the author key loaded and the comments stored before it was
/// on converted (a line on `io.err` says how many, unless --quiet), and a `runs` row begun.
Result<RunSession> begin_run_session(const Context& ctx, const std::string& command, Streams io);

/// Ends the session's `runs` row and returns `result`: with its totals when `result` is an exit
/// code (outcome "ok" for 0, else "partial"), with outcome "error" when it is an error. A
/// failure to write the row is returned only when `result` itself succeeded.
Result<ExitCode> end_run_session(RunSession& session, store::RunTotals totals,
                                 Result<ExitCode> result);

/// Returns the key pseudonyms are made with when [privacy] pseudonymize_authors is on (created
/// beside the database on first use), else an empty string.
Result<std::string> author_key_if_private(const Context& ctx);

}  // namespace suasana::app
