#include "score/labelled.hpp"

#include <fstream>

#include "util/strings.hpp"

namespace suasana::score {

Result<std::vector<LabelledText>> read_labelled(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return fail(file.string() + ": cannot read labelled file");
    std::vector<LabelledText> rows;
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (util::trim(line).empty()) continue;
        auto tab = line.rfind('\t');
        std::string where = file.string() + ":" + std::to_string(number) + ": ";
        if (tab == std::string::npos) return fail(where + "expected text<TAB>label");
        std::string label(util::trim(std::string_view(line).substr(tab + 1)));
        LabelledText row{line.substr(0, tab), Label::neutral};
        if (label == "positive") {
            row.label = Label::positive;
        } else if (label == "negative") {
            row.label = Label::negative;
        } else if (label != "neutral") {
            return fail(where + "unknown label '" + label +
                        "' (expected positive, neutral or negative)");
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace suasana::score
