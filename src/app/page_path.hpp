#pragma once
// The one path from a page's bytes to stored comments. `scrape` feeds it fetched bodies,
// `ingest` saved files, `extract` the same without a database; every rule that applies to every
// page (max_bytes, charset, extraction, scoring, privacy, storing, the page's warnings, its
// outcome and its share of the run's totals) is written here once.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/commands.hpp"
#include "app/pipeline.hpp"
#include "model/page.hpp"
#include "store/database.hpp"

namespace suasana::app {

/// Where a page's bytes came from.
struct PageSource {
    std::string url;           ///< the article page's address: ids and times are read against it
    std::string where;         ///< what messages about the page name: the fetched URL, the file
    std::string content_type;  ///< the HTTP Content-Type; empty for a saved page
};

/// One article's pages in a run: what its completeness check and deleted comments need.
struct ArticleTally {
    std::string label;  ///< what the completeness warning names (a target, an address)
    std::string url;    ///< the article's address as stored
    std::string story;  ///< empty: the stored article's story (a new one gets the site's name)
    std::string canonical_id;               ///< the first page's id: later pages join its article
    std::optional<std::int64_t> claimed;    ///< the comment count the first page states
    std::int64_t article_id = 0;            ///< 0 until a page is stored
    std::vector<std::int64_t> comment_ids;  ///< each stored comment once, in the order read
    std::set<std::int64_t> read_ids;        ///< the same, for lookups
    std::int64_t found = 0;
    int pages = 0, new_comments = 0, seen_comments = 0;
    bool complete = true;  ///< no page was cut short or had a problem
};

/// A page read, not yet kept.
struct ReadPage {
    std::string outcome = "ok";  ///< "ok", "too_large" or "error"
    std::string message;         ///< why, when not ok (names the page)
    Page page;
    bool ok() const { return outcome == "ok"; }
};

class PagePath {
  public:
    /// A path that stores into `db`, or, with `db` null, only shows what would be stored;
    /// `author_key` (empty unless [privacy] pseudonymize_authors) makes what is shown the
    /// pseudonymised form (the database applies it itself when storing).
    PagePath(const Context& ctx, const ScoringKit& kit, store::Database* db, std::string author_key,
             Streams io);

    /// Returns the page's comments, each scored: a body over max_bytes is refused unparsed, the
    /// rest decoded to UTF-8 (charset from `source.content_type`, a BOM or <meta>) and
    /// extracted. A page that cannot be read is an outcome, never an error.
    /// `bytes` is taken by value: a caller done with its copy moves it in, and a page that is
    /// already UTF-8 then goes to the parser without a copy.
    ReadPage read(const SiteReader& reader, std::string bytes, const PageSource& source,
                  extract::Why why = extract::Why::no) const;

    /// Keeps a page read ok under the article of `tally` (the first page sets its id and claimed
    /// count): stored, or without a database made what would be stored; prints its warnings
    /// (unless --quiet) and adds its counts to `tally`. Fails only on a database error.
    Result<void> keep(ReadPage& read, const ScraperSpec& spec, const PageSource& source,
                      ArticleTally& tally);

    /// Prints the completeness warning of `tally` when its pages claim more comments than were
    /// found (unless --quiet).
    void settle(const ArticleTally& tally) const;

  private:
    const Context& m_ctx;
    const ScoringKit& m_kit;
    store::Database* m_db;
    std::string m_author_key;
    Streams m_io;
};

}  // namespace suasana::app
