// The period `summary` and `report` read, opened once for both.
#include "app/mood_period.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

#include "util/iso_time.hpp"
#include "util/strings.hpp"

namespace suasana::app {

namespace {

// How many words the summary names on each side.
constexpr std::size_t k_driver_words = 3;

// Returns the local day that `date` ("today", "yesterday", YYYY-MM-DD) names.
Result<std::string> resolve_day(const Context& ctx, const std::string& date) {
    std::string today = ctx.zone.day_of(ctx.now);
    if (date == "today") return today;
    if (date == "yesterday") return util::add_days(today, -1);
    if (!util::is_day(date))
        return fail("--date '" + date + "': expected YYYY-MM-DD, today or yesterday",
                    ExitCode::usage);
    return date;
}

// Whether `normal` names something a reader would call a word: a letter, a digit or an emoji,
// not only punctuation (the learned layer weighs "?" and "! ." too).
bool is_wordlike(const std::string& normal) {
    return std::any_of(normal.begin(), normal.end(), [](char ch) {
        auto c = static_cast<unsigned char>(ch);
        return c >= 0x80 || std::isalnum(c) != 0;
    });
}

// The words that drove the mood: every scored word's contributions over the period's comments,
// summed per normal form (scored with the current lexicon and learned layer; learned words and
// pairs marked "(learned)", punctuation left out), strongest first on each side.
void find_driver_words(const score::Scorer& scorer, const std::vector<std::string>& bodies,
                       StoryMood& story) {
    std::map<std::string, DriverWord> words;
    for (const auto& body : bodies) {
        Score s = scorer.explain(body);
        for (const auto& c : s.contributions) {
            if (c.value == 0.0 || !is_wordlike(c.normal) || c.rule == "exclamation") continue;
            // Learned weights are named as such, apart from the lexicon's own words.
            std::string word =
                util::starts_with(c.rule, "learned") ? c.normal + " (learned)" : c.normal;
            DriverWord& w = words[word];
            w.word = word;
            w.total += c.value;
            ++w.comments;
        }
    }
    for (auto& [normal, w] : words) {
        (w.total > 0 ? story.positive_words : story.negative_words).push_back(w);
    }
    auto by_strength = [](const DriverWord& a, const DriverWord& b) {
        return std::abs(a.total) != std::abs(b.total) ? std::abs(a.total) > std::abs(b.total)
                                                      : a.word < b.word;
    };
    for (auto* side : {&story.positive_words, &story.negative_words}) {
        std::sort(side->begin(), side->end(), by_strength);
        if (side->size() > k_driver_words) side->resize(k_driver_words);
    }
}

// Returns the `days` days ending at `date`; fails with exit code 2.
Result<Period> resolve_period(const Context& ctx, const std::string& date, int days) {
    auto last = resolve_day(ctx, date);
    if (!last) return tl::unexpected(last.error());
    if (days < 1 || days > 3660) return fail("--days must be from 1 to 3660", ExitCode::usage);
    return Period{util::add_days(*last, 1 - days), *last};
}

// Returns the summary of `period`, the extremes' local times and driver words filled in.
Result<MoodSummary> load_mood_summary(const Context& ctx, store::Database& db,
                                      const score::Scorer& scorer, const Period& period,
                                      const std::string& story_name) {
    auto summary = db.load_summary(period.first_day, period.last_day, story_name);
    if (!summary) return tl::unexpected(summary.error());
    if (!story_name.empty() && summary->stories.empty())
        return fail("no story named '" + story_name + "' in " + ctx.config.database.string(),
                    ExitCode::usage);
    summary->zone = ctx.zone.id();
    for (auto& story : summary->stories) {
        for (auto* n : {&story.most_positive, &story.most_negative}) {
            if (*n) (*n)->local_time = ctx.zone.minute_of((*n)->posted_utc);
        }
        auto bodies = db.comment_bodies(story.story, period.first_day, period.last_day);
        if (!bodies) return tl::unexpected(bodies.error());
        find_driver_words(scorer, *bodies, story);
    }
    return summary;
}

}  // namespace

Result<MoodPeriod> open_mood_period(const Context& ctx, const std::string& date, int days,
                                    const std::string& story) {
    auto period = resolve_period(ctx, date, days);
    if (!period) return tl::unexpected(period.error());
    auto db = store::Database::open(ctx.config.database, store::Access::read_only);
    if (!db) return tl::unexpected(db.error());
    auto kit = make_scoring_kit(ctx);
    if (!kit) return tl::unexpected(kit.error());
    auto summary = load_mood_summary(ctx, *db, *(*kit)->scorer, *period, story);
    if (!summary) return tl::unexpected(summary.error());
    return MoodPeriod{std::move(*period), std::move(*db), std::move(*kit), std::move(*summary)};
}

}  // namespace suasana::app
