#pragma once
// Reads the counts pages show: "12", "1.234", "1,2rb", "1,5 rb", "2jt", "1.5K", "18 Suka",
// "Balas0".
#include <cstdint>
#include <optional>
#include <string_view>

namespace suasana::extract {

/// Returns the first count in `text`, or nothing when it holds no digit.
std::optional<std::int64_t> parse_count(std::string_view text);

}  // namespace suasana::extract
