#pragma once
// The report's stylesheet, inlined into the page: phone and laptop widths, and print.

namespace suasana::report {

/// Returns the CSS of the HTML report (no url(), no @import: the page loads nothing).
const char* report_css();

}  // namespace suasana::report
