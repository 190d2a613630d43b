#pragma once
// Downloads pages politely with libcurl's multi interface: our own scheduler keeps per-host
// limits and delays, obeys robots.txt, follows redirects hop by hop, retries what is worth
// retrying, and reports every failure (including a bot wall) as the outcome of its request.
#include <chrono>
#include <functional>
#include <memory>
#include <vector>

#include "model/config.hpp"
#include "model/fetch_result.hpp"

namespace suasana::fetch {

/// Initialises libcurl for the process; construct one in main before any thread starts.
class CurlGlobal {
  public:
    CurlGlobal();
    ~CurlGlobal();
    CurlGlobal(const CurlGlobal&) = delete;
    CurlGlobal& operator=(const CurlGlobal&) = delete;
};

/// Timings that are not user settings; tests shorten them to keep the suite fast.
struct FetchTuning {
    std::chrono::milliseconds backoff_base{1000};      ///< first retry waits 50-100% of this
    std::chrono::milliseconds backoff_cap{30000};      ///< no backoff wait is longer
    std::chrono::milliseconds max_crawl_delay{60000};  ///< a Crawl-delay is honoured up to this
};

class CurlFetcher {
  public:
    /// Throws std::runtime_error when libcurl cannot create a multi handle (out of memory).
    explicit CurlFetcher(FetchSettings settings, FetchTuning tuning = {});
    ~CurlFetcher();
    CurlFetcher(const CurlFetcher&) = delete;
    CurlFetcher& operator=(const CurlFetcher&) = delete;

    /// Returns one result per request, in request order. Never fails as a whole: robots.txt
    /// refusals, blocks, network and HTTP errors, timeouts and oversized bodies are outcomes of
    /// the individual results. robots.txt files and host delays are remembered across calls.
    std::vector<FetchResult> fetch_all(const std::vector<FetchRequest>& requests);

    /// Returns the robots.txt requests made since the last call (one per origin per fetcher),
    /// as results of their own, for the `fetches` table.
    std::vector<FetchResult> take_robots_fetches();

    /// Hands each request's result to `on_result` as soon as it is final (completion order, with
    /// `tag` telling which), so a caller need not hold every body at once.
    void fetch_each(const std::vector<FetchRequest>& requests,
                    const std::function<void(FetchResult&&)>& on_result);

  private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace suasana::fetch
