#pragma once
// What one answer means for its request: finished with an outcome, worth another attempt, or a
// redirect to follow. Decided from plain values, so every rule is tested without a network.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "model/fetch_result.hpp"

namespace suasana::fetch {

/// How the transfer itself ended, before any HTTP status is looked at.
enum class Transport { ok, timeout, connection, too_large, failed };

/// The facts of one attempt that decide its fate.
struct Attempt {
    Transport transport = Transport::ok;
    std::string transport_message;  ///< libcurl's wording when transport != ok
    long status = 0;
    std::string content_type;
    std::string location;     ///< the Location header, for 3xx
    std::string retry_after;  ///< the Retry-After header, for 429 and 5xx
    std::string_view body;
    std::string url;          ///< the URL asked for (named in the blocked message)
    bool local_file = false;  ///< a file:// read: no HTTP status to judge
    bool json = false;        ///< a comment API: JSON is the expected answer
};

/// The retries left and the longest wait we accept from a server.
struct RetryBudget {
    int retries_left = 0;
    int max_retry_after_s = 120;
    std::int64_t now_epoch_s = 0;  ///< for Retry-After dates
};

struct Decision {
    enum class Next { finish, retry, redirect };
    Next next = Next::finish;
    FetchOutcome outcome = FetchOutcome::ok;  ///< when finishing
    std::string message;                      ///< for the user when not ok
    std::chrono::seconds at_least{0};         ///< retry: the server's Retry-After
};

/// Returns what to do after `attempt`; never fails.
Decision decide(const Attempt& attempt, const RetryBudget& budget);

/// Whether a Content-Type may be parsed as a page (empty counts: many servers omit it).
bool is_html_type(std::string_view content_type);

/// Returns true for the types comment APIs answer with (JSON, or JSON labelled as text).
bool is_json_type(std::string_view content_type);

}  // namespace suasana::fetch
