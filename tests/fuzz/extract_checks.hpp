#pragma once
// What every extracted page must satisfy, whatever the input: shared by the HTML and JSON
// extractor targets.
#include <cstdint>
#include <cstdio>
#include <string>

#include "config/scraper_loader.hpp"
#include "extract/extractor.hpp"
#include "fuzz_input.hpp"
#include "model/page.hpp"
#include "text/charset.hpp"
#include "util/strings.hpp"

namespace suasana::fuzz {

/// Returns the extractor for tests/fuzz/scrapers/NAME.toml; aborts when it does not compile (a
/// broken fixture, not a finding).
inline extract::Extractor fixture_extractor(const std::string& name) {
    auto spec =
        config::load_scraper_file(std::string(SUASANA_FUZZ_DIR) + "/scrapers/" + name + ".toml");
    if (!spec) std::fprintf(stderr, "%s\n", spec.error().message.c_str());
    require(static_cast<bool>(spec), "fixture scraper does not load");
    auto extractor = extract::Extractor::compile(*spec);
    if (!extractor) std::fprintf(stderr, "%s\n", extractor.error().message.c_str());
    require(static_cast<bool>(extractor), "fixture scraper does not compile");
    return std::move(*extractor);
}

/// Small limits, so the fuzzer reaches the cuts (long bodies, many comments) with small inputs.
inline Limits fuzz_limits() {
    Limits limits;
    limits.max_depth = 200;
    limits.max_comments = 40;
    limits.max_comment_chars = 120;
    return limits;
}

/// Fixed fetch time (2023-07-24 01:00 UTC), so a replayed input does what it did when found.
constexpr std::int64_t k_fuzz_now = 1690160400;

/// Aborts unless `page` keeps the extractor's promises: valid UTF-8 text, bodies within
/// max_comment_chars, no more than max_comments, no relative or inferred time after the fetch time,
/// no negative count, no empty comment-page link.
inline void check_page(const Page& page, const Limits& limits) {
    for (const auto& href : page.next_hrefs)
        require(!href.empty() && text::is_valid_utf8(href), "an empty or invalid page link");
    require(page.comments.size() <= static_cast<std::size_t>(limits.max_comments),
            "more comments than max_comments");
    require(!page.comment_count_claimed || *page.comment_count_claimed >= 0,
            "a negative claimed comment count");
    for (const Comment& c : page.comments) {
        require(text::is_valid_utf8(c.body), "body is not valid UTF-8");
        require(!c.author || text::is_valid_utf8(*c.author), "author is not valid UTF-8");
        require(util::utf8_length(c.body) <= static_cast<std::size_t>(limits.max_comment_chars),
                "body longer than max_comment_chars");
        require(!c.time.utc || !(c.time.relative || c.time.inferred) || *c.time.utc <= k_fuzz_now,
                "a relative or year-inferred time after the fetch time");
        require(!c.site_id.empty(), "comment without an id");
        require(!c.likes || *c.likes >= 0, "a negative like count");
        require(!c.replies || *c.replies >= 0, "a negative reply count");
    }
}

}  // namespace suasana::fuzz
