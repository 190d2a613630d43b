#pragma once
// `suasana train`: multinomial logistic regression with L2 over the scorer's own words and word
// pairs plus the lexicon's verdict, its settings chosen by cross-validation on the training file.
#include <cstddef>
#include <string>
#include <vector>

#include "model/error.hpp"
#include "score/evaluation.hpp"
#include "score/labelled.hpp"
#include "score/learned.hpp"
#include "score/scorer.hpp"

namespace suasana::score {

struct TrainingOptions {
    std::vector<double> lambdas = {0.5, 1, 2, 4, 8};   ///< L2 strengths tried
    std::vector<double> gates = {0.0, 0.5, 0.8, 1.0};  ///< gates tried
    std::vector<bool> balanced = {false, true};        ///< class weightings tried
    /// Source weightings tried when the texts come from several files (LabelledText::source):
    /// a file of n texts weighs n^(1 - power) in all, so 0 weighs every text the same, 1 every
    /// file the same, and 0.5 lies between (each text weighs 1 / sqrt(n)).
    std::vector<double> source_powers = {0.0, 0.5, 1.0};
    std::size_t folds = 5;      ///< text i is in fold i mod folds
    std::size_t min_texts = 3;  ///< a word or pair must occur in this many texts to be a feature
    /// Settings whose cross-validated macro-F1 is within this of the best count as tied; the
    /// largest gate, then the strongest regularisation, then the better figure wins among them.
    double tie = 0.005;
    double min_weight = 0.01;  ///< features whose weights all stay below this are left out
    double neutral_band = 0.05;
};

/// The settings cross-validation chooses among.
struct Setting {
    double lambda = 0.0;        ///< L2 strength
    double gate = 0.0;          ///< the gate (rule 12)
    bool balanced = false;      ///< classes weighted by the inverse of their share of the texts
    double source_power = 0.0;  ///< each text weighs (texts of its file)^-source_power
};

/// One setting tried and its cross-validated result (folds pooled).
struct GridPoint {
    Setting setting;
    Evaluation cv;                       ///< every text
    std::vector<Evaluation> per_source;  ///< the texts of each file
    /// The figure settings are chosen by: the mean of the files' macro-F1, so that a small
    /// file of the user's own comments counts as much as a large data set beside it.
    double merit() const;
};

struct Trained {
    std::vector<GridPoint> grid;
    std::size_t chosen = 0;      ///< the grid point the weights were trained with
    LearnedWeights weights;      ///< trained on every text with the chosen setting
    std::size_t candidates = 0;  ///< words and pairs frequent enough, before min_weight
};

/// Returns the weights learned from `rows`, read by `scorer` (which must have no learned
/// layer); fails when there are fewer than 2 * folds texts or a class has none. Texts of
/// several sources are spread over the folds source by source.
Result<Trained> train(const Scorer& scorer, const std::vector<LabelledText>& rows,
                      const TrainingOptions& options);

/// Returns the weights file: every `header` line as a '#' comment, then the gate, the special
/// features and the words and pairs in byte order, weights with four decimals.
std::string format_learned(const LearnedWeights& weights, const std::vector<std::string>& header);

}  // namespace suasana::score
