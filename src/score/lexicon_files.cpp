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

Result<void> for_each_data_line(std::string_view content, char sep,
                                const std::function<Result<void>(const Line&)>& visit) {
    Line l;
    for (int number = 1; !content.empty(); ++number) {
        std::size_t end = content.find('\n');
        std::string_view line = content.substr(0, end);
        content = end == std::string_view::npos ? std::string_view() : content.substr(end + 1);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        std::string_view trimmed = util::trim(line);
        if (trimmed.empty() || trimmed.front() == '#') continue;
        l.number = number;
        std::size_t k = 0;
        for (std::size_t from = 0; from <= line.size(); ++k) {
            std::size_t at = std::min(line.find(sep, from), line.size());
            std::string_view field = util::trim(line.substr(from, at - from));
            if (k < l.fields.size()) {
                l.fields[k].assign(field);
            } else {
                l.fields.emplace_back(field);
            }
            from = at + 1;
        }
        l.fields.resize(k);
        if (auto visited = visit(l); !visited) return visited;
    }
    return {};
}

std::vector<Line> data_lines(const std::string& content, char sep) {
    std::vector<Line> lines;
    (void)for_each_data_line(content, sep, [&](const Line& l) -> Result<void> {
        lines.push_back(l);
        return {};
    });
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
