#pragma once
// One story's part of the HTML report: its period in numbers, shares per day, head-to-head per
// day, the words that drove its mood, and its most positive and negative comments.
#include <cstddef>
#include <string>

#include "model/report.hpp"
#include "report/day_charts.hpp"

namespace suasana::report {

/// Returns the <section> of the story; `index` makes its element ids unique on the page.
std::string story_section(const StoryMood& story, const StoryDetails& details,
                          const StorySeries& series, std::size_t index,
                          const std::string& current_lexicon);

}  // namespace suasana::report
