// Tests for the loopback HTTP test server, using a raw socket client (no curl needed).
#include "support/http_server.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

using suasana::testing::HttpRequest;
using suasana::testing::HttpResponse;
using suasana::testing::HttpServer;
using suasana::testing::serve_directory;
using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

constexpr int k_client_timeout_ms = 5000;

// A temporary directory removed with its contents on destruction.
class TempDir {
  public:
    TempDir() {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "suasana-http-test-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
        m_path = pattern;
    }
    ~TempDir() {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    // Returns the directory's path; never fails.
    const std::filesystem::path& path() const { return m_path; }

    // Writes `content` to the relative path `name`, creating parent directories; throws on error.
    void write(const std::string& name, std::string_view content) const {
        std::filesystem::path file = m_path / name;
        std::filesystem::create_directories(file.parent_path());
        std::ofstream out(file, std::ios::binary);
        out.write(content.data(), static_cast<std::streamsize>(content.size()));
        if (!out) throw std::runtime_error("cannot write " + file.string());
    }

  private:
    std::filesystem::path m_path;
};

// A response as parsed by the raw client.
struct RawResponse {
    int status = 0;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    std::vector<Clock::time_point> chunk_times;  // arrival time of each body chunk, if chunked

    // Returns the value of header `name` (case-insensitive), or "" if absent.
    std::string header(std::string_view name) const {
        HttpRequest lookup;
        lookup.headers = headers;
        return lookup.header(name);
    }

    // Returns whether header `name` is present (case-insensitive).
    bool has_header(std::string_view name) const {
        for (const auto& header : headers) {
            if (header.first.size() == name.size() &&
                ::strncasecmp(header.first.c_str(), name.data(), name.size()) == 0) {
                return true;
            }
        }
        return false;
    }
};

// A minimal blocking HTTP/1.1 client over one TCP connection to 127.0.0.1.
class Client {
  public:
    explicit Client(int port) {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (m_fd < 0) throw std::runtime_error("socket failed");
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(static_cast<std::uint16_t>(port));
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(m_fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
            ::close(m_fd);
            throw std::runtime_error(std::string("connect failed: ") + std::strerror(errno));
        }
    }
    ~Client() { ::close(m_fd); }
    Client(const Client&) = delete;
    Client& operator=(const Client&) = delete;

    // Sends all of `data`; throws on error.
    void send(std::string_view data) {
        while (!data.empty()) {
            ssize_t sent = ::send(m_fd, data.data(), data.size(), MSG_NOSIGNAL);
            if (sent <= 0) throw std::runtime_error("send failed");
            data.remove_prefix(static_cast<std::size_t>(sent));
        }
    }

    // Sends a GET (or another method) for `target` with optional extra header lines.
    void request(std::string_view method, std::string_view target, std::string_view extra = "") {
        send(std::string(method) + " " + std::string(target) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
             std::string(extra) + "\r\n");
    }

    // Reads one final response (skipping 1xx); throws on timeout or malformed input.
    RawResponse read_response(bool head_request = false) {
        while (true) {
            std::string head = read_until("\r\n\r\n");
            RawResponse response = parse_head(head);
            if (response.status >= 100 && response.status < 200) continue;
            if (head_request || response.status == 204 || response.status == 304) return response;
            if (response.header("Transfer-Encoding") == "chunked") {
                while (true) {
                    std::string size_line = read_until("\r\n");
                    std::size_t size = std::stoul(size_line, nullptr, 16);
                    if (size == 0) {
                        read_until("\r\n");
                        return response;
                    }
                    response.body += read_exactly(size);
                    response.chunk_times.push_back(Clock::now());
                    if (read_exactly(2) != "\r\n") throw std::runtime_error("bad chunk end");
                }
            }
            if (response.has_header("Content-Length")) {
                response.body = read_exactly(std::stoul(response.header("Content-Length")));
            } else {
                while (fill()) {
                }
                response.body = std::move(m_buffer);
                m_buffer.clear();
            }
            return response;
        }
    }

    // Returns true if the server closes the connection within the client timeout.
    bool wait_closed() {
        while (fill()) {
        }
        return true;
    }

    // Returns the raw bytes received so far and not yet consumed.
    const std::string& pending() const { return m_buffer; }

  private:
    // Reads more data; returns false on EOF, throws on timeout or error.
    bool fill() {
        pollfd fds{m_fd, POLLIN, 0};
        int rc = ::poll(&fds, 1, k_client_timeout_ms);
        if (rc == 0) throw std::runtime_error("client read timed out");
        if (rc < 0) throw std::runtime_error("client poll failed");
        char data[8192];
        ssize_t received = ::recv(m_fd, data, sizeof data, 0);
        if (received < 0) {
            if (errno == ECONNRESET) return false;
            throw std::runtime_error("recv failed");
        }
        if (received == 0) return false;
        m_buffer.append(data, static_cast<std::size_t>(received));
        return true;
    }

    std::string read_until(std::string_view delimiter) {
        std::size_t found;
        while ((found = m_buffer.find(delimiter)) == std::string::npos) {
            if (!fill()) throw std::runtime_error("connection closed mid-response");
        }
        std::string result = m_buffer.substr(0, found);
        m_buffer.erase(0, found + delimiter.size());
        return result;
    }

    std::string read_exactly(std::size_t size) {
        while (m_buffer.size() < size) {
            if (!fill()) throw std::runtime_error("connection closed mid-body");
        }
        std::string result = m_buffer.substr(0, size);
        m_buffer.erase(0, size);
        return result;
    }

    static RawResponse parse_head(const std::string& head) {
        RawResponse response;
        std::size_t line_end = head.find("\r\n");
        std::string status_line = head.substr(0, line_end);
        if (status_line.rfind("HTTP/1.1 ", 0) != 0) throw std::runtime_error("bad status line");
        response.status = std::stoi(status_line.substr(9, 3));
        std::size_t pos = line_end == std::string::npos ? head.size() : line_end + 2;
        while (pos < head.size()) {
            std::size_t next = head.find("\r\n", pos);
            if (next == std::string::npos) next = head.size();
            std::string line = head.substr(pos, next - pos);
            pos = next + 2;
            std::size_t colon = line.find(':');
            std::size_t value = line.find_first_not_of(' ', colon + 1);
            response.headers.emplace_back(line.substr(0, colon),
                                          value == std::string::npos ? "" : line.substr(value));
        }
        return response;
    }

    int m_fd = -1;
    std::string m_buffer;
};

// Returns one GET response for `target` on a fresh connection.
RawResponse get(int port, std::string_view target, std::string_view method = "GET") {
    Client client(port);
    client.request(method, target, "Connection: close\r\n");
    return client.read_response(method == "HEAD");
}

HttpResponse text(std::string body) {
    HttpResponse response;
    response.headers.emplace_back("Content-Type", "text/plain");
    response.body = std::move(body);
    return response;
}

long long elapsed_ms(Clock::time_point start) {
    return std::chrono::duration_cast<milliseconds>(Clock::now() - start).count();
}

}  // namespace

TEST_CASE("HttpServer binds a free loopback port and formats URLs", "[support]") {
    HttpServer first([](const HttpRequest&) { return text("one"); });
    HttpServer second([](const HttpRequest&) { return text("two"); });
    CHECK(first.port() > 0);
    CHECK(second.port() > 0);
    CHECK(first.port() != second.port());
    CHECK(first.url("/a?b=c") == "http://127.0.0.1:" + std::to_string(first.port()) + "/a?b=c");
    CHECK(get(first.port(), "/").body == "one");
    CHECK(get(second.port(), "/").body == "two");
    CHECK_THROWS_AS(HttpServer(suasana::testing::Handler{}), std::runtime_error);
}

TEST_CASE("serve_directory serves files, indexes, 404 and refuses escapes", "[support]") {
    TempDir dir;
    dir.write("index.html", "<p>home</p>");
    dir.write("hello.txt", "hello world\n");
    dir.write("data.json", "{\"a\":1}");
    dir.write("feed.xml", "<rss/>");
    dir.write("style.css", "p{}");
    dir.write("app.js", "1;");
    dir.write("image.png", std::string("\x89PNG\r\n\x1a\n\0\0", 10));
    dir.write("blob.bin", "xyz");
    dir.write("sub/index.html", "<p>sub</p>");
    dir.write("with space.txt", "spaced");
    HttpServer server(serve_directory(dir.path()));
    int port = server.port();

    SECTION("files with content types by extension") {
        RawResponse hello = get(port, "/hello.txt");
        CHECK(hello.status == 200);
        CHECK(hello.body == "hello world\n");
        CHECK(hello.header("Content-Type") == "text/plain; charset=utf-8");
        CHECK(hello.header("Content-Length") == "12");
        CHECK(get(port, "/index.html").header("Content-Type") == "text/html");
        CHECK(get(port, "/data.json").header("Content-Type") == "application/json");
        CHECK(get(port, "/feed.xml").header("Content-Type") == "application/xml");
        CHECK(get(port, "/style.css").header("Content-Type") == "text/css; charset=utf-8");
        CHECK(get(port, "/app.js").header("Content-Type") == "text/javascript; charset=utf-8");
        RawResponse png = get(port, "/image.png");
        CHECK(png.header("Content-Type") == "image/png");
        CHECK(png.body == std::string("\x89PNG\r\n\x1a\n\0\0", 10));
        CHECK(get(port, "/blob.bin").header("Content-Type") == "application/octet-stream");
        CHECK(get(port, "/with%20space.txt").body == "spaced");
    }
    SECTION("directories serve index.html; query and fragment are ignored") {
        CHECK(get(port, "/").body == "<p>home</p>");
        CHECK(get(port, "/sub/").body == "<p>sub</p>");
        CHECK(get(port, "/sub").body == "<p>sub</p>");
        CHECK(get(port, "/hello.txt?x=1&y=2").body == "hello world\n");
        CHECK(get(port, "/hello.txt#frag").body == "hello world\n");
        CHECK(get(port, "http://127.0.0.1/hello.txt").body == "hello world\n");
    }
    SECTION("HEAD sends headers only") {
        RawResponse head = get(port, "/hello.txt", "HEAD");
        CHECK(head.status == 200);
        CHECK(head.header("Content-Length") == "12");
        CHECK(head.body.empty());
    }
    SECTION("missing files are 404 with an HTML body") {
        RawResponse missing = get(port, "/nope.html");
        CHECK(missing.status == 404);
        CHECK(missing.header("Content-Type") == "text/html; charset=utf-8");
        CHECK(missing.body.find("404") != std::string::npos);
        CHECK(get(port, "/sub/nope/").status == 404);
    }
    SECTION("dot-dot escapes are 403, other methods 405") {
        CHECK(get(port, "/../etc/passwd").status == 403);
        CHECK(get(port, "/sub/../../etc/passwd").status == 403);
        CHECK(get(port, "/%2e%2e/%2E%2E/etc/passwd").status == 403);
        RawResponse post = get(port, "/hello.txt", "POST");
        CHECK(post.status == 405);
        CHECK(post.header("Allow") == "GET, HEAD");
    }
}

TEST_CASE("HttpServer keeps connections alive and honours Connection: close", "[support]") {
    HttpServer server([](const HttpRequest& request) { return text("at " + request.path); });
    Client client(server.port());

    client.request("GET", "/one");
    RawResponse first = client.read_response();
    CHECK(first.status == 200);
    CHECK(first.body == "at /one");
    CHECK_FALSE(first.has_header("Connection"));

    client.request("GET", "/two");
    CHECK(client.read_response().body == "at /two");

    // Pipelined: two requests in one write, answered in order.
    client.send("GET /three HTTP/1.1\r\nHost: x\r\n\r\nGET /four HTTP/1.1\r\nHost: x\r\n\r\n");
    CHECK(client.read_response().body == "at /three");
    CHECK(client.read_response().body == "at /four");

    client.request("GET", "/last", "Connection: close\r\n");
    RawResponse last = client.read_response();
    CHECK(last.body == "at /last");
    CHECK(last.header("Connection") == "close");
    CHECK(client.wait_closed());
    CHECK(client.pending().empty());
    CHECK(server.requests().size() == 5);

    SECTION("HTTP/1.0 closes unless keep-alive is asked for") {
        Client old(server.port());
        old.send("GET /old HTTP/1.0\r\n\r\n");
        CHECK(old.read_response().body == "at /old");
        CHECK(old.wait_closed());

        Client kept(server.port());
        kept.send("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        RawResponse a = kept.read_response();
        CHECK(a.header("Connection") == "keep-alive");
        kept.send("GET /b HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        CHECK(kept.read_response().body == "at /b");
    }
    SECTION("a handler's Connection: close closes the connection") {
        HttpServer closing([](const HttpRequest&) {
            HttpResponse response = text("bye");
            response.headers.emplace_back("Connection", "close");
            return response;
        });
        Client bye(closing.port());
        bye.request("GET", "/");
        CHECK(bye.read_response().body == "bye");
        CHECK(bye.wait_closed());
    }
}

TEST_CASE("HttpServer sends chunked responses with delays between chunks", "[support]") {
    const std::string body = "The quick brown fox jumps over the lazy dog";
    HttpServer server([&body](const HttpRequest&) {
        HttpResponse response = text(body);
        response.chunked = true;
        response.chunk_delay = milliseconds(60);
        return response;
    });
    Client client(server.port());
    auto start = Clock::now();
    client.request("GET", "/chunked");
    RawResponse response = client.read_response();
    CHECK(elapsed_ms(start) >= 180);  // three chunks + terminator: three gaps of 60 ms
    CHECK(response.status == 200);
    CHECK(response.header("Transfer-Encoding") == "chunked");
    CHECK_FALSE(response.has_header("Content-Length"));
    CHECK(response.body == body);
    REQUIRE(response.chunk_times.size() == 3);
    CHECK(response.chunk_times[2] - response.chunk_times[0] >= milliseconds(100));

    // The connection stays usable after a chunked response.
    client.request("GET", "/again");
    CHECK(client.read_response().body == body);

    SECTION("HEAD of a chunked response has no body") {
        client.request("HEAD", "/chunked");
        RawResponse head = client.read_response(true);
        CHECK(head.header("Transfer-Encoding") == "chunked");
        client.request("GET", "/after-head");
        CHECK(client.read_response().body == body);
    }
}

TEST_CASE("HttpServer delays responses and fills in default headers", "[support]") {
    HttpServer server([](const HttpRequest& request) {
        HttpResponse response;
        if (request.path == "/slow") {
            response.delay = milliseconds(200);
            response.body = "<p>slow</p>";
        } else if (request.path == "/empty") {
            response.status = 204;
        } else if (request.path == "/custom") {
            response.status = 418;
            response.headers.emplace_back("X-Mixed-Case", "Value");
            response.headers.emplace_back("content-type", "text/plain");
            response.body = "teapot";
        } else if (request.path == "/throw") {
            throw std::runtime_error("boom");
        } else {
            response.body = "";
        }
        return response;
    });
    int port = server.port();

    auto start = Clock::now();
    RawResponse slow = get(port, "/slow");
    CHECK(elapsed_ms(start) >= 200);
    CHECK(slow.body == "<p>slow</p>");
    CHECK(slow.header("Content-Type") == "text/html; charset=utf-8");

    RawResponse custom = get(port, "/custom");
    CHECK(custom.status == 418);
    REQUIRE(custom.headers.size() >= 2);
    CHECK(custom.headers[0] == std::make_pair(std::string("X-Mixed-Case"), std::string("Value")));
    CHECK(custom.headers[1].first == "content-type");
    CHECK(custom.header("Content-Type") == "text/plain");  // no second Content-Type added
    int content_types = 0;
    for (const auto& header : custom.headers) {
        if (::strcasecmp(header.first.c_str(), "Content-Type") == 0) ++content_types;
    }
    CHECK(content_types == 1);

    RawResponse empty = get(port, "/");
    CHECK(empty.header("Content-Length") == "0");
    CHECK_FALSE(empty.has_header("Content-Type"));

    RawResponse no_content = get(port, "/empty");
    CHECK(no_content.status == 204);
    CHECK_FALSE(no_content.has_header("Content-Length"));

    RawResponse thrown = get(port, "/throw");
    CHECK(thrown.status == 500);
    CHECK(thrown.body.find("boom") != std::string::npos);

    Client bad(port);
    bad.send("NONSENSE\r\n\r\n");
    CHECK(bad.read_response().status == 400);
    CHECK(bad.wait_closed());
}

TEST_CASE("HttpServer records every request in order", "[support]") {
    HttpServer server([](const HttpRequest& request) { return text(request.body); });
    Client client(server.port());
    client.request("GET", "/first%20path?q=a%20b&x=1", "X-Test: yes\r\n");
    client.read_response();
    client.send(
        "POST /submit HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: "
        "11\r\n\r\nhello=world");
    CHECK(client.read_response().body == "hello=world");
    client.send(
        "PUT /chunky HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
        "5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\n\r\n");
    CHECK(client.read_response().body == "hello world");

    // Expect: 100-continue gets an interim response before the body is sent.
    client.send(
        "POST /expect HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n");
    std::this_thread::sleep_for(milliseconds(50));
    client.send("data");
    CHECK(client.read_response().body == "data");

    std::vector<HttpRequest> requests = server.requests();
    REQUIRE(requests.size() == 4);
    CHECK(requests[0].method == "GET");
    CHECK(requests[0].target == "/first%20path?q=a%20b&x=1");
    CHECK(requests[0].path == "/first path");
    CHECK(requests[0].header("x-test") == "yes");
    CHECK(requests[0].header("X-TEST") == "yes");
    CHECK(requests[0].header("missing").empty());
    CHECK(requests[0].body.empty());
    CHECK(requests[1].method == "POST");
    CHECK(requests[1].path == "/submit");
    CHECK(requests[1].header("Content-Type") == "text/plain");
    CHECK(requests[1].body == "hello=world");
    CHECK(requests[2].method == "PUT");
    CHECK(requests[2].body == "hello world");
    CHECK(requests[3].body == "data");
}

TEST_CASE("HttpServer shuts down cleanly under many quick connections", "[support]") {
    constexpr int k_threads = 4;
    constexpr int k_per_thread = 100;
    std::atomic<int> completed{0};
    auto server = std::make_unique<HttpServer>([](const HttpRequest& request) {
        HttpResponse response = text("ok " + request.path);
        if (request.path == "/hang") response.delay = std::chrono::seconds(30);
        return response;
    });
    int port = server->port();

    std::vector<std::thread> clients;
    for (int t = 0; t < k_threads; ++t) {
        clients.emplace_back([port, t, &completed] {
            for (int i = 0; i < k_per_thread; ++i) {
                try {
                    Client client(port);
                    switch (i % 4) {
                        case 0: {  // full request/response with keep-alive, then hang up
                            client.request("GET",
                                           "/" + std::to_string(t) + "/" + std::to_string(i));
                            if (client.read_response().status == 200) ++completed;
                            break;
                        }
                        case 1:  // connect and hang up immediately
                            break;
                        case 2:  // partial request, then hang up
                            client.send("GET /partial HTTP/1.1\r\nHo");
                            break;
                        default:  // request, but hang up without reading the response
                            client.request("GET", "/unread");
                            break;
                    }
                } catch (const std::exception&) {
                    // Counted through `completed` only; failures show up as a short count.
                }
            }
        });
    }
    for (auto& client : clients) client.join();
    CHECK(completed == k_threads * k_per_thread / 4);

    // Leave connections in every state open while the server is destroyed.
    std::vector<std::unique_ptr<Client>> open;
    for (int i = 0; i < 20; ++i) open.push_back(std::make_unique<Client>(port));
    for (int i = 0; i < 5; ++i) {
        open.push_back(std::make_unique<Client>(port));
        open.back()->send("GET /partial HTTP/1.1\r\n");
    }
    auto hanging = std::make_unique<Client>(port);
    hanging->request("GET", "/hang");
    Client served(port);
    served.request("GET", "/kept");
    CHECK(served.read_response().body == "ok /kept");
    std::this_thread::sleep_for(milliseconds(100));  // let /hang reach its delay

    server.reset();
    // Destroyed without waiting /hang's 30 s out: its connection closes with no answer sent.
    CHECK(hanging->wait_closed());
    CHECK(hanging->pending().empty());
    for (auto& client : open) CHECK(client->wait_closed());
    CHECK(served.wait_closed());
    CHECK_THROWS(Client(port).read_response());  // nobody listens any more
}
