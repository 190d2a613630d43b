#include "app/pipeline.hpp"

#include "text/charset.hpp"
#include "util/sha256.hpp"

namespace suasana::app {

Result<SiteReader> make_site_reader(const Context& ctx, const ScraperSpec& spec) {
    auto extractor = extract::Extractor::compile(spec);
    if (!extractor) return fail(extractor.error().message, ExitCode::usage);
    text::Zone zone = ctx.zone;
    if (!spec.zone.empty()) {
        auto z = text::Zone::load(spec.zone);
        if (!z)
            return fail(spec.file.string() + ": key 'zone': " + z.error().message, ExitCode::usage);
        zone = *z;
    }
    return SiteReader{std::move(*extractor), zone};
}

std::filesystem::path learned_file(const Context& ctx) {
    if (ctx.config.learned) return *ctx.config.learned;
    std::filesystem::path shipped = ctx.lexicon_dir / "learned.tsv";
    std::error_code ec;
    return std::filesystem::exists(shipped, ec) ? shipped : std::filesystem::path();
}

Result<std::unique_ptr<ScoringKit>> make_scoring_kit(const Context& ctx, LearnedLayer learned) {
    auto lexicon =
        score::load_lexicon(ctx.lexicon_dir, ctx.config.extra_lexicons,
                            learned == LearnedLayer::configured ? learned_file(ctx) : "");
    if (!lexicon) return fail(lexicon.error().message, ExitCode::usage);
    auto kit = std::make_unique<ScoringKit>();
    kit->lexicon = std::move(*lexicon);
    kit->scorer =
        std::make_unique<score::Scorer>(kit->lexicon, ctx.config.neutral_band, ctx.config.entities);
    return kit;
}

Result<Page> read_page(const SiteReader& reader, const score::Scorer& scorer,
                       const std::string& url, const std::string& body,
                       const std::string& content_type, const Context& ctx) {
    // Charset from Content-Type, a BOM, <meta>, then ICU's detector; bad bytes are replaced
    // here, once, so everything stored is valid UTF-8.
    auto decoded = text::decode_page(body, content_type);
    if (!decoded) return fail(url + ": " + decoded.error().message);
    extract::ExtractContext where{url, &reader.zone, ctx.now, ctx.config.limits};
    auto page = reader.extractor.extract(std::move(decoded->utf8), where);
    if (!page) return fail(url + ": " + page.error().message);
    if (page->fields_missing > 0) {
        page->warnings.push_back(std::to_string(page->fields_missing) +
                                 " comment field(s) matched nothing (stored empty)");
    }
    if (decoded->replaced > 0) {
        page->warnings.push_back(std::to_string(decoded->replaced) +
                                 " invalid byte sequence(s) in " + decoded->charset +
                                 " replaced by U+FFFD");
    }
    for (Comment& c : page->comments) {
        // A site's own zone reads its times; days are always counted in the configured zone.
        if (c.time.utc) c.time.local_day = ctx.zone.day_of(*c.time.utc);
        c.score = scorer.score(c.body);
    }
    return page;
}

void pseudonymize_authors(Page& page, const std::string& key) {
    for (Comment& c : page.comments) {
        if (c.author) c.author = "anon-" + util::hmac_sha256_hex(key, *c.author).substr(0, 16);
    }
}

}  // namespace suasana::app
