// `suasana summary`: the morning read, per story and day, with what drove the mood.
#include <iostream>

#include "app/commands.hpp"
#include "app/mood_period.hpp"
#include "report/summary_data.hpp"
#include "report/summary_text.hpp"

namespace suasana::app {

Result<ExitCode> run_summary(const Context& ctx, const SummaryOptions& o, Streams io) {
    auto opened = open_mood_period(ctx, o.date, o.days, o.story);
    if (!opened) return tl::unexpected(opened.error());
    const MoodSummary& summary = opened->summary;
    if (o.format == "json") {
        io.out << report::format_summary_json(summary);
    } else if (o.format == "csv") {
        io.out << report::format_summary_csv(summary);
    } else {
        io.out << report::format_summary_text(summary);
    }
    return ExitCode::ok;
}

}  // namespace suasana::app
