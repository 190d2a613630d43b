#pragma once
// Private to store/: the SQLite handle behind Database and the helpers every store file uses.
// Only store/*.cpp include this, so no SQLite:: type leaves the folder.
#include <memory>
#include <optional>
#include <string>
#include <type_traits>

#include <SQLiteCpp/SQLiteCpp.h>

#include "store/database.hpp"

namespace suasana::store {

/// The one rule for which comments count in every mood figure and quote: not spam, scored
/// (not a wordless sticker), not deleted. SQL over the comments table aliased `c`; the
/// daily_mood and entity_daily views (schema.cpp) hold the same text, and a test checks they do.
constexpr const char* k_counted_comment = "c.spam = 0 AND c.scored = 1 AND c.deleted_at IS NULL";

/// Binds an optional value: NULL when absent. Every statement binds; none splices text into SQL.
inline void bind_opt(SQLite::Statement& q, int index, const std::optional<std::string>& v) {
    if (v) {
        q.bind(index, *v);
    } else {
        q.bind(index);
    }
}

inline void bind_opt(SQLite::Statement& q, int index, const std::optional<std::int64_t>& v) {
    if (v) {
        q.bind(index, static_cast<std::int64_t>(*v));
    } else {
        q.bind(index);
    }
}

/// Returns what `body` returns, turning SQLiteCpp's exceptions into an Error with exit code 3.
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

/// Whether a comment may already have mention rows (re-scored, edited) or is new.
enum class Mentions { fresh, replace };

struct Database::Impl {
    std::filesystem::path file;
    std::unique_ptr<SQLite::Database> db;
    std::string author_key;  ///< set by protect_authors: every stored comment is pseudonymised

    std::int64_t upsert_article(const ArticleRef& a, const Page& page, const std::string& now);
    /// Moves the article `a.scraper` stored under its own name before it named a different site
    /// into `a.site`, merging its comments into an article the site already has.
    void adopt_article(const ArticleRef& a);
    void insert_mentions(std::int64_t comment_id, const Score& score, Mentions existing);
};

}  // namespace suasana::store
