// suasana-test-serve: serves a directory on 127.0.0.1:<free port> for end-to-end tests.
//
// Usage: suasana-test-serve ROOT [--port-file FILE] [--request-log FILE] [--api-routes FILE]
//                            [--ignore-stdin]
// --api-routes names a JSON route file (read on every request; absent is fine) describing
// comment APIs to answer as the portal would: method, headers, query and body checked, the
// answer file chosen by a request value (support/api_routes.hpp). Otherwise a POST is answered
// like a GET of the same path. --request-log appends one line per request with its method,
// target, Origin, Content-Type and body, so end-to-end tests can check what the client sent.
//
// Prints the port and a newline on stdout once listening (and writes it atomically to FILE),
// logs "METHOD target -> status" per request on stderr, and exits 0 on SIGTERM, SIGINT or
// SIGHUP, or when stdin is a pipe or socket that reaches end of file. Extra routes:
//   /status/NNN[/...]  answers status NNN with a short text body; a 3xx with `?to=URL` carries
//                      `Location: URL` (the rest of the query, as written);
//   /slow/MS/rest      waits MS milliseconds, then serves /rest from ROOT.
#include "support/api_routes.hpp"
#include "support/http_server.hpp"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include <poll.h>
#include <signal.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

using suasana::testing::Handler;
using suasana::testing::HttpRequest;
using suasana::testing::HttpResponse;

constexpr std::string_view k_status_prefix = "/status/";
constexpr std::string_view k_slow_prefix = "/slow/";
constexpr std::size_t k_max_delay_digits = 7;  // at most ~2.8 hours

std::mutex g_log_mutex;

void log_request(const HttpRequest& request, int status) {
    std::lock_guard<std::mutex> lock(g_log_mutex);
    std::fprintf(stderr, "%s %s -> %d\n", request.method.c_str(), request.target.c_str(), status);
    std::fflush(stderr);
}

bool all_digits(std::string_view text) {
    return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

// Returns the status of a "/status/NNN" or "/status/NNN/..." path, or nothing.
std::optional<int> status_route(std::string_view path) {
    if (path.substr(0, k_status_prefix.size()) != k_status_prefix) return std::nullopt;
    std::string_view rest = path.substr(k_status_prefix.size());
    std::string_view code = rest.substr(0, rest.find('/'));
    if (code.size() != 3 || !all_digits(code)) return std::nullopt;
    int status = std::stoi(std::string(code));
    if (status < 100 || status > 599) return std::nullopt;
    return status;
}

// Appends one line describing `request` to `path` (when set).
void append_request_log(const std::string& path, const HttpRequest& request) {
    if (path.empty()) return;
    std::lock_guard<std::mutex> lock(g_log_mutex);
    std::ofstream out(path, std::ios::app);
    out << request.method << ' ' << request.target << " origin=" << request.header("Origin")
        << " content-type=" << request.header("Content-Type") << " body=" << request.body << '\n';
}

// Builds the handler: extra routes first, then files under root.
Handler make_handler(const std::filesystem::path& root, const std::string& request_log,
                     const std::string& api_routes) {
    Handler static_files = suasana::testing::serve_directory(root);
    Handler files = [static_files](const HttpRequest& request) {
        if (request.method != "POST") return static_files(request);
        HttpRequest as_get = request;
        as_get.method = "GET";
        return static_files(as_get);
    };
    return [files, request_log, api_routes](const HttpRequest& request) -> HttpResponse {
        append_request_log(request_log, request);
        HttpResponse response;
        std::optional<HttpResponse> api;
        if (!api_routes.empty()) api = suasana::testing::answer_api(api_routes, request, files);
        if (api) {
            response = std::move(*api);
        } else if (std::optional<int> status = status_route(request.path)) {
            response.status = *status;
            response.headers.emplace_back("Content-Type", "text/plain; charset=utf-8");
            response.body = "status " + std::to_string(*status) + "\n";
            std::size_t to = request.target.find("?to=");
            if (*status >= 300 && *status < 400 && to != std::string::npos)
                response.headers.emplace_back("Location", request.target.substr(to + 4));
        } else if (request.path.substr(0, k_slow_prefix.size()) == k_slow_prefix) {
            std::string_view rest = std::string_view(request.path).substr(k_slow_prefix.size());
            std::size_t slash = rest.find('/');
            std::string_view millis = rest.substr(0, slash);
            if (!all_digits(millis) || millis.size() > k_max_delay_digits) {
                response = files(request);  // Not a valid delay: plain file lookup (404).
            } else {
                HttpRequest inner = request;
                inner.path =
                    slash == std::string_view::npos ? "/" : std::string(rest.substr(slash));
                std::size_t query = request.target.find_first_of("?#");
                inner.target =
                    inner.path + (query == std::string::npos ? "" : request.target.substr(query));
                response = files(inner);
                response.delay += std::chrono::milliseconds(std::stol(std::string(millis)));
            }
        } else {
            response = files(request);
        }
        log_request(request, response.status);
        return response;
    };
}

// Writes "PORT\n" to path via a temporary file and rename(); returns false on failure.
bool write_port_file(const std::string& path, int port) {
    std::string temporary = path + ".tmp." + std::to_string(::getpid());
    {
        std::ofstream out(temporary, std::ios::trunc);
        out << port << '\n';
        out.flush();
        if (!out) {
            std::remove(temporary.c_str());
            return false;
        }
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        std::remove(temporary.c_str());
        return false;
    }
    return true;
}

bool stdin_is_pipe() {
    struct stat info {};
    if (::fstat(STDIN_FILENO, &info) != 0) return false;
    return S_ISFIFO(info.st_mode) || S_ISSOCK(info.st_mode);
}

int usage(const char* program) {
    std::fprintf(stderr,
                 "usage: %s ROOT [--port-file FILE] [--request-log FILE] [--api-routes FILE] "
                 "[--ignore-stdin]\n",
                 program);
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    std::string root_arg;
    std::string port_file;
    std::string request_log;
    std::string api_routes;
    bool watch_stdin = true;
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        if (arg == "--port-file" && i + 1 < argc) {
            port_file = argv[++i];
        } else if (arg.substr(0, 12) == "--port-file=") {
            port_file = std::string(arg.substr(12));
        } else if (arg == "--request-log" && i + 1 < argc) {
            request_log = argv[++i];
        } else if (arg == "--api-routes" && i + 1 < argc) {
            api_routes = argv[++i];
        } else if (arg == "--ignore-stdin") {
            watch_stdin = false;
        } else if (arg == "-h" || arg == "--help") {
            usage(argv[0]);
            return 0;
        } else if (!arg.empty() && arg.front() != '-' && root_arg.empty()) {
            root_arg = std::string(arg);
        } else {
            return usage(argv[0]);
        }
    }
    if (root_arg.empty()) return usage(argv[0]);
    std::error_code error;
    if (!std::filesystem::is_directory(root_arg, error)) {
        std::fprintf(stderr, "%s: not a directory: %s\n", argv[0], root_arg.c_str());
        return 2;
    }

    // Block the stop signals in every thread (threads inherit the mask) and receive them
    // through a signalfd, so they can be waited for together with stdin.
    std::signal(SIGPIPE, SIG_IGN);
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGTERM);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGHUP);
    if (::pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr) != 0) {
        std::fprintf(stderr, "%s: cannot block signals\n", argv[0]);
        return 1;
    }
    int signal_fd = ::signalfd(-1, &stop_signals, SFD_CLOEXEC);
    if (signal_fd < 0) {
        std::fprintf(stderr, "%s: signalfd: %s\n", argv[0], std::strerror(errno));
        return 1;
    }

    int exit_code = 0;
    try {
        suasana::testing::HttpServer server(make_handler(root_arg, request_log, api_routes));
        if (!port_file.empty() && !write_port_file(port_file, server.port())) {
            std::fprintf(stderr, "%s: cannot write port file %s\n", argv[0], port_file.c_str());
            return 1;
        }
        std::printf("%d\n", server.port());
        std::fflush(stdout);

        watch_stdin = watch_stdin && stdin_is_pipe();
        while (true) {
            pollfd fds[2] = {{signal_fd, POLLIN, 0}, {STDIN_FILENO, POLLIN, 0}};
            int rc = ::poll(fds, watch_stdin ? 2 : 1, -1);
            if (rc < 0) {
                if (errno == EINTR) continue;
                std::fprintf(stderr, "%s: poll: %s\n", argv[0], std::strerror(errno));
                exit_code = 1;
                break;
            }
            if (fds[0].revents != 0) break;  // SIGTERM, SIGINT or SIGHUP.
            if (watch_stdin && fds[1].revents != 0) {
                char discard[4096];
                ssize_t n = ::read(STDIN_FILENO, discard, sizeof discard);
                if (n == 0) break;  // EOF: whoever started us is gone or wants us to stop.
                if (n < 0 && errno != EINTR && errno != EAGAIN) watch_stdin = false;
            }
        }
    } catch (const std::exception& failure) {
        std::fprintf(stderr, "%s: %s\n", argv[0], failure.what());
        exit_code = 1;
    }
    if (!port_file.empty()) std::remove(port_file.c_str());
    ::close(signal_fd);
    return exit_code;
}
