#pragma once
// Private to config/: reads toml++ tables into plain values with errors that name file, line, key.
// Included only by this folder's .cpp files, so no toml:: type escapes the folder.
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <toml++/toml.h>

#include "model/error.hpp"

namespace suasana::config {

/// Reads one table: each get_* marks the key as known; finish() reports any key left unknown.
class TableReader {
  public:
    TableReader(const toml::table& table, std::filesystem::path file, std::string prefix)
        : m_table(table), m_file(std::move(file)), m_prefix(std::move(prefix)) {}

    /// Each getter leaves `out` alone when the key is absent and records an error on a wrong type.
    void get(const char* key, std::string& out);
    void get(const char* key, int& out);
    void get(const char* key, std::int64_t& out);
    void get(const char* key, double& out);
    void get(const char* key, bool& out);
    void get(const char* key, std::vector<std::string>& out);
    /// Returns the line of `key`, or 0 when absent.
    int line_of(const char* key) const;
    /// Returns the sub-table at `key` (marked known), or nullptr (error recorded on a wrong type).
    const toml::table* table(const char* key);
    /// Returns true when `key` holds a table (the key is not marked known).
    bool is_table(const char* key) const {
        const toml::node* n = m_table.get(key);
        return n != nullptr && n->is_table();
    }
    /// Returns the array at `key` (marked known), or nullptr.
    const toml::array* array(const char* key);
    /// Records errors already worded (a nested table's, from its own reader).
    void add_errors(std::vector<std::string> errors) {
        for (auto& e : errors) m_errors.push_back(std::move(e));
    }
    /// Records an error about `key`.
    void error(const char* key, const std::string& what);
    /// Records an error "unknown key" for every key no getter asked for; returns all errors.
    std::vector<std::string> finish();
    /// Returns "file:line: " for a node (line 0 means the table's own line).
    std::string where(const toml::node* node) const;
    const std::filesystem::path& file() const { return m_file; }
    std::string full_key(const char* key) const;

  private:
    const toml::node* node(const char* key);
    const toml::table& m_table;
    std::filesystem::path m_file;
    std::string m_prefix;
    std::set<std::string> m_known;
    std::vector<std::string> m_errors;
};

/// Parses `file` as TOML; the error names file, line and column.
Result<toml::table> parse_toml_file(const std::filesystem::path& file);

/// Joins collected errors into one message (one per line).
Error join_errors(const std::vector<std::string>& errors);

}  // namespace suasana::config
