#pragma once
// The day-by-day charts of the report: the mood index of every story as lines over the comment
// counts as bars, and each story's positive / neutral / negative shares as stacked bars.
// Every day's marks carry data-* attributes with the numbers they were drawn from, so a test (or
// a reader's tool) can check the picture against `suasana summary --format json`.
#include <optional>
#include <string>
#include <vector>

#include "report/svg.hpp"

namespace suasana::report {

/// One story on one day of the period (a day without comments has zero counts and no mood).
struct ChartDay {
    std::string day;
    long comments = 0, positive = 0, neutral = 0, negative = 0;
    std::optional<long> mood;  ///< the mood index, -100..100
};

/// One story over every day of the period, in order.
struct StorySeries {
    std::string story;
    std::vector<ChartDay> days;
};

/// Returns an SVG with one line per story (the mood index, -100..100; gaps on days without
/// comments) above bars of each day's comment count. Each story-day is a
/// <g class="day" data-story data-day data-comments data-mood> (data-mood empty without comments).
/// All series must cover the same days.
std::string mood_chart(const std::vector<StorySeries>& stories, const ChartText& text);

/// Returns an SVG of the story's shares as stacked bars, one per day (positive on top, negative
/// at the bottom); each day is a <g class="shares" data-story data-day data-comments
/// data-positive data-neutral data-negative>.
std::string share_chart(const StorySeries& story, const ChartText& text);

}  // namespace suasana::report
