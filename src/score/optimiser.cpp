#include "score/optimiser.hpp"

#include <cmath>
#include <deque>

namespace suasana::score {

namespace {

double dot(const std::vector<double>& a, const std::vector<double>& b) {
    double s = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) s += a[i] * b[i];
    return s;
}

struct Correction {
    std::vector<double> s, y;  // step taken and change of gradient
    double rho = 0.0;          // 1 / (y . s)
};

// The L-BFGS direction: minus the inverse-Hessian estimate times the gradient (two loops).
std::vector<double> direction(const std::deque<Correction>& memory, const std::vector<double>& g) {
    std::vector<double> q = g;
    std::vector<double> alpha(memory.size());
    for (std::size_t k = memory.size(); k-- > 0;) {
        alpha[k] = memory[k].rho * dot(memory[k].s, q);
        for (std::size_t i = 0; i < q.size(); ++i) q[i] -= alpha[k] * memory[k].y[i];
    }
    if (!memory.empty()) {
        const Correction& last = memory.back();
        double gamma = dot(last.s, last.y) / dot(last.y, last.y);
        for (double& v : q) v *= gamma;
    }
    for (std::size_t k = 0; k < memory.size(); ++k) {
        double beta = memory[k].rho * dot(memory[k].y, q);
        for (std::size_t i = 0; i < q.size(); ++i) q[i] += (alpha[k] - beta) * memory[k].s[i];
    }
    for (double& v : q) v = -v;
    return q;
}

}  // namespace

std::vector<double> minimise(const Objective& f, std::vector<double> x,
                             const MinimiseOptions& options) {
    std::vector<double> g(x.size()), g_new(x.size()), x_new(x.size());
    double fx = f(x, g);
    std::deque<Correction> memory;
    for (int it = 0; it < options.max_iterations; ++it) {
        std::vector<double> d = direction(memory, g);
        double slope = dot(g, d);
        if (slope >= 0) {  // not a descent direction: start again from the gradient
            memory.clear();
            d = g;
            for (double& v : d) v = -v;
            slope = dot(g, d);
        }
        if (slope == 0.0) break;
        // Backtracking until the Armijo condition holds; the first step is scaled to length 1.
        double step = memory.empty() ? 1.0 / std::sqrt(dot(d, d)) : 1.0;
        double f_new = 0.0;
        for (int tries = 0; tries < 40; ++tries, step *= 0.5) {
            for (std::size_t i = 0; i < x.size(); ++i) x_new[i] = x[i] + step * d[i];
            f_new = f(x_new, g_new);
            if (f_new <= fx + 1e-4 * step * slope) break;
        }
        if (f_new > fx) break;  // no progress possible at this precision
        Correction c;
        c.s.resize(x.size());
        c.y.resize(x.size());
        for (std::size_t i = 0; i < x.size(); ++i) {
            c.s[i] = x_new[i] - x[i];
            c.y[i] = g_new[i] - g[i];
        }
        double ys = dot(c.y, c.s);
        if (ys > 1e-12) {
            c.rho = 1.0 / ys;
            memory.push_back(std::move(c));
            if (memory.size() > options.memory) memory.pop_front();
        }
        double decrease = fx - f_new;
        x.swap(x_new);
        g.swap(g_new);
        fx = f_new;
        if (decrease <= options.tolerance * std::max(1.0, std::abs(fx))) break;
    }
    return x;
}

}  // namespace suasana::score
