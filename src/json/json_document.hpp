#pragma once
// JSON documents (nlohmann-json inside), seen by the rest of the program through our own types.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/error.hpp"

namespace suasana::json {

/// A view of one value inside a Document; valid while the document lives. An invalid Value
/// stands for "nothing there" and answers every question with nothing.
class Value {
  public:
    Value() = default;
    bool valid() const { return m_node != nullptr; }
    bool is_array() const;
    bool is_object() const;
    /// Returns the value at a dotted path ("props.pageProps.post.comments"; a number segment
    /// indexes an array); an invalid Value when any step is missing or of the wrong kind.
    Value at(std::string_view dotted_path) const;
    /// Returns the elements of an array (empty for anything else).
    std::vector<Value> items() const;
    /// Returns a string as it is, a number or boolean as JSON prints it ("12", "1788581385.0"
    /// stays a string, 1788581385 prints as "1788581385"); nothing for null, objects and arrays.
    std::optional<std::string> text() const;
    /// Returns a short description of the value's kind ("array", "string", ...), for errors.
    std::string kind() const;

  private:
    friend class Document;
    explicit Value(const void* node) : m_node(node) {}
    const void* m_node = nullptr;
};

class Document {
  public:
    /// Returns the parsed document; fails with the parser's message and byte offset. Nesting is
    /// limited (hostile input), and so is the size by the caller's max_bytes.
    static Result<Document> parse(std::string_view text);
    ~Document();
    Document(Document&&) noexcept;
    Document& operator=(Document&&) noexcept;
    Value root() const;

  private:
    struct Impl;
    explicit Document(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace suasana::json
