// `suasana scrape`: every target's pages fetched in waves, extracted, scored and stored.
#include <algorithm>
#include <iostream>
#include <set>

#include "app/commands.hpp"
#include "app/pipeline.hpp"
#include "fetch/curl_fetcher.hpp"
#include "fetch/url.hpp"
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
    std::string canonical_id;  ///< the first page's: later comment pages are the same article
    store::PageCounts counts;
    std::string outcome = "ok";
    std::string message;
};

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
        runs.push_back(std::move(run));
    }
    return runs;
}

// Handles one fetched page of `run`: stores its comments and finds the next page.
Result<void> take_page(const Context& ctx, TargetRun& run, const FetchResult& fetched,
                       const score::Scorer& scorer, const std::string& lexicon_version,
                       store::Database& db, Streams io) {
    run.next_url.clear();
    if (!fetched.ok()) {
        run.outcome = outcome_name(fetched.outcome);
        run.message = fetched.message;
        return {};
    }
    ++run.pages;
    auto page =
        read_page(*run.reader, scorer, fetched.final_url, fetched.body, fetched.content_type, ctx);
    if (!page) {
        run.outcome = "error";
        run.message = page.error().message;
        return {};
    }
    const ScraperSpec& spec = run.reader->extractor.spec();
    if (run.canonical_id.empty()) run.canonical_id = page->canonical_id;
    store::ArticleRef article{spec.name, run.canonical_id, run.target->url, run.target->story};
    auto counts = db.store_page(article, *page, util::format_utc(ctx.now), lexicon_version);
    if (!counts) return tl::unexpected(counts.error());
    run.counts.new_comments += counts->new_comments;
    run.counts.seen_comments += counts->seen_comments;
    for (const auto& w : page->warnings)
        if (!ctx.options.quiet)
            io.err << "suasana: warning: " << fetched.final_url << ": " << w << "\n";
    if (!page->next_href) return {};
    auto next = fetch::resolve_url(fetched.final_url, *page->next_href);
    if (!next) return {};
    if (run.visited.count(*next) != 0) return {};  // a pagination loop: done
    if (run.pages >= ctx.config.limits.max_pages) {
        if (!ctx.options.quiet)
            io.err << "suasana: warning: " << run.target->name << ": stopped after max_pages ("
                   << ctx.config.limits.max_pages << ")\n";
        return {};
    }
    run.next_url = *next;
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
    auto run_id = db->begin_run("scrape", util::format_utc(util::now_epoch()));
    if (!run_id) return tl::unexpected(run_id.error());

    fetch::CurlFetcher fetcher(ctx.config.fetch);
    // Waves: the next page of every unfinished target, fetched together.
    while (true) {
        std::vector<FetchRequest> wave;
        for (std::size_t i = 0; i < runs->size(); ++i) {
            TargetRun& run = (*runs)[i];
            if (run.next_url.empty()) continue;
            run.visited.insert(run.next_url);
            bool local = fetch::url_scheme(run.target->url) == "file";
            wave.push_back({run.next_url, i, local ? AllowFile::yes : AllowFile::no});
        }
        if (wave.empty()) break;
        for (const FetchResult& fetched : fetcher.fetch_all(wave)) {
            TargetRun& run = (*runs)[fetched.tag];
            if (ctx.options.verbose) {
                io.err << "suasana: " << run.target->name << ": GET " << fetched.url << " -> "
                       << outcome_name(fetched.outcome) << " (HTTP " << fetched.http_status << ", "
                       << fetched.body.size() << " bytes, " << fetched.ms << " ms)\n";
            }
            if (auto recorded = db->record_fetch(*run_id, fetched); !recorded)
                return tl::unexpected(recorded.error());
            auto taken =
                take_page(ctx, run, fetched, *(*kit)->scorer, (*kit)->lexicon.version, *db, io);
            if (!taken) return tl::unexpected(taken.error());
        }
    }

    store::RunTotals totals;
    bool all_ok = true;
    for (const TargetRun& run : *runs) {
        bool ok = run.outcome == "ok";
        all_ok = all_ok && ok;
        ++totals.targets;
        totals.pages += run.pages;
        totals.comments_new += run.counts.new_comments;
        totals.comments_seen += run.counts.seen_comments;
        if (!ctx.options.quiet || !ok) {
            io.out << run.target->name << ": " << run.counts.new_comments << " new, "
                   << run.counts.seen_comments << " seen, " << run.outcome << "\n";
        }
        if (!ok) {
            io.err << "suasana: " << run.target->name << ": " << run.target->url << ": "
                   << run.message << "\n";
        }
    }
    totals.outcome = all_ok ? "ok" : "partial";
    if (auto done = db->finish_run(*run_id, util::format_utc(util::now_epoch()), totals); !done)
        return tl::unexpected(done.error());
    return all_ok ? ExitCode::ok : ExitCode::targets_failed;
}

}  // namespace suasana::app
