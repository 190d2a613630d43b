// `suasana train`: learned weights from a labelled file, for the learned layer of the scorer.
#include <fstream>
#include <iostream>
#include <sstream>

#include "app/commands.hpp"
#include "app/pipeline.hpp"
#include "score/lexicon_files.hpp"
#include "score/trainer.hpp"
#include "util/hash.hpp"
#include "util/iso_time.hpp"
#include "util/strings.hpp"

namespace suasana::app {

namespace {

// The argument as a shell would need it: in double quotes when it has spaces or quotes.
std::string quoted(const std::string& arg) {
    if (arg.find_first_of(" \t\"'$\\") == std::string::npos && !arg.empty()) return arg;
    std::string out = "\"";
    for (char c : arg) {
        if (c == '"' || c == '\\' || c == '$') out += '\\';
        out += c;
    }
    return out + "\"";
}

// The command that rebuilds the file, as its header records it.
std::string command_of(const TrainOptions& o) {
    std::string cmd = "suasana train " + quoted(o.file);
    if (!o.out.empty()) cmd += " --out " + quoted(o.out);
    if (!o.date.empty()) cmd += " --date " + o.date;
    if (!o.source.empty()) cmd += " --source " + quoted(o.source);
    if (!o.licence.empty()) cmd += " --licence " + quoted(o.licence);
    return cmd;
}

std::vector<std::string> header_of(const TrainOptions& o, const std::string& input,
                                   const std::vector<score::LabelledText>& rows,
                                   const score::Trained& t, const score::TrainingOptions& to) {
    std::array<long, 3> counts{};
    for (const auto& r : rows) ++counts[static_cast<std::size_t>(r.label)];
    const score::GridPoint& p = t.grid[t.chosen];
    auto list = [](const std::vector<double>& v) {
        std::string s;
        for (double x : v) s += (s.empty() ? "" : ", ") + util::format_fixed(x, 1);
        return s;
    };
    return {
        "suasana learned weights (lexicon/README.md, \"The learned layer\")",
        "columns: feature<TAB>negative<TAB>neutral<TAB>positive (class logit weights)",
        "source: " + (o.source.empty() ? o.file : o.source),
        "input: " + std::to_string(rows.size()) + " labelled texts (" + std::to_string(counts[0]) +
            " negative, " + std::to_string(counts[1]) + " neutral, " + std::to_string(counts[2]) +
            " positive), fnv1a-64 " + util::hex64(util::fnv1a(input)),
        "licence: " + (o.licence.empty() ? std::string("as the source's") : o.licence),
        "command: " + command_of(o),
        "features: the scorer's normalised words and pairs of consecutive words found in at "
        "least " +
            std::to_string(to.min_texts) + " texts (" + std::to_string(t.weights.features.size()) +
            " of " + std::to_string(t.candidates) + " kept: some weight at least " +
            util::format_fixed(to.min_weight, 2) +
            "), the lexicon's compound (its positive and negative side), no lexicon word, bias",
        "model: multinomial logistic regression, L2 lambda " +
            util::format_fixed(p.setting.lambda, 1) + " (bias not regularised), classes " +
            (p.setting.balanced ? "balanced" : "unweighted") + ", gate " +
            util::format_fixed(p.setting.gate, 2),
        "chosen by " + std::to_string(to.folds) + "-fold cross-validation on the input only " +
            "(macro-F1 " + util::format_fixed(p.cv.macro_f1(), 3) + "; lambdas " +
            list(to.lambdas) + "; gates " + list(to.gates) + "; classes unweighted and balanced)",
        "date: " + (o.date.empty() ? std::string("not given (--date YYYY-MM-DD)") : o.date),
    };
}

std::string format_grid(const score::Trained& t, std::size_t folds) {
    std::ostringstream out;
    out << "cross-validation (" << folds << " folds, predictions pooled)\n"
        << "  classes     gate  lambda  accuracy  macro_f1  f1_neg  f1_neu  f1_pos\n";
    for (std::size_t k = 0; k < t.grid.size(); ++k) {
        const auto& p = t.grid[k];
        out << "  " << (p.setting.balanced ? "balanced  " : "unweighted") << "  "
            << util::format_fixed(p.setting.gate, 2) << "  "
            << util::format_fixed(p.setting.lambda, 1) << (p.setting.lambda < 10 ? "     " : "    ")
            << util::format_fixed(p.cv.accuracy(), 3) << "     "
            << util::format_fixed(p.cv.macro_f1(), 3) << "     "
            << util::format_fixed(p.cv.f1(Label::negative), 3) << "   "
            << util::format_fixed(p.cv.f1(Label::neutral), 3) << "   "
            << util::format_fixed(p.cv.f1(Label::positive), 3) << (k == t.chosen ? "  chosen" : "")
            << "\n";
    }
    return out.str();
}

}  // namespace

Result<ExitCode> run_train(const Context& ctx, const TrainOptions& o, Streams io) {
    if (!o.date.empty() && !util::is_day(o.date))
        return fail("--date '" + o.date + "': expected YYYY-MM-DD", ExitCode::usage);
    auto rows = score::read_labelled(o.file);
    if (!rows) return fail(rows.error().message, ExitCode::usage);
    auto input = score::detail::read_file(o.file);
    if (!input) return fail(input.error().message, ExitCode::usage);
    auto kit = make_scoring_kit(ctx, LearnedLayer::off);  // learn on the lexicon alone
    if (!kit) return tl::unexpected(kit.error());
    score::TrainingOptions to;
    to.neutral_band = ctx.config.neutral_band;
    auto trained = score::train(*(*kit)->scorer, *rows, to);
    if (!trained) return fail(o.file + ": " + trained.error().message, ExitCode::usage);
    std::string file =
        score::format_learned(trained->weights, header_of(o, *input, *rows, *trained, to));
    std::ostream& report = o.out.empty() ? io.err : io.out;
    if (!ctx.options.quiet) report << format_grid(*trained, to.folds);
    if (o.out.empty()) {
        io.out << file;
        return ExitCode::ok;
    }
    std::ofstream f(o.out, std::ios::binary | std::ios::trunc);
    if (!(f << file) || !f.flush())
        return fail(o.out + ": cannot write the learned weights", ExitCode::usage);
    if (!ctx.options.quiet)
        report << "wrote " << trained->weights.features.size() << " features to " << o.out << "\n";
    return ExitCode::ok;
}

}  // namespace suasana::app
