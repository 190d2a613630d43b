#pragma once
// The head-to-head as a chart: per day, one bar per entity for its mentions, labelled with the
// mean sentiment of those mentions.
#include <string>
#include <vector>

#include "model/report.hpp"
#include "report/svg.hpp"

namespace suasana::report {

/// Returns an SVG of grouped bars: for every day of `days`, one bar per entity of `entities`
/// (in that order, coloured by position) as high as its mentions, with the mean sentiment above
/// it. Each bar is a <rect class="mention" data-entity data-day data-mentions data-mean>; an
/// entity without mentions that day has no bar. Rows of `tallies` for other days or entities are
/// ignored.
std::string entity_chart(const std::vector<std::string>& days,
                         const std::vector<std::string>& entities,
                         const std::vector<EntityDay>& tallies, const ChartText& text);

}  // namespace suasana::report
