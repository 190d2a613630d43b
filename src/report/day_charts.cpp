#include "report/day_charts.hpp"

#include <algorithm>

#include "report/chart_frame.hpp"
#include "report/html_escape.hpp"

namespace suasana::report {

namespace {

// The mood chart's layout in SVG units: the mood panel on top, the counts panel below it.
constexpr double k_width = 720, k_left = 56, k_right = 708;
constexpr double k_mood_top = 14, k_mood_bottom = 194;
constexpr double k_count_top = 234, k_count_bottom = 308, k_mood_height = 334;

// The share chart's layout.
constexpr double k_share_top = 12, k_share_bottom = 172, k_share_height = 196;

double mood_y(long mood) {
    return k_mood_bottom - static_cast<double>(mood + 100) / 200.0 * (k_mood_bottom - k_mood_top);
}

std::vector<std::string> days_of(const std::vector<StorySeries>& stories) {
    std::vector<std::string> days;
    if (!stories.empty()) {
        for (const auto& d : stories.front().days) days.push_back(d.day);
    }
    return days;
}

std::string day_attributes(const std::string& story, const ChartDay& d) {
    return svg_attribute("data-story", story) + svg_attribute("data-day", d.day) +
           svg_attribute("data-comments", std::to_string(d.comments));
}

// The line of one story: "M x y L x y ..." broken where a day has no mood.
std::string mood_path(const StorySeries& s, const DayAxis& axis, const char* colour) {
    std::string d;
    bool pen_down = false;
    for (std::size_t i = 0; i < s.days.size(); ++i) {
        if (!s.days[i].mood) {
            pen_down = false;
            continue;
        }
        d += std::string(d.empty() ? "" : " ") + (pen_down ? "L" : "M") +
             svg_number(axis.centre(i)) + " " + svg_number(mood_y(*s.days[i].mood));
        pen_down = true;
    }
    if (d.empty()) return "";
    return "<path class=\"mood-line\" d=\"" + d + "\" stroke=\"" + colour + "\"/>";
}

}  // namespace

std::string mood_chart(const std::vector<StorySeries>& stories, const ChartText& text) {
    std::vector<std::string> days = days_of(stories);
    DayAxis axis{k_left, k_right, std::max<std::size_t>(days.size(), 1)};
    long max_count = 1;
    for (const auto& s : stories) {
        for (const auto& d : s.days) max_count = std::max(max_count, d.comments);
    }
    std::string out = svg_open(text, k_width, k_mood_height, "chart mood-chart");
    for (long m : {100L, 50L, 0L, -50L, -100L})
        out += grid_line(axis, mood_y(m), (m > 0 ? "+" : "") + std::to_string(m));
    out +=
        svg_text(k_left, k_count_top - 8,
                 "comments per day (highest " + std::to_string(max_count) + ")", "start", "axis");
    out += grid_line(axis, k_count_bottom, "0");
    for (std::size_t s = 0; s < stories.size(); ++s)
        out += mood_path(stories[s], axis, series_colour(s));
    double group = axis.slot() * 0.8;
    double bar = group / static_cast<double>(std::max<std::size_t>(stories.size(), 1));
    for (std::size_t s = 0; s < stories.size(); ++s) {
        const StorySeries& series = stories[s];
        for (std::size_t i = 0; i < series.days.size() && i < days.size(); ++i) {
            const ChartDay& d = series.days[i];
            std::string mood = d.mood ? std::to_string(*d.mood) : "";
            out += "<g class=\"day\"" + day_attributes(series.story, d) +
                   svg_attribute("data-mood", mood) + ">";
            double h = static_cast<double>(d.comments) / static_cast<double>(max_count) *
                       (k_count_bottom - k_count_top);
            double x = axis.centre(i) - group / 2 + bar * static_cast<double>(s);
            std::string said = series.story + ", " + d.day + ": " + std::to_string(d.comments) +
                               (d.comments == 1 ? " comment" : " comments") +
                               (d.mood ? ", mood " + mood : "");
            out += svg_rect(x, k_count_bottom - h, bar, h, series_colour(s), said);
            if (d.mood) {
                out += "<circle cx=\"" + svg_number(axis.centre(i)) + "\" cy=\"" +
                       svg_number(mood_y(*d.mood)) + "\" r=\"4\" fill=\"" + series_colour(s) +
                       "\"><title>" + escape_html(said) + "</title></circle>";
            }
            out += "</g>";
        }
    }
    out += day_labels(days, axis, k_mood_height - 8);
    return out + "</svg>";
}

std::string share_chart(const StorySeries& story, const ChartText& text) {
    std::vector<std::string> days;
    for (const auto& d : story.days) days.push_back(d.day);
    DayAxis axis{k_left, k_right, std::max<std::size_t>(days.size(), 1)};
    std::string out = svg_open(text, k_width, k_share_height, "chart share-chart");
    for (int p : {100, 50, 0}) {
        double y = k_share_bottom - p / 100.0 * (k_share_bottom - k_share_top);
        out += grid_line(axis, y, std::to_string(p) + "%");
    }
    double bar = std::min(axis.slot() * 0.7, 64.0);
    for (std::size_t i = 0; i < story.days.size(); ++i) {
        const ChartDay& d = story.days[i];
        out += "<g class=\"shares\"" + day_attributes(story.story, d) +
               svg_attribute("data-positive", std::to_string(d.positive)) +
               svg_attribute("data-neutral", std::to_string(d.neutral)) +
               svg_attribute("data-negative", std::to_string(d.negative)) + ">";
        double x = axis.centre(i) - bar / 2;
        if (d.comments == 0) {
            out += svg_rect(x, k_share_top, bar, k_share_bottom - k_share_top, "none",
                            d.day + ": no comments", " class=\"empty\"");
        }
        double y = k_share_bottom;
        struct Part {
            long count;
            const char* name;
            const char* fill;
        };
        const Part parts[] = {{d.negative, "negative", k_negative_colour},
                              {d.neutral, "neutral", k_neutral_colour},
                              {d.positive, "positive", k_positive_colour}};
        for (const auto& [count, name, fill] : parts) {
            if (d.comments == 0 || count == 0) continue;
            double h = static_cast<double>(count) / static_cast<double>(d.comments) *
                       (k_share_bottom - k_share_top);
            y -= h;
            long percent = (count * 100 + d.comments / 2) / d.comments;
            out += svg_rect(x, y, bar, h, fill,
                            d.day + ": " + std::to_string(count) + " " + name + " (" +
                                std::to_string(percent) + "%)");
        }
        out += "</g>";
    }
    out += day_labels(days, axis, k_share_height - 8);
    return out + "</svg>";
}

}  // namespace suasana::report
