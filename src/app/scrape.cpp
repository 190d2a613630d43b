// `suasana scrape`: every target's pages fetched in waves, extracted, scored and stored.
#include <algorithm>
#include <chrono>
#include <future>
#include <iostream>
#include <set>

#include "app/api_paging.hpp"
#include "app/commands.hpp"
#include "app/next_page.hpp"
#include "app/page_path.hpp"
#include "app/run_session.hpp"
#include "app/worker_pool.hpp"
#include "fetch/curl_fetcher.hpp"
#include "fetch/url.hpp"
#include "store/database.hpp"
#include "util/iso_time.hpp"

namespace suasana::app {

namespace {

enum class Wait { no, yes };

// One target's progress through its comment pages.
struct TargetRun {
    const Target* target = nullptr;
    const SiteReader* reader = nullptr;  ///< shared by the targets of one scraper file
    /// Comment pages still to read, in order; empty when done. A vector, not a deque: an empty
    /// deque already holds a 512-byte block, and a run has one per target.
    std::vector<std::string> pending;
    std::set<std::string> visited;  ///< pages read or queued
    bool capped = false;            ///< a page was left out for max_pages
    int pages = 0;
    ArticleTally article;    ///< the target's article: every page of a target is the same one
    std::string landed_url;  ///< where the first page was fetched from, after redirects
    ApiPaging api;           ///< comment APIs: which page comes next
    std::string outcome = "ok";
    std::string message;
    bool settled = false;  ///< its comments are judged and its memory given back
};

// What every page of the run needs: the database, the page path into it, and the threads that
// read pages.
struct Session {
    const Context& ctx;
    store::Database& db;
    PagePath& path;
    WorkerPool& pool;
    Streams io;
};

// A fetched page on its way through its wave: read on a worker thread as soon as it arrives,
// then taken (stored, its next page found) on the main thread in request order, so the
// database, the warnings and the fetches table come out the same whatever order pages arrive in.
struct Arrival {
    FetchResult fetched;
    PageSource source;
    std::int64_t bytes = 0;      ///< the body's size as received (the body goes to the reader)
    std::future<ReadPage> read;  ///< valid when the page is read (a body to extract)
};

// Returns the request for page `url` of the run: a plain GET, or the API's method, body, headers.
Result<FetchRequest> next_request(Session& s, const TargetRun& run, const std::string& url,
                                  std::size_t tag) {
    // A file:// target is read because the user wrote it; its pagination (or API pages) only in
    // its own folder: the links in a saved page are the site's, not the user's.
    bool local = url == run.target->url ? fetch::url_scheme(run.target->url) == "file"
                                        : fetch::file_within_folder_of(run.target->url, url);
    FetchRequest request(url, tag, local ? AllowFile::yes : AllowFile::no);
    if (!run.api.used) {
        auto known = s.db.load_validators(url);
        if (!known) return tl::unexpected(known.error());
        if (*known) {
            request.etag = (*known)->etag;
            request.last_modified = (*known)->last_modified;
        }
        return request;
    }
    make_api_request(request, run.reader->extractor.spec(), run.api);
    return request;
}

Result<std::vector<TargetRun>> plan_targets(const Context& ctx, const ScrapeOptions& options,
                                            SiteReaders& readers) {
    for (const auto& name : options.targets) {
        bool known = false;
        for (const auto& t : ctx.config.targets) known = known || t.name == name;
        if (!known) {
            return fail(ctx.config.file.string() + ": no [[target]] named '" + name + "'",
                        ExitCode::usage);
        }
    }
    std::vector<TargetRun> runs;
    for (const auto& t : ctx.config.targets) {
        if (!options.targets.empty() && std::find(options.targets.begin(), options.targets.end(),
                                                  t.name) == options.targets.end())
            continue;
        auto spec = choose_scraper(ctx, t.scraper, t.url);
        if (!spec) return fail("target '" + t.name + "': " + spec.error().message, ExitCode::usage);
        auto reader = readers.of(*spec);
        if (!reader) return tl::unexpected(reader.error());
        TargetRun run;
        run.target = &t;
        run.reader = *reader;
        run.article.label = t.name;
        run.article.url = t.url;
        run.article.story = t.story;
        if (!spec->source_url.empty()) {
            auto api = start_api_paging(t, *spec);
            if (!api) return tl::unexpected(api.error());
            run.api = *api;
            run.pending.push_back(api_url(*spec, t, run.api));
        } else {
            run.pending.push_back(t.url);
        }
        runs.push_back(std::move(run));
    }
    return runs;
}

// Skips targets that have gone quiet: no new comment for stale_after_days (unless --all).
Result<void> skip_stale(Session& s, std::vector<TargetRun>& runs, const ScrapeOptions& options) {
    if (options.all) return {};
    const std::int64_t horizon = std::int64_t{s.ctx.config.fetch.stale_after_days} * 86400;
    for (TargetRun& run : runs) {
        auto last = s.db.last_activity(run.target->url);
        if (!last) return tl::unexpected(last.error());
        if (!*last || s.ctx.now - **last <= horizon) continue;
        run.pending.clear();
        run.outcome = "stale";
        run.message = "no new comment since " + s.ctx.zone.day_of(**last) + "; --all scrapes it";
    }
    return {};
}

// Returns the page's comment-page links as absolute URLs (those that resolve), in page order.
std::vector<std::string> resolve_links(const FetchResult& fetched, const Page& page) {
    std::vector<std::string> urls;
    for (const auto& href : page.next_hrefs) {
        if (auto url = fetch::resolve_url(fetched.final_url, href)) urls.push_back(*url);
    }
    return urls;
}

// Returns true, and ends the target with an error naming the page `from`, when `next` leads
// away from the target (app/next_page): the pages already read are kept.
bool refuse_off_target(TargetRun& run, const std::string& from, const std::string& next) {
    auto why = find_off_target(*run.target, run.reader->extractor.spec(), run.landed_url, next);
    if (!why) return false;
    run.outcome = "error";
    run.message = from + ": " + *why;
    run.article.complete = false;
    run.pending.clear();
    return true;
}

// Queues the comment pages `urls` (linked from page `from`) that were neither read nor queued
// yet, as many as max_pages leaves room for; a page left out for max_pages makes the target
// incomplete (said once); a page off the target ends it (refuse_off_target).
void queue_pages(Session& s, TargetRun& run, const std::string& from,
                 const std::vector<std::string>& urls) {
    const int max_pages = s.ctx.config.limits.max_pages;
    for (const auto& url : urls) {
        // A loop; but an API's pages may share one URL: its page number moves on.
        if (!run.api.used && run.visited.count(url) != 0) continue;
        if (refuse_off_target(run, from, url)) return;
        if (run.pages + static_cast<int>(run.pending.size()) >= max_pages) {
            run.article.complete = false;
            if (!run.capped && !s.ctx.options.quiet)
                s.io.err << "suasana: warning: " << run.target->name
                         << ": stopped after max_pages (" << max_pages << ")\n";
            run.capped = true;
            return;
        }
        run.visited.insert(url);
        run.pending.push_back(url);
    }
}

// Stores what the next conditional request for this page needs (HTTP pages only).
Result<void> remember_page(Session& s, const FetchResult& fetched,
                           const std::vector<std::string>& next_urls) {
    if (fetched.etag.empty() && fetched.last_modified.empty()) return {};
    return s.db.save_validators(fetched.url, {fetched.etag, fetched.last_modified, next_urls},
                                util::format_utc(s.ctx.now));
}

// A 304: the page is as it was, so nothing is parsed; the comment pages it linked to last time
// are still checked. The article was not read in full, so no comment is marked deleted. The
// pages read after it belong to the article stored for this target: without its id, a later
// page would name the article after its own URL and store copies of comments a killed run
// had stored before saving that page's validators.
Result<void> take_unchanged(Session& s, TargetRun& run, const FetchResult& fetched) {
    run.article.complete = false;
    if (run.article.canonical_id.empty()) {
        const ScraperSpec& spec = run.reader->extractor.spec();
        auto stored = s.db.canonical_id_of(spec.site, spec.name, run.target->url);
        if (!stored) return tl::unexpected(stored.error());
        if (*stored) run.article.canonical_id = **stored;
    }
    auto known = s.db.load_validators(fetched.url);
    if (!known) return tl::unexpected(known.error());
    if (run.outcome == "ok" && run.pages == 0) run.outcome = "unchanged";
    if (*known) queue_pages(s, run, fetched.url, (*known)->next_urls);
    return {};
}

// Returns where the comments of a page fetched for `run` are read against: an API answer belongs
// to the target's article (its URL carries the article's id), a page to its own final URL.
PageSource source_of(const TargetRun& run, const FetchResult& fetched) {
    return {run.api.used ? run.target->url : fetched.final_url, fetched.final_url,
            fetched.content_type};
}

// Handles one fetched page of `run`: keeps its comments and finds the next page.
Result<void> take_page(Session& s, TargetRun& run, Arrival& arrival) {
    const FetchResult& fetched = arrival.fetched;
    if (run.landed_url.empty()) run.landed_url = fetched.final_url;
    if (fetched.outcome == FetchOutcome::unchanged) return take_unchanged(s, run, fetched);
    if (!fetched.ok()) {
        run.pending.clear();
        run.outcome = outcome_name(fetched.outcome);
        // A comment API's refusal names the API's address as well as the target's (unless the
        // message already does).
        bool api = run.api.used && fetched.url != run.target->url &&
                   fetched.message.find(fetched.url) == std::string::npos;
        run.message = api ? fetched.url + ": " + fetched.message : fetched.message;
        run.article.complete = false;
        return {};
    }
    if (run.api.reading_article) {  // the article page names the API's article id
        auto taken = take_article_id(run.api, run.reader->extractor, fetched, s.ctx.config.limits);
        if (!taken) {
            run.outcome = "error";
            run.message = taken.error().message;
            run.article.complete = false;
            return {};
        }
        run.article.canonical_id = run.api.id;
        queue_pages(s, run, fetched.final_url,
                    {api_url(run.reader->extractor.spec(), *run.target, run.api)});
        return {};
    }
    ++run.pages;
    ReadPage read = arrival.read.get();
    const PageSource& source = arrival.source;
    if (!read.ok()) {
        run.pending.clear();
        run.outcome = read.outcome;
        run.message = read.message;
        run.article.complete = false;
        return {};
    }
    if (auto kept = s.path.keep(read, run.reader->extractor.spec(), source, run.article); !kept)
        return kept;
    const Page& page = read.page;
    std::vector<std::string> next = resolve_links(fetched, page);
    auto saved = remember_page(s, fetched, next);
    if (!saved) return saved;
    if (run.api.used) {
        // API paging: until a page has no comments, or the page the answer calls the last. An
        // API's pages may share one URL (a GraphQL POST): the page number moves on, so the
        // visited set does not hold them back; max_pages and the last page end them.
        if (api_page_is_last(run.reader->extractor.spec(), run.api, page)) return {};
        ++run.api.page;
        next = {api_url(run.reader->extractor.spec(), *run.target, run.api)};
        run.visited.erase(next.front());
    }
    queue_pages(s, run, fetched.final_url, next);
    return {};
}

// After a full re-scrape, the article's comments that were not seen are marked deleted; a page
// that claims more comments than were found is reported.
Result<void> settle_target(Session& s, TargetRun& run) {
    if (run.outcome != "ok" || run.article.article_id == 0) return {};
    if (run.article.complete) {
        const ScraperSpec& spec = run.reader->extractor.spec();
        auto judged = spec.id.empty() ? store::CommentIds::hashed : store::CommentIds::site;
        auto deleted = s.db.mark_missing_deleted(run.article.article_id, run.article.comment_ids,
                                                 util::format_utc(s.ctx.now), judged);
        if (!deleted) return tl::unexpected(deleted.error());
    }
    s.path.settle(run.article);
    return {};
}

// Settles a target whose last page has been taken and gives back what only its pages needed
// (the ids of its comments, the pages it visited), so that memory stays flat however many
// targets a run has.
Result<void> finish_target(Session& s, TargetRun& run) {
    if (run.settled) return {};
    run.settled = true;
    auto settled = settle_target(s, run);
    run.article.comment_ids = {};
    run.article.read_ids = {};
    run.visited = {};
    return settled;
}

// Records a taken page's request in `fetches` (and logs it with -v).
Result<void> record(Session& s, const TargetRun& run, const FetchResult& fetched,
                    std::int64_t bytes, std::int64_t run_id) {
    if (s.ctx.options.verbose) {
        s.io.err << "suasana: " << run.target->name << ": GET " << fetched.url << " -> "
                 << outcome_name(fetched.outcome) << " (HTTP " << fetched.http_status << ", "
                 << bytes << " bytes, " << fetched.ms << " ms)\n";
    }
    return s.db.record_fetch(run_id, fetched, bytes);
}

// One wave's pages, taken in request order as their reading finishes.
class Wave {
  public:
    Wave(Session& s, std::vector<TargetRun>& runs, std::int64_t run_id, std::size_t size)
        : m_s(s), m_runs(runs), m_run_id(run_id), m_arrivals(size) {}
    Wave(const Wave&) = delete;
    Wave& operator=(const Wave&) = delete;
    /// Waits for pages still being read (after an error): their threads use the arrivals.
    ~Wave() {
        for (auto& a : m_arrivals) {
            if (a && a->read.valid()) a->read.wait();
        }
    }

    /// Starts reading a page that arrived (the wave's `position`-th request).
    void arrive(std::size_t position, FetchResult&& fetched) {
        Arrival& a = m_arrivals[position].emplace();
        a.fetched = std::move(fetched);
        a.bytes = static_cast<std::int64_t>(a.fetched.body.size());
        const TargetRun& run = m_runs[a.fetched.tag];
        // An article page fetched only for the API's article id is not read for comments.
        if (a.fetched.ok() && !run.api.reading_article) {
            a.source = source_of(run, a.fetched);
            // The body goes to the reader: nothing after it needs the bytes, only their count.
            a.read = m_s.pool.submit([&path = m_s.path, &reader = *run.reader, &a,
                                      body = std::move(a.fetched.body)]() mutable {
                return path.read(reader, std::move(body), a.source);
            });
        }
        ++m_pending;
    }

    /// Takes every page whose turn has come and whose reading is done; with Wait::yes, waits
    /// for each in turn until all are taken. The first database error stops the taking.
    Result<void> take(Wait wait) {
        // Pages read ahead of their turn are bounded, so memory stays flat on long waves.
        const std::size_t bound = 4 * static_cast<std::size_t>(m_s.pool.size());
        while (m_next < m_arrivals.size() && m_arrivals[m_next] && m_error.empty()) {
            Arrival& a = *m_arrivals[m_next];
            bool ready = !a.read.valid() ||
                         a.read.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
            if (!ready && wait == Wait::no && m_pending <= bound) break;
            TargetRun& run = m_runs[a.fetched.tag];
            auto done = record(m_s, run, a.fetched, a.bytes, m_run_id);
            if (done) done = take_page(m_s, run, a);
            if (done && run.pending.empty()) done = finish_target(m_s, run);
            if (!done) m_error = done.error().message, m_exit = done.error().exit;
            m_arrivals[m_next].reset();  // the body and the read page go now
            --m_pending;
            ++m_next;
        }
        if (!m_error.empty()) return tl::unexpected(Error{m_error, m_exit});
        return {};
    }

  private:
    Session& m_s;
    std::vector<TargetRun>& m_runs;
    std::int64_t m_run_id;
    std::vector<std::optional<Arrival>> m_arrivals;
    std::size_t m_next = 0, m_pending = 0;
    std::string m_error;
    std::optional<ExitCode> m_exit;
};

// Fetches every target's pages in waves: the next pending page of every unfinished target
// together.
Result<void> fetch_in_waves(Session& s, std::vector<TargetRun>& runs, std::int64_t run_id) {
    fetch::CurlFetcher fetcher(s.ctx.config.fetch);
    while (true) {
        std::vector<FetchRequest> requests;
        std::vector<std::size_t> position(runs.size());
        for (std::size_t i = 0; i < runs.size(); ++i) {
            TargetRun& run = runs[i];
            if (run.pending.empty()) continue;
            std::string url = std::move(run.pending.front());
            run.pending.erase(run.pending.begin());
            run.visited.insert(url);
            auto request = next_request(s, run, url, i);
            if (!request) return tl::unexpected(request.error());
            position[i] = requests.size();
            requests.push_back(std::move(*request));
        }
        if (requests.empty()) return {};
        Wave wave(s, runs, run_id, requests.size());
        fetcher.fetch_each(requests, [&](FetchResult&& fetched) {
            std::size_t at = position[fetched.tag];
            wave.arrive(at, std::move(fetched));
            (void)wave.take(Wait::no);  // an error is kept and returned below
        });
        if (auto taken = wave.take(Wait::yes); !taken) return taken;
        // robots.txt requests after the wave's pages: the order they finish in is not the
        // order the pages were asked for, and the table's order should not depend on timing.
        std::vector<FetchResult> robots_files = fetcher.take_robots_fetches();
        std::sort(robots_files.begin(), robots_files.end(),
                  [](const FetchResult& a, const FetchResult& b) { return a.url < b.url; });
        for (const FetchResult& robots : robots_files) {
            if (auto recorded = s.db.record_fetch(run_id, robots,
                                                  static_cast<std::int64_t>(robots.body.size()));
                !recorded)
                return tl::unexpected(recorded.error());
        }
    }
}

// Prints the target's line and tallies it; returns whether it ended well.
bool report_target(const Context& ctx, const TargetRun& run, store::RunTotals& totals, Streams io) {
    bool ok = run.outcome == "ok" || run.outcome == "unchanged" || run.outcome == "stale";
    ++totals.targets;
    totals.pages += run.pages;
    totals.comments_new += run.article.new_comments;
    totals.comments_seen += run.article.seen_comments;
    if (!ctx.options.quiet || !ok) {
        io.out << run.target->name << ": " << run.article.new_comments << " new, "
               << run.article.seen_comments << " seen, " << run.outcome;
        if (run.outcome == "stale") io.out << " (" << run.message << ")";
        io.out << "\n";
    }
    if (!ok) {
        // Extraction errors already name the page they are about.
        bool named = run.message.rfind(run.target->url, 0) == 0;
        io.err << "suasana: " << run.target->name << ": " << (named ? "" : run.target->url + ": ")
               << run.message << "\n";
    }
    return ok;
}

// Fetches, keeps and settles every planned target; returns the run's exit code.
Result<ExitCode> scrape_targets(Session& s, std::vector<TargetRun>& runs,
                                const ScrapeOptions& options, std::int64_t run_id,
                                store::RunTotals& totals) {
    if (auto skipped = skip_stale(s, runs, options); !skipped)
        return tl::unexpected(skipped.error());
    if (auto fetched = fetch_in_waves(s, runs, run_id); !fetched)
        return tl::unexpected(fetched.error());
    bool all_ok = true;
    for (TargetRun& run : runs) {
        if (auto settled = finish_target(s, run); !settled) return tl::unexpected(settled.error());
        all_ok = report_target(s.ctx, run, totals, s.io) && all_ok;
    }
    return all_ok ? ExitCode::ok : ExitCode::targets_failed;
}

}  // namespace

Result<ExitCode> run_scrape(const Context& ctx, const ScrapeOptions& options, Streams io) {
    WorkerPool pool(resolve_jobs(options.jobs > 0 ? options.jobs : ctx.config.limits.jobs));
    auto kit = make_scoring_kit(ctx);
    if (!kit) return tl::unexpected(kit.error());
    SiteReaders readers(ctx);
    auto runs = plan_targets(ctx, options, readers);
    if (!runs) return tl::unexpected(runs.error());
    auto session = begin_run_session(ctx, "scrape", io);
    if (!session) return tl::unexpected(session.error());
    PagePath path(ctx, **kit, &session->db, session->author_key, io);
    Session s{ctx, session->db, path, pool, io};
    store::RunTotals totals;
    auto result = scrape_targets(s, *runs, options, session->run_id, totals);
    return end_run_session(*session, totals, std::move(result));
}

}  // namespace suasana::app
