#pragma once
// The few SVG pieces the report's charts are drawn with: numbers written without the locale,
// an <svg> that names itself for screen readers, text and rectangles with escaped content.
#include <string>

namespace suasana::report {

/// What a chart says about itself: `id` makes its <title>/<desc> ids unique on the page.
struct ChartText {
    std::string id;     ///< [a-z0-9-] only; the caller makes it unique
    std::string title;  ///< short name, read first by screen readers
    std::string desc;   ///< one or two sentences saying what the chart shows
};

/// Returns `value` with at most one decimal, '.' as the point and no "-0" (SVG coordinates).
std::string svg_number(double value);

/// Returns the opening <svg> tag (viewBox 0 0 width height, role="img", aria-labelledby) followed
/// by the escaped <title> and <desc>; close it with "</svg>".
std::string svg_open(const ChartText& text, double width, double height, const char* css_class);

/// Returns a <text> element at (x, y) with `content` escaped; `anchor` is start, middle or end.
std::string svg_text(double x, double y, const std::string& content, const char* anchor,
                     const char* css_class);

/// Returns a <rect> with the fill colour, a <title> tooltip (escaped) and `attributes` (already
/// escaped, starting with a space, or empty).
std::string svg_rect(double x, double y, double width, double height, const char* fill,
                     const std::string& tooltip, const std::string& attributes = "");

/// Returns ` name="value"` with `value` escaped, for building `attributes`.
std::string svg_attribute(const char* name, const std::string& value);

}  // namespace suasana::report
