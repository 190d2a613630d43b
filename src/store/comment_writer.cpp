// Writing comments: the life of a comment from first sight to edit, deletion, re-score and prune.
#include <optional>
#include <tuple>
#include <utility>

#include "store/database.hpp"
#include "store/database_impl.hpp"
#include "store/privacy.hpp"
#include "store/same_comment.hpp"
#include "util/iso_time.hpp"

namespace suasana::store {

std::int64_t Database::Impl::upsert_article(const ArticleRef& a, const Page& page,
                                            const std::string& now) {
    SQLite::Statement q(
        *db,
        "INSERT INTO articles (site, canonical_id, url, story, title, published_at, "
        "comment_count_claimed, first_seen_at, last_scraped_at, scraper) "
        "VALUES (?1, ?2, ?3, coalesce(?4, ?1), ?5, ?6, ?7, ?8, ?9, ?10) "
        "ON CONFLICT (site, canonical_id) DO UPDATE SET "
        "url = excluded.url, story = coalesce(?4, story), scraper = excluded.scraper, "
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
    q.bind(10, a.scraper.empty() ? a.site : a.scraper);
    q.executeStep();
    return q.getColumn(0).getInt64();
}

void Database::Impl::insert_mentions(std::int64_t comment_id, const Score& score,
                                     Mentions existing) {
    if (existing == Mentions::replace) {
        SQLite::Statement del(*db, "DELETE FROM mentions WHERE comment_id = ?");
        del.bind(1, static_cast<std::int64_t>(comment_id));
        del.exec();
    }
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

namespace {

// The statements one page needs, prepared once per page and reused for each of its comments.
class PageWriter {
  public:
    PageWriter(SQLite::Database& db, std::int64_t article_id, const std::string& now,
               const std::string& lexicon_version)
        : m_db(db),
          m_article_id(article_id),
          m_now(now),
          m_version(lexicon_version),
          m_insert(db,
                   "INSERT INTO comments (article_id, site_comment_id, author, posted_at, "
                   "posted_day, posted_raw, time_relative, time_inferred, body, body_cut, likes, "
                   "replies, machine_translated, spam, score, label, lexicon_version, "
                   "first_seen_at, last_seen_at, dislikes, scored) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                   "ON CONFLICT (article_id, site_comment_id) DO NOTHING"),
          m_find(db, "SELECT id, body FROM comments WHERE article_id = ? AND site_comment_id = ?"),
          m_seen(db,
                 "UPDATE comments SET last_seen_at = ?, likes = coalesce(?, likes), "
                 "replies = coalesce(?, replies), dislikes = coalesce(?, dislikes), "
                 "deleted_at = NULL WHERE id = ?"),
          m_edited(db,
                   "UPDATE comments SET body = ?, body_cut = ?, spam = ?, score = ?, label = ?, "
                   "lexicon_version = ?, edited_at = ? WHERE id = ?"),
          m_parent(db,
                   "UPDATE comments SET parent_id = (SELECT id FROM comments "
                   "WHERE article_id = ? AND site_comment_id = ?) WHERE id = ?") {}

    /// Returns the new row's id, or nothing when the comment is already stored (a single
    /// statement for the common case of a new comment; RETURNING would cost SQLite an ephemeral
    /// table per row, the change count and last rowid cost nothing).
    std::optional<std::int64_t> insert_new(const Comment& c) {
        SQLite::Statement& q = m_insert;
        q.reset();
        q.bind(1, m_article_id);
        q.bind(2, c.site_id);
        bind_opt(q, 3, c.author);
        bind_opt(q, 4, c.time.utc ? std::optional(util::format_utc(*c.time.utc)) : std::nullopt);
        bind_opt(q, 5, c.time.utc ? std::optional(c.time.local_day) : std::nullopt);
        bind_opt(q, 6, c.time.raw.empty() ? std::nullopt : std::optional(c.time.raw));
        q.bind(7, c.time.relative ? 1 : 0);
        q.bind(8, c.time.inferred ? 1 : 0);
        q.bind(9, c.body);
        q.bind(10, c.body_cut ? 1 : 0);
        bind_opt(q, 11, c.likes);
        bind_opt(q, 12, c.replies);
        q.bind(13, c.machine_translated ? 1 : 0);
        q.bind(14, c.score.spam ? 1 : 0);
        q.bind(15, c.score.compound);
        q.bind(16, label_name(c.score.label));
        q.bind(17, m_version);
        q.bind(18, m_now);
        q.bind(19, m_now);
        bind_opt(q, 20, c.dislikes);
        q.bind(21, c.scored ? 1 : 0);
        if (q.exec() == 0) return std::nullopt;
        return m_db.getLastInsertRowid();
    }

    /// Returns the row of the comment with `c`'s site id, and its stored body.
    std::optional<std::pair<std::int64_t, std::string>> find(const Comment& c) {
        m_find.reset();
        m_find.bind(1, m_article_id);
        m_find.bind(2, c.site_id);
        std::optional<std::pair<std::int64_t, std::string>> out;
        if (m_find.executeStep())
            out.emplace(m_find.getColumn(0).getInt64(), m_find.getColumn(1).getString());
        m_find.reset();
        return out;
    }

    /// Returns the row of `c` as another scraper of the site stored it under the other kind of
    /// id (see OtherCopies), or nothing. A hashed copy takes `c`'s site id.
    std::optional<std::int64_t> other_copy(const Comment& c) {
        if (!m_copies.possible(c) || find(c)) return std::nullopt;
        auto row = m_copies.find(c);
        if (row && !is_hashed_id(c.site_id)) {
            SQLite::Statement up(m_db, "UPDATE comments SET site_comment_id = ? WHERE id = ?");
            up.bind(1, c.site_id);
            up.bind(2, *row);
            up.exec();
        }
        return row;
    }

    /// Marks a stored comment seen again; a changed body is re-scored and marked edited.
    /// Returns the comment's id and whether its body changed.
    std::pair<std::int64_t, bool> update_known(const Comment& c) {
        auto found = find(c);
        return mark_seen(found->first, found->second, c);
    }

    std::pair<std::int64_t, bool> mark_seen(std::int64_t id, const std::string& stored_body,
                                            const Comment& c) {
        bool changed = stored_body != c.body;
        m_seen.reset();
        m_seen.bind(1, m_now);
        bind_opt(m_seen, 2, c.likes);
        bind_opt(m_seen, 3, c.replies);
        bind_opt(m_seen, 4, c.dislikes);
        m_seen.bind(5, id);
        m_seen.exec();
        if (changed) {
            m_edited.reset();
            m_edited.bind(1, c.body);
            m_edited.bind(2, c.body_cut ? 1 : 0);
            m_edited.bind(3, c.score.spam ? 1 : 0);
            m_edited.bind(4, c.score.compound);
            m_edited.bind(5, label_name(c.score.label));
            m_edited.bind(6, m_version);
            m_edited.bind(7, m_now);
            m_edited.bind(8, id);
            m_edited.exec();
        }
        return {id, changed};
    }

    /// Points comment `id` at its parent by the parent's site id (on this page or stored).
    void link_parent(std::int64_t id, const std::string& parent_site_id) {
        m_parent.reset();
        m_parent.bind(1, m_article_id);
        m_parent.bind(2, parent_site_id);
        m_parent.bind(3, id);
        m_parent.exec();
    }

  private:
    SQLite::Database& m_db;
    std::int64_t m_article_id;
    const std::string& m_now;
    const std::string& m_version;
    SQLite::Statement m_insert, m_find, m_seen, m_edited, m_parent;
    OtherCopies m_copies{m_db, m_article_id};
};

}  // namespace

Result<PageCounts> Database::store_page(const ArticleRef& article, const Page& page,
                                        const std::string& now,
                                        const std::string& lexicon_version) {
    return guarded("storing " + page.url, [&] {
        SQLite::Transaction tx(*m_impl->db);
        PageCounts counts;
        if (!article.scraper.empty() && article.scraper != article.site)
            m_impl->adopt_article(article);
        counts.article_id = m_impl->upsert_article(article, page, now);
        PageWriter writer(*m_impl->db, counts.article_id, now, lexicon_version);
        // With privacy on, the copies written are pseudonymised here, whoever called.
        std::vector<Comment> protected_comments;
        if (!m_impl->author_key.empty()) {
            protected_comments = page.comments;
            for (Comment& c : protected_comments) pseudonymize(c, m_impl->author_key);
        }
        const std::vector<Comment>& comments =
            m_impl->author_key.empty() ? page.comments : protected_comments;
        for (const Comment& c : comments) {
            std::int64_t id = 0;
            std::optional<std::int64_t> copy = writer.other_copy(c);
            std::optional<std::int64_t> inserted;
            if (!copy) inserted = writer.insert_new(c);
            if (inserted) {
                id = *inserted;
                m_impl->insert_mentions(id, c.score, Mentions::fresh);
                ++counts.new_comments;
            } else {
                bool changed = false;
                std::tie(id, changed) =
                    copy ? writer.mark_seen(*copy, c.body, c) : writer.update_known(c);
                ++counts.seen_comments;
                if (changed) {
                    m_impl->insert_mentions(id, c.score, Mentions::replace);
                    ++counts.edited_comments;
                }
            }
            counts.comment_ids.push_back(id);
        }
        // Parents second, so a flat list may name a parent that comes later on the page; a
        // parent from an earlier page of the thread is found in the database.
        for (std::size_t i = 0; i < comments.size(); ++i) {
            if (!comments[i].parent_site_id.empty())
                writer.link_parent(counts.comment_ids[i], comments[i].parent_site_id);
        }
        tx.commit();
        return counts;
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
                            "posted_at IS NULL FROM comments WHERE scored = 1");
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
            m_impl->insert_mentions(stored.id, c.score, Mentions::replace);
        }
        tx.commit();
        return static_cast<int>(all.size());
    });
}

Result<int> Database::mark_missing_deleted(std::int64_t article_id,
                                           const std::vector<std::int64_t>& present,
                                           const std::string& now, CommentIds judged) {
    return guarded("marking deleted comments", [&] {
        SQLite::Database& db = *m_impl->db;
        SQLite::Transaction tx(db);
        db.exec("CREATE TEMP TABLE IF NOT EXISTS present (id INTEGER PRIMARY KEY)");
        db.exec("DELETE FROM present");
        SQLite::Statement add(db, "INSERT OR IGNORE INTO present (id) VALUES (?)");
        for (std::int64_t id : present) {
            add.reset();
            add.bind(1, id);
            add.exec();
        }
        // A scraper judges only the comments with its kind of id: another scraper of the site
        // may read what this one cannot see (replies the page hides, say).
        SQLite::Statement mark(db,
                               "UPDATE comments SET deleted_at = ?1 WHERE article_id = ?2 AND "
                               "deleted_at IS NULL AND id NOT IN (SELECT id FROM present) AND "
                               "(?3 = 0 OR " +
                                   hashed_id_sql("site_comment_id") + " = (?3 = 2))");
        mark.bind(1, now);
        mark.bind(2, article_id);
        mark.bind(3, judged == CommentIds::any ? 0 : judged == CommentIds::site ? 1 : 2);
        int marked = mark.exec();
        tx.commit();
        return marked;
    });
}

Result<std::optional<std::int64_t>> Database::last_activity(const std::string& url) {
    return guarded("reading the last activity of " + url, [&] {
        SQLite::Statement q(*m_impl->db,
                            "SELECT CAST(strftime('%s', coalesce(max(c.posted_at), "
                            "min(a.first_seen_at))) AS INTEGER) FROM articles a "
                            "LEFT JOIN comments c ON c.article_id = a.id WHERE a.url = ?");
        q.bind(1, url);
        std::optional<std::int64_t> out;
        if (q.executeStep() && !q.getColumn(0).isNull()) out = q.getColumn(0).getInt64();
        return out;
    });
}

Result<std::optional<std::string>> Database::canonical_id_of(const std::string& site,
                                                             const std::string& scraper,
                                                             const std::string& url) {
    return guarded("reading the article of " + url, [&] {
        SQLite::Statement q(*m_impl->db,
                            "SELECT canonical_id FROM articles WHERE (site = ?1 OR (site = ?2 AND "
                            "scraper = ?2)) AND url = ?3 ORDER BY site <> ?1, id LIMIT 1");
        q.bind(1, site);
        q.bind(2, scraper);
        q.bind(3, url);
        std::optional<std::string> out;
        if (q.executeStep()) out = q.getColumn(0).getString();
        return out;
    });
}

Result<int> Database::prune_before(const std::string& cutoff) {
    return guarded("pruning", [&] {
        SQLite::Database& db = *m_impl->db;
        SQLite::Transaction tx(db);
        // A comment whose time could not be read ages from when it was first seen: retention
        // keeps nothing forever.
        const char* old = "SELECT id FROM comments WHERE coalesce(posted_at, first_seen_at) < ?1";
        SQLite::Statement orphan(db, std::string("UPDATE comments SET parent_id = NULL WHERE "
                                                 "parent_id IN (") +
                                         old + ")");
        orphan.bind(1, cutoff);
        orphan.exec();
        SQLite::Statement mentions(
            db, std::string("DELETE FROM mentions WHERE comment_id IN (") + old + ")");
        mentions.bind(1, cutoff);
        mentions.exec();
        SQLite::Statement del(db, std::string("DELETE FROM comments WHERE id IN (") + old + ")");
        del.bind(1, cutoff);
        int deleted = del.exec();
        tx.commit();
        return deleted;
    });
}

}  // namespace suasana::store
