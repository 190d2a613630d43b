// Privacy in the database: turning pseudonymize_authors on converts what was stored before.
#include <string>
#include <vector>

#include "store/database.hpp"
#include "store/database_impl.hpp"
#include "store/privacy.hpp"
#include "store/same_comment.hpp"

namespace suasana::store {

namespace {

// SQL for "this author is not yet a pseudonym": "anon-" and 16 lower-case hex digits, as
// is_pseudonym() says (GLOB is case-sensitive).
const std::string k_real_author = "(author IS NOT NULL AND author NOT GLOB 'anon-" + [] {
    std::string digits;
    for (int i = 0; i < 16; ++i) digits += "[0-9a-f]";
    return digits;
}() + "')";
const std::string k_derived_id = derived_id_sql("site_comment_id");

struct Row {
    std::int64_t id = 0, article_id = 0;
    Comment comment;
};

}  // namespace

Result<int> Database::protect_authors(const std::string& key) {
    m_impl->author_key = key;
    return guarded("pseudonymising stored authors", [&] {
        SQLite::Database& db = *m_impl->db;
        SQLite::Transaction tx(db);
        std::vector<Row> rows;
        SQLite::Statement q(db,
                            "SELECT id, article_id, author, site_comment_id FROM comments "
                            "WHERE " +
                                k_real_author + " OR " + k_derived_id);
        while (q.executeStep()) {
            Row r;
            r.id = q.getColumn(0).getInt64();
            r.article_id = q.getColumn(1).getInt64();
            if (!q.getColumn(2).isNull()) r.comment.author = q.getColumn(2).getString();
            r.comment.site_id = q.getColumn(3).getString();
            rows.push_back(std::move(r));
        }
        SQLite::Statement twin(db,
                               "SELECT id FROM comments WHERE article_id = ? AND "
                               "site_comment_id = ? AND id <> ?");
        SQLite::Statement update(
            db, "UPDATE comments SET author = ?, site_comment_id = ? WHERE id = ?");
        // A row whose keyed id already exists (stored while the option was on, then again while
        // it was off) is the same comment twice: it is merged into the keyed row.
        begin_merge(db);
        SQLite::Statement twin_of(db, "INSERT INTO adopted (old_id, new_id) VALUES (?, ?)");
        for (Row& r : rows) {
            pseudonymize(r.comment, key);
            twin.reset();
            twin.bind(1, r.article_id);
            twin.bind(2, r.comment.site_id);
            twin.bind(3, r.id);
            if (twin.executeStep()) {
                twin_of.reset();
                twin_of.bind(1, r.id);
                twin_of.bind(2, twin.getColumn(0).getInt64());
                twin.reset();
                twin_of.exec();
                continue;
            }
            twin.reset();
            update.reset();
            bind_opt(update, 1, r.comment.author);
            update.bind(2, r.comment.site_id);
            update.bind(3, r.id);
            update.exec();
        }
        finish_merge(db);
        tx.commit();
        return static_cast<int>(rows.size());
    });
}

Result<AuthorState> Database::author_state() {
    return guarded("reading the authors' state", [&] {
        SQLite::Statement q(*m_impl->db, "SELECT count(*), coalesce(sum(" + k_real_author +
                                             "), 0), coalesce(sum(" + k_derived_id +
                                             "), 0) FROM comments");
        AuthorState state;
        q.executeStep();
        state.comments = q.getColumn(0).getInt64();
        state.real_names = q.getColumn(1).getInt64();
        state.unkeyed_ids = q.getColumn(2).getInt64();
        return state;
    });
}

}  // namespace suasana::store
