#pragma once
// When to try again: Retry-After and exponential backoff with jitter, as pure functions.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>

namespace suasana::fetch {

/// Returns the seconds a Retry-After value asks us to wait (delta-seconds, or an HTTP date
/// relative to `now_epoch_s`; a date in the past is 0); nothing when the value is unreadable.
std::optional<std::int64_t> parse_retry_after(std::string_view value, std::int64_t now_epoch_s);

/// Returns the wait before retry number `retry` (1, 2, ...): `base` doubled per retry, capped at
/// `cap`, then scaled by `jitter` (a draw from [0, 1)) into [50%, 100%) so clients that failed
/// together do not come back together.
std::chrono::milliseconds backoff_delay(int retry, std::chrono::milliseconds base,
                                        std::chrono::milliseconds cap, double jitter);

/// Whether an HTTP status is worth another attempt: 429 and 5xx (except 501, which will not
/// change); never other 4xx.
bool is_retryable_status(long http_status);

}  // namespace suasana::fetch
