#include "config/request_body.hpp"

#include <cmath>
#include <sstream>

#include "model/scraper_spec.hpp"
#include "util/json_writer.hpp"

namespace suasana::config {

namespace {

bool is_placeholder(const std::string& s) {
    for (const auto& placeholder : k_placeholders) {
        if (s == placeholder.first) return true;
    }
    return false;
}

void write_node(const toml::node& node, const std::string& key, std::string& out,
                std::vector<std::string>& errors, const std::string& where);

void write_table(const toml::table& table, const std::string& key, std::string& out,
                 std::vector<std::string>& errors, const std::string& where) {
    out += '{';
    bool first = true;
    for (auto&& [name, value] : table) {
        if (!first) out += ',';
        first = false;
        out += util::json_quote(name.str());
        out += ':';
        write_node(value, key + "." + std::string(name.str()), out, errors, where);
    }
    out += '}';
}

// toml++'s own nesting limit bounds the recursion (TOML_MAX_NESTED_VALUES).
void write_node(const toml::node& node, const std::string& key, std::string& out,
                std::vector<std::string>& errors, const std::string& where) {
    if (const auto* t = node.as_table()) return write_table(*t, key, out, errors, where);
    if (const auto* a = node.as_array()) {
        out += '[';
        for (std::size_t i = 0; i < a->size(); ++i) {
            if (i > 0) out += ',';
            write_node(*a->get(i), key + "." + std::to_string(i), out, errors, where);
        }
        out += ']';
        return;
    }
    if (auto s = node.value_exact<std::string>()) {
        out += is_placeholder(*s) ? *s : util::json_quote(*s);
    } else if (auto i = node.value_exact<std::int64_t>()) {
        out += std::to_string(*i);
    } else if (auto b = node.value_exact<bool>()) {
        out += *b ? "true" : "false";
    } else if (auto d = node.value_exact<double>(); d && std::isfinite(*d)) {
        std::ostringstream number;
        number.imbue(std::locale::classic());
        number.precision(17);
        number << *d;
        out += number.str();
    } else {
        errors.push_back(where + std::to_string(node.source().begin.line) + ": key 'source.body" +
                         key + "': JSON has no dates, times, nan or inf; write it as a string");
        out += "null";
    }
}

}  // namespace

std::string body_json_template(const toml::table& table, std::vector<std::string>& errors,
                               const std::string& where) {
    std::string out;
    write_table(table, "", out, errors, where);
    return out;
}

}  // namespace suasana::config
