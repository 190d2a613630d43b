// One comment read by two scrapers of one site, and an article moved to its scraper's site.
#include "store/same_comment.hpp"

#include "store/database_impl.hpp"
#include "store/privacy.hpp"
#include "util/iso_time.hpp"

namespace suasana::store {

std::string same_comment_sql(const std::string& t, const std::string& author,
                             const std::string& body, const std::string& posted,
                             const std::string& site_id) {
    return hashed_id_sql(t + ".site_comment_id") + " <> " + hashed_id_sql(site_id) +
           " AND coalesce(" + t + ".author, '') = coalesce(" + author + ", '') AND " + t +
           ".body = " + body + " AND (" + t + ".posted_at IS NULL OR " + posted +
           " IS NULL OR substr(" + t + ".posted_at, 1, 16) = substr(" + posted + ", 1, 16))";
}

OtherCopies::OtherCopies(SQLite::Database& db, std::int64_t article_id)
    : m_db(db),
      m_article_id(article_id),
      m_match(db, "SELECT t.id FROM comments t WHERE t.article_id = ?1 AND " +
                      same_comment_sql("t", "?2", "?3", "?4", "?5") + " ORDER BY t.id") {}

bool OtherCopies::possible(const Comment& c) {
    if (!m_kinds) {
        // Range probes on the (article_id, site_comment_id) index: "h;" follows every "h:…",
        // "k;" every "k:…" (the prefixes end in ':', and ';' comes next).
        const std::string h(k_derived_id_prefix), k(k_keyed_id_prefix);
        const std::string h_end = h.substr(0, 1) + ";", k_end = k.substr(0, 1) + ";";
        auto any = [](const std::string& range) {
            return "EXISTS (SELECT 1 FROM comments WHERE article_id = ?1 AND " + range + ")";
        };
        auto from_to = [](const std::string& from, const std::string& to) {
            return "site_comment_id >= '" + from + "' AND site_comment_id < '" + to + "'";
        };
        SQLite::Statement q(
            m_db, "SELECT " + any(from_to(h, h_end)) + " OR " + any(from_to(k, k_end)) + ", " +
                      any("site_comment_id < '" + h + "'") + " OR " + any(from_to(h_end, k)) +
                      " OR " + any("site_comment_id >= '" + k_end + "'"));
        q.bind(1, m_article_id);
        q.executeStep();
        m_kinds.emplace(q.getColumn(0).getInt() != 0, q.getColumn(1).getInt() != 0);
    }
    return is_hashed_id(c.site_id) ? m_kinds->second : m_kinds->first;
}

std::optional<std::int64_t> OtherCopies::find(const Comment& c) {
    m_match.reset();
    m_match.bind(1, m_article_id);
    bind_opt(m_match, 2, c.author);
    m_match.bind(3, c.body);
    bind_opt(m_match, 4, c.time.utc ? std::optional(util::format_utc(*c.time.utc)) : std::nullopt);
    m_match.bind(5, c.site_id);
    std::optional<std::int64_t> out;
    while (!out && m_match.executeStep()) {
        std::int64_t id = m_match.getColumn(0).getInt64();
        if (m_claimed.insert(id).second) out = id;
    }
    m_match.reset();
    return out;
}

void begin_merge(SQLite::Database& db) {
    db.exec("CREATE TEMP TABLE IF NOT EXISTS adopted (old_id INTEGER PRIMARY KEY, new_id INTEGER)");
    db.exec("DELETE FROM adopted");
}

void finish_merge(SQLite::Database& db) {
    db.exec("DELETE FROM adopted WHERE new_id IS NULL");
    db.exec(
        "UPDATE comments SET parent_id = (SELECT new_id FROM adopted WHERE old_id = "
        "comments.parent_id) WHERE parent_id IN (SELECT old_id FROM adopted)");
    db.exec("DELETE FROM comments WHERE id IN (SELECT old_id FROM adopted)");
}

void Database::Impl::adopt_article(const ArticleRef& a) {
    SQLite::Statement old_q(*db,
                            "SELECT id FROM articles WHERE site = ?1 AND scraper = ?1 AND "
                            "canonical_id = ?2");
    old_q.bind(1, a.scraper);
    old_q.bind(2, a.canonical_id);
    if (!old_q.executeStep()) return;
    const std::int64_t old_id = old_q.getColumn(0).getInt64();
    SQLite::Statement into_q(*db, "SELECT id FROM articles WHERE site = ? AND canonical_id = ?");
    into_q.bind(1, a.site);
    into_q.bind(2, a.canonical_id);
    if (!into_q.executeStep()) {
        SQLite::Statement move(*db, "UPDATE articles SET site = ? WHERE id = ?");
        move.bind(1, a.site);
        move.bind(2, old_id);
        move.exec();
        return;
    }
    const std::int64_t into_id = into_q.getColumn(0).getInt64();
    // Each old comment the site's article already has (same id, or the other copy) maps to it;
    // the rest move over. Replies follow the mapping; a kept hash takes the site's id and a
    // kept copy without likes the merged one's.
    begin_merge(*db);
    // SQLite cannot see the outer row in a subquery's ORDER BY: same ids first, then copies.
    SQLite::Statement same_id(*db,
                              "INSERT INTO adopted (old_id, new_id) SELECT o.id, t.id FROM "
                              "comments o JOIN comments t ON t.article_id = ?2 AND "
                              "t.site_comment_id = o.site_comment_id WHERE o.article_id = ?1");
    SQLite::Statement copies(
        *db,
        "INSERT OR IGNORE INTO adopted (old_id, new_id) SELECT o.id, (SELECT t.id FROM "
        "comments t WHERE t.article_id = ?2 AND " +
            same_comment_sql("t", "o.author", "o.body", "o.posted_at", "o.site_comment_id") +
            " AND t.id NOT IN (SELECT new_id FROM adopted) ORDER BY t.id LIMIT 1) "
            "FROM comments o WHERE o.article_id = ?1");
    for (SQLite::Statement* q : {&same_id, &copies}) {
        q->bind(1, old_id);
        q->bind(2, into_id);
        q->exec();
    }
    for (const std::string& sql : {
             "UPDATE comments SET site_comment_id = (SELECT o.site_comment_id FROM adopted m "
             "JOIN comments o ON o.id = m.old_id WHERE m.new_id = comments.id) WHERE " +
                 hashed_id_sql("site_comment_id") +
                 " AND id IN (SELECT m.new_id FROM adopted m JOIN comments o ON o.id = m.old_id "
                 "WHERE NOT " +
                 hashed_id_sql("o.site_comment_id") + ")",
             std::string("UPDATE comments SET likes = coalesce(likes, (SELECT max(o.likes) FROM "
                         "adopted m JOIN comments o ON o.id = m.old_id WHERE m.new_id = "
                         "comments.id)) WHERE id IN (SELECT new_id FROM adopted)"),
         }) {
        db->exec(sql);
    }
    finish_merge(*db);
    SQLite::Statement move(*db, "UPDATE comments SET article_id = ?2 WHERE article_id = ?1");
    move.bind(1, old_id);
    move.bind(2, into_id);
    move.exec();
    SQLite::Statement drop(*db, "DELETE FROM articles WHERE id = ?");
    drop.bind(1, old_id);
    drop.exec();
}

}  // namespace suasana::store
