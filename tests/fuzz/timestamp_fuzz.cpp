// Fuzz target: the timestamp parser. The first line of the input is the scraper's time_formats
// separated by '|' (each checked as compile would, and dropped when invalid), the rest is the raw
// time as a page shows it; the input's length picks one of three zones.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_input.hpp"
#include "text/zone.hpp"
#include "time/timestamp.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace suasana;
    // Jakarta has no DST; Berlin has DST gaps and folds; Chatham has an offset in quarter hours.
    static const std::array<text::Zone, 3> zones = {*text::Zone::load("Asia/Jakarta"),
                                                    *text::Zone::load("Europe/Berlin"),
                                                    *text::Zone::load("Pacific/Chatham")};
    constexpr std::int64_t k_now = 1690160400;  // 2023-07-24 01:00 UTC
    std::string_view rest = fuzz::as_text(data, size);
    std::string_view format_line = fuzz::take_line(rest);
    std::vector<std::string> formats;
    while (!format_line.empty()) {
        const std::size_t bar = format_line.find('|');
        std::string format(format_line.substr(0, bar));
        format_line =
            bar == std::string_view::npos ? std::string_view() : format_line.substr(bar + 1);
        if (time::check_time_format(format).empty()) formats.push_back(std::move(format));
    }
    const text::Zone& zone = zones[size % zones.size()];
    const Timestamp t = time::parse_timestamp(rest, formats, zone, k_now);
    // A time resolved against `now` (relative, or its year inferred) is never after it. A date
    // written out in full is read as written, even in the future (timestamp_table_test: 4/12/24).
    fuzz::require(!t.utc || !(t.relative || t.inferred) || *t.utc <= k_now,
                  "a relative or year-inferred time after `now`");
    fuzz::require(t.utc || (!t.relative && !t.inferred), "an unread time claims how it was read");
    return 0;
}
