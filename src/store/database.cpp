#include "store/database.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "store/database_impl.hpp"
#include "store/schema.hpp"
#include "util/strings.hpp"

namespace suasana::store {

namespace {
constexpr int k_busy_timeout_ms = 5000;
}  // namespace

Database::Database(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Database::~Database() = default;
Database::Database(Database&&) noexcept = default;
Database& Database::operator=(Database&&) noexcept = default;

namespace {

// Creates the database file before SQLite does, so it gets `mode` rather than 0644; SQLite then
// creates the WAL and shared-memory files with the database's own mode.
Result<void> prepare_file(const std::filesystem::path& file, FileMode mode) {
    if (mode != FileMode::owner_only) return {};
    if (auto narrowed = restrict_to_owner(file); !narrowed) return narrowed;
    int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, create_mode(mode));
    if (fd < 0)
        return fail(file.string() + ": cannot create the database: " + std::strerror(errno),
                    ExitCode::fatal);
    ::close(fd);
    return {};
}

}  // namespace

Result<Database> Database::open(const std::filesystem::path& file, Access access, FileMode mode) {
    auto impl = std::make_unique<Impl>();
    impl->file = file;
    std::error_code ec;
    if (access == Access::read_only && !std::filesystem::is_regular_file(file, ec)) {
        return fail(file.string() + ": database not found (run `suasana scrape` first)",
                    ExitCode::fatal);
    }
    if (access == Access::read_write) {
        if (auto prepared = prepare_file(file, mode); !prepared)
            return tl::unexpected(prepared.error());
    }
    auto opened = guarded("opening " + file.string(), [&] {
        int flags = access == Access::read_only ? SQLite::OPEN_READONLY
                                                : SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE;
        impl->db = std::make_unique<SQLite::Database>(file.string(), flags, k_busy_timeout_ms);
        impl->db->exec("PRAGMA foreign_keys = ON");
        int version = impl->db->execAndGet("PRAGMA user_version").getInt();
        return version;
    });
    if (!opened) return tl::unexpected(opened.error());
    int version = *opened;
    if (version > schema_version()) {
        return fail(file.string() + ": written by a newer suasana (schema version " +
                        std::to_string(version) + ", this build knows " +
                        std::to_string(schema_version()) + "); refusing to touch it",
                    ExitCode::fatal);
    }
    if (access == Access::read_write) {
        auto migrated = guarded("migrating " + file.string(), [&] {
            impl->db->exec("PRAGMA journal_mode = WAL");
            impl->db->exec("PRAGMA synchronous = NORMAL");
            for (int v = version; v < schema_version(); ++v) {
                SQLite::Transaction tx(*impl->db);
                impl->db->exec(migrations()[static_cast<std::size_t>(v)]);
                impl->db->exec("PRAGMA user_version = " + std::to_string(v + 1));
                tx.commit();
            }
        });
        if (!migrated) return tl::unexpected(migrated.error());
    } else if (version < schema_version()) {
        return fail(file.string() + ": schema version " + std::to_string(version) +
                        " is older than this build's; run `suasana scrape` or `suasana rescore` "
                        "once to upgrade it",
                    ExitCode::fatal);
    }
    return Database(std::move(impl));
}

Result<std::int64_t> Database::begin_run(const std::string& command,
                                         const std::string& started_at) {
    return guarded("starting a run", [&] {
        SQLite::Statement q(*m_impl->db, "INSERT INTO runs (started_at, command) VALUES (?, ?)");
        q.bind(1, started_at);
        q.bind(2, command);
        q.exec();
        return static_cast<std::int64_t>(m_impl->db->getLastInsertRowid());
    });
}

Result<void> Database::finish_run(std::int64_t run_id, const std::string& finished_at,
                                  const RunTotals& t) {
    return guarded("finishing a run", [&] {
        SQLite::Statement q(*m_impl->db,
                            "UPDATE runs SET finished_at = ?, outcome = ?, targets = ?, pages = ?, "
                            "comments_new = ?, comments_seen = ? WHERE id = ?");
        q.bind(1, finished_at);
        q.bind(2, t.outcome);
        q.bind(3, t.targets);
        q.bind(4, t.pages);
        q.bind(5, t.comments_new);
        q.bind(6, t.comments_seen);
        q.bind(7, static_cast<std::int64_t>(run_id));
        q.exec();
    });
}

Result<void> Database::record_fetch(std::int64_t run_id, const FetchResult& f, std::int64_t bytes) {
    return guarded("recording a fetch", [&] {
        SQLite::Statement q(*m_impl->db,
                            "INSERT INTO fetches (run_id, url, final_url, http_status, outcome, "
                            "bytes, ms, attempts, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, static_cast<std::int64_t>(run_id));
        q.bind(2, f.url);
        q.bind(3, f.final_url);
        if (f.http_status > 0) {
            q.bind(4, static_cast<std::int64_t>(f.http_status));
        } else {
            q.bind(4);
        }
        q.bind(5, outcome_name(f.outcome));
        q.bind(6, bytes);
        q.bind(7, static_cast<std::int64_t>(f.ms));
        q.bind(8, f.attempts);
        bind_opt(q, 9, f.message.empty() ? std::nullopt : std::optional<std::string>(f.message));
        q.exec();
    });
}

Result<std::optional<HttpValidators>> Database::load_validators(const std::string& url) {
    return guarded("reading validators of " + url, [&] {
        SQLite::Statement q(*m_impl->db,
                            "SELECT coalesce(etag, ''), coalesce(last_modified, ''), "
                            "coalesce(next_url, '') FROM http_cache WHERE url = ?");
        q.bind(1, url);
        std::optional<HttpValidators> out;
        if (q.executeStep()) {
            out = HttpValidators{q.getColumn(0).getString(), q.getColumn(1).getString(), {}};
            for (auto& link : util::split(q.getColumn(2).getString(), '\n')) {
                if (!link.empty()) out->next_urls.push_back(std::move(link));
            }
        }
        return out;
    });
}

Result<void> Database::save_validators(const std::string& url, const HttpValidators& v,
                                       const std::string& now) {
    return guarded("storing validators of " + url, [&] {
        SQLite::Statement q(
            *m_impl->db,
            "INSERT INTO http_cache (url, etag, last_modified, next_url, fetched_at) "
            "VALUES (?, nullif(?, ''), nullif(?, ''), nullif(?, ''), ?) "
            "ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, "
            "last_modified = excluded.last_modified, next_url = excluded.next_url, "
            "fetched_at = excluded.fetched_at");
        q.bind(1, url);
        q.bind(2, v.etag);
        q.bind(3, v.last_modified);
        std::string links;  // one per line: a resolved URL never holds a line break
        for (const auto& link : v.next_urls) {
            if (link.find('\n') == std::string::npos) links += (links.empty() ? "" : "\n") + link;
        }
        q.bind(4, links);
        q.bind(5, now);
        q.exec();
    });
}

}  // namespace suasana::store
