#include "extract/page_guard.hpp"

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace suasana::extract {

namespace {

// Elements that never close (<br>) or whose end tag is optional (<p>, <li>): counting them as
// opened would make flat pages look deep, so the scan skips them.
bool is_uncounted(std::string_view tag) {
    // Grouped by length, so most tags (div, span, a...) are settled by one or two compares;
    // this runs for every tag of every page before it is parsed.
    switch (tag.size()) {
        case 1:
            return tag == "p";
        case 2:
            return tag == "br" || tag == "hr" || tag == "li" || tag == "dt" || tag == "dd" ||
                   tag == "tr" || tag == "td" || tag == "th" || tag == "rb" || tag == "rt" ||
                   tag == "rp";
        case 3:
            return tag == "col" || tag == "img" || tag == "wbr";
        case 4:
            return tag == "area" || tag == "base" || tag == "link" || tag == "meta" ||
                   tag == "html" || tag == "head";
        case 5:
            return tag == "embed" || tag == "input" || tag == "param" || tag == "track" ||
                   tag == "thead" || tag == "tbody" || tag == "tfoot";
        case 6:
            return tag == "source" || tag == "option";
        case 7:
            return tag == "caption";
        case 8:
            return tag == "optgroup" || tag == "colgroup";
        default:
            return false;
    }
}

// Elements of HTML's "special" category that the scan counts: the parser ignores the end tag of
// an ordinary element when one of these is open inside it, and so does the scan.
bool is_special(std::string_view tag) {
    // clang-format off
    static const std::unordered_set<std::string_view> special = {
        "address", "applet", "article", "aside", "basefont", "bgsound", "blockquote", "button",
        "center", "details", "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer",
        "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "iframe", "listing", "main", "marquee", "menu", "nav", "noembed", "noframes", "noscript",
        "object", "ol", "plaintext", "pre", "script", "section", "select", "style", "summary",
        "table", "template", "textarea", "title", "ul", "xmp", "foreignobject", "desc", "mi",
        "mo", "mn", "ms", "mtext", "annotation"};
    // clang-format on
    return special.count(tag) != 0;
}

// HTML elements that end SVG or MathML content when they start inside it: the parser closes the
// <svg> or <math> and everything in it first.
bool breaks_out_of_foreign(std::string_view tag) {
    static const std::unordered_set<std::string_view> html = {
        "b",      "big",    "blockquote", "body",  "br",    "center", "code", "dd",      "div",
        "dl",     "dt",     "em",         "embed", "font",  "h1",     "h2",   "h3",      "h4",
        "h5",     "h6",     "head",       "hr",    "i",     "img",    "li",   "listing", "menu",
        "meta",   "nobr",   "ol",         "p",     "pre",   "ruby",   "s",    "small",   "span",
        "strong", "strike", "sub",        "sup",   "table", "tt",     "u",    "ul",      "var"};
    return html.count(tag) != 0;
}

// Formatting elements: when a block's end tag closes them, the parser reopens them at the next
// content (`<div><b>x</div>y` puts y in a new <b>, and the next <div> inside it).
bool is_formatting(std::string_view tag) {
    static const std::unordered_set<std::string_view> formatting = {
        "a",    "b", "big",   "code",   "em",     "font", "i",
        "nobr", "s", "small", "strike", "strong", "tt",   "u"};
    return formatting.count(tag) != 0;
}

// Elements whose end closes the formatting elements opened inside them for good (a table's
// cells, an object...), so nothing of theirs is reopened after them.
bool fences_formatting(std::string_view tag) {
    return tag == "table" || tag == "object" || tag == "applet" || tag == "marquee" ||
           tag == "template";
}

// The scan's model of the parser's stack of open elements, only as far as depth goes.
class OpenElements {
  public:
    std::size_t depth() const { return m_open.size(); }
    void open(std::string_view name) { push(std::string(name)); }
    // Follows the parser where it can only lower the depth: an end tag without an open element
    // of its name is ignored (counting it would let `<div></b>` repeated nest without bound), and
    // so is one with a special element open inside the element it names (`<x><object></x>`);
    // otherwise the element and everything opened inside it are closed. `</form>` only closes a
    // form that is the innermost element (the parser takes the form out and leaves the rest
    // open), and body and html are never closed by their end tags.
    /// Returns how many open elements the parser looks at to find the one closed (all of
    /// them when none is open): its cost for this end tag.
    std::size_t close(std::string_view name) {
        auto it = m_positions.find(std::string(name));
        if (it == m_positions.end() || it->second.empty()) return m_open.size();
        std::size_t at = it->second.back();
        std::size_t walked = m_open.size() - at;
        if (!m_specials.empty() && m_specials.back() > at) return walked;
        if (name == "form" && at + 1 != m_open.size()) return walked;
        pop_to(at);
        return walked;
    }

    /// Returns true inside <svg> or <math>, where `<x/>` closes itself. A count, not a look-up:
    /// this is asked at every start tag of every page.
    bool in_foreign() const { return m_foreign > 0; }
    /// Closes the innermost <svg> or <math> and everything opened inside it.
    void break_out() {
        long at = std::max(innermost("svg"), innermost("math"));
        if (at >= 0) pop_to(static_cast<std::size_t>(at));
    }

  private:
    long innermost(const std::string& name) const {
        auto it = m_positions.find(name);
        return it == m_positions.end() || it->second.empty() ? -1
                                                             : static_cast<long>(it->second.back());
    }
    static bool is_foreign(std::string_view name) { return name == "svg" || name == "math"; }
    void push(std::string name) {
        if (is_foreign(name)) ++m_foreign;
        m_positions[name].push_back(m_open.size());
        if (is_special(name)) m_specials.push_back(m_open.size());
        m_open.push_back(std::move(name));
    }
    // Closes the element at `at` and everything opened inside it, then reopens the formatting
    // elements among them as the parser will (`<div><b id=1>…<b id=500></div>x` repeated would
    // otherwise nest 500 levels per repetition unseen), unless a fence closed too.
    void pop_to(std::size_t at) {
        std::vector<std::string> reopened;
        while (m_open.size() > at) {
            std::string name = std::move(m_open.back());
            m_open.pop_back();
            m_positions[name].pop_back();
            if (is_foreign(name)) --m_foreign;
            if (!m_specials.empty() && m_specials.back() == m_open.size()) m_specials.pop_back();
            if (fences_formatting(name)) {
                reopened.clear();
            } else if (m_open.size() != at && is_formatting(name)) {
                reopened.push_back(std::move(name));
            }
        }
        for (auto it = reopened.rbegin(); it != reopened.rend(); ++it) push(std::move(*it));
    }

    std::vector<std::string> m_open;  // innermost last
    std::unordered_map<std::string, std::vector<std::size_t>> m_positions;
    std::vector<std::size_t> m_specials;  // positions of the special elements, innermost last
    std::size_t m_foreign = 0;            // open <svg> and <math> elements
};

// Attributes per element: the parser compares each with every other one (a duplicate check),
// so 20,000 on one element take seconds. Real elements carry a few, SVG and framework markup a
// few dozen.
constexpr std::size_t k_max_attributes = 256;

// The work the scan can see beyond one step per byte: open elements the parser looks through
// for an end tag's element (every one when none matches: `</p>` repeated under 2,000 <div>s),
// attribute pairs, and each element's depth (the parser's and the extractor's walks over its
// ancestors: 20,000 comment items under 1,990 <div>s take seconds to read). 25 million steps
// cost Gumbo about 0.3 s of CPU as stray end tags (12,500 `</p>` under 1,990 <div>s, measured
// with TESTING.md's generators); real pages use a few million at most (100,000 elements at an
// average depth of 30 are 3 million).
constexpr std::uint64_t k_max_parse_steps = 25'000'000;

// Reads the attributes of the start tag whose name ends at `j`, as the HTML tokenizer does
// (quoted values may hold '>' and '<'); returns the index of the tag's '>' (npos when the page
// ends first), with their number and whether the tag ends in "/>".
std::size_t read_attributes(std::string_view html, std::size_t j, std::size_t& count,
                            bool& self_closing) {
    enum class State { before_name, name, after_name, before_value, quoted, unquoted };
    State state = State::before_name;
    char quote = 0;
    bool slash = false;
    count = 0;
    for (; j < html.size(); ++j) {
        char c = html[j];
        bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
        switch (state) {
            case State::quoted:
                if (c == quote) state = State::before_name;
                continue;
            case State::unquoted:
                if (space) state = State::before_name;
                break;
            case State::before_value:
                if (c == '"' || c == '\'') {
                    quote = c;
                    state = State::quoted;
                } else if (!space && c != '>') {
                    state = State::unquoted;
                }
                break;
            case State::before_name:
            case State::name:
            case State::after_name:
                if (c == '=' && state != State::before_name) {
                    state = State::before_value;
                } else if (c == '/') {
                    state = State::before_name;
                } else if (space) {
                    if (state == State::name) state = State::after_name;
                } else if (c != '>' && state != State::name) {
                    ++count;
                    state = State::name;
                }
                break;
        }
        if (c == '>' && state != State::quoted) {
            self_closing = slash;
            return j;
        }
        slash = c == '/';
    }
    self_closing = false;
    return std::string_view::npos;
}

// Reads the tag name starting at `j` into `tag` (lower-cased, cut at its size); returns its
// full length.
std::size_t read_tag_name(std::string_view html, std::size_t& j, char (&tag)[16]) {
    std::size_t n = 0;
    // Plain ASCII tests: the C library's isalnum/tolower consult the locale per character.
    while (j < html.size()) {
        char c = html[j];
        char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
        if (!((lower >= 'a' && lower <= 'z') || (c >= '0' && c <= '9'))) break;
        if (n < sizeof tag) tag[n] = lower;
        ++n;
        ++j;
    }
    return n;
}

}  // namespace

// The scan follows the parser only where that lowers the depth on real pages (end tags, SVG,
// reopened formatting elements); elsewhere it errs on the deep side. It is a model, not a
// parser: our own walks over the tree stay iterative whatever its depth.
std::optional<std::string> find_parse_hazard(std::string_view html, int max_depth) {
    OpenElements open;
    const auto limit = static_cast<std::size_t>(std::max(0, max_depth));
    std::uint64_t steps = 0;
    // Uncounted elements (<p>, <li>, <td>…) are not on the scan's stack: the depth at the last
    // start of each name stands in for it, so `<li>x</li>` costs nothing under deep nesting
    // while `</p>` with no <p> opened costs the whole stack, as in the parser.
    std::unordered_map<std::string, std::size_t> uncounted_start;
    const std::string too_costly =
        "page would cost too much to parse (elements or end tags under deep nesting, or "
        "attributes by the thousand: more than " +
        std::to_string(k_max_parse_steps) + " steps); not parsed";
    char tag[16];
    for (std::size_t i = html.find('<'); i != std::string_view::npos && i + 1 < html.size();
         i = html.find('<', i + 1)) {
        if (steps > k_max_parse_steps) return too_costly;
        bool closing = html[i + 1] == '/';
        std::size_t j = i + (closing ? 2 : 1);
        std::size_t n = read_tag_name(html, j, tag);
        if (n == 0 || tag[0] < 'a' || tag[0] > 'z') continue;
        std::string_view name(tag, std::min(n, sizeof tag));
        bool counted = !(n <= sizeof tag && is_uncounted(name)) && name != "body";
        if (closing) {
            if (counted) {
                steps += open.close(name);
            } else if (auto it = uncounted_start.find(std::string(name));
                       it != uncounted_start.end()) {
                steps += open.depth() - std::min(open.depth(), it->second);
                uncounted_start.erase(it);
            } else {
                steps += open.depth();
            }
            continue;
        }
        std::size_t attributes = 0;
        bool self_closing = false;
        std::size_t end = read_attributes(html, j, attributes, self_closing);
        if (attributes > k_max_attributes)
            return "page has an element <" + std::string(name) + "> with " +
                   std::to_string(attributes) + " attributes, more than " +
                   std::to_string(k_max_attributes) + "; not parsed";
        steps += 1 + open.depth() + attributes * attributes / 2;
        if (end != std::string_view::npos) i = end;  // '<' inside quoted values is no tag
        if (!counted) {
            uncounted_start[std::string(name)] = open.depth();
            continue;
        }
        // `<x/>` closes itself only in SVG and MathML: in HTML the slash is ignored, and
        // `<span/>` repeated nests as deep as `<span>` does.
        if (open.in_foreign()) {
            if (breaks_out_of_foreign(name)) {
                open.break_out();
            } else if (self_closing) {
                continue;
            }
        }
        // A new <a> or <nobr> first closes the one still open, as the parser does.
        if (name == "a" || name == "nobr") steps += open.close(name);
        open.open(name);
        if (open.depth() > limit)
            return "page nests tags deeper than max_depth (" + std::to_string(max_depth) + ")";
    }
    if (steps > k_max_parse_steps) return too_costly;
    return std::nullopt;
}

}  // namespace suasana::extract
