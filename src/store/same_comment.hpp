#pragma once
// Private to store/: one comment read by two scrapers of the same site. A scraper with `id`
// stores the site's comment id; one without stores a hash ("h:…", store/privacy.hpp's
// is_hashed_id). The same comment under the
// other kind of id is the same author and body posted in the same minute (one page may show
// `07-23 10:56`, another an epoch time in seconds).
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include <SQLiteCpp/SQLiteCpp.h>

#include "model/comment.hpp"

namespace suasana::store {

/// Returns the SQL condition "stored comment `t` is the other copy of the comment with this
/// author, body, posted_at and site id" (each a column or a parameter; no data is spliced).
std::string same_comment_sql(const std::string& t, const std::string& author,
                             const std::string& body, const std::string& posted,
                             const std::string& site_id);

/// Starts merging stored comments into others: creates (or empties) the temporary table
/// `adopted (old_id, new_id)`, one row per comment to merge into another.
void begin_merge(SQLite::Database& db);

/// Merges every comment of `adopted` into its `new_id`: replies move to it, and the old row goes
/// (its mentions with it: ON DELETE CASCADE). Rows whose `new_id` is NULL are left alone.
void finish_merge(SQLite::Database& db);

/// Finds, for a comment of a page, the copy another scraper of the site stored under the other
/// kind of id. Looked for only when the article holds comments of the other kind, so an article
/// read by one scraper pays one query per page; a row is matched to one comment per page.
class OtherCopies {
  public:
    OtherCopies(SQLite::Database& db, std::int64_t article_id);
    /// Returns true when the article holds comments of the other kind of id than `c`'s.
    bool possible(const Comment& c);
    /// Returns the row of `c`'s other copy not matched on this page yet, or nothing.
    std::optional<std::int64_t> find(const Comment& c);

  private:
    SQLite::Database& m_db;
    std::int64_t m_article_id;
    std::optional<std::pair<bool, bool>> m_kinds;  ///< holds hashed ids, holds site ids
    std::set<std::int64_t> m_claimed;
    SQLite::Statement m_match;
};

}  // namespace suasana::store
