#include "app/page_path.hpp"

#include <iostream>

#include "store/privacy.hpp"
#include "text/charset.hpp"
#include "util/iso_time.hpp"

namespace suasana::app {

PagePath::PagePath(const Context& ctx, const ScoringKit& kit, store::Database* db,
                   std::string author_key, Streams io)
    : m_ctx(ctx), m_kit(kit), m_db(db), m_author_key(std::move(author_key)), m_io(io) {}

ReadPage PagePath::read(const SiteReader& reader, std::string bytes, const PageSource& source,
                        extract::Why why) const {
    ReadPage out;
    const std::int64_t max_bytes = m_ctx.config.fetch.max_bytes;
    if (static_cast<std::int64_t>(bytes.size()) > max_bytes) {
        out.outcome = "too_large";
        out.message = source.where + ": larger than max_bytes (" + std::to_string(max_bytes) +
                      " bytes); not parsed";
        return out;
    }
    // Charset from Content-Type, a BOM, <meta>, then ICU's detector; bad bytes are replaced
    // here, once, so everything stored is valid UTF-8.
    auto decoded = text::decode_owned_page(std::move(bytes), source.content_type);
    if (!decoded) {
        out.outcome = "error";
        out.message = source.where + ": " + decoded.error().message;
        return out;
    }
    extract::ExtractContext where{source.url, &reader.zone, m_ctx.now, m_ctx.config.limits};
    auto page = reader.extractor.extract(std::move(decoded->utf8), where, why);
    if (!page) {
        out.outcome = "error";
        out.message = source.where + ": " + page.error().message;
        return out;
    }
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
        if (c.time.utc) c.time.local_day = m_ctx.zone.day_of(*c.time.utc);
        // A sticker's "body" is an image address, not words: stored, never scored.
        if (c.scored) c.score = m_kit.scorer->score(c.body);
    }
    out.page = std::move(*page);
    return out;
}

Result<void> PagePath::keep(ReadPage& read, const ScraperSpec& spec, const PageSource& source,
                            ArticleTally& tally) {
    Page& page = read.page;
    if (tally.canonical_id.empty()) {
        tally.canonical_id = page.canonical_id;
        tally.claimed = page.comment_count_claimed;
    }
    if (m_db != nullptr) {
        store::ArticleRef article{spec.site, tally.canonical_id, tally.url, tally.story, spec.name};
        auto counts =
            m_db->store_page(article, page, util::format_utc(m_ctx.now), m_kit.lexicon.version);
        if (!counts) return tl::unexpected(counts.error());
        tally.article_id = counts->article_id;
        tally.new_comments += counts->new_comments;
        // A comment read again in the run (WordPress serves its default comment page at the
        // post URL and at comment-page-N) is counted once.
        int again = 0;
        for (std::int64_t id : counts->comment_ids) {
            if (tally.read_ids.insert(id).second) {
                tally.comment_ids.push_back(id);
            } else {
                ++again;
            }
        }
        tally.seen_comments += counts->seen_comments - again;
        tally.found += static_cast<std::int64_t>(counts->comment_ids.size()) - again;
    } else {
        if (!m_author_key.empty()) {
            for (Comment& c : page.comments) store::pseudonymize(c, m_author_key);
        }
        tally.found += static_cast<std::int64_t>(page.comments.size());
    }
    ++tally.pages;
    for (const auto& w : page.warnings) {
        tally.complete = false;
        if (!m_ctx.options.quiet)
            m_io.err << "suasana: warning: " << source.where << ": " << w << "\n";
    }
    return {};
}

void PagePath::settle(const ArticleTally& tally) const {
    if (tally.claimed && *tally.claimed > tally.found && !m_ctx.options.quiet) {
        m_io.err << "suasana: warning: " << tally.label << ": the page claims " << *tally.claimed
                 << " comments, " << tally.found << " were found\n";
    }
}

}  // namespace suasana::app
