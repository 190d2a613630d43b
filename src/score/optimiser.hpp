#pragma once
// Unconstrained minimisation by L-BFGS, for `suasana train` (internal to score/).
#include <functional>
#include <vector>

namespace suasana::score {

/// Returns f(x) and sets `gradient` (already sized like x) to its gradient at x.
using Objective =
    std::function<double(const std::vector<double>& x, std::vector<double>& gradient)>;

struct MinimiseOptions {
    int max_iterations = 300;
    double tolerance = 1e-7;  ///< stop when an iteration lowers f by less than this share of f
    std::size_t memory = 8;   ///< L-BFGS correction pairs kept
};

/// Returns an x near the minimum of a smooth convex `f`, starting from `x`. Deterministic: the
/// same objective and start give the same result bit for bit.
std::vector<double> minimise(const Objective& f, std::vector<double> x,
                             const MinimiseOptions& options = {});

}  // namespace suasana::score
