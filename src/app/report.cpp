// `suasana report --html FILE`: the summary's numbers, and what the report adds, as one HTML
// page. Read-only like `summary`: no lock, and the file is written only once everything is read.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "app/commands.hpp"
#include "app/mood_period.hpp"
#include "report/report_html.hpp"

namespace suasana::app {

namespace {

// How many of the most positive (and of the most negative) comments each story quotes.
constexpr int k_quoted_comments = 3;

std::string write_error(const std::string& file, int err) {
    return "cannot write the report to '" + file + "': " + std::strerror(err);
}

// Returns the mode a new report gets: an existing file's own, else what the umask allows.
mode_t report_mode(const struct stat* existing) {
    if (existing != nullptr) return existing->st_mode & 07777;
    mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

// Writes all of `bytes` to `fd` and syncs it; returns 0 or the errno of the failure.
int write_all(int fd, const std::string& bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return n < 0 ? errno : EIO;
        done += static_cast<std::size_t>(n);
    }
    return ::fsync(fd) == 0 ? 0 : errno;
}

// Writes `html` to `file` through a temporary file made with mkstemp in the same folder (no
// name another user can plant a symlink at), synced, then renamed over `file`: a reader never
// sees half a report and a failed run leaves the previous report in place. A `file` that
// exists and is not a regular file (a symlink, a device, a folder) is refused, not replaced.
// Fails with exit code 3.
Result<void> write_report(const std::string& file, const std::string& html) {
    struct stat existing {};
    bool exists = ::lstat(file.c_str(), &existing) == 0;
    if (exists && !S_ISREG(existing.st_mode))
        return fail("'" + file +
                        "' exists and is not a regular file (a symbolic link, a device or a "
                        "folder); refusing to replace it (use --html - for standard output)",
                    ExitCode::fatal);
    std::filesystem::path target(file);
    std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : ".";
    std::string temp = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
    int fd = ::mkstemp(temp.data());
    if (fd < 0) return fail(write_error(file, errno), ExitCode::fatal);
    int err = ::fchmod(fd, report_mode(exists ? &existing : nullptr)) == 0 ? 0 : errno;
    if (err == 0) err = write_all(fd, html);
    if (::close(fd) != 0 && err == 0) err = errno;
    if (err == 0 && ::rename(temp.c_str(), file.c_str()) != 0) err = errno;
    if (err != 0) {
        ::unlink(temp.c_str());
        return fail(write_error(file, err), ExitCode::fatal);
    }
    // The rename is durable once the folder is synced too.
    int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
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
