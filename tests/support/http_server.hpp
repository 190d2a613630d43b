// Loopback HTTP/1.1 test server: POSIX sockets and std::thread only, bound to 127.0.0.1 on a
// kernel-chosen port so parallel test runs never collide.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace suasana::testing {

// One request as received by the server.
struct HttpRequest {
    std::string method;
    std::string target;  // path + query exactly as sent on the request line
    std::string path;    // percent-decoded path, without query or fragment
    std::vector<std::pair<std::string, std::string>> headers;  // in order, names as sent
    std::string body;

    // Returns the value of the first header named `name` (case-insensitive), or "" if absent.
    std::string header(std::string_view name) const;
};

// What a handler answers; the server adds Content-Length (unless chunked), Content-Type
// "text/html; charset=utf-8" when none is set and the body is non-empty, and Connection.
struct HttpResponse {
    int status = 200;
    std::vector<std::pair<std::string, std::string>> headers;  // sent verbatim, in order
    std::string body;
    std::chrono::milliseconds delay{0};        // slept before sending the response
    std::chrono::milliseconds chunk_delay{0};  // slept between chunks when `chunked`
    bool chunked = false;  // send body with Transfer-Encoding: chunked, in a few chunks
    bool reset = false;    // after `delay`, abort the connection (TCP RST) instead of answering
};

// Returns `data` compressed in the gzip format (for "Content-Encoding: gzip" responses).
std::string gzip(std::string_view data);

// Computes the response to a request; called concurrently from connection threads, so it must
// be thread-safe; an exception it throws becomes a 500 response.
using Handler = std::function<HttpResponse(const HttpRequest&)>;

// HTTP/1.1 server on 127.0.0.1:<free port> with persistent connections, one thread per
// connection; all threads are stopped and joined by the destructor.
class HttpServer {
  public:
    // Binds `bind_address`:0 (a loopback address: 127.0.0.1, 127.0.0.2, ... all answer on Linux)
    // and starts serving in the background; throws std::runtime_error on failure.
    explicit HttpServer(Handler handler, std::string bind_address = "127.0.0.1");

    // Stops accepting, interrupts delays and idle connections, and joins every thread; never
    // fails (a handler that is still running is waited for).
    ~HttpServer();

    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    // Returns the port the server listens on; never fails.
    int port() const;

    // Returns "http://ADDRESS:PORT" followed by `path` verbatim; never fails.
    std::string url(std::string_view path) const;

    // Returns a copy of every request received so far, in arrival order; never fails.
    std::vector<HttpRequest> requests() const;

  private:
    struct Connection {
        std::thread thread;
        std::atomic<bool> finished{false};
    };

    void accept_loop();
    void serve_connection(int fd);
    void reap_connections(bool all);
    bool sleep_unless_stopping(std::chrono::milliseconds duration);
    bool send_all(int fd, std::string_view data);
    bool send_response(int fd, const HttpRequest& request, const HttpResponse& response,
                       bool http10, bool& keep_alive);
    bool wait_readable(int fd);
    void request_stop();

    Handler m_handler;
    int m_listen_fd = -1;
    int m_wake_read_fd = -1;
    int m_wake_write_fd = -1;
    int m_port = 0;
    std::string m_address;

    std::atomic<bool> m_stopping{false};
    std::mutex m_stop_mutex;
    std::condition_variable m_stop_cv;

    mutable std::mutex m_requests_mutex;
    std::vector<HttpRequest> m_requests;

    std::mutex m_connections_mutex;
    std::list<std::unique_ptr<Connection>> m_connections;

    std::thread m_accept_thread;
};

// Returns `s` with %XX escapes decoded (an incomplete escape stays as written); never fails.
std::string percent_decode(std::string_view s);

// Returns a handler serving GET/HEAD for files under `root` (a directory serves its index.html):
// 404 for missing files, 403 for ".." escapes, 405 for other methods; never throws itself.
Handler serve_directory(std::filesystem::path root);

}  // namespace suasana::testing
