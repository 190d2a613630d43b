#pragma once
// The compound score: a sum of contributions mapped into (-1, 1) (lexicon/README.md, rule 9).
#include <cmath>

#include "model/score.hpp"

namespace suasana::score {

/// VADER-style normalisation constant: raw / sqrt(raw^2 + alpha).
constexpr double k_alpha = 15.0;

/// Returns `raw / sqrt(raw² + 15)`: 0 for 0, ±0.46 for ±2, ±0.9 for about ±8.
inline double compound_of(double raw) {
    return raw == 0.0 ? 0.0 : raw / std::sqrt(raw * raw + k_alpha);
}

/// Returns the label of `compound` (rule 10): positive from `band` up, negative from -band down.
inline Label label_of(double compound, double band) {
    return compound >= band    ? Label::positive
           : compound <= -band ? Label::negative
                               : Label::neutral;
}

}  // namespace suasana::score
