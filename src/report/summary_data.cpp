#include "report/summary_data.hpp"

#include <map>

#include "util/iso_time.hpp"
#include "util/json_writer.hpp"
#include "util/strings.hpp"

namespace suasana::report {

namespace {

// Calls `visit(day, mood-or-null)` for every day of the period, in order.
template <typename F>
void each_day(const MoodSummary& s, const StoryMood& story, F&& visit) {
    std::map<std::string, const DayMood*> by_day;
    for (const auto& d : story.days) by_day[d.day] = &d;
    for (std::string day = s.first_day; !day.empty() && day <= s.last_day;
         day = util::add_days(day, 1)) {
        auto it = by_day.find(day);
        visit(day, it == by_day.end() ? nullptr : it->second);
    }
}

std::string notable_json(const std::optional<NotableComment>& n) {
    if (!n) return "null";
    util::JsonObject o;
    o.field("author", n->author)
        .field("time", n->local_time)
        .field("body", n->body)
        .field("score", n->score, 3);
    return o.str();
}

std::string words_json(const std::vector<DriverWord>& words) {
    std::string out = "[";
    for (const auto& w : words) {
        util::JsonObject o;
        o.field("word", w.word)
            .field("total", w.total, 3)
            .field("comments", std::optional<std::int64_t>(w.comments));
        out += (out.size() > 1 ? "," : "") + o.str();
    }
    return out + "]";
}

std::string entities_json(const std::vector<EntityTally>& entities) {
    std::string out = "[";
    for (const auto& e : entities) {
        util::JsonObject o;
        o.field("entity", e.entity)
            .field("mentions", std::optional<std::int64_t>(e.mentions))
            .field("mean_score", e.mean_score, 3)
            .field("wins", std::optional<std::int64_t>(e.wins))
            .field("losses", std::optional<std::int64_t>(e.losses));
        out += (out.size() > 1 ? "," : "") + o.str();
    }
    return out + "]";
}

std::string csv_cell(const std::string& s) {
    if (s.find_first_of(",\"\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

}  // namespace

std::string format_summary_json(const MoodSummary& s) {
    std::string stories = "[";
    for (const StoryMood& story : s.stories) {
        std::string days = "[";
        each_day(s, story, [&](const std::string& day, const DayMood* d) {
            util::JsonObject o;
            o.field("day", day).field("comments", std::optional<std::int64_t>(d ? d->comments : 0));
            if (d != nullptr) {
                o.field("positive", std::optional<std::int64_t>(d->positive))
                    .field("neutral", std::optional<std::int64_t>(d->neutral))
                    .field("negative", std::optional<std::int64_t>(d->negative))
                    .field("mean_score", d->mean_score, 3)
                    .field("mood_index", std::optional<std::int64_t>(d->mood_index));
            } else {
                for (const char* k : {"positive", "neutral", "negative"})
                    o.field(k, std::optional<std::int64_t>(0));
                o.raw("mean_score", "null").raw("mood_index", "null");
            }
            if (days.size() > 1) days += ",";
            days += o.str();
        });
        util::JsonObject o;
        o.field("story", story.story)
            .raw("days", days + "]")
            .raw("most_positive", notable_json(story.most_positive))
            .raw("most_negative", notable_json(story.most_negative))
            .raw("positive_words", words_json(story.positive_words))
            .raw("negative_words", words_json(story.negative_words))
            .raw("entities", entities_json(story.entities));
        if (stories.size() > 1) stories += ",";
        stories += o.str();
    }
    util::JsonObject root;
    root.field("first_day", s.first_day)
        .field("last_day", s.last_day)
        .field("zone", s.zone)
        .raw("stories", stories + "]");
    return root.str() + "\n";
}

std::string format_summary_csv(const MoodSummary& s) {
    std::string out = "day,story,comments,positive,neutral,negative,mean_score,mood_index\n";
    for (const StoryMood& story : s.stories) {
        each_day(s, story, [&](const std::string& day, const DayMood* d) {
            out += day + "," + csv_cell(story.story) + ",";
            if (d == nullptr) {
                out += "0,0,0,0,,\n";
                return;
            }
            out += std::to_string(d->comments) + "," + std::to_string(d->positive) + "," +
                   std::to_string(d->neutral) + "," + std::to_string(d->negative) + "," +
                   util::format_fixed(d->mean_score, 3) + "," + std::to_string(d->mood_index) +
                   "\n";
        });
    }
    return out;
}

}  // namespace suasana::report
