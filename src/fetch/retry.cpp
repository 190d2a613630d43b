#include "fetch/retry.hpp"

#include <algorithm>
#include <string>

#include <curl/curl.h>

#include "util/strings.hpp"

namespace suasana::fetch {

std::optional<std::int64_t> parse_retry_after(std::string_view value, std::int64_t now_epoch_s) {
    value = util::trim(value);
    if (value.empty()) return std::nullopt;
    if (value.find_first_not_of("0123456789") == std::string_view::npos) {
        if (value.size() > 9) return std::int64_t{999999999};  // absurd, but still "too long"
        return std::stoll(std::string(value));
    }
    // libcurl's date parser reads the three HTTP date formats (RFC 9110 5.6.7).
    std::string text(value);
    time_t when = curl_getdate(text.c_str(), nullptr);
    if (when < 0) return std::nullopt;
    return std::max<std::int64_t>(0, static_cast<std::int64_t>(when) - now_epoch_s);
}

std::chrono::milliseconds backoff_delay(int retry, std::chrono::milliseconds base,
                                        std::chrono::milliseconds cap, double jitter) {
    auto delay = base;
    for (int i = 1; i < retry && delay < cap; ++i) delay *= 2;
    delay = std::min(delay, cap);
    double scale = 0.5 + 0.5 * std::clamp(jitter, 0.0, 1.0);
    return std::chrono::milliseconds(
        static_cast<std::chrono::milliseconds::rep>(static_cast<double>(delay.count()) * scale));
}

bool is_retryable_status(long http_status) {
    return http_status == 429 || (http_status >= 500 && http_status <= 599 && http_status != 501);
}

}  // namespace suasana::fetch
