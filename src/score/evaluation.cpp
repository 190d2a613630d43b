#include "score/evaluation.hpp"

#include <sstream>

#include "score/labelled.hpp"
#include "util/strings.hpp"

namespace suasana::score {

namespace {

std::size_t index_of(Label l) {
    return static_cast<std::size_t>(l);
}
constexpr std::array<Label, 3> k_labels = {Label::negative, Label::neutral, Label::positive};

std::string pad(std::string s, std::size_t width) {
    while (s.size() < width) s.insert(s.begin(), ' ');
    return s;
}

}  // namespace

double Evaluation::precision(Label l) const {
    long predicted = 0;
    for (std::size_t g = 0; g < 3; ++g) predicted += confusion[g][index_of(l)];
    return predicted == 0 ? 0.0
                          : static_cast<double>(confusion[index_of(l)][index_of(l)]) /
                                static_cast<double>(predicted);
}

double Evaluation::recall(Label l) const {
    long gold = 0;
    for (std::size_t p = 0; p < 3; ++p) gold += confusion[index_of(l)][p];
    return gold == 0 ? 0.0
                     : static_cast<double>(confusion[index_of(l)][index_of(l)]) /
                           static_cast<double>(gold);
}

double Evaluation::f1(Label l) const {
    double p = precision(l), r = recall(l);
    return p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
}

double Evaluation::accuracy() const {
    long right = 0;
    for (std::size_t i = 0; i < 3; ++i) right += confusion[i][i];
    return n == 0 ? 0.0 : static_cast<double>(right) / static_cast<double>(n);
}

double Evaluation::macro_f1() const {
    return (f1(Label::negative) + f1(Label::neutral) + f1(Label::positive)) / 3.0;
}

Result<Evaluation> evaluate_file(const Scorer& scorer, const std::filesystem::path& file) {
    auto rows = read_labelled(file);
    if (!rows) return tl::unexpected(rows.error());
    Evaluation e;
    for (const auto& row : *rows) {
        Score s = scorer.score(row.text);
        ++e.confusion[index_of(row.label)][index_of(s.label)];
        ++e.n;
    }
    return e;
}

std::string format_evaluation(const Evaluation& e) {
    std::ostringstream out;
    out << "class        precision  recall      f1  support\n";
    for (Label l : k_labels) {
        long support = 0;
        for (std::size_t p = 0; p < 3; ++p) support += e.confusion[index_of(l)][p];
        out << pad(label_name(l), 8) << "  " << pad(util::format_fixed(e.precision(l), 3), 11)
            << pad(util::format_fixed(e.recall(l), 3), 8) << pad(util::format_fixed(e.f1(l), 3), 8)
            << pad(std::to_string(support), 9) << "\n";
    }
    out << "\nconfusion (rows: gold, columns: predicted)\n"
        << pad("", 10) << pad("negative", 10) << pad("neutral", 10) << pad("positive", 10) << "\n";
    for (Label g : k_labels) {
        out << pad(label_name(g), 10);
        for (Label p : k_labels)
            out << pad(std::to_string(e.confusion[index_of(g)][index_of(p)]), 10);
        out << "\n";
    }
    out << "\naccuracy=" << util::format_fixed(e.accuracy(), 3)
        << " macro_f1=" << util::format_fixed(e.macro_f1(), 3) << " n=" << e.n << "\n";
    return out.str();
}

}  // namespace suasana::score
