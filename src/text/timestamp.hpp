#pragma once
// Reads the timestamps comment sections show, in Indonesian and in the scraper's formats.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/comment.hpp"
#include "text/zone.hpp"

namespace suasana::text {

/// Returns the timestamp in `raw`: tried against each of `formats` (patterns such as
/// "D MMMM YYYY [pukul] HH.mm", or "iso8601", "epoch"), then against the Indonesian relative
/// forms ("5 menit yang lalu", "kemarin"). Local times are in `zone`; relative ones resolve
/// against `now`; a date without a year gets the latest year that is not after `now`.
/// An unreadable time yields a Timestamp with the raw text and no utc.
Timestamp parse_timestamp(std::string_view raw, const std::vector<std::string>& formats,
                          const Zone& zone, std::int64_t now);

/// Returns an error message when `format` is not a valid time pattern, else "".
std::string check_time_format(const std::string& format);

}  // namespace suasana::text
