#pragma once
// Reads the timestamps comment sections show, in Indonesian and in the scraper's formats.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/comment.hpp"
#include "text/zone.hpp"

namespace suasana::time {

/// Returns the timestamp in `raw`: tried against each of `formats` (patterns such as
/// "D MMMM YYYY [pukul] HH.mm", or "iso8601", "epoch", "epoch_ms"), then as ISO 8601, then by the
/// built-in Indonesian reader (time/indonesian_time.hpp: "5 menit yang lalu", "kemarin", "Senin, 06
/// Jul 2020 07:02 WIB", "pukul 09.45 WITA"), whatever `formats` say. Local times are in `zone`
/// unless the text names WIB/WITA/WIT or an offset; relative ones resolve against `now`; a missing
/// year (or day) is the latest that does not put the time after `now`. An unreadable time, future
/// times included, yields a Timestamp with the raw text and no utc, never a guess.
Timestamp parse_timestamp(std::string_view raw, const std::vector<std::string>& formats,
                          const text::Zone& zone, std::int64_t now);

/// Returns an error message when `format` is not a valid time pattern, else "".
std::string check_time_format(const std::string& format);

}  // namespace suasana::time
