#include "app/run_session.hpp"

#include <iostream>

#include "store/author_key.hpp"
#include "util/iso_time.hpp"

namespace suasana::app {

Result<std::string> author_key_if_private(const Context& ctx) {
    if (!ctx.config.pseudonymize_authors) return std::string();
    return store::load_or_create_author_key(ctx.config.database);
}

Result<RunSession> begin_run_session(const Context& ctx, const std::string& command, Streams io) {
    auto lock = store::RunLock::acquire(ctx.config.database, database_file_mode(ctx));
    if (!lock) return tl::unexpected(lock.error());
    auto db = store::Database::open(ctx.config.database, store::Access::read_write,
                                    database_file_mode(ctx));
    if (!db) return tl::unexpected(db.error());
    auto key = author_key_if_private(ctx);
    if (!key) return tl::unexpected(key.error());
    if (!key->empty()) {
        auto converted = db->protect_authors(*key);
        if (!converted) return tl::unexpected(converted.error());
        if (*converted > 0 && !ctx.options.quiet) {
            io.err << "suasana: privacy: pseudonymised " << *converted
                   << " stored comment(s) from before pseudonymize_authors was on\n";
        }
    }
    auto run_id = db->begin_run(command, util::format_utc(util::now_epoch()));
    if (!run_id) return tl::unexpected(run_id.error());
    return RunSession{std::move(*lock), std::move(*db), *run_id, std::move(*key)};
}

Result<ExitCode> end_run_session(RunSession& session, store::RunTotals totals,
                                 Result<ExitCode> result) {
    if (!result) {
        totals.outcome = "error";
    } else if (totals.outcome.empty()) {
        totals.outcome = *result == ExitCode::ok ? "ok" : "partial";
    }
    auto done = session.db.finish_run(session.run_id, util::format_utc(util::now_epoch()), totals);
    if (!done && result) return tl::unexpected(done.error());
    return result;
}

}  // namespace suasana::app
