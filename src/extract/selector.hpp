#pragma once
// The CSS subset of scraper files: type, *, .class, #id, [attr], [attr=v|^=|$=|*=|~=],
// descendant and child combinators, ',' alternatives, and a trailing @attr.
#include <string>
#include <string_view>
#include <vector>

#include "extract/html_document.hpp"
#include "model/error.hpp"

namespace suasana::extract {

struct AttrTest {
    std::string name;
    char op = 0;  ///< 0: present; '=', '^', '$', '*', '~' as in CSS
    std::string value;
};

/// One compound selector: `div.comment#c1[data-id]`.
struct Compound {
    std::string tag;  ///< "" or "*": any element
    int tag_id = -1;  ///< Gumbo's number for a known tag (compared without strings), else -1
    std::vector<std::string> classes;
    std::string id;
    std::vector<AttrTest> attrs;
};

/// A chain `a b > c`: parts[0] is the leftmost; combinators[i] joins parts[i] and parts[i+1].
struct Chain {
    std::vector<Compound> parts;
    std::vector<char> combinators;  ///< ' ' (descendant) or '>' (child)
};

class Selector {
  public:
    /// Returns the selector in `text`; fails with the position of the problem, e.g.
    /// "selector '.a[': expected ']' at position 4".
    static Result<Selector> parse(std::string_view text);
    /// Returns true when `e` matches one of the alternatives.
    bool matches(Element e) const;
    const std::string& text() const { return m_text; }

  private:
    std::string m_text;
    std::vector<Chain> m_alternatives;
};

/// A field of a scraper file: a selector (possibly empty: the item itself) and an optional @attr.
struct FieldSelector {
    bool has_selector = false;
    Selector selector;
    std::string attribute;  ///< empty: take the element's text
    /// Returns the field in `text` ("time@datetime", "@id", ".fn"); fails like Selector::parse.
    static Result<FieldSelector> parse(std::string_view text);
};

}  // namespace suasana::extract
