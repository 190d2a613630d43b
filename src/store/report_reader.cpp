// Reading what the HTML report adds to the summary: the head-to-head day by day, the period's
// strongest comments with their article, and what the numbers stand on.
#include "store/database.hpp"
#include "store/database_impl.hpp"

namespace suasana::store {

namespace {

// Counted comments only (k_counted_comment, as in the summary and the daily_mood view); the
// order puts the strongest first and breaks ties by the earliest.
const std::string& quotes_sql() {
    static const std::string sql =
        "SELECT coalesce(c.author, ''), CAST(strftime('%s', c.posted_at) AS INTEGER), c.body, "
        "c.score, c.lexicon_version, c.machine_translated, a.url, coalesce(a.title, '') "
        "FROM comments c JOIN articles a ON a.id = c.article_id "
        "WHERE a.story = ?1 AND c.posted_day BETWEEN ?2 AND ?3 AND " +
        std::string(k_counted_comment) +
        " AND c.score * ?4 > 0 "
        "ORDER BY c.score * ?4 DESC, c.posted_at, c.id LIMIT ?5";
    return sql;
}

void read_quotes(SQLite::Statement& q, std::vector<QuotedComment>& out) {
    while (q.executeStep()) {
        QuotedComment c;
        c.author = q.getColumn(0).getString();
        c.posted_utc = q.getColumn(1).getInt64();
        c.body = q.getColumn(2).getString();
        c.score = q.getColumn(3).getDouble();
        c.lexicon_version = q.getColumn(4).getString();
        c.machine_translated = q.getColumn(5).getInt() != 0;
        c.article_url = q.getColumn(6).getString();
        c.article_title = q.getColumn(7).getString();
        out.push_back(std::move(c));
    }
}

}  // namespace

Result<StoryDetails> Database::load_story_details(const std::string& story,
                                                  const std::string& first_day,
                                                  const std::string& last_day, int quotes) {
    return guarded("reading the report's details", [&] {
        SQLite::Database& db = *m_impl->db;
        StoryDetails details;
        details.story = story;
        SQLite::Statement entities(db,
                                   "SELECT day, entity, mentions, mean_score, wins, losses "
                                   "FROM entity_daily WHERE story = ? AND day BETWEEN ? AND ? "
                                   "ORDER BY day, entity");
        entities.bind(1, story);
        entities.bind(2, first_day);
        entities.bind(3, last_day);
        while (entities.executeStep()) {
            details.entity_days.push_back(
                {entities.getColumn(0).getString(), entities.getColumn(1).getString(),
                 entities.getColumn(2).getInt64(), entities.getColumn(3).getDouble(),
                 entities.getColumn(4).getInt64(), entities.getColumn(5).getInt64()});
        }
        for (auto [sign, out] :
             {std::pair{1, &details.most_positive}, std::pair{-1, &details.most_negative}}) {
            SQLite::Statement q(db, quotes_sql());
            q.bind(1, story);
            q.bind(2, first_day);
            q.bind(3, last_day);
            q.bind(4, sign);
            q.bind(5, quotes);
            read_quotes(q, *out);
        }
        SQLite::Statement basis(
            db,
            "SELECT count(*), coalesce(sum(c.machine_translated), 0) FROM comments c "
            "JOIN articles a ON a.id = c.article_id WHERE a.story = ? AND c.posted_day BETWEEN ? "
            "AND ? AND " +
                std::string(k_counted_comment));
        basis.bind(1, story);
        basis.bind(2, first_day);
        basis.bind(3, last_day);
        if (basis.executeStep()) {
            details.comments = basis.getColumn(0).getInt64();
            details.machine_translated = basis.getColumn(1).getInt64();
        }
        SQLite::Statement versions(
            db,
            "SELECT DISTINCT c.lexicon_version FROM comments c "
            "JOIN articles a ON a.id = c.article_id WHERE a.story = ? AND c.posted_day BETWEEN ? "
            "AND ? AND " +
                std::string(k_counted_comment) + " ORDER BY 1");
        versions.bind(1, story);
        versions.bind(2, first_day);
        versions.bind(3, last_day);
        while (versions.executeStep()) {
            if (!versions.getColumn(0).isNull())
                details.lexicon_versions.push_back(versions.getColumn(0).getString());
        }
        return details;
    });
}

}  // namespace suasana::store
