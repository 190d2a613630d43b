#include "report/story_section.hpp"

#include <cmath>

#include "report/chart_frame.hpp"
#include "report/comment_cards.hpp"
#include "report/entity_chart.hpp"
#include "report/html_escape.hpp"
#include "report/html_parts.hpp"

namespace suasana::report {

namespace {

// "10 comments · mood -10 · mean -0.04" over the whole period, as the summary's "all days" row.
std::string period_stats(const StorySeries& series, const StoryMood& story) {
    long total = 0, pos = 0, neg = 0;
    double score_sum = 0;
    for (const auto& d : story.days) {
        if (d.day < series.days.front().day || d.day > series.days.back().day) continue;
        total += d.comments;
        pos += d.positive;
        neg += d.negative;
        score_sum += d.mean_score * static_cast<double>(d.comments);
    }
    if (total == 0) return "<p class=\"stats\">No comments in this period.</p>";
    long mood = std::lround(100.0 * static_cast<double>(pos - neg) / static_cast<double>(total));
    return "<p class=\"stats\"><strong>" + std::to_string(total) +
           (total == 1 ? " comment" : " comments") + "</strong> · mood index <strong>" +
           std::to_string(mood) + "</strong> · mean score " +
           signed_fixed(score_sum / static_cast<double>(total), 2) + "</p>";
}

std::string words(const std::vector<DriverWord>& list) {
    std::string out;
    for (const auto& w : list)
        out +=
            (out.empty() ? "" : ", ") + escape_html(w.word) + " (" + signed_fixed(w.total, 2) + ")";
    return out.empty() ? "none" : out;
}

std::string head_to_head(const StoryMood& story, const StoryDetails& details,
                         const StorySeries& series, const std::string& id) {
    if (story.entities.empty())
        return "<p class=\"none\">No configured entity was mentioned in this period.</p>";
    std::vector<std::string> days, names;
    std::vector<std::pair<std::string, const char*>> items;
    for (const auto& d : series.days) days.push_back(d.day);
    for (std::size_t i = 0; i < story.entities.size(); ++i) {
        names.push_back(story.entities[i].entity);
        items.emplace_back(story.entities[i].entity, series_colour(i));
    }
    std::string out = legend(items);
    out += entity_chart(days, names, details.entity_days,
                        {id + "-entities", "Head-to-head per day: " + story.story,
                         "Mentions of each entity per day as bars, with the mean sentiment of "
                         "the mentions above each bar."});
    out += table_head({"entity", "mentions", "mean sentiment", "wins", "losses"});
    for (const auto& e : story.entities) {
        out += "<tr>" + cell(e.entity) + cell(std::to_string(e.mentions), Align::number) +
               cell(signed_fixed(e.mean_score, 2), Align::number) +
               cell(std::to_string(e.wins), Align::number) +
               cell(std::to_string(e.losses), Align::number) + "</tr>";
    }
    out += table_end() + "<details><summary>Per day, as a table</summary>" +
           table_head({"day", "entity", "mentions", "mean sentiment", "wins", "losses"});
    for (const auto& t : details.entity_days) {
        out += "<tr>" + cell(t.day) + cell(t.entity) +
               cell(std::to_string(t.mentions), Align::number) +
               cell(signed_fixed(t.mean_score, 2), Align::number) +
               cell(std::to_string(t.wins), Align::number) +
               cell(std::to_string(t.losses), Align::number) + "</tr>";
    }
    return out + table_end() + "</details>";
}

}  // namespace

std::string story_section(const StoryMood& story, const StoryDetails& details,
                          const StorySeries& series, std::size_t index,
                          const std::string& current_lexicon) {
    std::string id = "story-" + std::to_string(index + 1);
    std::string out = "<section class=\"story\" id=\"" + id + "\"><h2>" + escape_html(story.story) +
                      "</h2>" + period_stats(series, story);
    out += "<p class=\"stats\">Machine-translated: " + std::to_string(details.machine_translated) +
           " of " + std::to_string(details.comments) + " (" +
           percent(details.machine_translated, details.comments) + ")</p>";
    out += "<h3>Positive, neutral and negative per day</h3>" +
           legend({{"positive", k_positive_colour},
                   {"neutral", k_neutral_colour},
                   {"negative", k_negative_colour}}) +
           share_chart(series, {id + "-shares", "Shares per day: " + story.story,
                                "Each day's comments as one bar split into positive (top), "
                                "neutral and negative (bottom) shares; the numbers are in the "
                                "table under the mood chart."});
    out += "<h3>Head-to-head</h3>" + head_to_head(story, details, series, id);
    out += "<h3>Words that drove the mood</h3><p>Up: " + words(story.positive_words) +
           "<br>Down: " + words(story.negative_words) + "</p>";
    out += "<h3>Most positive comments</h3>" +
           comment_cards(details.most_positive, current_lexicon,
                         "No comment leaned positive in this period.");
    out += "<h3>Most negative comments</h3>" +
           comment_cards(details.most_negative, current_lexicon,
                         "No comment leaned negative in this period.");
    return out + "</section>";
}

}  // namespace suasana::report
