#include "support/api_routes.hpp"

#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

namespace suasana::testing {

namespace {

using nlohmann::json;

HttpResponse refuse(int status, const std::string& why) {
    HttpResponse r;
    r.status = status;
    r.headers.emplace_back("Content-Type", "text/plain; charset=utf-8");
    r.body = why + "\n";
    return r;
}

// Returns the value at a dotted path ("variables.query.0.terms"), or nullptr.
const json* at_path(const json& root, const std::string& path) {
    const json* node = &root;
    std::istringstream parts(path);
    std::string part;
    while (std::getline(parts, part, '.')) {
        if (node->is_object() && node->contains(part)) {
            node = &(*node)[part];
        } else if (node->is_array() && !part.empty() &&
                   part.find_first_not_of("0123456789") == std::string::npos &&
                   std::stoul(part) < node->size()) {
            node = &(*node)[std::stoul(part)];
        } else {
            return nullptr;
        }
    }
    return node;
}

// Returns the query parameters, percent-decoded; a flag without "=" maps to nothing.
std::map<std::string, std::optional<std::string>> query_of(const std::string& target) {
    std::map<std::string, std::optional<std::string>> out;
    std::size_t q = target.find('?');
    if (q == std::string::npos) return out;
    std::istringstream pairs(target.substr(q + 1, target.find('#', q) - q - 1));
    std::string pair;
    while (std::getline(pairs, pair, '&')) {
        std::size_t eq = pair.find('=');
        if (eq == std::string::npos) {
            out[percent_decode(pair)] = std::nullopt;
        } else {
            out[percent_decode(pair.substr(0, eq))] = percent_decode(pair.substr(eq + 1));
        }
    }
    return out;
}

std::optional<HttpResponse> check_headers(const json& route, const HttpRequest& request) {
    if (!route.contains("headers")) return std::nullopt;
    for (const auto& [name, rule] : route["headers"].items()) {
        std::string got = request.header(name);
        if (got.empty()) return refuse(rule.value("missing", 400), "missing header " + name);
        if (rule.contains("equals") && got != rule["equals"].get<std::string>())
            return refuse(rule.value("wrong", 400), "wrong " + name + ": " + got);
    }
    return std::nullopt;
}

std::optional<HttpResponse> check_query(
    const json& route, const std::map<std::string, std::optional<std::string>>& q) {
    if (!route.contains("query")) return std::nullopt;
    for (const auto& [name, want] : route["query"].items()) {
        auto it = q.find(name);
        if (it == q.end()) return refuse(400, "missing query parameter " + name);
        bool ok =
            want.is_null() ? !it->second : it->second && *it->second == want.get<std::string>();
        if (!ok)
            return refuse(400,
                          "wrong query parameter " + name + ": " + it->second.value_or("(flag)"));
    }
    return std::nullopt;
}

std::optional<HttpResponse> check_body(const json& route, const json& body) {
    if (route.contains("body")) {
        for (const auto& [path, want] : route["body"].items()) {
            const json* got = at_path(body, path);
            if (got == nullptr) return refuse(400, "body has no " + path);
            if (*got != want)
                return refuse(400, "body " + path + " is " + got->dump() + ", not " + want.dump());
        }
    }
    if (route.contains("body_contains")) {
        for (const auto& [path, parts] : route["body_contains"].items()) {
            const json* got = at_path(body, path);
            if (got == nullptr || !got->is_string())
                return refuse(400, "body has no text at " + path);
            for (const auto& part : parts) {
                if (got->get<std::string>().find(part.get<std::string>()) == std::string::npos)
                    return refuse(400, "body " + path + " lacks " + part.dump());
            }
        }
    }
    return std::nullopt;
}

// Returns the text of the request value that chooses the answer.
std::optional<std::string> answer_key(const json& route, const json& body,
                                      const std::map<std::string, std::optional<std::string>>& q) {
    std::string by = route["answer_by"].get<std::string>();
    if (by.rfind("query:", 0) == 0) {
        auto it = q.find(by.substr(6));
        if (it == q.end() || !it->second) return std::nullopt;
        return *it->second;
    }
    const json* v = at_path(body, by);
    if (v == nullptr) return std::nullopt;
    return v->is_string() ? v->get<std::string>() : v->dump();
}

HttpResponse answer_route(const json& route, const HttpRequest& request, const Handler& files) {
    if (request.method != route.value("method", "GET"))
        return refuse(405, "method " + request.method + " not allowed");
    if (auto refused = check_headers(route, request)) return *refused;
    auto q = query_of(request.target);
    if (auto refused = check_query(route, q)) return *refused;
    json body;
    if (route.contains("body") || route.contains("body_contains") ||
        (route.contains("answer_by") &&
         route["answer_by"].get<std::string>().rfind("query:", 0) != 0)) {
        body = json::parse(request.body, nullptr, false);
        if (body.is_discarded()) return refuse(400, "the body is not JSON");
        if (auto refused = check_body(route, body)) return *refused;
    }
    std::string file;
    if (route.contains("answer")) {
        file = route["answer"].get<std::string>();
    } else {
        auto key = answer_key(route, body, q);
        if (!key || !route["answers"].contains(*key))
            return refuse(404, "no answer for " + key.value_or("(nothing)"));
        file = route["answers"][*key].get<std::string>();
    }
    HttpRequest get;
    get.method = "GET";
    get.target = "/" + file;
    get.path = "/" + file;
    return files(get);
}

}  // namespace

std::optional<HttpResponse> answer_api(const std::filesystem::path& routes_file,
                                       const HttpRequest& request, const Handler& files) {
    std::ifstream in(routes_file);
    if (!in) return std::nullopt;
    json routes = json::parse(in);  // a broken route file is the case's bug: a 500 says so
    for (const json& route : routes.at("routes")) {
        if (route.at("path").get<std::string>() == request.path)
            return answer_route(route, request, files);
    }
    return std::nullopt;
}

}  // namespace suasana::testing
