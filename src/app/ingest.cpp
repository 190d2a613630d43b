// `suasana ingest` and `suasana extract`: the page path from saved pages instead of the network.
#include <deque>
#include <future>
#include <iostream>
#include <map>
#include <utility>

#include "app/commands.hpp"
#include "app/page_path.hpp"
#include "app/run_session.hpp"
#include "app/saved_pages.hpp"
#include "app/worker_pool.hpp"
#include "extract/page_url.hpp"
#include "util/iso_time.hpp"
#include "util/json_writer.hpp"

namespace suasana::app {

namespace {

// One `ingest` run over its pages.
struct IngestRun {
    const Context& ctx;
    const IngestOptions& options;
    PagePath& path;
    WorkerPool& pool;
    SiteReaders readers;
    Streams io;
    /// The articles the pages joined, by site and canonical id: the comment pages of one thread
    /// saved as separate files are one article.
    std::map<std::pair<std::string, std::string>, ArticleTally> articles;
    store::RunTotals totals;
};

// What became of one saved page: its line.
struct PageLine {
    std::string outcome = "ok";
    std::string message;
    int new_comments = 0, seen_comments = 0;
};

PageLine failed(std::string outcome, std::string message) {
    PageLine line;
    line.outcome = std::move(outcome);
    line.message = std::move(message);
    return line;
}

// The story of a page: --story, else that of a configured target with this address, else the
// stored article's (a new article gets the site's name).
std::string story_of(const IngestRun& r, const std::string& url) {
    if (!r.options.story.empty()) return r.options.story;
    for (const auto& t : r.ctx.config.targets) {
        if (t.url == url) return t.story;
    }
    return "";
}

// A saved page read on a worker thread, waiting to be kept in order.
struct SavedPage {
    std::string file;
    std::optional<PageLine> failed;  ///< set when the page could not be read
    const SiteReader* reader = nullptr;
    PageSource source;
    ReadPage read;
};

// Reads one saved page as far as it can go without the database; safe on any thread.
SavedPage read_page(IngestRun& r, const std::string& file) {
    SavedPage page;
    page.file = file;
    auto bytes = read_saved_page(file, r.ctx.config.fetch.max_bytes, r.io.in);
    if (!bytes) {
        page.failed = failed("error", bytes.error().message);
        return page;
    }
    std::optional<std::string> url = r.options.url;
    if (url->empty()) url = extract::find_page_url(*bytes);
    if (!url) {
        page.failed = failed("error", file +
                                          ": the page names no address (no <link "
                                          "rel=\"canonical\">, no \"saved from url\" comment); "
                                          "give it with --url");
        return page;
    }
    auto reader = r.readers.find(r.options.scraper, *url);
    if (!reader) {
        page.failed = failed("error", file + ": " + reader.error().message);
        return page;
    }
    page.reader = *reader;
    page.source = PageSource{*url, file, ""};
    page.read = r.path.read(**reader, std::move(*bytes), page.source);
    if (!page.read.ok()) page.failed = failed(page.read.outcome, page.read.message);
    return page;
}

// Keeps a page read ok under its article (pages of one site and canonical id share one).
Result<PageLine> keep_page(IngestRun& r, SavedPage& page) {
    if (page.failed) return *page.failed;
    const std::string& url = page.source.url;
    const ScraperSpec& spec = page.reader->extractor.spec();
    ArticleTally& article = r.articles[{spec.site, page.read.page.canonical_id}];
    if (article.url.empty()) {
        article.label = article.url = url;
        article.story = story_of(r, url);
    }
    // Of a thread's comment pages, the one whose address is the article's own names it.
    if (url == page.read.page.canonical_id) article.label = article.url = url;
    PageLine line;
    line.new_comments = -article.new_comments;
    line.seen_comments = -article.seen_comments;
    if (auto kept = r.path.keep(page.read, spec, page.source, article); !kept)
        return tl::unexpected(kept.error());
    line.new_comments += article.new_comments;
    line.seen_comments += article.seen_comments;
    return line;
}

// Prints a page's line and adds it to the run's totals; returns whether it went well.
bool report_page(IngestRun& r, const std::string& file, const PageLine& line) {
    bool ok = line.outcome == "ok";
    ++r.totals.targets;
    r.totals.pages += ok ? 1 : 0;
    r.totals.comments_new += line.new_comments;
    r.totals.comments_seen += line.seen_comments;
    if (!r.ctx.options.quiet || !ok) {
        r.io.out << file << ": " << line.new_comments << " new, " << line.seen_comments << " seen, "
                 << line.outcome << "\n";
    }
    if (!ok) r.io.err << "suasana: " << line.message << "\n";
    return ok;
}

// Reads the pages on the pool, keeps and reports them in the order given; pages read ahead of
// their turn are bounded, so memory stays flat on a folder of any size.
Result<ExitCode> ingest_pages(IngestRun& r, const std::vector<std::string>& files) {
    const std::size_t bound = 4 * static_cast<std::size_t>(r.pool.size());
    std::deque<std::future<SavedPage>> reading;
    // After an error, the pages still being read are waited for: their threads use `r`.
    struct WaitAll {
        std::deque<std::future<SavedPage>>& futures;
        ~WaitAll() {
            for (auto& f : futures) f.wait();
        }
    } wait_all{reading};
    bool all_ok = true;
    auto keep_oldest = [&]() -> Result<void> {
        SavedPage page = reading.front().get();
        reading.pop_front();
        auto line = keep_page(r, page);
        if (!line) return tl::unexpected(line.error());
        all_ok = report_page(r, page.file, *line) && all_ok;
        return {};
    };
    for (const auto& file : files) {
        reading.push_back(r.pool.submit([&r, file] { return read_page(r, file); }));
        while (reading.size() > bound) {
            if (auto kept = keep_oldest(); !kept) return tl::unexpected(kept.error());
        }
    }
    while (!reading.empty()) {
        if (auto kept = keep_oldest(); !kept) return tl::unexpected(kept.error());
    }
    for (const auto& [key, article] : r.articles) r.path.settle(article);
    return all_ok ? ExitCode::ok : ExitCode::targets_failed;
}

void print_comment(const Comment& c, const FieldPaths* why, std::ostream& out) {
    util::JsonObject json;
    json.field("id", c.site_id)
        .field("parent_id", c.parent_site_id.empty() ? std::nullopt
                                                     : std::optional<std::string>(c.parent_site_id))
        .field("author", c.author)
        .field("time", c.time.utc ? std::optional<std::string>(util::format_utc(*c.time.utc))
                                  : std::nullopt)
        .field("time_raw",
               c.time.raw.empty() ? std::nullopt : std::optional<std::string>(c.time.raw))
        .field("body", c.body)
        .field("likes", c.likes)
        .field("dislikes", c.dislikes)
        .field("replies", c.replies);
    if (c.scored) {
        json.field("score", c.score.compound, 4).field("label", label_name(c.score.label));
    } else {
        json.raw("score", "null").raw("label", "null");  // a sticker: never scored
    }
    if (why != nullptr) {
        util::JsonObject paths;
        for (const auto& [field, path] : *why) paths.field(field, path);
        json.raw("why", paths.str());
    }
    out << json.str() << "\n";
}

}  // namespace

Result<ExitCode> run_ingest(const Context& ctx, const IngestOptions& o, Streams io) {
    auto files = list_saved_pages(o.inputs);
    if (!files) return tl::unexpected(files.error());
    if (!o.url.empty() && files->size() != 1) {
        return fail("--url gives one page's address, but " + std::to_string(files->size()) +
                        " pages were named; leave it out and each page's own address is used",
                    ExitCode::usage);
    }
    auto kit = make_scoring_kit(ctx);
    if (!kit) return tl::unexpected(kit.error());
    auto session = begin_run_session(ctx, "ingest", io);
    if (!session) return tl::unexpected(session.error());
    PagePath path(ctx, **kit, &session->db, session->author_key, io);
    WorkerPool pool(resolve_jobs(o.jobs > 0 ? o.jobs : ctx.config.limits.jobs));
    IngestRun r{ctx, o, path, pool, SiteReaders(ctx), io, {}, {}};
    auto result = ingest_pages(r, *files);
    return end_run_session(*session, r.totals, std::move(result));
}

Result<ExitCode> run_extract(const Context& ctx, const ExtractOptions& o, Streams io) {
    auto bytes = read_saved_page(o.file, ctx.config.fetch.max_bytes, io.in);
    if (!bytes) return fail(bytes.error().message, ExitCode::usage);
    std::string url = o.url;
    if (url.empty()) url = extract::find_page_url(*bytes).value_or(file_url(o.file));
    SiteReaders readers(ctx);
    auto reader = readers.find(o.scraper, url);
    if (!reader) return tl::unexpected(reader.error());
    auto kit = make_scoring_kit(ctx);
    if (!kit) return tl::unexpected(kit.error());
    auto key = author_key_if_private(ctx);
    if (!key) return tl::unexpected(key.error());
    PagePath path(ctx, **kit, nullptr, *key, io);
    PageSource source{url, o.file, ""};
    ReadPage read = path.read(**reader, std::move(*bytes), source,
                              o.why ? extract::Why::yes : extract::Why::no);
    if (!read.ok()) return fail(read.message);
    ArticleTally article;
    article.label = article.url = url;
    if (auto kept = path.keep(read, (*reader)->extractor.spec(), source, article); !kept)
        return tl::unexpected(kept.error());
    const Page& page = read.page;
    for (std::size_t i = 0; i < page.comments.size(); ++i) {
        print_comment(page.comments[i],
                      o.why && i < page.field_paths.size() ? &page.field_paths[i] : nullptr,
                      io.out);
    }
    path.settle(article);
    return ExitCode::ok;
}

}  // namespace suasana::app
