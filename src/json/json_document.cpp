#include "json/json_document.hpp"

#include <nlohmann/json.hpp>

#include "util/strings.hpp"

namespace suasana::json {

namespace {

using Json = nlohmann::json;

const Json* node_of(const void* p) {
    return static_cast<const Json*>(p);
}

// nlohmann's parser recurses per nesting level; a hostile document must not exhaust the stack.
constexpr int k_max_depth = 512;

bool too_deep(std::string_view text) {
    int depth = 0;
    bool in_string = false, escaped = false;
    for (char c : text) {
        if (in_string) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                in_string = false;
            }
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > k_max_depth) return true;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return false;
}

}  // namespace

struct Document::Impl {
    explicit Impl(Json parsed) : root(std::move(parsed)) {}
    Json root;
};

Document::Document(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Document::~Document() = default;
Document::Document(Document&&) noexcept = default;
Document& Document::operator=(Document&&) noexcept = default;

Result<Document> Document::parse(std::string_view text) {
    if (too_deep(text))
        return fail("JSON nests deeper than " + std::to_string(k_max_depth) + " levels");
    Json root;
    try {
        root = Json::parse(text.begin(), text.end());
    } catch (const Json::parse_error& e) {
        return fail("invalid JSON at byte " + std::to_string(e.byte) + ": " +
                    std::string(e.what()));
    } catch (const Json::exception& e) {
        // Not every refusal is a parse_error: a number too large for a double ("1e999") is
        // out_of_range, and escaped it ended the program.
        return fail("invalid JSON: " + std::string(e.what()));
    }
    return Document(std::make_unique<Impl>(std::move(root)));
}

Value Document::root() const {
    return Value(&m_impl->root);
}

bool Value::is_array() const {
    return valid() && node_of(m_node)->is_array();
}
bool Value::is_object() const {
    return valid() && node_of(m_node)->is_object();
}

Value Value::at(std::string_view dotted_path) const {
    const Json* node = node_of(m_node);
    if (node == nullptr) return Value();
    for (const auto& part : util::split(dotted_path, '.')) {
        if (part.empty()) continue;
        if (node->is_object()) {
            auto it = node->find(part);
            if (it == node->end()) return Value();
            node = &*it;
        } else if (node->is_array() && !part.empty() &&
                   part.find_first_not_of("0123456789") == std::string::npos && part.size() < 9) {
            std::size_t index = std::stoul(part);
            if (index >= node->size()) return Value();
            node = &(*node)[index];
        } else {
            return Value();
        }
    }
    return Value(node);
}

std::vector<Value> Value::items() const {
    std::vector<Value> out;
    if (!is_array()) return out;
    for (const Json& item : *node_of(m_node)) out.push_back(Value(&item));
    return out;
}

std::optional<std::string> Value::text() const {
    const Json* node = node_of(m_node);
    if (node == nullptr) return std::nullopt;
    if (node->is_string()) return node->get<std::string>();
    if (node->is_number() || node->is_boolean()) return node->dump();
    return std::nullopt;
}

std::string Value::kind() const {
    if (!valid()) return "nothing";
    return node_of(m_node)->type_name();
}

}  // namespace suasana::json
