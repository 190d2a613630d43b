#include "score/trainer.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "score/blend.hpp"
#include "score/compound.hpp"
#include "score/optimiser.hpp"
#include "util/strings.hpp"

namespace suasana::score {

namespace {

// One labelled text as the learner sees it.
struct Example {
    std::vector<std::uint32_t> grams;  // key ids, repeats kept
    LexiconView lex;
    std::size_t label = 0;
    std::size_t source = 0;
};

struct Corpus {
    std::vector<std::string> keys;  // in byte order: ids are stable for the same input
    std::vector<Example> examples;
};

// A key the weights file can hold: not a comment ('#'), not a special ('*'), no TAB.
bool storable(const std::string& key) {
    return !key.empty() && key[0] != '#' && key[0] != '*' && key.find('\t') == std::string::npos;
}

Corpus read_corpus(const Scorer& scorer, const std::vector<LabelledText>& rows) {
    std::vector<std::vector<std::string>> texts(rows.size());
    std::map<std::string, std::uint32_t> ids;
    Corpus corpus;
    corpus.examples.resize(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        corpus.examples[i].lex = scorer.read_features(rows[i].text, texts[i]);
        corpus.examples[i].label = static_cast<std::size_t>(rows[i].label);
        corpus.examples[i].source = rows[i].source;
        for (const auto& k : texts[i]) ids.emplace(k, 0);
    }
    for (auto& [key, id] : ids) {
        id = static_cast<std::uint32_t>(corpus.keys.size());
        corpus.keys.push_back(key);
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        for (const auto& k : texts[i]) {
            if (storable(k)) corpus.examples[i].grams.push_back(ids[k]);
        }
    }
    return corpus;
}

// The model being fitted: columns of the features in use, parameters [row * 3 + class] with
// the special features in rows 0..3 and feature column j in row 4 + j.
struct Design {
    std::vector<std::int64_t> column;  // per key id; -1: not a feature
    std::size_t columns = 0;
    std::vector<std::vector<std::uint32_t>> rows;  // per example: the parameter rows it uses
};

Design design_of(const Corpus& corpus, const std::vector<std::size_t>& train,
                 std::size_t min_texts) {
    std::vector<std::size_t> texts(corpus.keys.size(), 0);
    for (std::size_t i : train) {
        std::set<std::uint32_t> seen(corpus.examples[i].grams.begin(),
                                     corpus.examples[i].grams.end());
        for (std::uint32_t g : seen) ++texts[g];
    }
    Design d;
    d.column.assign(corpus.keys.size(), -1);
    for (std::size_t g = 0; g < corpus.keys.size(); ++g) {
        if (texts[g] >= min_texts) d.column[g] = static_cast<std::int64_t>(d.columns++);
    }
    d.rows.resize(corpus.examples.size());
    for (std::size_t i = 0; i < corpus.examples.size(); ++i) {
        for (std::uint32_t gram : corpus.examples[i].grams) {
            if (d.column[gram] >= 0)
                d.rows[i].push_back(static_cast<std::uint32_t>(k_special_count) +
                                    static_cast<std::uint32_t>(d.column[gram]));
        }
    }
    return d;
}

ClassWeights logits(const Corpus& corpus, std::size_t i, const Design& d,
                    const std::vector<double>& theta, double gate) {
    const Example& e = corpus.examples[i];
    ClassWeights z{};
    auto x = special_values(e.lex);
    for (std::size_t s = 0; s < k_special_count; ++s) {
        for (std::size_t c = 0; c < 3; ++c) z[c] += x[s] * theta[s * 3 + c];
    }
    double g = gate_of(gate, e.lex);
    for (std::uint32_t row : d.rows[i]) {
        for (std::size_t c = 0; c < 3; ++c) z[c] += g * theta[std::size_t{row} * 3 + c];
    }
    return z;
}

// Each text's weight in the loss: 1, times with `balanced` n / (3 * texts of its class), so
// that every class counts as much as the others whatever its share of the data, and times
// (texts of its file)^-source_power, scaled so that the weights still average 1.
std::vector<double> text_weights(const Corpus& corpus, const std::vector<std::size_t>& train,
                                 const Setting& setting) {
    ClassWeights count{};
    std::vector<double> per_source;
    for (std::size_t i : train) {
        const Example& e = corpus.examples[i];
        count[e.label] += 1.0;
        if (per_source.size() <= e.source) per_source.resize(e.source + 1, 0.0);
        per_source[e.source] += 1.0;
    }
    const auto n = static_cast<double>(train.size());
    double total = 0.0;  // the sum of the source factors over the texts
    for (double c : per_source) total += c > 0 ? c * std::pow(c, -setting.source_power) : 0.0;
    std::vector<double> w(corpus.examples.size(), 0.0);
    for (std::size_t i : train) {
        const Example& e = corpus.examples[i];
        w[i] = (setting.balanced ? n / (3.0 * count[e.label]) : 1.0) *
               (n * std::pow(per_source[e.source], -setting.source_power) / total);
    }
    return w;
}

// Minimises the L2-regularised log loss over `train` (the bias is not regularised).
std::vector<double> fit(const Corpus& corpus, const std::vector<std::size_t>& train,
                        const Design& d, const Setting& setting, std::vector<double> start) {
    const double lambda = setting.lambda, gate = setting.gate;
    const std::vector<double> weight = text_weights(corpus, train, setting);
    Objective f = [&](const std::vector<double>& theta, std::vector<double>& grad) {
        double loss = 0.0;
        for (std::size_t k = 0; k < theta.size(); ++k) {
            bool bias = k < 3;
            grad[k] = bias ? 0.0 : lambda * theta[k];
            loss += bias ? 0.0 : 0.5 * lambda * theta[k] * theta[k];
        }
        for (std::size_t i : train) {
            const Example& e = corpus.examples[i];
            ClassWeights z = logits(corpus, i, d, theta, gate);
            double top = std::max({z[0], z[1], z[2]});
            double sum = std::exp(z[0] - top) + std::exp(z[1] - top) + std::exp(z[2] - top);
            const double w = weight[i];
            loss += w * (top + std::log(sum) - z[e.label]);
            ClassWeights r{};
            for (std::size_t c = 0; c < 3; ++c)
                r[c] = w * (std::exp(z[c] - top) / sum - (c == e.label ? 1.0 : 0.0));
            auto x = special_values(e.lex);
            for (std::size_t s = 0; s < k_special_count; ++s) {
                for (std::size_t c = 0; c < 3; ++c) grad[s * 3 + c] += x[s] * r[c];
            }
            double g = gate_of(gate, e.lex);
            for (std::uint32_t row : d.rows[i]) {
                for (std::size_t c = 0; c < 3; ++c) grad[std::size_t{row} * 3 + c] += g * r[c];
            }
        }
        return loss;
    };
    start.resize((k_special_count + d.columns) * 3, 0.0);
    return minimise(f, std::move(start));
}

// Cross-validates one setting: every fold held out once, the predictions pooled.
GridPoint cross_validate(const Corpus& corpus, const std::vector<std::vector<std::size_t>>& folds,
                         const std::vector<Design>& designs, const Setting& setting,
                         std::size_t sources, const TrainingOptions& o) {
    GridPoint point{setting, {}, std::vector<Evaluation>(sources)};
    for (std::size_t k = 0; k < folds.size(); ++k) {
        std::vector<std::size_t> train;
        for (std::size_t j = 0; j < folds.size(); ++j) {
            if (j != k) train.insert(train.end(), folds[j].begin(), folds[j].end());
        }
        std::sort(train.begin(), train.end());
        std::vector<double> theta = fit(corpus, train, designs[k], setting, {});
        for (std::size_t i : folds[k]) {
            const Example& ex = corpus.examples[i];
            double compound =
                compound_of(learned_raw(logits(corpus, i, designs[k], theta, setting.gate)));
            auto predicted = static_cast<std::size_t>(label_of(compound, o.neutral_band));
            for (Evaluation* e : {&point.cv, &point.per_source[ex.source]}) {
                ++e->confusion[ex.label][predicted];
                ++e->n;
            }
        }
    }
    return point;
}

std::size_t choose(const std::vector<GridPoint>& grid, double tie) {
    double best = 0.0;
    for (const auto& p : grid) best = std::max(best, p.merit());
    std::size_t chosen = 0;
    bool found = false;
    for (std::size_t k = 0; k < grid.size(); ++k) {
        const GridPoint& p = grid[k];
        if (p.merit() < best - tie) continue;
        const GridPoint& c = grid[chosen];
        bool better = p.setting.gate != c.setting.gate       ? p.setting.gate > c.setting.gate
                      : p.setting.lambda != c.setting.lambda ? p.setting.lambda > c.setting.lambda
                                                             : p.merit() > c.merit();
        if (!found || better) chosen = k;
        found = true;
    }
    return chosen;
}

LearnedWeights weights_of(const Corpus& corpus, const Design& d, const std::vector<double>& theta,
                          double gate, double min_weight) {
    LearnedWeights w;
    w.gate = gate;
    for (std::size_t s = 0; s < k_special_count; ++s) {
        for (std::size_t c = 0; c < 3; ++c) w.specials[s][c] = theta[s * 3 + c];
    }
    for (std::size_t g = 0; g < corpus.keys.size(); ++g) {
        if (d.column[g] < 0) continue;
        std::size_t row = k_special_count + static_cast<std::size_t>(d.column[g]);
        ClassWeights cw{theta[row * 3], theta[row * 3 + 1], theta[row * 3 + 2]};
        double largest = std::max({std::abs(cw[0]), std::abs(cw[1]), std::abs(cw[2])});
        if (largest >= min_weight) w.add(corpus.keys[g], cw);
    }
    return w;
}

}  // namespace

double GridPoint::merit() const {
    double sum = 0.0;
    for (const auto& e : per_source) sum += e.macro_f1();
    return per_source.empty() ? cv.macro_f1() : sum / static_cast<double>(per_source.size());
}

Result<Trained> train(const Scorer& scorer, const std::vector<LabelledText>& rows,
                      const TrainingOptions& o) {
    if (rows.size() < 2 * o.folds)
        return fail("training needs at least " + std::to_string(2 * o.folds) +
                    " labelled texts, got " + std::to_string(rows.size()));
    for (Label l : {Label::negative, Label::neutral, Label::positive}) {
        if (std::none_of(rows.begin(), rows.end(), [&](const auto& r) { return r.label == l; }))
            return fail(std::string("training needs texts of every class; none is ") +
                        label_name(l));
    }
    Corpus corpus = read_corpus(scorer, rows);
    // Text i of each source goes to fold (i mod folds), so every fold has its share of each file.
    std::size_t sources = 0;
    for (const auto& r : rows) sources = std::max(sources, r.source + 1);
    std::vector<std::size_t> fold_of(rows.size());
    std::vector<std::size_t> seen(sources, 0);
    for (std::size_t i = 0; i < rows.size(); ++i) fold_of[i] = seen[rows[i].source]++ % o.folds;
    std::vector<std::vector<std::size_t>> folds(o.folds);
    for (std::size_t i = 0; i < rows.size(); ++i) folds[fold_of[i]].push_back(i);
    std::vector<Design> designs;
    for (std::size_t k = 0; k < o.folds; ++k) {
        std::vector<std::size_t> train;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (fold_of[i] != k) train.push_back(i);
        }
        designs.push_back(design_of(corpus, train, o.min_texts));
    }
    Trained t;
    for (double power : o.source_powers) {
        if (power != 0.0 && sources < 2) continue;  // one file: the same as by text
        for (bool balanced : o.balanced) {
            for (double gate : o.gates) {
                for (double lambda : o.lambdas) {
                    Setting setting{lambda, gate, balanced, power};
                    t.grid.push_back(cross_validate(corpus, folds, designs, setting, sources, o));
                }
            }
        }
    }
    t.chosen = choose(t.grid, o.tie);
    std::vector<std::size_t> all(rows.size());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
    Design d = design_of(corpus, all, o.min_texts);
    const GridPoint& p = t.grid[t.chosen];
    std::vector<double> theta = fit(corpus, all, d, p.setting, {});
    t.candidates = d.columns;
    t.weights = weights_of(corpus, d, theta, p.setting.gate, o.min_weight);
    return t;
}

std::string format_learned(const LearnedWeights& w, const std::vector<std::string>& header) {
    std::string out;
    for (const auto& h : header) out += h.empty() ? "#\n" : "# " + h + "\n";
    auto row = [&](const std::string& key, const ClassWeights& cw) {
        out += key;
        for (double v : cw) {
            // -0.0000 and 0.0000 are the same weight: print one of them.
            std::string s = util::format_fixed(v, 4);
            out += "\t" + (s == "-0.0000" ? std::string("0.0000") : s);
        }
        out += "\n";
    };
    out += "*gate\t" + util::format_fixed(w.gate, 2) + "\n";
    for (std::size_t s = 0; s < k_special_count; ++s)
        row(special_name(static_cast<Special>(s)), w.specials[s]);
    std::vector<std::size_t> order(w.features.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return w.features.key_at(a) < w.features.key_at(b);
    });
    for (std::size_t k : order) row(w.features.key_at(k), w.features.value_at(k));
    return out;
}

}  // namespace suasana::score
