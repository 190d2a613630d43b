#include "report/summary_text.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>

#include "util/iso_time.hpp"
#include "util/strings.hpp"

namespace suasana::report {

namespace {

// Width a comment's text is cut to in the extremes lines.
constexpr std::size_t k_quote_chars = 72;

std::string pad_left(const std::string& s, std::size_t width) {
    std::size_t len = util::utf8_length(s);
    return len >= width ? s : std::string(width - len, ' ') + s;
}

std::string pad_right(const std::string& s, std::size_t width) {
    std::size_t len = util::utf8_length(s);
    return len >= width ? s : s + std::string(width - len, ' ');
}

std::string share(long part, long total) {
    long percent = total == 0 ? 0 : (part * 100 + total / 2) / total;
    return std::to_string(part) + " (" + std::to_string(percent) + "%)";
}

std::string signed_fixed(double v) {
    std::string s = util::format_fixed(v, 2);
    return v >= 0 ? "+" + s : s;
}

// "▲ +12", "▼ -8", "= +2": moved by 5 or more gets an arrow.
std::string change(long today, long yesterday) {
    long delta = today - yesterday;
    std::string number = (delta >= 0 ? "+" : "") + std::to_string(delta);
    if (delta >= 5) return "▲ " + number;
    if (delta <= -5) return "▼ " + number;
    return "= " + number;
}

void write_notable(std::ostringstream& out, const char* label,
                   const std::optional<NotableComment>& n) {
    if (!n) return;
    std::string body = util::collapse_spaces(n->body);
    out << "  " << label << "  " << (n->author.empty() ? "(anonymous)" : n->author) << " · "
        << n->local_time << "  \"" << util::ellipsize(body, k_quote_chars) << "\" ("
        << signed_fixed(n->score) << ")\n";
}

std::string plural(long n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

void write_drivers(std::ostringstream& out, const StoryMood& story) {
    auto list = [](const std::vector<DriverWord>& words) {
        std::string text;
        for (const auto& w : words) text += (text.empty() ? "" : ", ") + w.word;
        return text;
    };
    if (!story.positive_words.empty())
        out << "  driving up:     " << list(story.positive_words) << "\n";
    if (!story.negative_words.empty())
        out << "  driving down:   " << list(story.negative_words) << "\n";
}

void write_head_to_head(std::ostringstream& out, const StoryMood& story) {
    std::size_t width = 0;
    for (const auto& e : story.entities) width = std::max(width, util::utf8_length(e.entity));
    const char* label = "  head-to-head:   ";
    for (const auto& e : story.entities) {
        out << label << pad_right(e.entity, width) << "  "
            << pad_left(plural(e.mentions, "mention", "mentions"), 12) << "  mean "
            << signed_fixed(e.mean_score) << "  " << plural(e.wins, "win", "wins") << ", "
            << plural(e.losses, "loss", "losses") << "\n";
        label = "                  ";
    }
}

// Returns the last day of the run of days without comments that starts at `day` (`day` itself
// when the next day has comments or is past `last_day`).
std::string last_empty_day(const std::map<std::string, const DayMood*>& by_day,
                           const std::string& day, const std::string& last_day) {
    auto next_with_comments = by_day.upper_bound(day);
    std::string end = last_day;
    if (next_with_comments != by_day.end() && next_with_comments->first <= last_day)
        end = util::add_days(next_with_comments->first, -1);
    return end;
}

}  // namespace

std::string sparkline(const std::vector<std::optional<long>>& values) {
    static const char* const k_bars[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
    std::string out;
    for (const auto& v : values) {
        if (!v) {
            out += "·";
            continue;
        }
        long level = (*v + 100) * 8 / 201;  // -100..100 onto 0..7
        out += k_bars[std::max(0L, std::min(7L, level))];
    }
    return out;
}

std::string format_summary_text(const MoodSummary& s) {
    std::ostringstream out;
    out << "Mood of the comments, " << s.first_day;
    if (s.last_day != s.first_day) out << " to " << s.last_day;
    out << " (" << s.zone << ")\n";
    if (s.stories.empty()) out << "\nNo stories in the database yet: run `suasana scrape`.\n";
    for (const StoryMood& story : s.stories) {
        std::map<std::string, const DayMood*> by_day;
        for (const auto& d : story.days) by_day[d.day] = &d;
        out << "\n" << story.story << "\n";
        out << "  " << pad_right("day", 12) << pad_left("comments", 9) << pad_left("positive", 11)
            << pad_left("neutral", 11) << pad_left("negative", 11) << pad_left("mean", 7)
            << pad_left("mood", 6) << "  change  last 7 days\n";
        long total = 0, pos = 0, neu = 0, neg = 0;
        double score_sum = 0;
        for (std::string day = s.first_day; !day.empty() && day <= s.last_day;
             day = util::add_days(day, 1)) {
            std::vector<std::optional<long>> week;
            for (int k = -6; k <= 0; ++k) {
                auto it = by_day.find(util::add_days(day, k));
                week.push_back(it == by_day.end() ? std::nullopt
                                                  : std::optional<long>(it->second->mood_index));
            }
            auto it = by_day.find(day);
            if (it == by_day.end()) {
                // A run of days without comments is one line; a single one keeps its row.
                std::string run_end = last_empty_day(by_day, day, s.last_day);
                if (run_end != day) {
                    long days = 1;
                    for (std::string d = day; d != run_end; d = util::add_days(d, 1)) ++days;
                    out << "  " << day << " to " << run_end << "  no comments (" << days
                        << " days)\n";
                    day = run_end;
                } else {
                    out << "  " << pad_right(day, 12) << "  no comments" << pad_left("", 48)
                        << sparkline(week) << "\n";
                }
                continue;
            }
            const DayMood& d = *it->second;
            auto before = by_day.find(util::add_days(day, -1));
            std::string moved =
                before == by_day.end() ? "" : change(d.mood_index, before->second->mood_index);
            out << "  " << pad_right(day, 12) << pad_left(std::to_string(d.comments), 9)
                << pad_left(share(d.positive, d.comments), 11)
                << pad_left(share(d.neutral, d.comments), 11)
                << pad_left(share(d.negative, d.comments), 11)
                << pad_left(signed_fixed(d.mean_score), 7)
                << pad_left(std::to_string(d.mood_index), 6) << "  " << pad_right(moved, 6) << "  "
                << sparkline(week) << "\n";
            total += d.comments;
            pos += d.positive;
            neu += d.neutral;
            neg += d.negative;
            score_sum += d.mean_score * static_cast<double>(d.comments);
        }
        if (s.last_day != s.first_day && total > 0) {
            long mood =
                std::lround(100.0 * static_cast<double>(pos - neg) / static_cast<double>(total));
            out << "  " << pad_right("all days", 12) << pad_left(std::to_string(total), 9)
                << pad_left(share(pos, total), 11) << pad_left(share(neu, total), 11)
                << pad_left(share(neg, total), 11)
                << pad_left(signed_fixed(score_sum / static_cast<double>(total)), 7)
                << pad_left(std::to_string(mood), 6) << "\n";
        }
        write_notable(out, "most positive:", story.most_positive);
        write_notable(out, "most negative:", story.most_negative);
        write_drivers(out, story);
        write_head_to_head(out, story);
    }
    return out.str();
}

}  // namespace suasana::report
