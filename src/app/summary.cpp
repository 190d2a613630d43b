// `suasana summary`: the morning read, per story and day, with what drove the mood.
#include <algorithm>
#include <cmath>
#include <iostream>
#include <map>

#include "app/commands.hpp"
#include "app/pipeline.hpp"
#include "report/summary_data.hpp"
#include "report/summary_text.hpp"
#include "store/database.hpp"
#include "util/iso_time.hpp"

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

// The words that drove the mood: every scored word's contributions over the period's comments,
// summed per normal form (scored with the current lexicon), strongest first on each side.
void find_driver_words(const score::Scorer& scorer, const std::vector<std::string>& bodies,
                       StoryMood& story) {
    std::map<std::string, DriverWord> words;
    for (const auto& body : bodies) {
        Score s = scorer.explain(body);
        for (const auto& c : s.contributions) {
            if (c.value == 0.0 || c.normal.empty() || c.rule == "exclamation") continue;
            DriverWord& w = words[c.normal];
            w.word = c.normal;
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

}  // namespace

Result<ExitCode> run_summary(const Context& ctx, const SummaryOptions& o, Streams io) {
    auto last = resolve_day(ctx, o.date);
    if (!last) return tl::unexpected(last.error());
    if (o.days < 1 || o.days > 3660) return fail("--days must be from 1 to 3660", ExitCode::usage);
    auto db = store::Database::open(ctx.config.database, store::Access::read_only);
    if (!db) return tl::unexpected(db.error());
    auto kit = make_scoring_kit(ctx);
    if (!kit) return tl::unexpected(kit.error());
    const std::string first = util::add_days(*last, 1 - o.days);
    auto summary = db->load_summary(first, *last, o.story);
    if (!summary) return tl::unexpected(summary.error());
    if (!o.story.empty() && summary->stories.empty())
        return fail("no story named '" + o.story + "' in " + ctx.config.database.string(),
                    ExitCode::usage);
    summary->zone = ctx.zone.id();
    for (auto& story : summary->stories) {
        for (auto* n : {&story.most_positive, &story.most_negative}) {
            if (*n) (*n)->local_time = ctx.zone.minute_of((*n)->posted_utc);
        }
        auto bodies = db->comment_bodies(story.story, first, *last);
        if (!bodies) return tl::unexpected(bodies.error());
        find_driver_words(*(*kit)->scorer, *bodies, story);
    }
    if (o.format == "json") {
        io.out << report::format_summary_json(*summary);
    } else if (o.format == "csv") {
        io.out << report::format_summary_csv(*summary);
    } else {
        io.out << report::format_summary_text(*summary);
    }
    return ExitCode::ok;
}

}  // namespace suasana::app
