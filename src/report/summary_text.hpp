#pragma once
// The daily mood summary as text for the terminal (the morning read).
#include <string>

#include "model/mood.hpp"

namespace suasana::report {

/// Returns the summary as a text table per story: counts, shares, mean score, mood index, the
/// change against the day before, a seven-day sparkline, and the most positive and negative
/// comments; a day without comments says so instead of printing a mood.
std::string format_summary_text(const MoodSummary& summary);

/// Returns the sparkline of `values` ("▁▂▃▄▅▆▇█", with "·" for missing days), scaled over the
/// mood index range -100..100.
std::string sparkline(const std::vector<std::optional<long>>& values);

}  // namespace suasana::report
