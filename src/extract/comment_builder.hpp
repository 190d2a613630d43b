#pragma once
// Turns the raw field values of a comment (read from HTML or JSON) into a Comment, with the rules
// every scraper shares: body length limit, time parsing, counts, and identity.
#include <optional>
#include <string>
#include <unordered_map>

#include "extract/extractor.hpp"
#include "model/page.hpp"

namespace suasana::extract {

/// A comment's fields as the page holds them, before any interpretation.
struct RawComment {
    std::optional<std::string> id, author, time, body, likes, dislikes, replies, parent;
};

class CommentBuilder {
  public:
    CommentBuilder(const ScraperSpec& spec, const ExtractContext& ctx) : m_spec(spec), m_ctx(ctx) {}

    /// Returns the comment: author and body decoded by the scraper's [comments.decode] steps,
    /// body cut at max_comment_chars code points, back to the end of a whole character
    /// (flagged), time read with the scraper's formats, counts parsed, and an id: the
    /// site's, else a hash of author, normalised body and (only when the page shows an absolute
    /// time) that time, numbered when the same key repeats on the page. A relative time ("2 jam
    /// lalu") changes between scrapes, so it never takes part in the identity.
    Comment build(RawComment raw);

  private:
    const ScraperSpec& m_spec;
    const ExtractContext& m_ctx;
    std::unordered_map<std::string, int> m_seen_keys;
};

}  // namespace suasana::extract
