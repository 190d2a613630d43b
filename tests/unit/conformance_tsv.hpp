#pragma once
// Reading the conformance folders of ../shared/conformance: their TSV files share one escape
// convention (each folder's README): \n, \r, \t, \\ and \xHH.
#include <string>

namespace suasana::test {

/// Returns `field` with the conformance files' escapes undone.
inline std::string unescape_conformance(const std::string& field) {
    std::string out;
    for (std::size_t i = 0; i < field.size(); ++i) {
        if (field[i] != '\\' || i + 1 >= field.size()) {
            out += field[i];
            continue;
        }
        char c = field[++i];
        if (c == 'n') {
            out += '\n';
        } else if (c == 'r') {
            out += '\r';
        } else if (c == 't') {
            out += '\t';
        } else if (c == 'x' && i + 2 < field.size()) {
            out += static_cast<char>(std::stoi(field.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

}  // namespace suasana::test
