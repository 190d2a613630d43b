// Tests for the comment API routes the test server answers from a case's route file.
#include "support/api_routes.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

using suasana::testing::answer_api;
using suasana::testing::HttpRequest;

// A folder with a route file and two answer files, removed at the end.
struct RouteFolder {
    std::filesystem::path dir;
    RouteFolder() {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "suasana-routes.XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
        dir = pattern;
        std::filesystem::create_directories(dir / "api");
        std::ofstream(dir / "api" / "p1.json") << R"({"page": 1})";
        std::ofstream(dir / "api" / "all.json") << R"({"all": true})";
        std::ofstream(dir / "routes.json") << R"({"routes": [
          {"path": "/graphql", "method": "POST",
           "headers": {"Origin": {"equals": "https://news.example", "missing": 405}},
           "body": {"variables.terms": 42},
           "body_contains": {"query": ["search("]},
           "answer_by": "variables.page", "answers": {"1": "api/p1.json"}},
          {"path": "/list", "answer": "api/all.json",
           "query": {"urlpage": "https://x.example/a b", "json": null}}]})";
    }
    ~RouteFolder() { std::filesystem::remove_all(dir); }
};

HttpRequest request(std::string method, std::string target, std::string body = "",
                    std::string origin = "https://news.example") {
    HttpRequest r;
    r.method = std::move(method);
    r.target = target;
    r.path = target.substr(0, target.find('?'));
    r.body = std::move(body);
    if (!origin.empty()) r.headers.emplace_back("Origin", origin);
    return r;
}

}  // namespace

TEST_CASE("an API route answers the request value's file and refuses the rest", "[support]") {
    RouteFolder f;
    auto files = suasana::testing::serve_directory(f.dir);
    const auto routes = f.dir / "routes.json";
    auto body = [](const std::string& terms, int page) {
        return "{\"query\": \"search(x)\", \"variables\": {\"terms\": " + terms +
               ", \"page\": " + std::to_string(page) + "}}";
    };
    auto ok = answer_api(routes, request("POST", "/graphql", body("42", 1)), files);
    REQUIRE(ok);
    CHECK(ok->status == 200);
    CHECK(ok->body == "{\"page\": 1}");

    CHECK(answer_api(routes, request("GET", "/graphql", body("42", 1)), files)->status == 405);
    CHECK(answer_api(routes, request("POST", "/graphql", body("42", 1), ""), files)->status == 405);
    CHECK(answer_api(routes, request("POST", "/graphql", body("42", 1), "https://evil.example"),
                     files)
              ->status == 400);
    // The terms as a string, not the number the portal expects.
    CHECK(answer_api(routes, request("POST", "/graphql", body("\"42\"", 1)), files)->status == 400);
    CHECK(answer_api(routes, request("POST", "/graphql", "{not json"), files)->status == 400);
    const std::string no_search = "{\"query\": \"list(x)\", \"variables\": {\"terms\": 42}}";
    CHECK(answer_api(routes, request("POST", "/graphql", no_search), files)->status == 400);
    CHECK(answer_api(routes, request("POST", "/graphql", body("42", 9)), files)->status == 404);
    CHECK_FALSE(answer_api(routes, request("GET", "/other"), files));
    CHECK_FALSE(answer_api(f.dir / "absent.json", request("GET", "/list"), files));
}

TEST_CASE("a query route wants its parameters decoded and its flag without a value", "[support]") {
    RouteFolder f;
    auto files = suasana::testing::serve_directory(f.dir);
    const auto routes = f.dir / "routes.json";
    auto ok = answer_api(
        routes, request("GET", "/list?urlpage=https%3A%2F%2Fx.example%2Fa%20b&json"), files);
    REQUIRE(ok);
    CHECK(ok->status == 200);
    CHECK(ok->body == R"({"all": true})");
    CHECK(answer_api(routes, request("GET", "/list?urlpage=https%3A%2F%2Fx.example%2Fa%20b&json="),
                     files)
              ->status == 400);
    CHECK(answer_api(routes, request("GET", "/list?urlpage=https%3A%2F%2Fx.example%2Fa%20b"), files)
              ->status == 400);
}
