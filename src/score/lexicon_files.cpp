#include "score/lexicon_files.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>

#include "text/normalize.hpp"
#include "util/strings.hpp"

namespace suasana::score::detail {

Result<std::string> read_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return fail(file.string() + ": cannot read lexicon file");
    std::ostringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

std::vector<Line> data_lines(const std::string& content, char sep) {
    std::vector<Line> lines;
    int number = 0;
    for (const auto& raw : util::split(content, '\n')) {
        ++number;
        std::string_view line = raw;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (util::trim(line).empty() || util::trim(line).front() == '#') continue;
        Line l;
        l.number = number;
        for (auto& f : util::split(line, sep)) l.fields.emplace_back(util::trim(f));
        lines.push_back(std::move(l));
    }
    return lines;
}

std::string key_of(std::string_view term) {
    return util::collapse_spaces(text::fold(term));
}

std::size_t word_count(const std::string& key) {
    return static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
}

std::optional<double> parse_number(std::string_view s) {
    if (s.size() > 1 && s.front() == '+' && s[1] != '-') s.remove_prefix(1);
    double v = 0.0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v, std::chars_format::general);
    if (s.empty() || ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

Error bad_line(const std::filesystem::path& file, int line, const std::string& what) {
    return Error{file.string() + ":" + std::to_string(line) + ": " + what, std::nullopt};
}

}  // namespace suasana::score::detail
