#pragma once
// One HTTP request on a libcurl easy handle: its options, its streamed body with a byte budget,
// and the response as plain values. Redirects are never followed here for pages.
#include <array>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "fetch/curl_handles.hpp"
#include "model/config.hpp"
#include "model/fetch_result.hpp"

namespace suasana::fetch {

using Clock = std::chrono::steady_clock;

/// What is being asked for: a page (one hop of a FetchRequest) or a host's robots.txt.
struct TransferSpec {
    enum class Kind { page, robots };
    Kind kind = Kind::page;
    std::string url;
    AllowFile allow_file = AllowFile::no;
    Expect expect = Expect::html;
    std::string method = "GET";
    std::string body;                                          ///< sent with POST
    std::vector<std::pair<std::string, std::string>> headers;  ///< extra request headers
    std::string etag;                                          ///< sent as If-None-Match when set
    std::string last_modified;  ///< sent as If-Modified-Since when set
    std::int64_t max_bytes = 0;
};

/// The answer to one transfer, as received.
struct Response {
    CURLcode code = CURLE_OK;
    long status = 0;
    std::string content_type;
    std::vector<std::pair<std::string, std::string>> headers;  ///< names lower-cased
    std::string body;
    bool too_large = false;  ///< the budget ran out; `body` holds what fitted
    std::string detail;      ///< libcurl's error buffer: the reason behind `code`, if any

    /// Returns the value of the last header named `name` (lower-case), or "".
    std::string header(const std::string& name) const;
};

/// A transfer in flight. It is owned by the scheduler and must not move while libcurl runs it
/// (the callbacks hold its address).
struct Transfer {
    EasyHandle easy;
    Slist header_list;
    TransferSpec spec;
    std::size_t job = 0;  ///< the scheduler's job index (page transfers)
    std::string origin;   ///< robots transfers: the origin being asked
    std::string host;     ///< for the per-host counters
    Response response;
    Clock::time_point started;
    std::array<char, CURL_ERROR_SIZE> error{};  ///< libcurl writes the reason for a failure here
};

/// Returns a transfer ready to add to a multi handle; nothing when libcurl cannot make a handle.
std::unique_ptr<Transfer> make_transfer(const FetchSettings& settings, TransferSpec spec);

/// Fills `t.response` once libcurl reports the transfer done with `code`.
void read_response(Transfer& t, CURLcode code);

}  // namespace suasana::fetch
