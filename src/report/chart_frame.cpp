#include "report/chart_frame.hpp"

#include "report/svg.hpp"

namespace suasana::report {

std::string day_labels(const std::vector<std::string>& days, const DayAxis& axis, double y) {
    // About 60 SVG units per label keeps "07-21" labels apart, also at the larger font phones get.
    std::size_t room = static_cast<std::size_t>((axis.right - axis.left) / 60.0);
    std::size_t every = room == 0 ? days.size() : (days.size() + room - 1) / room;
    if (every == 0) every = 1;
    std::string out;
    for (std::size_t i = 0; i < days.size(); i += every) {
        const std::string& d = days[i];
        std::string label = d.size() == 10 ? d.substr(5) : d;
        out += svg_text(axis.centre(i), y, label, "middle", "axis");
    }
    return out;
}

std::string grid_line(const DayAxis& axis, double y, const std::string& label) {
    return "<line x1=\"" + svg_number(axis.left) + "\" x2=\"" + svg_number(axis.right) +
           "\" y1=\"" + svg_number(y) + "\" y2=\"" + svg_number(y) + "\" class=\"grid\"/>" +
           svg_text(axis.left - 6, y + 4, label, "end", "axis");
}

const char* series_colour(std::size_t i) {
    static const char* const k_colours[] = {"#0072b2", "#d55e00", "#009e73", "#cc79a7",
                                            "#e69f00", "#56b4e9", "#6a3d9a", "#444444"};
    return k_colours[i % (sizeof k_colours / sizeof k_colours[0])];
}

}  // namespace suasana::report
