// The commands that read: summary, score, eval, check, and rescore.
#include <iostream>

#include "app/commands.hpp"
#include "app/pipeline.hpp"
#include "config/scraper_loader.hpp"
#include "score/evaluation.hpp"
#include "store/database.hpp"
#include "store/run_lock.hpp"
#include "util/iso_time.hpp"
#include "util/strings.hpp"

namespace suasana::app {

Result<ExitCode> run_score(const Context& ctx, bool explain, const std::vector<std::string>& texts,
                           Streams io) {
    auto kit = make_scoring_kit(ctx);
    if (!kit) return tl::unexpected(kit.error());
    auto emit = [&](const std::string& text) {
        Score s = explain ? (*kit)->scorer->explain(text) : (*kit)->scorer->score(text);
        io.out << label_name(s.label) << "\t" << util::format_fixed(s.compound, 4) << "\t" << text
               << "\n";
        if (explain) io.out << score::format_explanation(s);
    };
    if (!texts.empty()) {
        for (const auto& t : texts) emit(t);
    } else {
        std::string line;
        while (std::getline(io.in, line)) {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            emit(line);
        }
    }
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
           << lex.emoji.size() << " emoji, " << lex.spam.size() << " spam markers)\n";
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
        io.out << "  " << spec.name << " (" << spec.file.filename().string() << ")\n";
    }
    io.out << "targets:  " << c.targets.size() << "\n";
    for (const auto& t : c.targets) {
        auto spec = choose_scraper(ctx, t.scraper, t.url);
        if (!spec) return fail("target '" + t.name + "': " + spec.error().message, ExitCode::usage);
        io.out << "  " << t.name << " -> " << spec->name << ", story " << t.story << ": " << t.url
               << "\n";
    }
    io.out << "entities: " << c.entities.size() << "\n";
    return ExitCode::ok;
}

Result<ExitCode> run_prune(const Context& ctx, int older_than_days, Streams io) {
    if (older_than_days < 0) return fail("--older-than must not be negative", ExitCode::usage);
    auto lock = store::RunLock::acquire(ctx.config.database);
    if (!lock) return tl::unexpected(lock.error());
    auto db = store::Database::open(ctx.config.database, store::Access::read_write);
    if (!db) return tl::unexpected(db.error());
    const std::int64_t cutoff = ctx.now - std::int64_t{older_than_days} * 86400;
    auto pruned = db->prune_before(util::format_utc(cutoff));
    if (!pruned) return tl::unexpected(pruned.error());
    if (!ctx.options.quiet) {
        io.out << "pruned " << *pruned << " comments posted before " << ctx.zone.minute_of(cutoff)
               << " (" << ctx.zone.id() << ")\n";
    }
    return ExitCode::ok;
}

Result<ExitCode> run_rescore(const Context& ctx, Streams io) {
    auto kit = make_scoring_kit(ctx);
    if (!kit) return tl::unexpected(kit.error());
    auto lock = store::RunLock::acquire(ctx.config.database);
    if (!lock) return tl::unexpected(lock.error());
    auto db = store::Database::open(ctx.config.database, store::Access::read_write);
    if (!db) return tl::unexpected(db.error());
    const score::Scorer& scorer = *(*kit)->scorer;
    auto count = db->rescore_all(
        [&](const store::StoredComment& stored) {
            Comment c;
            c.score = scorer.score(stored.body);
            if (stored.posted_utc) c.time.local_day = ctx.zone.day_of(*stored.posted_utc);
            return c;
        },
        (*kit)->lexicon.version);
    if (!count) return tl::unexpected(count.error());
    if (!ctx.options.quiet)
        io.out << "rescored " << *count << " comments with lexicon " << (*kit)->lexicon.version
               << " in zone " << ctx.zone.id() << "\n";
    return ExitCode::ok;
}

}  // namespace suasana::app
