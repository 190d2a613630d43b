// Fetcher throughput and memory: 8 hosts (127.0.0.1..8), each answering every request with a
// 100 KB page after 50 ms; 16 transfers in flight (per_host 2, delay_ms 0). Latency alone allows
// 16 / 0.05 s = 320 pages/s; the target is 85% of that, under 64 MB peak RSS.
//
// usage: bench_fetch [PAGES]   (default 2000)
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "fetch/curl_fetcher.hpp"
#include "support/http_server.hpp"

using namespace suasana;

namespace {

constexpr int k_hosts = 8;
constexpr int k_in_flight = 16;
constexpr auto k_latency = std::chrono::milliseconds(50);
constexpr std::size_t k_page_bytes = 100 * 1024;

long peak_rss_kib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;  // KiB on Linux
}

}  // namespace

int main(int argc, char** argv) {
    const long pages = argc > 1 ? std::atol(argv[1]) : 2000;
    fetch::CurlGlobal curl;
    const std::string page =
        "<html><body><p>" + std::string(k_page_bytes - 30, 'x') + "</p></body></html>";
    std::vector<std::unique_ptr<testing::HttpServer>> servers;
    for (int i = 1; i <= k_hosts; ++i) {
        servers.push_back(std::make_unique<testing::HttpServer>(
            [&page](const testing::HttpRequest&) {
                testing::HttpResponse r;
                r.body = page;
                r.delay = k_latency;
                return r;
            },
            "127.0.0." + std::to_string(i)));
    }
    std::vector<FetchRequest> requests;
    for (long i = 0; i < pages; ++i) {
        const auto& server = servers[static_cast<std::size_t>(i % k_hosts)];
        requests.emplace_back(server->url("/artikel/" + std::to_string(i)),
                              static_cast<std::size_t>(i));
    }
    FetchSettings settings;
    settings.concurrency = k_in_flight;
    settings.per_host = 2;
    settings.delay_ms = 0;
    fetch::CurlFetcher fetcher(settings);

    long ok = 0;
    long long bytes = 0;
    auto start = std::chrono::steady_clock::now();
    fetcher.fetch_each(requests, [&](FetchResult&& r) {
        ok += r.ok();
        bytes += static_cast<long long>(r.body.size());
    });
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double limit = k_in_flight / std::chrono::duration<double>(k_latency).count();
    const double rate = static_cast<double>(pages) / seconds;
    std::printf("pages      %ld (%ld ok, %lld bytes)\n", pages, ok, bytes);
    std::printf("time       %.2f s\n", seconds);
    std::printf("throughput %.1f pages/s = %.1f%% of the %.0f pages/s latency allows\n", rate,
                100.0 * rate / limit, limit);
    std::printf("peak RSS   %.1f MB (process, test servers included)\n",
                static_cast<double>(peak_rss_kib()) / 1024.0);
    return ok == pages ? 0 : 1;
}
