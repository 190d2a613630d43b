#pragma once
// What every day-by-day chart of the report shares: the days along x, their labels, the colours.
#include <cstddef>
#include <string>
#include <vector>

namespace suasana::report {

/// The days of the period laid out along x: one slot per day between `left` and `right`.
struct DayAxis {
    double left = 0, right = 0;
    std::size_t days = 1;
    /// Returns the width of one day's slot.
    double slot() const { return (right - left) / static_cast<double>(days == 0 ? 1 : days); }
    /// Returns the x of the middle of day `i`'s slot.
    double centre(std::size_t i) const { return left + (static_cast<double>(i) + 0.5) * slot(); }
};

/// Returns the day labels ("07-21") under the slots at baseline `y`; with many days only every
/// k-th day is labelled, so labels never overlap.
std::string day_labels(const std::vector<std::string>& days, const DayAxis& axis, double y);

/// Returns a horizontal grid line across the axis at `y` with `label` at its left.
std::string grid_line(const DayAxis& axis, double y, const std::string& label);

/// Returns the colour of the i-th series (story or entity): eight colours told apart also by
/// colour-blind readers, then repeated.
const char* series_colour(std::size_t i);

/// The colours of the three labels.
inline constexpr const char* k_positive_colour = "#1a9850";
inline constexpr const char* k_neutral_colour = "#b8b8b8";
inline constexpr const char* k_negative_colour = "#d73027";

}  // namespace suasana::report
