#pragma once
// Small pieces of HTML the report's sections share: legends, table cells, signed numbers.
#include <string>
#include <utility>
#include <vector>

namespace suasana::report {

/// Returns `v` with `decimals` digits and a sign ("+0.79", "-0.25").
std::string signed_fixed(double v, int decimals);

/// Returns part/total as a rounded percentage ("67%"); "0%" when total is 0.
std::string percent(long part, long total);

/// Returns a <ul class="legend"> of colour swatches and (escaped) names.
std::string legend(const std::vector<std::pair<std::string, const char*>>& items);

/// Returns a <td> with `text` escaped; numbers are right-aligned.
enum class Align { left, number };
std::string cell(const std::string& text, Align align = Align::left);

/// Returns the opening of a scrollable table with these (trusted, literal) column names, up to
/// and including <tbody>; close it with table_end().
std::string table_head(const std::vector<const char*>& columns);
std::string table_end();

}  // namespace suasana::report
