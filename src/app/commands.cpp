// The smaller commands: score, eval, check, prune and rescore.
#include <algorithm>
#include <future>
#include <iostream>
#include <memory>

#include "app/commands.hpp"
#include "app/pipeline.hpp"
#include "app/run_session.hpp"
#include "app/worker_pool.hpp"
#include "config/scraper_loader.hpp"
#include "score/evaluation.hpp"
#include "store/database.hpp"
#include "util/iso_time.hpp"
#include "util/strings.hpp"

namespace suasana::app {

namespace {

constexpr std::size_t k_block_lines = 8192;  // lines scored between two writes, at most
constexpr std::size_t k_slice_lines = 256;   // a thread's share of a block, at least

// Appends `text`'s score line (label, compound, text), and with `explain` its explanation.
void append_score(std::string& out, const score::Scorer& scorer, bool explain,
                  const std::string& text) {
    Score s = explain ? scorer.explain(text) : scorer.score(text);
    out += label_name(s.label);
    out += '\t';
    out += util::format_fixed(s.compound, 4);
    out += '\t';
    out += text;
    out += '\n';
    if (explain) out += score::format_explanation(s);
}

// Scores stdin in blocks of lines: every line already read (up to k_block_lines) is one block,
// cut into one slice per thread, and the slices' output goes out in input order, one write per
// block. The input stream is untied from the output (a tie flushes before every read), and a
// block ends where the next read would wait, so a person typing still sees each answer at once.
Result<ExitCode> score_lines(const score::Scorer& scorer, bool explain, int jobs, Streams io) {
    std::ostream* tied = io.in.tie(nullptr);
    std::unique_ptr<WorkerPool> pool;
    if (jobs > 1) pool = std::make_unique<WorkerPool>(jobs - 1);  // this thread scores too
    std::vector<std::string> lines;
    auto slice = [&](std::size_t from, std::size_t to) {
        std::string out;
        for (std::size_t k = from; k < to; ++k) append_score(out, scorer, explain, lines[k]);
        return out;
    };
    for (;;) {
        lines.clear();
        for (std::string line; lines.size() < k_block_lines && std::getline(io.in, line);) {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            lines.push_back(std::move(line));
            if (io.in.rdbuf()->in_avail() <= 0) break;
        }
        if (lines.empty()) break;
        std::size_t slices = pool && lines.size() >= k_slice_lines * 2
                                 ? std::min<std::size_t>(static_cast<std::size_t>(jobs),
                                                         lines.size() / k_slice_lines)
                                 : 1;
        std::size_t step = (lines.size() + slices - 1) / slices;
        std::vector<std::future<std::string>> others;
        for (std::size_t from = step; from < lines.size(); from += step) {
            std::size_t to = std::min(lines.size(), from + step);
            others.push_back(pool->submit([&slice, from, to] { return slice(from, to); }));
        }
        std::string out = slice(0, std::min(lines.size(), step));
        for (auto& f : others) out += f.get();
        io.out.write(out.data(), static_cast<std::streamsize>(out.size()));
        io.out.flush();
    }
    io.in.tie(tied);
    return ExitCode::ok;
}

}  // namespace

Result<ExitCode> run_score(const Context& ctx, const ScoreOptions& o, Streams io) {
    auto kit = make_scoring_kit(ctx);
    if (!kit) return tl::unexpected(kit.error());
    const score::Scorer& scorer = *(*kit)->scorer;
    if (o.texts.empty())
        return score_lines(scorer, o.explain,
                           resolve_jobs(o.jobs > 0 ? o.jobs : ctx.config.limits.jobs), io);
    std::string out;
    for (const auto& t : o.texts) append_score(out, scorer, o.explain, t);
    io.out << out;
    return ExitCode::ok;
}

Result<ExitCode> run_eval(const Context& ctx, const std::string& file, Streams io) {
    auto kit = make_scoring_kit(ctx);
    if (!kit) return tl::unexpected(kit.error());
    auto e = score::evaluate_file(*(*kit)->scorer, file);
    if (!e) return fail(e.error().message, ExitCode::usage);
    io.out << score::format_evaluation(*e);
    return ExitCode::ok;
}

// The privacy line of `check`: the option, and what the database still holds that it hides.
Result<ExitCode> check_privacy(const Context& ctx, Streams io) {
    const bool on = ctx.config.pseudonymize_authors;
    io.out << "privacy:  pseudonymize_authors " << (on ? "on" : "off");
    std::error_code ec;
    if (!std::filesystem::is_regular_file(ctx.config.database, ec)) {
        io.out << " (no database yet)\n";
        return ExitCode::ok;
    }
    auto db = store::Database::open(ctx.config.database, store::Access::read_only);
    if (!db) return tl::unexpected(db.error());
    auto state = db->author_state();
    if (!state) return tl::unexpected(state.error());
    io.out << "; " << state->comments << " stored comments, " << state->real_names
           << " with a real author name";
    if (on && (state->real_names > 0 || state->unkeyed_ids > 0))
        io.out << " (pseudonymised at the next scrape, ingest, rescore or prune)";
    io.out << "\n";
    return ExitCode::ok;
}

Result<ExitCode> run_check(const Context& ctx, Streams io) {
    const Config& c = ctx.config;
    io.out << "config:   " << (c.file.empty() ? "(built-in defaults)" : c.file.string()) << "\n"
           << "database: " << c.database.string() << "\n"
           << "zone:     " << ctx.zone.id() << "\n";
    auto kit = make_scoring_kit(ctx);
    if (!kit) return tl::unexpected(kit.error());
    const score::Lexicon& lex = (*kit)->lexicon;
    io.out << "lexicon:  " << ctx.lexicon_dir.string() << " (version " << lex.version << ": "
           << lex.words.size() << " terms, " << lex.slang.size() << " slang forms, "
           << lex.emoji.size() << " emoji, " << lex.spam.size() << " spam markers, "
           << lex.rhetorical.size() << " rhetorical openers, " << lex.versus.size()
           << " head-to-head verbs, " << lex.no_stem.size() << " unstemmed words)\n";
    if (lex.learned.empty()) {
        io.out << "learned:  off\n";
    } else {
        io.out << "learned:  " << lex.learned.file.string() << " (" << lex.learned.features.size()
               << " words and pairs, gate " << util::format_fixed(lex.learned.gate, 2) << ")\n";
    }
    auto specs = config::load_scraper_dir(ctx.scrapers_dir);
    if (!specs) return fail(specs.error().message, ExitCode::usage);
    io.out << "scrapers: " << ctx.scrapers_dir.string() << "\n";
    for (const auto& spec : *specs) {
        auto reader = make_site_reader(ctx, spec);
        if (!reader) return tl::unexpected(reader.error());
        io.out << "  " << spec.name << " (" << spec.file.filename().string();
        if (spec.site != spec.name) io.out << ", site " << spec.site;  // shares its articles
        io.out << ")\n";
    }
    io.out << "targets:  " << c.targets.size() << "\n";
    for (const auto& t : c.targets) {
        auto spec = choose_scraper(ctx, t.scraper, t.url);
        if (!spec) return fail("target '" + t.name + "': " + spec.error().message, ExitCode::usage);
        io.out << "  " << t.name << " -> " << spec->name << ", story " << t.story << ": " << t.url
               << "\n";
    }
    io.out << "entities: " << c.entities.size() << "\n";
    return check_privacy(ctx, io);
}

Result<ExitCode> run_prune(const Context& ctx, int older_than_days, Streams io) {
    if (older_than_days < 0) return fail("--older-than must not be negative", ExitCode::usage);
    auto session = begin_run_session(ctx, "prune", io);
    if (!session) return tl::unexpected(session.error());
    const std::int64_t cutoff = ctx.now - std::int64_t{older_than_days} * 86400;
    auto pruned = session->db.prune_before(util::format_utc(cutoff));
    if (!pruned) return end_run_session(*session, {}, tl::unexpected(pruned.error()));
    if (!ctx.options.quiet) {
        io.out << "pruned " << *pruned << " comments posted before " << ctx.zone.minute_of(cutoff)
               << " (" << ctx.zone.id() << ")\n";
    }
    return end_run_session(*session, {}, ExitCode::ok);
}

Result<ExitCode> run_rescore(const Context& ctx, Streams io) {
    auto kit = make_scoring_kit(ctx);
    if (!kit) return tl::unexpected(kit.error());
    auto session = begin_run_session(ctx, "rescore", io);
    if (!session) return tl::unexpected(session.error());
    const score::Scorer& scorer = *(*kit)->scorer;
    auto count = session->db.rescore_all(
        [&](const store::StoredComment& stored) {
            Comment c;
            c.score = scorer.score(stored.body);
            if (stored.posted_utc) c.time.local_day = ctx.zone.day_of(*stored.posted_utc);
            return c;
        },
        (*kit)->lexicon.version);
    if (!count) return end_run_session(*session, {}, tl::unexpected(count.error()));
    if (!ctx.options.quiet)
        io.out << "rescored " << *count << " comments with lexicon " << (*kit)->lexicon.version
               << " in zone " << ctx.zone.id() << "\n";
    return end_run_session(*session, {}, ExitCode::ok);
}

}  // namespace suasana::app
