#pragma once
// Downloads pages with libcurl's multi interface: many transfers in flight, each failure a value.
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

class CurlFetcher {
  public:
    explicit CurlFetcher(FetchSettings settings);
    ~CurlFetcher();
    CurlFetcher(const CurlFetcher&) = delete;
    CurlFetcher& operator=(const CurlFetcher&) = delete;

    /// Returns one result per request, in request order, with at most `concurrency` transfers in
    /// flight. Never fails as a whole: network errors, HTTP errors, timeouts and oversized bodies
    /// are outcomes of the individual results.
    std::vector<FetchResult> fetch_all(const std::vector<FetchRequest>& requests);

  private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace suasana::fetch
