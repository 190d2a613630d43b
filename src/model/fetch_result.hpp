#pragma once
// The outcome of one request, as the fetcher hands it to the next stage.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace suasana {

/// The `fetches.outcome` values of PRODUCT.md.
enum class FetchOutcome {
    ok,
    unchanged,
    blocked,
    robots,
    too_large,
    throttled,
    timeout,
    http_error,
    network_error,
    refused_redirect,
    not_html,
};

/// Returns the database spelling of `outcome` ("ok", "http_error", ...).
const char* outcome_name(FetchOutcome outcome);

/// Whether a request may read a local file: only targets the user wrote (and their own
/// pagination) may; a link found on a web page never may.
enum class AllowFile { no, yes };

struct FetchRequest {
    std::string url;
    std::size_t tag = 0;  ///< the caller's index, carried through to the result
    AllowFile allow_file = AllowFile::no;
};

struct FetchResult {
    std::size_t tag = 0;
    std::string url;
    std::string final_url;
    long http_status = 0;
    FetchOutcome outcome = FetchOutcome::network_error;
    std::string message;  ///< why it failed, for the user; empty when ok
    std::vector<std::pair<std::string, std::string>> headers;
    std::string content_type;
    std::string body;
    std::int64_t ms = 0;
    int attempts = 1;

    bool ok() const { return outcome == FetchOutcome::ok; }
};

}  // namespace suasana
