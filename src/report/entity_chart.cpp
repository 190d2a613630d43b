#include "report/entity_chart.hpp"

#include <algorithm>
#include <map>

#include "report/chart_frame.hpp"
#include "report/html_parts.hpp"
#include "util/strings.hpp"

namespace suasana::report {

namespace {

constexpr double k_width = 720, k_left = 56, k_right = 708;
constexpr double k_top = 26, k_bottom = 172, k_height = 196;

}  // namespace

std::string entity_chart(const std::vector<std::string>& days,
                         const std::vector<std::string>& entities,
                         const std::vector<EntityDay>& tallies, const ChartText& text) {
    std::map<std::pair<std::string, std::string>, const EntityDay*> by_key;
    for (const auto& t : tallies) by_key[{t.day, t.entity}] = &t;
    long max_mentions = 1;
    for (const auto& day : days) {
        for (const auto& entity : entities) {
            auto it = by_key.find({day, entity});
            if (it != by_key.end()) max_mentions = std::max(max_mentions, it->second->mentions);
        }
    }
    DayAxis axis{k_left, k_right, std::max<std::size_t>(days.size(), 1)};
    std::string out = svg_open(text, k_width, k_height, "chart entity-chart");
    out += grid_line(axis, k_top, std::to_string(max_mentions));
    out += grid_line(axis, k_bottom, "0");
    double group = axis.slot() * 0.8;
    double bar =
        std::min(group / static_cast<double>(std::max<std::size_t>(entities.size(), 1)), 48.0);
    double used = bar * static_cast<double>(entities.size());
    // Mean labels only where a bar is wide enough to hold "+0.61".
    bool labels = bar >= 30;
    for (std::size_t i = 0; i < days.size(); ++i) {
        for (std::size_t e = 0; e < entities.size(); ++e) {
            auto it = by_key.find({days[i], entities[e]});
            if (it == by_key.end() || it->second->mentions == 0) continue;
            const EntityDay& t = *it->second;
            double h = static_cast<double>(t.mentions) / static_cast<double>(max_mentions) *
                       (k_bottom - k_top);
            double x = axis.centre(i) - used / 2 + bar * static_cast<double>(e);
            std::string mean = signed_fixed(t.mean_score, 2);
            std::string attributes =
                " class=\"mention\"" + svg_attribute("data-entity", t.entity) +
                svg_attribute("data-day", t.day) +
                svg_attribute("data-mentions", std::to_string(t.mentions)) +
                svg_attribute("data-mean", util::format_fixed(t.mean_score, 3));
            out += svg_rect(x + 1, k_bottom - h, bar - 2, h, series_colour(e),
                            t.entity + ", " + t.day + ": " + std::to_string(t.mentions) +
                                (t.mentions == 1 ? " mention" : " mentions") + ", mean " + mean,
                            attributes);
            if (labels) out += svg_text(x + bar / 2, k_bottom - h - 4, mean, "middle", "value");
        }
    }
    out += day_labels(days, axis, k_height - 8);
    return out + "</svg>";
}

}  // namespace suasana::report
