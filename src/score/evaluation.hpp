#pragma once
// Measures the scorer on a labelled file (`suasana eval`).
#include <array>
#include <filesystem>
#include <string>

#include "model/error.hpp"
#include "score/scorer.hpp"

namespace suasana::score {

struct Evaluation {
    /// confusion[gold][predicted], indexed by Label (negative, neutral, positive).
    std::array<std::array<long, 3>, 3> confusion{};
    long n = 0;
    double accuracy() const;
    double macro_f1() const;
    double precision(Label l) const;
    double recall(Label l) const;
    double f1(Label l) const;
};

/// Returns the evaluation of `scorer` on `file` (text<TAB>label per line); fails naming the file
/// and line of a malformed row or unknown label.
Result<Evaluation> evaluate_file(const Scorer& scorer, const std::filesystem::path& file);

/// Returns the report: per-class precision/recall/F1, the confusion matrix, and the last line
/// `accuracy=0.xxx macro_f1=0.xxx n=N`.
std::string format_evaluation(const Evaluation& e);

}  // namespace suasana::score
