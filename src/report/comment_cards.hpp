#pragma once
// The report's quoted comments: who wrote it and when, the text, why it scored as it did, and
// the article it was posted under (a link only when the URL is http or https).
#include <string>
#include <vector>

#include "model/report.hpp"

namespace suasana::report {

/// Returns one <article class="comment"> per comment (or a line saying there is none), with
/// every field escaped: author, local time, body (newlines kept), the stored score, a
/// machine-translation note, the explanation in a <details> element (with a note when the
/// comment was scored by another lexicon than `current_lexicon`), and the article.
std::string comment_cards(const std::vector<QuotedComment>& comments,
                          const std::string& current_lexicon, const std::string& none_text);

/// Returns the explanation as a table: token, normal form, rule, share of the score; the shares
/// add up to the compound in the last row.
std::string explanation_table(const std::vector<Contribution>& explanation);

}  // namespace suasana::report
