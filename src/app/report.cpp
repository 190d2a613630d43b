// `suasana report --html FILE`: the summary's numbers, and what the report adds, as one HTML
// page. Read-only like `summary`: no lock, and the file is written only once everything is read.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

#include "app/commands.hpp"
#include "app/mood_period.hpp"
#include "report/report_html.hpp"

namespace suasana::app {

namespace {

// How many of the most positive (and of the most negative) comments each story quotes.
constexpr int k_quoted_comments = 3;

std::string write_error(const std::string& file) {
    return "cannot write the report to '" + file + "': " + std::strerror(errno);
}

// Writes `html` to `file` through a temporary file beside it, so a reader never sees half a
// report and a failed run leaves the previous report in place. Fails with exit code 3.
Result<void> write_report(const std::string& file, const std::string& html) {
    std::string temp = file + ".tmp";
    std::FILE* out = std::fopen(temp.c_str(), "wb");
    if (out == nullptr) return fail(write_error(file), ExitCode::fatal);
    bool written = std::fwrite(html.data(), 1, html.size(), out) == html.size();
    written = std::fclose(out) == 0 && written;
    if (!written || std::rename(temp.c_str(), file.c_str()) != 0) {
        std::string message = write_error(file);
        std::remove(temp.c_str());
        return fail(message, ExitCode::fatal);
    }
    return {};
}

}  // namespace

Result<ExitCode> run_report(const Context& ctx, const ReportOptions& o, Streams io) {
    auto opened = open_mood_period(ctx, o.date, o.days, o.story);
    if (!opened) return tl::unexpected(opened.error());
    const Period& period = opened->period;
    const score::Scorer& scorer = *opened->kit->scorer;
    MoodReport report;
    report.summary = std::move(opened->summary);
    report.current_lexicon = opened->kit->lexicon.version;
    report.generated_at = ctx.zone.minute_of(ctx.now);
    report.version = SUASANA_VERSION;
    for (const StoryMood& story : report.summary.stories) {
        auto details = opened->db.load_story_details(story.story, period.first_day, period.last_day,
                                                     k_quoted_comments);
        if (!details) return tl::unexpected(details.error());
        for (auto* side : {&details->most_positive, &details->most_negative}) {
            for (QuotedComment& c : *side) {
                c.local_time = ctx.zone.minute_of(c.posted_utc);
                c.explanation = scorer.explain(c.body).contributions;
            }
        }
        report.details.push_back(std::move(*details));
    }
    std::string html = report::format_report_html(report);
    if (o.file == "-") {
        io.out << html;
        return ExitCode::ok;
    }
    if (auto written = write_report(o.file, html); !written) return tl::unexpected(written.error());
    return ExitCode::ok;
}

}  // namespace suasana::app
