#include "config/toml_reader.hpp"

#include <limits>
#include <sstream>

namespace suasana::config {

std::string TableReader::full_key(const char* key) const {
    return m_prefix.empty() ? std::string(key) : m_prefix + "." + key;
}

std::string TableReader::where(const toml::node* n) const {
    std::ostringstream out;
    out << m_file.string() << ':';
    auto line = n != nullptr ? n->source().begin.line : m_table.source().begin.line;
    if (line > 0) out << line << ':';
    out << ' ';
    return out.str();
}

const toml::node* TableReader::node(const char* key) {
    m_known.insert(key);
    return m_table.get(key);
}

int TableReader::line_of(const char* key) const {
    const toml::node* n = m_table.get(key);
    return n != nullptr ? static_cast<int>(n->source().begin.line) : 0;
}

void TableReader::error(const char* key, const std::string& what) {
    m_errors.push_back(where(m_table.get(key)) + "key '" + full_key(key) + "': " + what);
}

void TableReader::get(const char* key, std::string& out) {
    const toml::node* n = node(key);
    if (n == nullptr) return;
    if (auto v = n->value<std::string>(); v && n->is_string()) {
        out = *v;
    } else {
        error(key, "expected a string");
    }
}

void TableReader::get(const char* key, std::int64_t& out) {
    const toml::node* n = node(key);
    if (n == nullptr) return;
    if (!n->is_integer()) return error(key, "expected an integer");
    out = *n->value<std::int64_t>();
    if (out < 0) error(key, "must not be negative");
}

void TableReader::get(const char* key, int& out) {
    std::int64_t wide = out;
    get(key, wide);
    if (wide > std::numeric_limits<int>::max()) return error(key, "is too large");
    out = static_cast<int>(wide);
}

void TableReader::get(const char* key, double& out) {
    const toml::node* n = node(key);
    if (n == nullptr) return;
    if (!n->is_number()) return error(key, "expected a number");
    out = *n->value<double>();
}

void TableReader::get(const char* key, bool& out) {
    const toml::node* n = node(key);
    if (n == nullptr) return;
    if (!n->is_boolean()) return error(key, "expected true or false");
    out = *n->value<bool>();
}

void TableReader::get(const char* key, std::vector<std::string>& out) {
    const toml::node* n = node(key);
    if (n == nullptr) return;
    const toml::array* arr = n->as_array();
    if (arr == nullptr) return error(key, "expected an array of strings");
    out.clear();
    for (const toml::node& item : *arr) {
        if (!item.is_string()) return error(key, "expected an array of strings");
        out.push_back(*item.value<std::string>());
    }
}

const toml::table* TableReader::table(const char* key) {
    const toml::node* n = node(key);
    if (n == nullptr) return nullptr;
    if (!n->is_table()) {
        error(key, "expected a table");
        return nullptr;
    }
    return n->as_table();
}

const toml::array* TableReader::array(const char* key) {
    const toml::node* n = node(key);
    if (n == nullptr) return nullptr;
    if (!n->is_array()) {
        error(key, "expected an array");
        return nullptr;
    }
    return n->as_array();
}

std::vector<std::string> TableReader::finish() {
    for (auto&& [k, v] : m_table) {
        if (m_known.count(std::string(k.str())) == 0) {
            m_errors.push_back(where(&v) + "unknown key '" +
                               full_key(std::string(k.str()).c_str()) + "'");
        }
    }
    return std::move(m_errors);
}

Result<toml::table> parse_toml_file(const std::filesystem::path& file) {
    try {
        return toml::parse_file(file.string());
    } catch (const toml::parse_error& e) {
        std::ostringstream out;
        out << file.string() << ':' << e.source().begin.line << ':' << e.source().begin.column
            << ": " << e.description();
        return fail(out.str());
    }
}

Error join_errors(const std::vector<std::string>& errors) {
    std::string message;
    for (const auto& e : errors) {
        if (!message.empty()) message += '\n';
        message += e;
    }
    return Error{message, std::nullopt};
}

}  // namespace suasana::config
