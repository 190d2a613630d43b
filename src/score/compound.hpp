#pragma once
// The compound score: a sum of contributions mapped into (-1, 1) (lexicon/README.md, rule 9).
#include <cmath>

namespace suasana::score {

/// VADER-style normalisation constant: raw / sqrt(raw^2 + alpha).
constexpr double k_alpha = 15.0;

/// Returns `raw / sqrt(raw² + 15)`: 0 for 0, ±0.46 for ±2, ±0.9 for about ±8.
inline double compound_of(double raw) {
    return raw == 0.0 ? 0.0 : raw / std::sqrt(raw * raw + k_alpha);
}

}  // namespace suasana::score
