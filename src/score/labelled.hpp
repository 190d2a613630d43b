#pragma once
// Labelled files (`text<TAB>label` per line), the input of `suasana eval` and `suasana train`.
#include <filesystem>
#include <string>
#include <vector>

#include "model/error.hpp"
#include "model/score.hpp"

namespace suasana::score {

struct LabelledText {
    std::string text;
    Label label = Label::neutral;
    std::size_t source = 0;  ///< which of `train`'s files the text came from (0 for `eval`)
};

/// Returns the rows of `file` in order (blank lines skipped, a final CR dropped; the label is
/// after the last TAB); fails naming the file and line of a row without a TAB or with a label
/// other than positive, neutral or negative.
Result<std::vector<LabelledText>> read_labelled(const std::filesystem::path& file);

}  // namespace suasana::score
