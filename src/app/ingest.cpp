// `suasana ingest` and `suasana extract`: the pipeline from a saved page instead of the network.
#include <fstream>
#include <iostream>
#include <sstream>

#include "app/commands.hpp"
#include "app/pipeline.hpp"
#include "store/database.hpp"
#include "store/run_lock.hpp"
#include "util/iso_time.hpp"
#include "util/json_writer.hpp"

namespace suasana::app {

namespace {

// Reads a saved page (or stdin for "-"), refusing more than max_bytes like a fetch would.
Result<std::string> read_saved_page(const std::string& file, std::int64_t max_bytes,
                                    std::istream& in) {
    std::ifstream stream;
    std::istream* source = &in;
    if (file != "-") {
        stream.open(file, std::ios::binary);
        if (!stream) return fail(file + ": cannot read the saved page", ExitCode::usage);
        source = &stream;
    }
    std::string bytes;
    char buf[65536];
    while (source->read(buf, sizeof buf) || source->gcount() > 0) {
        bytes.append(buf, static_cast<std::size_t>(source->gcount()));
        if (static_cast<std::int64_t>(bytes.size()) > max_bytes)
            return fail(file + ": larger than max_bytes (" + std::to_string(max_bytes) +
                        " bytes); not parsed");
    }
    return bytes;
}

std::string file_url(const std::string& file) {
    if (file == "-") return "file:///dev/stdin";
    return "file://" + std::filesystem::absolute(file).lexically_normal().string();
}

}  // namespace

Result<ExitCode> run_ingest(const Context& ctx, const IngestOptions& o, Streams io) {
    auto spec = choose_scraper(ctx, o.scraper, o.url);
    if (!spec) return tl::unexpected(spec.error());
    auto reader = make_site_reader(ctx, *spec);
    if (!reader) return tl::unexpected(reader.error());
    auto kit = make_scoring_kit(ctx);
    if (!kit) return tl::unexpected(kit.error());
    auto body = read_saved_page(o.file, ctx.config.fetch.max_bytes, io.in);
    if (!body) return tl::unexpected(body.error());

    auto lock = store::RunLock::acquire(ctx.config.database);
    if (!lock) return tl::unexpected(lock.error());
    auto db = store::Database::open(ctx.config.database, store::Access::read_write);
    if (!db) return tl::unexpected(db.error());
    auto run_id = db->begin_run("ingest", util::format_utc(util::now_epoch()));
    if (!run_id) return tl::unexpected(run_id.error());

    auto page = read_page(*reader, *(*kit)->scorer, o.url, std::move(*body), "", ctx);
    if (!page) return fail(page.error().message);
    // The story: --story, else that of a configured target with this URL, else the article's
    // stored story (a new article gets the site's name).
    std::string story = o.story;
    for (const auto& t : ctx.config.targets) {
        if (story.empty() && t.url == o.url) story = t.story;
    }
    store::ArticleRef article{spec->name, page->canonical_id, o.url, story};
    auto counts =
        db->store_page(article, *page, util::format_utc(ctx.now), (*kit)->lexicon.version);
    if (!counts) return tl::unexpected(counts.error());
    store::RunTotals totals{"ok", 1, 1, counts->new_comments, counts->seen_comments};
    if (auto done = db->finish_run(*run_id, util::format_utc(util::now_epoch()), totals); !done)
        return tl::unexpected(done.error());
    if (!ctx.options.quiet) {
        io.out << o.url << ": " << counts->new_comments << " new, " << counts->seen_comments
               << " seen, ok\n";
    }
    return ExitCode::ok;
}

Result<ExitCode> run_extract(const Context& ctx, const ExtractOptions& o, Streams io) {
    std::string url = o.url.empty() ? file_url(o.file) : o.url;
    auto spec = choose_scraper(ctx, o.scraper, url);
    if (!spec) return tl::unexpected(spec.error());
    auto reader = make_site_reader(ctx, *spec);
    if (!reader) return tl::unexpected(reader.error());
    auto body = read_saved_page(o.file, ctx.config.fetch.max_bytes, io.in);
    if (!body) return tl::unexpected(body.error());
    extract::ExtractContext where{url, &reader->zone, ctx.now, ctx.config.limits};
    auto page =
        reader->extractor.extract(*body, where, o.why ? extract::Why::yes : extract::Why::no);
    if (!page) return fail(o.file + ": " + page.error().message);
    for (std::size_t i = 0; i < page->comments.size(); ++i) {
        const Comment& c = page->comments[i];
        util::JsonObject json;
        json.field("id", c.site_id)
            .field("parent_id", c.parent_site_id.empty()
                                    ? std::nullopt
                                    : std::optional<std::string>(c.parent_site_id))
            .field("author", c.author)
            .field("time", c.time.utc ? std::optional<std::string>(util::format_utc(*c.time.utc))
                                      : std::nullopt)
            .field("time_raw",
                   c.time.raw.empty() ? std::nullopt : std::optional<std::string>(c.time.raw))
            .field("body", c.body)
            .field("likes", c.likes)
            .field("replies", c.replies);
        if (o.why && i < page->field_paths.size()) {
            util::JsonObject why;
            for (const auto& [field, path] : page->field_paths[i]) why.field(field, path);
            json.raw("why", why.str());
        }
        io.out << json.str() << "\n";
    }
    return ExitCode::ok;
}

}  // namespace suasana::app
