#pragma once
// A parsed HTML page. The document owns its bytes (Gumbo points into them) and its tree.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/error.hpp"

// Gumbo's node, as an opaque pointer: its definition stays in html_document.cpp.
struct GumboInternalNode;

namespace suasana::extract {

/// A view of one element of an HtmlDocument; valid while the document lives.
class Element {
  public:
    Element() = default;
    explicit Element(const GumboInternalNode* node) : m_node(node) {}
    bool valid() const { return m_node != nullptr; }
    /// Returns the lower-case tag name ("div"); "" for unknown tags without a name.
    std::string tag() const;
    /// Returns true when the tag name is `name` (lower-case), without building a string.
    bool is_tag(std::string_view name) const;
    /// Returns the parser's number for the element's tag (unknown tags share one number).
    int tag_id() const;
    /// Returns the parser's number for tag `name`, or -1 when the parser does not know it.
    static int tag_id_of(std::string_view name);
    /// Returns the attribute's value, or nothing when the element lacks it.
    std::optional<std::string_view> attr(std::string_view name) const;
    /// Returns the parent element, or an invalid Element at the top.
    Element parent() const;
    /// Returns the element children in document order.
    std::vector<Element> children() const;
    /// Returns the number of child nodes (elements, text and others); with child(), a way to
    /// walk children without allocating.
    std::size_t child_count() const;
    /// Returns child node `i` if it is an element, else an invalid Element.
    Element child(std::size_t i) const;
    const GumboInternalNode* node() const { return m_node; }
    bool operator==(const Element& o) const { return m_node == o.m_node; }

  private:
    const GumboInternalNode* m_node = nullptr;
};

class HtmlDocument {
  public:
    /// Returns the parsed document; fails when `html` nests deeper than `max_depth` (a cheap scan
    /// before Gumbo, whose parser is quadratic and recursive on deep nesting).
    static Result<HtmlDocument> parse(std::string html, int max_depth);
    ~HtmlDocument();
    HtmlDocument(HtmlDocument&&) noexcept;
    HtmlDocument& operator=(HtmlDocument&&) noexcept;

    /// Returns the <html> element.
    Element root() const;
    /// Returns every element under (not including) `scope` in document order.
    std::vector<Element> descendants(Element scope) const;
    /// Returns the text of `e`: whitespace collapsed, <br> and block boundaries as newlines,
    /// trimmed; script and style skipped, and so is every element for which `skip` says true.
    static std::string text(Element e, const std::function<bool(Element)>& skip);
    /// Returns the element's own text children exactly as written (a <script>'s JSON).
    static std::string raw_text(Element e);

  private:
    struct Impl;
    explicit HtmlDocument(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace suasana::extract
