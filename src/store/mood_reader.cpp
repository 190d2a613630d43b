// Reading the mood: what `summary` (and later `report`) show, from the daily_mood view and friends.
#include "store/database.hpp"
#include "store/database_impl.hpp"
#include "util/iso_time.hpp"

namespace suasana::store {

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
        while (stories.executeStep()) {
            StoryMood mood;
            mood.story = stories.getColumn(0).getString();
            summary.stories.push_back(std::move(mood));
        }
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
            "WHERE a.story = ? AND c.posted_day BETWEEN ? AND ? AND " +
                std::string(k_counted_comment) + " AND c.score > 0 ORDER BY c.score DESC, " +
                "c.posted_at, c.id LIMIT 1");
        SQLite::Statement extreme_neg(
            db,
            "SELECT coalesce(c.author, ''), CAST(strftime('%s', c.posted_at) AS INTEGER), c.body, "
            "c.score FROM comments c JOIN articles a ON a.id = c.article_id "
            "WHERE a.story = ? AND c.posted_day BETWEEN ? AND ? AND " +
                std::string(k_counted_comment) + " AND c.score < 0 ORDER BY c.score ASC, " +
                "c.posted_at, c.id LIMIT 1");
        SQLite::Statement entities(
            db,
            "SELECT entity, sum(mentions), sum(mean_score * mentions) / sum(mentions), "
            "sum(wins), sum(losses) FROM entity_daily WHERE story = ? AND day BETWEEN ? AND ? "
            "GROUP BY entity ORDER BY sum(mentions) DESC, entity");
        for (StoryMood& s : summary.stories) {
            entities.reset();
            entities.bind(1, s.story);
            entities.bind(2, first_day);
            entities.bind(3, last_day);
            while (entities.executeStep()) {
                s.entities.push_back(
                    {entities.getColumn(0).getString(), entities.getColumn(1).getInt64(),
                     entities.getColumn(2).getDouble(), entities.getColumn(3).getInt64(),
                     entities.getColumn(4).getInt64()});
            }
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

Result<std::vector<std::string>> Database::comment_bodies(const std::string& story,
                                                          const std::string& first_day,
                                                          const std::string& last_day) {
    return guarded("reading comment bodies", [&] {
        SQLite::Statement q(*m_impl->db,
                            "SELECT c.body FROM comments c JOIN articles a ON a.id = c.article_id "
                            "WHERE a.story = ? AND c.posted_day BETWEEN ? AND ? AND " +
                                std::string(k_counted_comment) + " ORDER BY c.id");
        q.bind(1, story);
        q.bind(2, first_day);
        q.bind(3, last_day);
        std::vector<std::string> bodies;
        while (q.executeStep()) bodies.push_back(q.getColumn(0).getString());
        return bodies;
    });
}

}  // namespace suasana::store
