#pragma once
// Comments from JSON (kind = "json"): embedded in the page or answered by a comment API.
#include <string>

#include "extract/comment_builder.hpp"
#include "extract/item_rules.hpp"
#include "json/json_document.hpp"
#include "model/page.hpp"

namespace suasana::extract {

/// The compiled `[[comments.skip]]` and `[[comments.wordless]]` rules.
struct JsonItemRules {
    ItemRules skip, wordless;
};

/// Appends to `page` the comments of the array at the scraper's `list` path under `root`, each
/// with its replies from `children` (iteratively, depth-first in document order, replies
/// pointing at their parent), and reads `last_page`. Items a skip rule holds for are left out
/// with their replies (counted in `page.list_items` all the same); items a wordless rule holds
/// for are kept unscored. A reply whose `parent` field names a comment of the page answers
/// that comment, else the one it is nested in. Values of the wrong kind (an object where a list
/// should be, a number where text should be) are reported as warnings, never a crash. With
/// Why::yes, each comment's field_paths name the JSON path each field came from.
void read_json_comments(const json::Value& root, const ScraperSpec& spec,
                        const JsonItemRules& rules, const ExtractContext& ctx,
                        CommentBuilder& builder, Page& page, Why why);

}  // namespace suasana::extract
