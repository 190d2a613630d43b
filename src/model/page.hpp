#pragma once
// What the extractor makes of one fetched page.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/comment.hpp"

namespace suasana {

using FieldPaths = std::vector<std::pair<std::string, std::string>>;

struct Page {
    std::string url;           ///< the URL the page was fetched from (after redirects)
    std::string canonical_id;  ///< the article's id on its site ([page] id capture, else URL)
    std::optional<std::string> title;
    std::optional<std::string> published_raw;
    std::optional<std::int64_t> comment_count_claimed;
    std::vector<Comment> comments;
    /// The comment-page links as written in the page, in page order: the `next` link, then
    /// every match of `links` (duplicates and pages already read are the caller's to skip).
    std::vector<std::string> next_hrefs;
    std::optional<std::int64_t> last_page;  ///< JSON APIs: the page count the response states
    std::int64_t list_items = 0;  ///< JSON: items in the comment list, skipped ones (ads) included
    int fields_missing = 0;       ///< field selectors that matched nothing
    std::vector<std::string> warnings;  ///< limits that cut the page short
    /// With `extract --why`: per comment, (field, element path) pairs.
    std::vector<FieldPaths> field_paths;
};

}  // namespace suasana
