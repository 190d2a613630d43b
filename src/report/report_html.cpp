#include "report/report_html.hpp"

#include <algorithm>
#include <map>

#include "report/chart_frame.hpp"
#include "report/comment_cards.hpp"
#include "report/day_charts.hpp"
#include "report/entity_chart.hpp"
#include "report/html_escape.hpp"
#include "report/html_parts.hpp"
#include "report/report_style.hpp"
#include "report/story_section.hpp"
#include "util/iso_time.hpp"
#include "util/strings.hpp"

namespace suasana::report {

namespace {

// The page may load nothing and run nothing: no script source at all, styles only inline,
// images only as data: URLs (there are none today), no forms, no <base>.
constexpr const char* k_csp =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
    "form-action 'none'";

std::vector<std::string> period_days(const MoodSummary& s) {
    std::vector<std::string> days;
    for (std::string d = s.first_day; !d.empty() && d <= s.last_day; d = util::add_days(d, 1))
        days.push_back(d);
    return days;
}

// The story over every day of the period; days without comments get zeros and no mood.
StorySeries series_of(const StoryMood& story, const std::vector<std::string>& days) {
    std::map<std::string, const DayMood*> by_day;
    for (const auto& d : story.days) by_day[d.day] = &d;
    StorySeries series{story.story, {}};
    for (const auto& day : days) {
        ChartDay c;
        c.day = day;
        if (auto it = by_day.find(day); it != by_day.end()) {
            const DayMood& d = *it->second;
            c.comments = d.comments;
            c.positive = d.positive;
            c.neutral = d.neutral;
            c.negative = d.negative;
            c.mood = d.mood_index;
        }
        series.days.push_back(c);
    }
    return series;
}

// The numbers of the mood and share charts, for readers who cannot see them (and for copying).
std::string day_table(const std::vector<StorySeries>& stories,
                      const std::vector<StoryMood>& moods) {
    std::string out =
        "<details><summary>The numbers, as a table</summary>" +
        table_head({"day", "story", "comments", "positive", "neutral", "negative", "mean", "mood"});
    for (std::size_t s = 0; s < stories.size(); ++s) {
        std::map<std::string, const DayMood*> by_day;
        for (const auto& d : moods[s].days) by_day[d.day] = &d;
        const std::vector<ChartDay>& days = stories[s].days;
        for (std::size_t i = 0; i < days.size(); ++i) {
            const ChartDay& d = days[i];
            auto it = by_day.find(d.day);
            if (it == by_day.end()) {
                // A run of days without comments is one row.
                std::size_t end = i;
                while (end + 1 < days.size() && by_day.count(days[end + 1].day) == 0) ++end;
                bool run = end > i;
                out += "<tr>" + cell(run ? d.day + " to " + days[end].day : d.day) +
                       cell(stories[s].story) + cell("0", Align::number) +
                       "<td class=\"num\" colspan=\"5\">no comments" +
                       (run ? " (" + std::to_string(end - i + 1) + " days)" : "") + "</td></tr>";
                i = end;
                continue;
            }
            out += "<tr>" + cell(d.day) + cell(stories[s].story) +
                   cell(std::to_string(d.comments), Align::number);
            out += cell(std::to_string(d.positive) + " (" + percent(d.positive, d.comments) + ")",
                        Align::number) +
                   cell(std::to_string(d.neutral) + " (" + percent(d.neutral, d.comments) + ")",
                        Align::number) +
                   cell(std::to_string(d.negative) + " (" + percent(d.negative, d.comments) + ")",
                        Align::number) +
                   cell(signed_fixed(it->second->mean_score, 2), Align::number) +
                   cell(std::to_string(*d.mood), Align::number) + "</tr>";
        }
    }
    return out + table_end() + "</details>";
}

// What the numbers stand on: period, zone, comments, machine translation, lexicons.
std::string basis(const MoodReport& r) {
    const MoodSummary& s = r.summary;
    long comments = 0, translated = 0;
    std::vector<std::string> versions;
    for (const auto& d : r.details) {
        comments += d.comments;
        translated += d.machine_translated;
        for (const auto& v : d.lexicon_versions) {
            if (std::find(versions.begin(), versions.end(), v) == versions.end())
                versions.push_back(v);
        }
    }
    std::string lexicons;
    for (const auto& v : versions) lexicons += (lexicons.empty() ? "" : ", ") + v;
    if (lexicons.empty()) lexicons = "(no comments in the period)";
    std::string days = std::to_string(period_days(s).size());
    return "<dl class=\"basis\"><dt>Period</dt><dd>" + escape_html(s.first_day) + " to " +
           escape_html(s.last_day) + " (" + days + (days == "1" ? " day" : " days") +
           ")</dd><dt>Days in</dt><dd>" + escape_html(s.zone) + "</dd><dt>Comments</dt><dd>" +
           std::to_string(comments) +
           " (spam, deleted comments and comments without a readable time left out)</dd>"
           "<dt>Machine-translated</dt><dd>" +
           std::to_string(translated) + " of " + std::to_string(comments) + " (" +
           percent(translated, comments) +
           ") were shown by their site as machine translations"
           "</dd><dt>Scored with lexicon</dt><dd>" +
           escape_html(lexicons) + " (explanations use the current lexicon, " +
           escape_html(r.current_lexicon) +
           ")</dd><dt>Mood index</dt><dd>round(100 × (positive − negative) / comments), from "
           "−100 to +100</dd></dl>";
}

}  // namespace

std::string format_report_html(const MoodReport& r) {
    const MoodSummary& s = r.summary;
    std::vector<std::string> days = period_days(s);
    std::vector<StorySeries> series;
    std::vector<std::pair<std::string, const char*>> names;
    for (std::size_t i = 0; i < s.stories.size(); ++i) {
        series.push_back(series_of(s.stories[i], days));
        names.emplace_back(s.stories[i].story, series_colour(i));
    }
    std::string period = s.first_day + (s.first_day == s.last_day ? "" : " to " + s.last_day);
    std::string out =
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"" +
        std::string(k_csp) +
        "\"><meta name=\"referrer\" content=\"no-referrer\">"
        "<meta name=\"generator\" content=\"suasana " +
        escape_html(r.version) + "\"><title>Mood of the comments, " + escape_html(period) +
        "</title><style>" + report_css() +
        "</style></head><body>\n<header><h1>Mood of the "
        "comments</h1><p class=\"lead\">" +
        escape_html(period) + " · days in " + escape_html(s.zone) + "</p>" + basis(r) +
        "</header>\n<main>";
    if (s.stories.empty()) {
        out +=
            "<p class=\"none\">No stories in the database yet: run <code>suasana "
            "scrape</code>.</p>";
    } else {
        std::string desc =
            "Daily mood index (−100 to +100) of each story as a line, with the "
            "number of comments per day as bars underneath, " +
            period + ".";
        out += "<section id=\"overview\"><h2>Mood per day</h2>" + legend(names) +
               mood_chart(series, {"mood-chart", "Mood index and comments per day", desc}) +
               day_table(series, s.stories) + "</section>";
    }
    for (std::size_t i = 0; i < s.stories.size() && i < r.details.size(); ++i)
        out += story_section(s.stories[i], r.details[i], series[i], i, r.current_lexicon);
    out += "</main>\n<footer>Made by suasana " + escape_html(r.version) + " on " +
           escape_html(r.generated_at) + " (" + escape_html(s.zone) +
           "). This page runs no script and loads nothing from the network.</footer>\n"
           "</body></html>\n";
    return out;
}

}  // namespace suasana::report
