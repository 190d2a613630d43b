#pragma once
// Writes JSON text by hand for our line-oriented outputs (no JSON library needed to write).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace suasana::util {

/// Returns `s` as a JSON string literal, quotes included; invalid UTF-8 bytes become U+FFFD.
std::string json_quote(std::string_view s);

/// Builds one JSON object, field by field, in insertion order.
class JsonObject {
  public:
    JsonObject& field(std::string_view key, std::string_view value);
    JsonObject& field(std::string_view key, const std::string& value) {
        return field(key, std::string_view(value));
    }
    JsonObject& field(std::string_view key, const char* value) {
        return field(key, std::string_view(value));
    }
    JsonObject& field(std::string_view key, const std::optional<std::string>& value);
    JsonObject& field(std::string_view key, std::optional<std::int64_t> value);
    JsonObject& field(std::string_view key, double value, int decimals);
    JsonObject& field(std::string_view key, bool value);
    /// Adds `raw_json` unchanged (an object or array built elsewhere).
    JsonObject& raw(std::string_view key, std::string_view raw_json);
    /// Returns the finished object text.
    std::string str() const { return m_text + "}"; }

  private:
    void key(std::string_view k);
    std::string m_text = "{";
};

}  // namespace suasana::util
