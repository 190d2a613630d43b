// `suasana scrape`: every target's pages fetched in waves, extracted, scored and stored.
#include <algorithm>
#include <iostream>
#include <set>

#include "app/api_paging.hpp"
#include "app/commands.hpp"
#include "app/pipeline.hpp"
#include "fetch/curl_fetcher.hpp"
#include "fetch/url.hpp"
#include "store/author_key.hpp"
#include "store/database.hpp"
#include "store/run_lock.hpp"
#include "util/iso_time.hpp"

namespace suasana::app {

namespace {

// One target's progress through its comment pages.
struct TargetRun {
    const Target* target = nullptr;
    std::optional<SiteReader> reader;
    std::string next_url;  ///< empty when done
    std::set<std::string> visited;
    int pages = 0;
    bool complete = true;      ///< every comment page was read: missing comments were deleted
    std::string canonical_id;  ///< the first page's: later comment pages are the same article
    std::optional<std::int64_t> claimed;  ///< the comment count the first page states
    ApiPaging api;                        ///< comment APIs: which page comes next
    store::PageCounts counts;
    std::string outcome = "ok";
    std::string message;
};

// What every page of the run needs: the database, the scorer, the pseudonym key.
struct Session {
    const Context& ctx;
    store::Database& db;
    const ScoringKit& kit;
    std::string author_key;  ///< empty unless [privacy] pseudonymize_authors
    Streams io;
};

// Returns the request for the run's next page: a plain GET, or the API's method, body, headers.
Result<FetchRequest> next_request(Session& s, const TargetRun& run, std::size_t tag) {
    // A file:// target is read because the user wrote it; its pagination (or API pages) only in
    // its own folder: the links in a saved page are the site's, not the user's.
    bool local = run.next_url == run.target->url
                     ? fetch::url_scheme(run.target->url) == "file"
                     : fetch::file_within_folder_of(run.target->url, run.next_url);
    FetchRequest request(run.next_url, tag, local ? AllowFile::yes : AllowFile::no);
    if (!run.api.used) {
        auto known = s.db.load_validators(run.next_url);
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

Result<std::vector<TargetRun>> plan_targets(const Context& ctx, const ScrapeOptions& options) {
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
        auto reader = make_site_reader(ctx, *spec);
        if (!reader) return tl::unexpected(reader.error());
        TargetRun run;
        run.target = &t;
        run.reader = std::move(*reader);
        run.next_url = t.url;
        if (!spec->source_url.empty()) {
            auto api = start_api_paging(t, *spec);
            if (!api) return tl::unexpected(api.error());
            run.api = *api;
            run.next_url = api_url(*spec, t, run.api);
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
        run.next_url.clear();
        run.outcome = "stale";
        run.message = "no new comment since " + s.ctx.zone.day_of(**last) + "; --all scrapes it";
    }
    return {};
}

// Stores what the next conditional request for this page needs (HTTP pages only).
Result<void> remember_page(Session& s, const FetchResult& fetched,
                           const std::optional<std::string>& next_href) {
    if (fetched.etag.empty() && fetched.last_modified.empty()) return {};
    std::string next;
    if (next_href) next = fetch::resolve_url(fetched.final_url, *next_href).value_or("");
    return s.db.save_validators(fetched.url, {fetched.etag, fetched.last_modified, next},
                                util::format_utc(s.ctx.now));
}

// A 304: the page is as it was, so nothing is parsed; the comment page it linked to last time
// is still checked. The article was not read in full, so no comment is marked deleted. The
// pages read after it belong to the article stored for this target: without its id, a later
// page would name the article after its own URL and store copies of comments a killed run
// had stored before saving that page's validators.
Result<void> take_unchanged(Session& s, TargetRun& run, const FetchResult& fetched) {
    run.complete = false;
    if (run.canonical_id.empty()) {
        auto stored = s.db.canonical_id_of(run.reader->extractor.spec().name, run.target->url);
        if (!stored) return tl::unexpected(stored.error());
        if (*stored) run.canonical_id = **stored;
    }
    auto known = s.db.load_validators(fetched.url);
    if (!known) return tl::unexpected(known.error());
    if (run.outcome == "ok" && run.pages == 0) run.outcome = "unchanged";
    if (!*known || (*known)->next_url.empty() || run.visited.count((*known)->next_url) != 0)
        return {};
    run.next_url = (*known)->next_url;
    return {};
}

// Handles one fetched page of `run`: stores its comments and finds the next page.
Result<void> take_page(Session& s, TargetRun& run, FetchResult& fetched) {
    const Context& ctx = s.ctx;
    run.next_url.clear();
    if (fetched.outcome == FetchOutcome::unchanged) return take_unchanged(s, run, fetched);
    if (!fetched.ok()) {
        run.outcome = outcome_name(fetched.outcome);
        run.message = fetched.message;
        run.complete = false;
        return {};
    }
    ++run.pages;
    // An API answer belongs to the target's article: its URL carries the article's id.
    const std::string& page_url = run.api.used ? run.target->url : fetched.final_url;
    auto page = read_page(*run.reader, *s.kit.scorer, page_url, std::move(fetched.body),
                          fetched.content_type, ctx);
    if (!page) {
        run.outcome = "error";
        run.message = page.error().message;
        run.complete = false;
        return {};
    }
    if (!s.author_key.empty()) pseudonymize_authors(*page, s.author_key);
    const ScraperSpec& spec = run.reader->extractor.spec();
    if (run.canonical_id.empty()) {
        run.canonical_id = page->canonical_id;
        run.claimed = page->comment_count_claimed;
    }
    store::ArticleRef article{spec.name, run.canonical_id, run.target->url, run.target->story};
    auto counts = s.db.store_page(article, *page, util::format_utc(ctx.now), s.kit.lexicon.version);
    if (!counts) return tl::unexpected(counts.error());
    run.counts.article_id = counts->article_id;
    run.counts.new_comments += counts->new_comments;
    run.counts.seen_comments += counts->seen_comments;
    run.counts.comment_ids.insert(run.counts.comment_ids.end(), counts->comment_ids.begin(),
                                  counts->comment_ids.end());
    for (const auto& w : page->warnings) {
        run.complete = false;
        if (!ctx.options.quiet)
            s.io.err << "suasana: warning: " << fetched.final_url << ": " << w << "\n";
    }
    std::optional<std::string> next;
    auto saved = remember_page(s, fetched, page->next_href);
    if (!saved) return saved;
    if (run.api.used) {
        // API paging: until a page has no comments, or the page the answer calls the last.
        if (page->comments.empty() || (page->last_page && run.api.page >= *page->last_page))
            return {};
        ++run.api.page;
        next = api_url(run.reader->extractor.spec(), *run.target, run.api);
    } else if (page->next_href) {
        next = fetch::resolve_url(fetched.final_url, *page->next_href);
    }
    if (!next || run.visited.count(*next) != 0) return {};  // no next page, or a loop
    if (run.pages >= ctx.config.limits.max_pages) {
        run.complete = false;
        if (!ctx.options.quiet)
            s.io.err << "suasana: warning: " << run.target->name << ": stopped after max_pages ("
                     << ctx.config.limits.max_pages << ")\n";
        return {};
    }
    run.next_url = *next;
    return {};
}

// Fetches every target's pages in waves: the next page of every unfinished target together.
Result<void> fetch_in_waves(Session& s, std::vector<TargetRun>& runs, std::int64_t run_id) {
    fetch::CurlFetcher fetcher(s.ctx.config.fetch);
    while (true) {
        std::vector<FetchRequest> wave;
        for (std::size_t i = 0; i < runs.size(); ++i) {
            TargetRun& run = runs[i];
            if (run.next_url.empty()) continue;
            run.visited.insert(run.next_url);
            auto request = next_request(s, run, i);
            if (!request) return tl::unexpected(request.error());
            wave.push_back(std::move(*request));
        }
        if (wave.empty()) return {};
        std::vector<FetchResult> results = fetcher.fetch_all(wave);
        for (const FetchResult& robots : fetcher.take_robots_fetches()) {
            if (auto recorded = s.db.record_fetch(run_id, robots); !recorded)
                return tl::unexpected(recorded.error());
        }
        for (FetchResult& fetched : results) {
            TargetRun& run = runs[fetched.tag];
            if (s.ctx.options.verbose) {
                s.io.err << "suasana: " << run.target->name << ": GET " << fetched.url << " -> "
                         << outcome_name(fetched.outcome) << " (HTTP " << fetched.http_status
                         << ", " << fetched.body.size() << " bytes, " << fetched.ms << " ms)\n";
            }
            if (auto recorded = s.db.record_fetch(run_id, fetched); !recorded)
                return tl::unexpected(recorded.error());
            if (auto taken = take_page(s, run, fetched); !taken) return taken;
        }
    }
}

// After a full re-scrape, the article's comments that were not seen are marked deleted; a page
// that claims more comments than were found is reported.
Result<void> settle_target(Session& s, TargetRun& run) {
    if (run.outcome != "ok" || run.counts.article_id == 0) return {};
    if (run.complete) {
        auto deleted = s.db.mark_missing_deleted(run.counts.article_id, run.counts.comment_ids,
                                                 util::format_utc(s.ctx.now));
        if (!deleted) return tl::unexpected(deleted.error());
    }
    auto found = static_cast<std::int64_t>(run.counts.comment_ids.size());
    if (run.claimed && *run.claimed > found && !s.ctx.options.quiet) {
        s.io.err << "suasana: warning: " << run.target->name << ": the page claims " << *run.claimed
                 << " comments, " << found << " were found\n";
    }
    return {};
}

}  // namespace

Result<ExitCode> run_scrape(const Context& ctx, const ScrapeOptions& options, Streams io) {
    auto lock = store::RunLock::acquire(ctx.config.database);
    if (!lock) return tl::unexpected(lock.error());
    auto db = store::Database::open(ctx.config.database, store::Access::read_write);
    if (!db) return tl::unexpected(db.error());
    auto kit = make_scoring_kit(ctx);
    if (!kit) return tl::unexpected(kit.error());
    auto runs = plan_targets(ctx, options);
    if (!runs) return tl::unexpected(runs.error());
    Session session{ctx, *db, **kit, {}, io};
    if (ctx.config.pseudonymize_authors) {
        auto key = store::load_or_create_author_key(ctx.config.database);
        if (!key) return tl::unexpected(key.error());
        session.author_key = *key;
    }
    if (auto skipped = skip_stale(session, *runs, options); !skipped)
        return tl::unexpected(skipped.error());
    auto run_id = db->begin_run("scrape", util::format_utc(util::now_epoch()));
    if (!run_id) return tl::unexpected(run_id.error());

    if (auto fetched = fetch_in_waves(session, *runs, *run_id); !fetched)
        return tl::unexpected(fetched.error());

    store::RunTotals totals;
    bool all_ok = true;
    for (TargetRun& run : *runs) {
        if (auto settled = settle_target(session, run); !settled)
            return tl::unexpected(settled.error());
        bool ok = run.outcome == "ok" || run.outcome == "unchanged" || run.outcome == "stale";
        all_ok = all_ok && ok;
        ++totals.targets;
        totals.pages += run.pages;
        totals.comments_new += run.counts.new_comments;
        totals.comments_seen += run.counts.seen_comments;
        if (!ctx.options.quiet || !ok) {
            io.out << run.target->name << ": " << run.counts.new_comments << " new, "
                   << run.counts.seen_comments << " seen, " << run.outcome;
            if (run.outcome == "stale") io.out << " (" << run.message << ")";
            io.out << "\n";
        }
        if (!ok) {
            // Extraction errors already name the page they are about.
            bool named = run.message.rfind(run.target->url, 0) == 0;
            io.err << "suasana: " << run.target->name << ": "
                   << (named ? "" : run.target->url + ": ") << run.message << "\n";
        }
    }
    totals.outcome = all_ok ? "ok" : "partial";
    if (auto done = db->finish_run(*run_id, util::format_utc(util::now_epoch()), totals); !done)
        return tl::unexpected(done.error());
    return all_ok ? ExitCode::ok : ExitCode::targets_failed;
}

}  // namespace suasana::app
