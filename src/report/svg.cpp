#include "report/svg.hpp"

#include <cmath>

#include "report/html_escape.hpp"
#include "util/strings.hpp"

namespace suasana::report {

std::string svg_number(double value) {
    double rounded = std::round(value * 10.0) / 10.0;
    if (rounded == 0.0 || !std::isfinite(rounded)) return "0";
    std::string s = util::format_fixed(rounded, 1);
    if (util::ends_with(s, ".0")) s.resize(s.size() - 2);
    return s;
}

std::string svg_open(const ChartText& text, double width, double height, const char* css_class) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"" + std::string(css_class) +
           "\" viewBox=\"0 0 " + svg_number(width) + " " + svg_number(height) +
           "\" role=\"img\" aria-labelledby=\"" + text.id + "-title " + text.id + "-desc\">" +
           "<title id=\"" + text.id + "-title\">" + escape_html(text.title) +
           "</title><desc id=\"" + text.id + "-desc\">" + escape_html(text.desc) + "</desc>";
}

std::string svg_text(double x, double y, const std::string& content, const char* anchor,
                     const char* css_class) {
    return "<text x=\"" + svg_number(x) + "\" y=\"" + svg_number(y) + "\" text-anchor=\"" + anchor +
           "\" class=\"" + css_class + "\">" + escape_html(content) + "</text>";
}

std::string svg_rect(double x, double y, double width, double height, const char* fill,
                     const std::string& tooltip, const std::string& attributes) {
    return "<rect x=\"" + svg_number(x) + "\" y=\"" + svg_number(y) + "\" width=\"" +
           svg_number(std::max(width, 0.0)) + "\" height=\"" + svg_number(std::max(height, 0.0)) +
           "\" fill=\"" + fill + "\"" + attributes + "><title>" + escape_html(tooltip) +
           "</title></rect>";
}

std::string svg_attribute(const char* name, const std::string& value) {
    return std::string(" ") + name + "=\"" + escape_html(value) + "\"";
}

}  // namespace suasana::report
