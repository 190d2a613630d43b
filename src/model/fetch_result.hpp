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
/// pagination, in the target file's folder) may; a link found on a web page never may.
enum class AllowFile { no, yes };

/// What a request should answer with: an HTML page, or JSON from a comment API.
enum class Expect { html, json };

struct FetchRequest {
    FetchRequest() = default;
    /// The common case; a constructor (not aggregate braces) so the optional validators below
    /// can be left out without -Wmissing-field-initializers.
    FetchRequest(std::string url_, std::size_t tag_ = 0, AllowFile allow_file_ = AllowFile::no)
        : url(std::move(url_)), tag(tag_), allow_file(allow_file_) {}

    std::string url;
    std::size_t tag = 0;  ///< the caller's index, carried through to the result
    AllowFile allow_file = AllowFile::no;
    Expect expect = Expect::html;
    std::string method = "GET";                                ///< "GET" or "POST" (comment APIs)
    std::string body;                                          ///< the POST body
    std::vector<std::pair<std::string, std::string>> headers;  ///< extra headers (Origin, ...)
    std::string etag;           ///< the ETag stored from the last fetch: sent as If-None-Match
    std::string last_modified;  ///< the stored Last-Modified: sent as If-Modified-Since
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
    /// When the scheduler started the request's last transfer, in milliseconds of a monotonic
    /// clock: only for comparing the requests of one run (politeness is checked on these).
    std::int64_t started_ms = 0;
    int attempts = 1;           ///< 1 + the retries made (redirect hops are not attempts)
    std::string etag;           ///< the response's ETag, to store for the next conditional fetch
    std::string last_modified;  ///< the response's Last-Modified, likewise

    bool ok() const { return outcome == FetchOutcome::ok; }
};

}  // namespace suasana
