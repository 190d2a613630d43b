// `suasana train`: learned weights from a labelled file, for the learned layer of the scorer.
#include <array>
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
    std::string cmd = "suasana train";
    for (const auto& f : o.files) cmd += " " + quoted(f);
    if (!o.out.empty()) cmd += " --out " + quoted(o.out);
    if (!o.date.empty()) cmd += " --date " + o.date;
    for (const auto& s : o.sources) cmd += " --source " + quoted(s);
    for (const auto& l : o.licences) cmd += " --licence " + quoted(l);
    return cmd;
}

// One labelled file as the header records it.
struct Input {
    std::string bytes;
    std::array<long, 3> counts{};
    std::size_t texts = 0;
};

std::string list_of(const std::vector<double>& v) {
    std::string s;
    for (double x : v) s += (s.empty() ? "" : ", ") + util::format_fixed(x, 1);
    return s;
}

// How the chosen setting weighs the files' texts, for the header.
std::string weighting_of(double power) {
    if (power == 0.0) return "every text weighted the same";
    if (power == 1.0) return "files weighted equally";
    return "each file's texts weighted by its size^-" + util::format_fixed(power, 1);
}

std::vector<std::string> header_of(const TrainOptions& o, const std::vector<Input>& inputs,
                                   const score::Trained& t, const score::TrainingOptions& to) {
    const score::GridPoint& p = t.grid[t.chosen];
    const bool several = inputs.size() > 1;
    std::vector<std::string> h = {
        "suasana learned weights (lexicon/README.md, \"The learned layer\")",
        "columns: feature<TAB>negative<TAB>neutral<TAB>positive (class logit weights)",
    };
    for (std::size_t k = 0; k < inputs.size(); ++k) {
        const Input& in = inputs[k];
        std::string n = several ? " " + std::to_string(k + 1) : "";
        h.push_back("source" + n + ": " + (k < o.sources.size() ? o.sources[k] : o.files[k]));
        h.push_back("input" + n + ": " + std::to_string(in.texts) + " labelled texts (" +
                    std::to_string(in.counts[0]) + " negative, " + std::to_string(in.counts[1]) +
                    " neutral, " + std::to_string(in.counts[2]) + " positive), fnv1a-64 " +
                    util::hex64(util::fnv1a(in.bytes)));
        h.push_back("licence" + n + ": " +
                    (k < o.licences.size() ? o.licences[k] : std::string("as the source's")));
    }
    std::string merit = "macro-F1 " + util::format_fixed(p.merit(), 3);
    if (several) {
        merit = "mean of the files' macro-F1 " + util::format_fixed(p.merit(), 3) + " (";
        for (std::size_t k = 0; k < p.per_source.size(); ++k)
            merit += (k == 0 ? "" : ", ") + util::format_fixed(p.per_source[k].macro_f1(), 3);
        merit += ")";
    }
    h.push_back("command: " + command_of(o));
    h.push_back(
        "features: the scorer's normalised words and pairs of consecutive words found in at "
        "least " +
        std::to_string(to.min_texts) + " texts (" + std::to_string(t.weights.features.size()) +
        " of " + std::to_string(t.candidates) + " kept: some weight at least " +
        util::format_fixed(to.min_weight, 2) +
        "), the lexicon's compound (its positive and negative side), no lexicon word, bias");
    h.push_back("model: multinomial logistic regression, L2 lambda " +
                util::format_fixed(p.setting.lambda, 1) + " (bias not regularised), classes " +
                (p.setting.balanced ? "balanced" : "unweighted") +
                (several ? ", " + weighting_of(p.setting.source_power) : "") + ", gate " +
                util::format_fixed(p.setting.gate, 2));
    h.push_back(
        "chosen by " + std::to_string(to.folds) + "-fold cross-validation on the input only " +
        "(" + merit + "; lambdas " + list_of(to.lambdas) + "; gates " + list_of(to.gates) +
        "; classes unweighted and balanced" +
        (several ? "; every text, 1 / sqrt(file size) or every file weighted the same" : "") + ")");
    h.push_back("date: " +
                (o.date.empty() ? std::string("not given (--date YYYY-MM-DD)") : o.date));
    return h;
}

std::string format_grid(const score::Trained& t, std::size_t folds) {
    const bool several = !t.grid.empty() && t.grid.front().per_source.size() > 1;
    std::ostringstream out;
    out << "cross-validation (" << folds << " folds, predictions pooled)\n"
        << "  " << (several ? "files  " : "")
        << "classes     gate  lambda  accuracy  macro_f1  f1_neg  f1_neu  f1_pos"
        << (several ? "  per file macro_f1" : "") << "\n";
    for (std::size_t k = 0; k < t.grid.size(); ++k) {
        const auto& p = t.grid[k];
        out << "  ";
        if (several)
            out << (p.setting.source_power == 0.0   ? "texts  "
                    : p.setting.source_power == 1.0 ? "equal  "
                                                    : "sqrt   ");
        out << (p.setting.balanced ? "balanced  " : "unweighted") << "  "
            << util::format_fixed(p.setting.gate, 2) << "  "
            << util::format_fixed(p.setting.lambda, 1) << (p.setting.lambda < 10 ? "     " : "    ")
            << util::format_fixed(p.cv.accuracy(), 3) << "     "
            << util::format_fixed(p.cv.macro_f1(), 3) << "     "
            << util::format_fixed(p.cv.f1(Label::negative), 3) << "   "
            << util::format_fixed(p.cv.f1(Label::neutral), 3) << "   "
            << util::format_fixed(p.cv.f1(Label::positive), 3);
        for (std::size_t f = 0; several && f < p.per_source.size(); ++f)
            out << (f == 0 ? "  " : " ") << util::format_fixed(p.per_source[f].macro_f1(), 3);
        out << (k == t.chosen ? "  chosen" : "") << "\n";
    }
    return out.str();
}

}  // namespace

Result<ExitCode> run_train(const Context& ctx, const TrainOptions& o, Streams io) {
    if (!o.date.empty() && !util::is_day(o.date))
        return fail("--date '" + o.date + "': expected YYYY-MM-DD", ExitCode::usage);
    if (o.sources.size() > o.files.size() || o.licences.size() > o.files.size())
        return fail("train: more --source or --licence options than files", ExitCode::usage);
    std::vector<score::LabelledText> rows;
    std::vector<Input> inputs;
    for (std::size_t k = 0; k < o.files.size(); ++k) {
        auto read = score::read_labelled(o.files[k]);
        if (!read) return fail(read.error().message, ExitCode::usage);
        auto bytes = score::detail::read_file(o.files[k]);
        if (!bytes) return fail(bytes.error().message, ExitCode::usage);
        Input in{std::move(*bytes), {}, read->size()};
        for (auto& r : *read) {
            ++in.counts[static_cast<std::size_t>(r.label)];
            r.source = k;
            rows.push_back(std::move(r));
        }
        inputs.push_back(std::move(in));
    }
    auto kit = make_scoring_kit(ctx, LearnedLayer::off);  // learn on the lexicon alone
    if (!kit) return tl::unexpected(kit.error());
    score::TrainingOptions to;
    to.neutral_band = ctx.config.neutral_band;
    auto trained = score::train(*(*kit)->scorer, rows, to);
    if (!trained) {
        std::string names;
        for (const auto& f : o.files) names += (names.empty() ? "" : ", ") + f;
        return fail(names + ": " + trained.error().message, ExitCode::usage);
    }
    std::string file = score::format_learned(trained->weights, header_of(o, inputs, *trained, to));
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
