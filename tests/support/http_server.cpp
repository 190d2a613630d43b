#include "support/http_server.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <exception>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <system_error>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>

#include <zlib.h>
#include "report/html_escape.hpp"

namespace suasana::testing {

namespace {

constexpr std::size_t k_max_head_bytes = 64 * 1024;
constexpr std::size_t k_max_body_bytes = 256 * 1024 * 1024;
constexpr std::size_t k_recv_buffer_bytes = 16 * 1024;
constexpr std::size_t k_chunk_count = 3;
constexpr int k_accept_poll_timeout_ms = 500;
constexpr auto k_linger_drain_time = std::chrono::milliseconds(200);

char ascii_lower(char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return ascii_lower(x) == ascii_lower(y);
           });
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
        s.remove_suffix(1);
    }
    return s;
}

// True when the comma-separated header value contains `token` (case-insensitive).
bool has_token(std::string_view value, std::string_view token) {
    while (!value.empty()) {
        std::size_t comma = value.find(',');
        std::string_view item = trim(value.substr(0, comma));
        if (iequals(item, token)) return true;
        if (comma == std::string_view::npos) break;
        value.remove_prefix(comma + 1);
    }
    return false;
}

const std::string* find_header(const std::vector<std::pair<std::string, std::string>>& headers,
                               std::string_view name) {
    for (const auto& [key, value] : headers) {
        if (iequals(key, name)) return &value;
    }
    return nullptr;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string percent_decode_bytes(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size()) {
            int hi = hex_value(s[i + 1]);
            int lo = hex_value(s[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out.push_back(static_cast<char>(hi * 16 + lo));
                i += 2;
                continue;
            }
        }
        out.push_back(s[i]);
    }
    return out;
}

// Decoded path of a request target: origin-form or absolute-form, without query or fragment.
std::string path_of_target(std::string_view target) {
    if (target.size() > 7 && (iequals(target.substr(0, 7), "http://") ||
                              (target.size() > 8 && iequals(target.substr(0, 8), "https://")))) {
        std::size_t authority = target.find("//") + 2;
        std::size_t slash = target.find_first_of("/?#", authority);
        target = slash == std::string_view::npos ? std::string_view("/") : target.substr(slash);
        if (!target.empty() && target.front() != '/') return "/";
    }
    return percent_decode_bytes(target.substr(0, target.find_first_of("?#")));
}

const char* reason_phrase(int status) {
    switch (status) {
        case 100:
            return "Continue";
        case 101:
            return "Switching Protocols";
        case 200:
            return "OK";
        case 201:
            return "Created";
        case 202:
            return "Accepted";
        case 203:
            return "Non-Authoritative Information";
        case 204:
            return "No Content";
        case 205:
            return "Reset Content";
        case 206:
            return "Partial Content";
        case 300:
            return "Multiple Choices";
        case 301:
            return "Moved Permanently";
        case 302:
            return "Found";
        case 303:
            return "See Other";
        case 304:
            return "Not Modified";
        case 307:
            return "Temporary Redirect";
        case 308:
            return "Permanent Redirect";
        case 400:
            return "Bad Request";
        case 401:
            return "Unauthorized";
        case 402:
            return "Payment Required";
        case 403:
            return "Forbidden";
        case 404:
            return "Not Found";
        case 405:
            return "Method Not Allowed";
        case 406:
            return "Not Acceptable";
        case 408:
            return "Request Timeout";
        case 409:
            return "Conflict";
        case 410:
            return "Gone";
        case 411:
            return "Length Required";
        case 412:
            return "Precondition Failed";
        case 413:
            return "Content Too Large";
        case 414:
            return "URI Too Long";
        case 415:
            return "Unsupported Media Type";
        case 416:
            return "Range Not Satisfiable";
        case 417:
            return "Expectation Failed";
        case 418:
            return "I'm a teapot";
        case 421:
            return "Misdirected Request";
        case 422:
            return "Unprocessable Content";
        case 425:
            return "Too Early";
        case 426:
            return "Upgrade Required";
        case 428:
            return "Precondition Required";
        case 429:
            return "Too Many Requests";
        case 431:
            return "Request Header Fields Too Large";
        case 451:
            return "Unavailable For Legal Reasons";
        case 500:
            return "Internal Server Error";
        case 501:
            return "Not Implemented";
        case 502:
            return "Bad Gateway";
        case 503:
            return "Service Unavailable";
        case 504:
            return "Gateway Timeout";
        case 505:
            return "HTTP Version Not Supported";
        default:
            break;
    }
    if (status < 200) return "Informational";
    if (status < 300) return "Success";
    if (status < 400) return "Redirection";
    if (status < 500) return "Client Error";
    return "Server Error";
}

std::string html_page(int status, std::string_view detail) {
    std::string title = std::to_string(status) + " " + reason_phrase(status);
    std::string page = "<!DOCTYPE html>\n<html><head><title>" + title +
                       "</title></head><body><h1>" + title + "</h1>";
    if (!detail.empty()) page += "<p>" + report::escape_html(detail) + "</p>";
    page += "</body></html>\n";
    return page;
}

HttpResponse error_response(int status, std::string_view detail = {}) {
    HttpResponse response;
    response.status = status;
    response.headers.emplace_back("Content-Type", "text/html; charset=utf-8");
    response.body = html_page(status, detail);
    return response;
}

enum class ParseStatus { incomplete, complete, error };

struct ParseResult {
    ParseStatus status = ParseStatus::incomplete;
    std::size_t consumed = 0;       // bytes of the buffer the complete request occupies
    int error_status = 400;         // status to answer when status == error
    bool expects_continue = false;  // head complete, body pending, client sent 100-continue
    bool keep_alive = true;         // whether the connection may stay open afterwards
    bool http10 = false;            // request line said HTTP/1.0
};

ParseResult parse_error(int status) {
    ParseResult result;
    result.status = ParseStatus::error;
    result.error_status = status;
    result.keep_alive = false;
    return result;
}

// Decodes a chunked body starting at `pos`; on completion sets `end` past the trailers.
ParseStatus decode_chunked(std::string_view buffer, std::size_t pos, std::string& body,
                           std::size_t& end) {
    body.clear();
    while (true) {
        std::size_t line_end = buffer.find("\r\n", pos);
        if (line_end == std::string_view::npos) {
            return buffer.size() - pos > 1024 ? ParseStatus::error : ParseStatus::incomplete;
        }
        std::string_view size_text = trim(buffer.substr(pos, line_end - pos));
        size_text = trim(size_text.substr(0, size_text.find(';')));
        if (size_text.empty() || size_text.size() > 15) return ParseStatus::error;
        std::size_t size = 0;
        for (char c : size_text) {
            int digit = hex_value(c);
            if (digit < 0) return ParseStatus::error;
            size = size * 16 + static_cast<std::size_t>(digit);
        }
        pos = line_end + 2;
        if (size == 0) {
            // Trailer section: header lines up to an empty line.
            while (true) {
                std::size_t trailer_end = buffer.find("\r\n", pos);
                if (trailer_end == std::string_view::npos) return ParseStatus::incomplete;
                bool empty = trailer_end == pos;
                pos = trailer_end + 2;
                if (empty) {
                    end = pos;
                    return ParseStatus::complete;
                }
            }
        }
        if (body.size() + size > k_max_body_bytes) return ParseStatus::error;
        if (buffer.size() < pos + size + 2) return ParseStatus::incomplete;
        if (buffer.substr(pos + size, 2) != "\r\n") return ParseStatus::error;
        body.append(buffer.substr(pos, size));
        pos += size + 2;
    }
}

// Parses one request from the start of `buffer` (leading blank lines already removed).
ParseResult parse_request(std::string_view buffer, HttpRequest& request) {
    std::size_t head_end = buffer.find("\r\n\r\n");
    if (head_end == std::string_view::npos) {
        return buffer.size() > k_max_head_bytes ? parse_error(431) : ParseResult{};
    }
    if (head_end > k_max_head_bytes) return parse_error(431);
    std::string_view head = buffer.substr(0, head_end);

    std::size_t line_end = head.find("\r\n");
    std::string_view request_line = head.substr(0, line_end);
    std::size_t first_space = request_line.find(' ');
    std::size_t last_space = request_line.rfind(' ');
    if (first_space == std::string_view::npos || first_space == last_space) return parse_error(400);
    std::string_view method = request_line.substr(0, first_space);
    std::string_view target = request_line.substr(first_space + 1, last_space - first_space - 1);
    std::string_view version = request_line.substr(last_space + 1);
    if (method.empty() || target.empty() || target.find(' ') != std::string_view::npos) {
        return parse_error(400);
    }
    if (version.size() != 8 || version.substr(0, 5) != "HTTP/" || version[6] != '.') {
        return parse_error(400);
    }
    if (version[5] != '1') return parse_error(505);
    bool http10 = version[7] == '0';

    request.method = std::string(method);
    request.target = std::string(target);
    request.path = path_of_target(target);
    request.headers.clear();
    request.body.clear();

    std::size_t pos = line_end == std::string_view::npos ? head.size() : line_end + 2;
    while (pos < head.size()) {
        std::size_t next = head.find("\r\n", pos);
        if (next == std::string_view::npos) next = head.size();
        std::string_view line = head.substr(pos, next - pos);
        pos = next + 2;
        std::size_t colon = line.find(':');
        if (colon == std::string_view::npos || colon == 0) return parse_error(400);
        std::string_view name = line.substr(0, colon);
        if (name.find_first_of(" \t") != std::string_view::npos) return parse_error(400);
        request.headers.emplace_back(std::string(name), std::string(trim(line.substr(colon + 1))));
    }

    ParseResult result;
    result.http10 = http10;
    std::string connection = request.header("Connection");
    result.keep_alive =
        http10 ? has_token(connection, "keep-alive") : !has_token(connection, "close");

    std::size_t body_start = head_end + 4;
    const std::string* transfer_encoding = find_header(request.headers, "Transfer-Encoding");
    if (transfer_encoding != nullptr) {
        // Only plain "chunked" is supported; any other coding is refused.
        if (!iequals(trim(*transfer_encoding), "chunked")) return parse_error(501);
        std::size_t end = 0;
        ParseStatus status = decode_chunked(buffer, body_start, request.body, end);
        if (status == ParseStatus::error) return parse_error(400);
        if (status == ParseStatus::incomplete) {
            result.expects_continue =
                !http10 && has_token(request.header("Expect"), "100-continue");
            return result;
        }
        result.status = ParseStatus::complete;
        result.consumed = end;
        return result;
    }

    std::size_t content_length = 0;
    bool seen_length = false;
    for (const auto& [name, value] : request.headers) {
        if (!iequals(name, "Content-Length")) continue;
        if (value.empty() || value.size() > 12 ||
            value.find_first_not_of("0123456789") != std::string::npos) {
            return parse_error(400);
        }
        std::size_t length = static_cast<std::size_t>(std::stoull(value));
        if (seen_length && length != content_length) return parse_error(400);
        content_length = length;
        seen_length = true;
    }
    if (content_length > k_max_body_bytes) return parse_error(413);
    if (buffer.size() - body_start < content_length) {
        result.expects_continue = !http10 && has_token(request.header("Expect"), "100-continue");
        return result;
    }
    request.body = std::string(buffer.substr(body_start, content_length));
    result.status = ParseStatus::complete;
    result.consumed = body_start + content_length;
    return result;
}

bool bodyless_status(int status) {
    return (status >= 100 && status < 200) || status == 204 || status == 304;
}

std::string lower_extension(const std::filesystem::path& file) {
    std::string ext = file.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), ascii_lower);
    return ext;
}

// Like a static web server with its defaults (nginx, Apache): a page's charset is not known to
// the server, so none is claimed and the page's own <meta> decides (WordPress, serving its pages
// from PHP, sends the charset of its <meta>).
std::string content_type_for(const std::filesystem::path& file) {
    std::string ext = lower_extension(file);
    if (ext == ".html") return "text/html";
    if (ext == ".txt") return "text/plain; charset=utf-8";
    if (ext == ".json") return "application/json";
    if (ext == ".xml") return "application/xml";
    if (ext == ".css") return "text/css; charset=utf-8";
    if (ext == ".js") return "text/javascript; charset=utf-8";
    if (ext == ".png") return "image/png";
    return "application/octet-stream";
}

void close_fd(int& fd) {
    if (fd >= 0) {
        ::close(fd);
        fd = -1;
    }
}

std::runtime_error system_failure(const char* what) {
    return std::runtime_error(std::string("HttpServer: ") + what + ": " + std::strerror(errno));
}

}  // namespace

std::string gzip(std::string_view data) {
    z_stream stream{};
    // windowBits 15 + 16 asks zlib for a gzip header and trailer instead of a zlib one.
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) !=
        Z_OK) {
        throw std::runtime_error("gzip: deflateInit2 failed");
    }
    std::string out(deflateBound(&stream, static_cast<uLong>(data.size())), '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    int rc = deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    if (rc != Z_STREAM_END) throw std::runtime_error("gzip: deflate failed");
    return out;
}

std::string HttpRequest::header(std::string_view name) const {
    const std::string* value = find_header(headers, name);
    return value == nullptr ? std::string() : *value;
}

HttpServer::HttpServer(Handler handler, std::string bind_address)
    : m_handler(std::move(handler)), m_address(std::move(bind_address)) {
    if (!m_handler) throw std::runtime_error("HttpServer: empty handler");
    try {
        m_listen_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        if (m_listen_fd < 0) throw system_failure("socket");
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(0);
        if (::inet_pton(AF_INET, m_address.c_str(), &address.sin_addr) != 1) {
            throw std::runtime_error("HttpServer: not an IPv4 address: " + m_address);
        }
        if (::bind(m_listen_fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
            throw system_failure("bind");
        }
        if (::listen(m_listen_fd, SOMAXCONN) != 0) throw system_failure("listen");
        socklen_t length = sizeof address;
        if (::getsockname(m_listen_fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
            throw system_failure("getsockname");
        }
        m_port = ntohs(address.sin_port);

        int pipe_fds[2];
        if (::pipe2(pipe_fds, O_CLOEXEC | O_NONBLOCK) != 0) throw system_failure("pipe2");
        m_wake_read_fd = pipe_fds[0];
        m_wake_write_fd = pipe_fds[1];

        m_accept_thread = std::thread([this] { accept_loop(); });
    } catch (const std::system_error& error) {
        close_fd(m_listen_fd);
        close_fd(m_wake_read_fd);
        close_fd(m_wake_write_fd);
        throw std::runtime_error(std::string("HttpServer: cannot start thread: ") + error.what());
    } catch (...) {
        close_fd(m_listen_fd);
        close_fd(m_wake_read_fd);
        close_fd(m_wake_write_fd);
        throw;
    }
}

HttpServer::~HttpServer() {
    request_stop();
    if (m_accept_thread.joinable()) m_accept_thread.join();
    reap_connections(true);
    close_fd(m_listen_fd);
    close_fd(m_wake_read_fd);
    close_fd(m_wake_write_fd);
}

int HttpServer::port() const {
    return m_port;
}

std::string HttpServer::url(std::string_view path) const {
    return "http://" + m_address + ":" + std::to_string(m_port) + std::string(path);
}

std::vector<HttpRequest> HttpServer::requests() const {
    std::lock_guard<std::mutex> lock(m_requests_mutex);
    return m_requests;
}

void HttpServer::request_stop() {
    {
        std::lock_guard<std::mutex> lock(m_stop_mutex);
        m_stopping = true;
    }
    m_stop_cv.notify_all();
    // The pipe is never read, so it stays readable and wakes every poll() from now on.
    char byte = 'x';
    [[maybe_unused]] ssize_t written = ::write(m_wake_write_fd, &byte, 1);
}

bool HttpServer::sleep_unless_stopping(std::chrono::milliseconds duration) {
    if (duration.count() <= 0) return !m_stopping;
    std::unique_lock<std::mutex> lock(m_stop_mutex);
    return !m_stop_cv.wait_for(lock, duration, [this] { return m_stopping.load(); });
}

bool HttpServer::wait_readable(int fd) {
    while (!m_stopping) {
        pollfd fds[2] = {{fd, POLLIN, 0}, {m_wake_read_fd, POLLIN, 0}};
        int rc = ::poll(fds, 2, -1);
        if (rc < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        if (fds[1].revents != 0) return false;
        if (fds[0].revents != 0) return true;
    }
    return false;
}

bool HttpServer::send_all(int fd, std::string_view data) {
    while (!data.empty()) {
        if (m_stopping) return false;
        ssize_t sent = ::send(fd, data.data(), data.size(), MSG_NOSIGNAL);
        if (sent > 0) {
            data.remove_prefix(static_cast<std::size_t>(sent));
            continue;
        }
        if (sent < 0 && errno == EINTR) continue;
        if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            pollfd fds[2] = {{fd, POLLOUT, 0}, {m_wake_read_fd, POLLIN, 0}};
            int rc = ::poll(fds, 2, -1);
            if (rc < 0 && errno != EINTR) return false;
            if (fds[1].revents != 0) return false;
            if ((fds[0].revents & (POLLERR | POLLHUP | POLLNVAL)) != 0) return false;
            continue;
        }
        return false;
    }
    return true;
}

void HttpServer::reap_connections(bool all) {
    std::list<std::unique_ptr<Connection>> done;
    {
        std::lock_guard<std::mutex> lock(m_connections_mutex);
        for (auto it = m_connections.begin(); it != m_connections.end();) {
            if (all || (*it)->finished) {
                auto next = std::next(it);
                done.splice(done.end(), m_connections, it);
                it = next;
            } else {
                ++it;
            }
        }
    }
    for (auto& connection : done) {
        if (connection->thread.joinable()) connection->thread.join();
    }
}

void HttpServer::accept_loop() {
    while (!m_stopping) {
        pollfd fds[2] = {{m_listen_fd, POLLIN, 0}, {m_wake_read_fd, POLLIN, 0}};
        int rc = ::poll(fds, 2, k_accept_poll_timeout_ms);
        if (m_stopping) break;
        reap_connections(false);
        if (rc < 0) {
            if (errno != EINTR) std::this_thread::sleep_for(std::chrono::milliseconds(10));
            continue;
        }
        if ((fds[0].revents & POLLIN) == 0) continue;

        int fd = ::accept4(m_listen_fd, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (fd < 0) {
            if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
            continue;
        }
        int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);

        auto connection = std::make_unique<Connection>();
        Connection* raw = connection.get();
        try {
            std::lock_guard<std::mutex> lock(m_connections_mutex);
            m_connections.push_back(std::move(connection));
            try {
                raw->thread = std::thread([this, fd, raw] {
                    serve_connection(fd);
                    raw->finished = true;
                });
            } catch (...) {
                m_connections.pop_back();
                throw;
            }
        } catch (...) {
            ::close(fd);  // Out of threads or memory: drop this connection, keep serving.
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    }
}

void HttpServer::serve_connection(int fd) {
    try {
        std::string buffer;
        bool continue_sent = false;
        bool keep_open = true;
        char chunk[k_recv_buffer_bytes];
        while (keep_open && !m_stopping) {
            std::size_t skip = buffer.find_first_not_of("\r\n");
            buffer.erase(0, skip == std::string::npos ? buffer.size() : skip);

            HttpRequest request;
            ParseResult parsed;
            if (!buffer.empty()) parsed = parse_request(buffer, request);

            if (parsed.status == ParseStatus::incomplete) {
                if (parsed.expects_continue && !continue_sent) {
                    if (!send_all(fd, "HTTP/1.1 100 Continue\r\n\r\n")) break;
                    continue_sent = true;
                }
                if (!wait_readable(fd)) break;
                ssize_t received = ::recv(fd, chunk, sizeof chunk, 0);
                if (received > 0) {
                    buffer.append(chunk, static_cast<std::size_t>(received));
                } else if (received == 0 ||
                           (errno != EINTR && errno != EAGAIN && errno != EWOULDBLOCK)) {
                    break;  // Client closed the connection or it failed.
                }
                continue;
            }

            bool keep_alive = parsed.keep_alive;
            HttpResponse response;
            if (parsed.status == ParseStatus::error) {
                response = error_response(parsed.error_status);
                request = HttpRequest{};
                request.method = "GET";  // So the error page body is sent.
                keep_alive = false;
            } else {
                buffer.erase(0, parsed.consumed);
                continue_sent = false;
                {
                    std::lock_guard<std::mutex> lock(m_requests_mutex);
                    m_requests.push_back(request);
                }
                try {
                    response = m_handler(request);
                } catch (const std::exception& error) {
                    response = error_response(500, std::string("handler threw: ") + error.what());
                } catch (...) {
                    response = error_response(500, "handler threw a non-exception");
                }
                if (response.status < 100 || response.status > 999) {
                    response = error_response(500, "handler returned an invalid status");
                }
            }
            if (response.reset) {
                // SO_LINGER with a zero timeout makes close() send RST: a connection reset.
                sleep_unless_stopping(response.delay);
                linger abort{1, 0};
                ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &abort, sizeof abort);
                ::close(fd);
                return;
            }
            keep_open =
                send_response(fd, request, response, parsed.http10, keep_alive) && keep_alive;
        }

        // Graceful close: signal end of output and drain briefly so unread input does not
        // turn the close into a reset that could destroy the response in flight.
        ::shutdown(fd, SHUT_WR);
        auto deadline = std::chrono::steady_clock::now() + k_linger_drain_time;
        while (!m_stopping && std::chrono::steady_clock::now() < deadline) {
            pollfd fds[2] = {{fd, POLLIN, 0}, {m_wake_read_fd, POLLIN, 0}};
            auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                deadline - std::chrono::steady_clock::now());
            int rc = ::poll(fds, 2, static_cast<int>(std::max<long long>(1, left.count())));
            if (rc <= 0 || fds[1].revents != 0) break;
            ssize_t received = ::recv(fd, chunk, sizeof chunk, 0);
            if (received == 0 || (received < 0 && errno != EINTR && errno != EAGAIN)) break;
        }
    } catch (...) {
        // Never let an exception escape a connection thread; the connection is just dropped.
    }
    ::close(fd);
}

bool HttpServer::send_response(int fd, const HttpRequest& request, const HttpResponse& response,
                               bool http10, bool& keep_alive) {
    const std::string* connection = find_header(response.headers, "Connection");
    if (connection != nullptr && has_token(*connection, "close")) keep_alive = false;

    bool head_only = iequals(request.method, "HEAD") || bodyless_status(response.status);
    // HTTP/1.0 clients do not understand chunked encoding; they get a Content-Length instead.
    bool chunked = response.chunked && !http10 && !bodyless_status(response.status);

    std::string head = "HTTP/1.1 " + std::to_string(response.status) + " " +
                       reason_phrase(response.status) + "\r\n";
    for (const auto& [name, value] : response.headers) head += name + ": " + value + "\r\n";
    if (chunked) {
        if (find_header(response.headers, "Transfer-Encoding") == nullptr) {
            head += "Transfer-Encoding: chunked\r\n";
        }
    } else if (!bodyless_status(response.status) &&
               find_header(response.headers, "Content-Length") == nullptr) {
        head += "Content-Length: " + std::to_string(response.body.size()) + "\r\n";
    }
    if (!response.body.empty() && find_header(response.headers, "Content-Type") == nullptr) {
        head += "Content-Type: text/html; charset=utf-8\r\n";
    }
    if (find_header(response.headers, "Connection") == nullptr) {
        if (!keep_alive) {
            head += "Connection: close\r\n";
        } else if (has_token(request.header("Connection"), "keep-alive")) {
            head += "Connection: keep-alive\r\n";
        }
    }
    head += "\r\n";

    if (!sleep_unless_stopping(response.delay)) return false;

    if (!chunked) {
        if (!head_only) head += response.body;
        return send_all(fd, head);
    }
    if (!send_all(fd, head)) return false;
    if (head_only) return true;

    std::string_view body = response.body;
    std::size_t piece = std::max<std::size_t>(1, (body.size() + k_chunk_count - 1) / k_chunk_count);
    bool first = true;
    while (!body.empty()) {
        if (!first && !sleep_unless_stopping(response.chunk_delay)) return false;
        first = false;
        std::string_view part = body.substr(0, piece);
        body.remove_prefix(part.size());
        std::ostringstream size;
        size << std::hex << part.size();
        if (!send_all(fd, size.str() + "\r\n" + std::string(part) + "\r\n")) return false;
    }
    if (!first && !sleep_unless_stopping(response.chunk_delay)) return false;
    return send_all(fd, "0\r\n\r\n");
}

std::string percent_decode(std::string_view s) {
    return percent_decode_bytes(s);
}

Handler serve_directory(std::filesystem::path root) {
    std::error_code error;
    std::filesystem::path absolute_root = std::filesystem::absolute(root, error);
    root = (error ? root : absolute_root).lexically_normal();
    return [root](const HttpRequest& request) -> HttpResponse {
        if (request.method != "GET" && request.method != "HEAD") {
            HttpResponse response = error_response(405);
            response.headers.emplace_back("Allow", "GET, HEAD");
            return response;
        }
        std::string path = request.path.empty() ? path_of_target(request.target) : request.path;
        if (path.empty() || path.front() != '/' || path.find('\0') != std::string::npos) {
            return error_response(400);
        }

        std::filesystem::path relative;
        std::size_t pos = 0;
        while (pos <= path.size()) {
            std::size_t slash = path.find('/', pos);
            if (slash == std::string::npos) slash = path.size();
            std::string segment = path.substr(pos, slash - pos);
            pos = slash + 1;
            if (segment == "..") return error_response(403);
            if (segment.empty() || segment == ".") continue;
            relative /= segment;
        }

        std::filesystem::path file = root / relative;
        std::error_code status_error;
        if (std::filesystem::is_directory(file, status_error)) file /= "index.html";
        if (!std::filesystem::is_regular_file(file, status_error)) {
            return error_response(404, "No such file: " + path);
        }
        std::uintmax_t size = std::filesystem::file_size(file, status_error);
        std::ifstream stream(file, std::ios::binary);
        if (status_error || !stream) return error_response(403, "Cannot read: " + path);
        HttpResponse response;
        response.body.resize(static_cast<std::size_t>(size));
        stream.read(response.body.data(), static_cast<std::streamsize>(size));
        if (stream.gcount() != static_cast<std::streamsize>(size)) {
            return error_response(500, "Read failed: " + path);
        }
        response.headers.emplace_back("Content-Type", content_type_for(file));
        // Validators like a real server's: an ETag from the size and modification time, so a
        // client's If-None-Match gets 304 until the file changes.
        auto mtime = std::filesystem::last_write_time(file, status_error).time_since_epoch();
        std::string etag =
            "\"" + std::to_string(size) + "-" +
            std::to_string(std::chrono::duration_cast<std::chrono::nanoseconds>(mtime).count()) +
            "\"";
        response.headers.emplace_back("ETag", etag);
        if (request.header("If-None-Match") == etag) {
            response.status = 304;
            response.body.clear();
        }
        return response;
    };
}

}  // namespace suasana::testing
