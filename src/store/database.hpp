#pragma once
// The SQLite database behind every command; the only code that speaks SQL.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/error.hpp"
#include "model/fetch_result.hpp"
#include "model/mood.hpp"
#include "model/page.hpp"
#include "model/report.hpp"
#include "store/private_files.hpp"

namespace suasana::store {

enum class Access { read_only, read_write };

/// Where a page's comments belong: the article and its grouping.
struct ArticleRef {
    std::string site;  ///< the scraper's `site` (by default its name): scrapers of a site share
    std::string canonical_id;
    std::string url;
    std::string story;    ///< empty: keep the stored article's story (a new one gets `site`)
    std::string scraper;  ///< the scraper file's name; empty: the same as `site`
};

/// Which comments a full read may judge: the ones with the site's own id, or the hashed ones
/// (a scraper without `id`); two scrapers of one site may see different parts of a thread.
enum class CommentIds { any, site, hashed };

/// What storing one page changed.
struct PageCounts {
    int new_comments = 0;
    int seen_comments = 0;
    int edited_comments = 0;
    std::int64_t article_id = 0;
    std::vector<std::int64_t> comment_ids;  ///< every comment of the page, new or seen
};

/// One stored comment as `rescore` sees it.
struct StoredComment {
    std::int64_t id = 0;
    std::string body;
    std::optional<std::int64_t> posted_utc;
};

/// What a conditional request needs to know about a URL fetched before.
struct HttpValidators {
    std::string etag, last_modified;
    /// The comment-page links the page had (followed after a 304); one per line in `next_url`.
    std::vector<std::string> next_urls;
};

/// How many stored comments still carry what [privacy] pseudonymize_authors hides.
struct AuthorState {
    std::int64_t comments = 0;
    std::int64_t real_names = 0;   ///< authors that are not pseudonyms
    std::int64_t unkeyed_ids = 0;  ///< ids derived from the author without the key ("h:…")
};

/// A run's totals for the `runs` table.
struct RunTotals {
    std::string outcome;
    int targets = 0, pages = 0, comments_new = 0, comments_seen = 0;
};

class Database {
  public:
    /// Returns the open database. read_write creates the file and migrates it to the current
    /// schema (WAL, busy timeout); read_only needs an existing file. Fails with exit code 3 on
    /// any SQLite error and on a database written by a newer suasana. owner_only creates the
    /// file 0600 (SQLite gives its WAL the database's mode) and narrows existing ones.
    static Result<Database> open(const std::filesystem::path& file, Access access,
                                 FileMode mode = FileMode::shared);
    ~Database();
    Database(Database&&) noexcept;
    Database& operator=(Database&&) noexcept;

    /// Returns the id of a new `runs` row for `command` started at `started_at` (ISO UTC).
    Result<std::int64_t> begin_run(const std::string& command, const std::string& started_at);
    Result<void> finish_run(std::int64_t run_id, const std::string& finished_at,
                            const RunTotals& totals);
    /// Records one request of a run in `fetches`; `bytes` is the body's size as received (the
    /// body itself may have been handed on to be read).
    Result<void> record_fetch(std::int64_t run_id, const FetchResult& fetch, std::int64_t bytes);

    /// Turns [privacy] pseudonymize_authors on for this connection: from now on every comment
    /// is stored with its author pseudonymised and its derived id keyed (store/privacy.hpp),
    /// whatever the caller passes; comments stored before are converted now, in one
    /// transaction. Returns how many stored comments were converted.
    Result<int> protect_authors(const std::string& key);
    /// Returns how many stored comments carry a real author name or an unkeyed derived id.
    Result<AuthorState> author_state();

    /// Returns the validators stored for `url`, or nothing when it was never fetched with any.
    Result<std::optional<HttpValidators>> load_validators(const std::string& url);
    /// Stores the validators (and comment-page links) of a page just fetched.
    Result<void> save_validators(const std::string& url, const HttpValidators& validators,
                                 const std::string& now);

    /// Stores the article and its comments in one transaction: new comments are inserted,
    /// known ones (same site id) marked seen, changed bodies updated with edited_at.
    Result<PageCounts> store_page(const ArticleRef& article, const Page& page,
                                  const std::string& now, const std::string& lexicon_version);

    /// Marks the article's comments that a full re-scrape did not see (`present` holds the ids it
    /// saw) with deleted_at = `now`; returns how many were newly marked.
    Result<int> mark_missing_deleted(std::int64_t article_id,
                                     const std::vector<std::int64_t>& present,
                                     const std::string& now, CommentIds judged = CommentIds::any);

    /// Returns the epoch seconds of the newest comment (else the first sighting) of the article
    /// stored for target URL `url`; nothing when it was never scraped.
    Result<std::optional<std::int64_t>> last_activity(const std::string& url);

    /// Returns the canonical id of the first article of `site` stored for target URL `url` (or
    /// stored by `scraper` before it named its site); nothing when there is none.
    Result<std::optional<std::string>> canonical_id_of(const std::string& site,
                                                       const std::string& scraper,
                                                       const std::string& url);

    /// Deletes the comments posted before `cutoff` (ISO UTC) and their mentions (replies to them
    /// stay, without a parent); returns how many were deleted.
    Result<int> prune_before(const std::string& cutoff);

    /// Returns the mood per story for days first..last (YYYY-MM-DD), `story` empty for all.
    Result<MoodSummary> load_summary(const std::string& first_day, const std::string& last_day,
                                     const std::string& story);

    /// Returns the bodies of the story's comments posted on days first..last (spam and deleted
    /// comments left out), for finding the words that drove the mood.
    Result<std::vector<std::string>> comment_bodies(const std::string& story,
                                                    const std::string& first_day,
                                                    const std::string& last_day);

    /// Returns what the HTML report adds for `story` over days first..last: the head-to-head per
    /// day, the `quotes` most positive and most negative comments (with their article; ties go to
    /// the earliest, as in the summary), the machine-translated count and the lexicon versions.
    Result<StoryDetails> load_story_details(const std::string& story, const std::string& first_day,
                                            const std::string& last_day, int quotes);

    /// Calls `rescore` for every stored comment and writes what it returns, in one transaction;
    /// returns how many comments were rewritten.
    Result<int> rescore_all(const std::function<Comment(const StoredComment&)>& rescore,
                            const std::string& lexicon_version);

  private:
    struct Impl;
    explicit Database(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace suasana::store
