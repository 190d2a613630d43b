#pragma once
// One function per command; each returns the exit code, or an Error the CLI prints.
#include <iosfwd>
#include <string>
#include <vector>

#include "app/context.hpp"
#include "model/exit_code.hpp"

namespace suasana::app {

/// Where a command writes: results to `out`, diagnostics ("suasana: ...") to `err`.
struct Streams {
    std::ostream& out;
    std::ostream& err;
    std::istream& in;
};

struct ScrapeOptions {
    std::vector<std::string> targets;  ///< empty: every configured target
    bool all = false;                  ///< include stale targets
    int jobs = 0;                      ///< threads that read pages; 0: [limits] jobs
};
Result<ExitCode> run_scrape(const Context& ctx, const ScrapeOptions& options, Streams io);

struct IngestOptions {
    std::vector<std::string> inputs;  ///< files and folders; "-" for stdin
    std::string url;
    std::string scraper;
    std::string story;
    int jobs = 0;  ///< threads that read pages; 0: [limits] jobs
};
Result<ExitCode> run_ingest(const Context& ctx, const IngestOptions& options, Streams io);

struct ExtractOptions {
    std::string file;
    std::string scraper;
    std::string url;
    bool why = false;
};
Result<ExitCode> run_extract(const Context& ctx, const ExtractOptions& options, Streams io);

struct SummaryOptions {
    std::string date = "today";
    int days = 1;
    std::string story;
    std::string format = "text";
};
Result<ExitCode> run_summary(const Context& ctx, const SummaryOptions& options, Streams io);

struct ReportOptions {
    std::string file;  ///< the HTML file to write; "-" for stdout
    std::string date = "today";
    int days = 1;
    std::string story;
};
/// Writes the mood report of the period as one self-contained HTML page; fails with exit code 2
/// on bad options or an unknown story, 3 on a database error or a file it cannot write.
Result<ExitCode> run_report(const Context& ctx, const ReportOptions& options, Streams io);

struct ScoreOptions {
    std::vector<std::string> texts;  ///< the texts to score; none: stdin's lines
    bool explain = false;            ///< add every token's contribution
    int jobs = 0;                    ///< threads scoring stdin; 0: [limits] jobs, else per core
};
Result<ExitCode> run_score(const Context& ctx, const ScoreOptions& options, Streams io);
Result<ExitCode> run_eval(const Context& ctx, const std::string& file, Streams io);
struct TrainOptions {
    std::vector<std::string> files;     ///< labelled texts, text<TAB>label
    std::string out;                    ///< the weights file; empty: stdout
    std::string date;                   ///< YYYY-MM-DD for the header; empty: not recorded
    std::vector<std::string> sources;   ///< what each file is, for the header; else its name
    std::vector<std::string> licences;  ///< each file's licence and attribution, for the header
};
/// Learns weights for the learned layer from labelled files (settings by cross-validation on
/// them), prints the cross-validation table and writes the file; fails with exit code 2 on a
/// bad file, too few texts or an unwritable output.
Result<ExitCode> run_train(const Context& ctx, const TrainOptions& options, Streams io);
Result<ExitCode> run_check(const Context& ctx, Streams io);
Result<ExitCode> run_rescore(const Context& ctx, Streams io);
/// Deletes comments posted more than `older_than_days` days before now.
Result<ExitCode> run_prune(const Context& ctx, int older_than_days, Streams io);

}  // namespace suasana::app
