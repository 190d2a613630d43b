#pragma once
// The mood report as one self-contained HTML page: inline CSS and SVG, no script, no request
// to anywhere when it is opened (a Content-Security-Policy says so to the browser as well).
#include <string>

#include "model/report.hpp"

namespace suasana::report {

/// Returns the whole page: what the numbers stand on (period, zone, lexicon, machine-translated
/// share), the mood of every story per day (lines over comment-count bars), each story's shares
/// per day, its head-to-head per day, and its most positive and negative comments; every chart
/// has a text alternative and its numbers in a table. Everything from the database is escaped.
std::string format_report_html(const MoodReport& report);

}  // namespace suasana::report
