#include "report/html_parts.hpp"

#include "report/html_escape.hpp"
#include "util/strings.hpp"

namespace suasana::report {

std::string signed_fixed(double v, int decimals) {
    std::string s = util::format_fixed(v, decimals);
    return s[0] == '-' ? s : "+" + s;
}

std::string percent(long part, long total) {
    return std::to_string(total == 0 ? 0 : (part * 100 + total / 2) / total) + "%";
}

std::string legend(const std::vector<std::pair<std::string, const char*>>& items) {
    std::string out = "<ul class=\"legend\">";
    for (const auto& [name, colour] : items) {
        out +=
            "<li><svg viewBox=\"0 0 12 12\" aria-hidden=\"true\"><rect width=\"12\" "
            "height=\"12\" rx=\"2\" fill=\"" +
            std::string(colour) + "\"/></svg>" + escape_html(name) + "</li>";
    }
    return out + "</ul>";
}

std::string cell(const std::string& text, Align align) {
    return std::string(align == Align::number ? "<td class=\"num\">" : "<td>") + escape_html(text) +
           "</td>";
}

std::string table_head(const std::vector<const char*>& columns) {
    std::string out = "<div class=\"table-wrap\"><table><thead><tr>";
    for (const char* c : columns) out += std::string("<th scope=\"col\">") + c + "</th>";
    return out + "</tr></thead><tbody>";
}

std::string table_end() {
    return "</tbody></table></div>";
}

}  // namespace suasana::report
