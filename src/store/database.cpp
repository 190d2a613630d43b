#include "store/database.hpp"

#include <unordered_map>

#include <SQLiteCpp/SQLiteCpp.h>

#include "store/schema.hpp"
#include "util/iso_time.hpp"

namespace suasana::store {

namespace {

constexpr int k_busy_timeout_ms = 5000;

// Binds an optional value: NULL when absent. Every statement binds; none splices text into SQL.
void bind_opt(SQLite::Statement& q, int index, const std::optional<std::string>& v) {
    if (v) {
        q.bind(index, *v);
    } else {
        q.bind(index);
    }
}
void bind_opt(SQLite::Statement& q, int index, const std::optional<std::int64_t>& v) {
    if (v) {
        q.bind(index, static_cast<std::int64_t>(*v));
    } else {
        q.bind(index);
    }
}

// Runs `body`, turning SQLiteCpp's exceptions into an Error with exit code 3.
template <typename F>
auto guarded(const std::string& what, F&& body) -> Result<decltype(body())> {
    try {
        if constexpr (std::is_void_v<decltype(body())>) {
            body();
            return {};
        } else {
            return body();
        }
    } catch (const SQLite::Exception& e) {
        return fail("database error while " + what + ": " + e.what(), ExitCode::fatal);
    }
}

}  // namespace

struct Database::Impl {
    std::filesystem::path file;
    std::unique_ptr<SQLite::Database> db;

    std::int64_t upsert_article(const ArticleRef& a, const Page& page, const std::string& now);
    void insert_mentions(std::int64_t comment_id, const Score& score);
};

Database::Database(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Database::~Database() = default;
Database::Database(Database&&) noexcept = default;
Database& Database::operator=(Database&&) noexcept = default;

Result<Database> Database::open(const std::filesystem::path& file, Access access) {
    auto impl = std::make_unique<Impl>();
    impl->file = file;
    std::error_code ec;
    if (access == Access::read_only && !std::filesystem::is_regular_file(file, ec)) {
        return fail(file.string() + ": database not found (run `suasana scrape` first)",
                    ExitCode::fatal);
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

Result<void> Database::record_fetch(std::int64_t run_id, const FetchResult& f) {
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
        q.bind(6, static_cast<std::int64_t>(f.body.size()));
        q.bind(7, static_cast<std::int64_t>(f.ms));
        q.bind(8, f.attempts);
        bind_opt(q, 9, f.message.empty() ? std::nullopt : std::optional<std::string>(f.message));
        q.exec();
    });
}

std::int64_t Database::Impl::upsert_article(const ArticleRef& a, const Page& page,
                                            const std::string& now) {
    SQLite::Statement q(
        *db,
        "INSERT INTO articles (site, canonical_id, url, story, title, published_at, "
        "comment_count_claimed, first_seen_at, last_scraped_at) "
        "VALUES (?1, ?2, ?3, coalesce(?4, ?1), ?5, ?6, ?7, ?8, ?9) "
        "ON CONFLICT (site, canonical_id) DO UPDATE SET "
        "url = excluded.url, story = coalesce(?4, story), "
        "title = coalesce(excluded.title, title), "
        "published_at = coalesce(excluded.published_at, published_at), "
        "comment_count_claimed = coalesce(excluded.comment_count_claimed, "
        "comment_count_claimed), last_scraped_at = excluded.last_scraped_at "
        "RETURNING id");
    q.bind(1, a.site);
    q.bind(2, a.canonical_id);
    q.bind(3, a.url);
    bind_opt(q, 4, a.story.empty() ? std::nullopt : std::optional<std::string>(a.story));
    bind_opt(q, 5, page.title);
    bind_opt(q, 6, page.published_raw);
    bind_opt(q, 7, page.comment_count_claimed);
    q.bind(8, now);
    q.bind(9, now);
    q.executeStep();
    return q.getColumn(0).getInt64();
}

void Database::Impl::insert_mentions(std::int64_t comment_id, const Score& score) {
    SQLite::Statement del(*db, "DELETE FROM mentions WHERE comment_id = ?");
    del.bind(1, static_cast<std::int64_t>(comment_id));
    del.exec();
    for (const auto& m : score.mentions) {
        SQLite::Statement q(*db,
                            "INSERT INTO mentions (comment_id, entity, score, role) "
                            "VALUES (?, ?, ?, ?)");
        q.bind(1, static_cast<std::int64_t>(comment_id));
        q.bind(2, m.entity);
        q.bind(3, m.score);
        q.bind(4, m.role);
        q.exec();
    }
}

Result<PageCounts> Database::store_page(const ArticleRef& article, const Page& page,
                                        const std::string& now,
                                        const std::string& lexicon_version) {
    return guarded("storing " + page.url, [&] {
        SQLite::Database& db = *m_impl->db;
        SQLite::Transaction tx(db);
        PageCounts counts;
        std::int64_t article_id = m_impl->upsert_article(article, page, now);
        SQLite::Statement find(db,
                               "SELECT id, body FROM comments "
                               "WHERE article_id = ? AND site_comment_id = ?");
        SQLite::Statement insert(
            db,
            "INSERT INTO comments (article_id, site_comment_id, author, posted_at, posted_day, "
            "posted_raw, time_relative, time_inferred, body, body_cut, likes, replies, "
            "machine_translated, spam, score, label, lexicon_version, first_seen_at, last_seen_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        SQLite::Statement seen(db,
                               "UPDATE comments SET last_seen_at = ?, likes = ?, replies = ?, "
                               "deleted_at = NULL WHERE id = ?");
        SQLite::Statement edited(db,
                                 "UPDATE comments SET body = ?, body_cut = ?, spam = ?, score = ?, "
                                 "label = ?, lexicon_version = ?, edited_at = ? WHERE id = ?");
        std::unordered_map<std::string, std::int64_t> ids;
        for (const Comment& c : page.comments) {
            find.reset();
            find.bind(1, static_cast<std::int64_t>(article_id));
            find.bind(2, c.site_id);
            std::int64_t id = 0;
            if (find.executeStep()) {
                id = find.getColumn(0).getInt64();
                std::string old_body = find.getColumn(1).getString();
                seen.reset();
                seen.bind(1, now);
                bind_opt(seen, 2, c.likes);
                bind_opt(seen, 3, c.replies);
                seen.bind(4, static_cast<std::int64_t>(id));
                seen.exec();
                ++counts.seen_comments;
                if (old_body != c.body) {
                    edited.reset();
                    edited.bind(1, c.body);
                    edited.bind(2, c.body_cut ? 1 : 0);
                    edited.bind(3, c.score.spam ? 1 : 0);
                    edited.bind(4, c.score.compound);
                    edited.bind(5, label_name(c.score.label));
                    edited.bind(6, lexicon_version);
                    edited.bind(7, now);
                    edited.bind(8, static_cast<std::int64_t>(id));
                    edited.exec();
                    m_impl->insert_mentions(id, c.score);
                    ++counts.edited_comments;
                }
            } else {
                insert.reset();
                insert.clearBindings();
                insert.bind(1, static_cast<std::int64_t>(article_id));
                insert.bind(2, c.site_id);
                bind_opt(insert, 3, c.author);
                if (c.time.utc) {
                    insert.bind(4, util::format_utc(*c.time.utc));
                    insert.bind(5, c.time.local_day);
                } else {
                    insert.bind(4);
                    insert.bind(5);
                }
                if (c.time.raw.empty()) {
                    insert.bind(6);
                } else {
                    insert.bind(6, c.time.raw);
                }
                insert.bind(7, c.time.relative ? 1 : 0);
                insert.bind(8, c.time.inferred ? 1 : 0);
                insert.bind(9, c.body);
                insert.bind(10, c.body_cut ? 1 : 0);
                bind_opt(insert, 11, c.likes);
                bind_opt(insert, 12, c.replies);
                insert.bind(13, c.machine_translated ? 1 : 0);
                insert.bind(14, c.score.spam ? 1 : 0);
                insert.bind(15, c.score.compound);
                insert.bind(16, label_name(c.score.label));
                insert.bind(17, lexicon_version);
                insert.bind(18, now);
                insert.bind(19, now);
                insert.exec();
                id = db.getLastInsertRowid();
                m_impl->insert_mentions(id, c.score);
                ++counts.new_comments;
            }
            ids[c.site_id] = id;
        }
        // Parents second, so a flat list may name a parent that comes later on the page; a
        // parent from an earlier page of the thread is found in the database.
        SQLite::Statement parent_of(db,
                                    "UPDATE comments SET parent_id = (SELECT id FROM comments "
                                    "WHERE article_id = ? AND site_comment_id = ?) WHERE id = ?");
        for (const Comment& c : page.comments) {
            if (c.parent_site_id.empty()) continue;
            parent_of.reset();
            parent_of.bind(1, static_cast<std::int64_t>(article_id));
            parent_of.bind(2, c.parent_site_id);
            parent_of.bind(3, static_cast<std::int64_t>(ids[c.site_id]));
            parent_of.exec();
        }
        tx.commit();
        return counts;
    });
}

Result<MoodSummary> Database::load_summary(const std::string& first_day,
                                           const std::string& last_day, const std::string& story) {
    return guarded("reading the summary", [&] {
        SQLite::Database& db = *m_impl->db;
        MoodSummary summary;
        summary.first_day = first_day;
        summary.last_day = last_day;
        SQLite::Statement stories(db,
                                  "SELECT DISTINCT story FROM articles "
                                  "WHERE ?1 = '' OR story = ?1 ORDER BY story");
        stories.bind(1, story);
        while (stories.executeStep())
            summary.stories.push_back({stories.getColumn(0).getString(), {}, {}, {}});
        // Seven days before the period as well: the sparkline and the day-on-day change need them.
        std::string from = util::add_days(first_day, -7);
        SQLite::Statement days(db,
                               "SELECT day, comments, positive, neutral, negative, mean_score, "
                               "mood_index FROM daily_mood WHERE story = ? AND day BETWEEN ? AND ? "
                               "ORDER BY day");
        SQLite::Statement extreme_pos(
            db,
            "SELECT coalesce(c.author, ''), CAST(strftime('%s', c.posted_at) AS INTEGER), c.body, "
            "c.score FROM comments c JOIN articles a ON a.id = c.article_id "
            "WHERE a.story = ? AND c.posted_day BETWEEN ? AND ? AND c.spam = 0 "
            "AND c.deleted_at IS NULL AND c.score > 0 ORDER BY c.score DESC, c.posted_at, c.id "
            "LIMIT 1");
        SQLite::Statement extreme_neg(
            db,
            "SELECT coalesce(c.author, ''), CAST(strftime('%s', c.posted_at) AS INTEGER), c.body, "
            "c.score FROM comments c JOIN articles a ON a.id = c.article_id "
            "WHERE a.story = ? AND c.posted_day BETWEEN ? AND ? AND c.spam = 0 "
            "AND c.deleted_at IS NULL AND c.score < 0 ORDER BY c.score ASC, c.posted_at, c.id "
            "LIMIT 1");
        for (StoryMood& s : summary.stories) {
            days.reset();
            days.bind(1, s.story);
            days.bind(2, from);
            days.bind(3, last_day);
            while (days.executeStep()) {
                DayMood d;
                d.day = days.getColumn(0).getString();
                d.comments = days.getColumn(1).getInt64();
                d.positive = days.getColumn(2).getInt64();
                d.neutral = days.getColumn(3).getInt64();
                d.negative = days.getColumn(4).getInt64();
                d.mean_score = days.getColumn(5).getDouble();
                d.mood_index = days.getColumn(6).getInt64();
                s.days.push_back(std::move(d));
            }
            for (auto [q, out] : {std::pair{&extreme_pos, &s.most_positive},
                                  std::pair{&extreme_neg, &s.most_negative}}) {
                q->reset();
                q->bind(1, s.story);
                q->bind(2, first_day);
                q->bind(3, last_day);
                if (q->executeStep()) {
                    NotableComment n;
                    n.author = q->getColumn(0).getString();
                    n.posted_utc = q->getColumn(1).getInt64();
                    n.body = q->getColumn(2).getString();
                    n.score = q->getColumn(3).getDouble();
                    *out = std::move(n);
                }
            }
        }
        return summary;
    });
}

Result<int> Database::rescore_all(const std::function<Comment(const StoredComment&)>& rescore,
                                  const std::string& lexicon_version) {
    return guarded("re-scoring", [&] {
        SQLite::Database& db = *m_impl->db;
        SQLite::Transaction tx(db);
        std::vector<StoredComment> all;
        SQLite::Statement q(db,
                            "SELECT id, body, CAST(strftime('%s', posted_at) AS INTEGER), "
                            "posted_at IS NULL FROM comments");
        while (q.executeStep()) {
            StoredComment c;
            c.id = q.getColumn(0).getInt64();
            c.body = q.getColumn(1).getString();
            if (q.getColumn(3).getInt() == 0) c.posted_utc = q.getColumn(2).getInt64();
            all.push_back(std::move(c));
        }
        SQLite::Statement update(db,
                                 "UPDATE comments SET score = ?, label = ?, spam = ?, "
                                 "lexicon_version = ?, posted_day = ? WHERE id = ?");
        for (const auto& stored : all) {
            Comment c = rescore(stored);
            update.reset();
            update.bind(1, c.score.compound);
            update.bind(2, label_name(c.score.label));
            update.bind(3, c.score.spam ? 1 : 0);
            update.bind(4, lexicon_version);
            if (c.time.local_day.empty()) {
                update.bind(5);
            } else {
                update.bind(5, c.time.local_day);
            }
            update.bind(6, static_cast<std::int64_t>(stored.id));
            update.exec();
            m_impl->insert_mentions(stored.id, c.score);
        }
        tx.commit();
        return static_cast<int>(all.size());
    });
}

}  // namespace suasana::store
