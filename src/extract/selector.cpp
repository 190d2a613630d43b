#include "extract/selector.hpp"

#include <cctype>

#include "util/strings.hpp"

namespace suasana::extract {

namespace {

bool is_name_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' ||
           static_cast<unsigned char>(c) >= 0x80;
}

// A recursive-descent parser over the selector text that reports the failing position.
class Parser {
  public:
    explicit Parser(std::string_view text) : m_s(text) {}

    Result<std::vector<Chain>> parse_all() {
        std::vector<Chain> alternatives;
        while (true) {
            skip_spaces();
            auto chain = parse_chain();
            if (!chain) return tl::unexpected(chain.error());
            alternatives.push_back(std::move(*chain));
            skip_spaces();
            if (at_end()) break;
            if (m_s[m_pos] != ',') return error("expected ',' or the end");
            ++m_pos;
        }
        return alternatives;
    }

  private:
    Result<Chain> parse_chain() {
        Chain chain;
        while (true) {
            auto compound = parse_compound();
            if (!compound) return tl::unexpected(compound.error());
            chain.parts.push_back(std::move(*compound));
            bool had_space = skip_spaces();
            if (at_end() || m_s[m_pos] == ',') return chain;
            if (m_s[m_pos] == '>') {
                ++m_pos;
                skip_spaces();
                chain.combinators.push_back('>');
            } else if (had_space) {
                chain.combinators.push_back(' ');
            } else {
                return error("unexpected '" + std::string(1, m_s[m_pos]) + "'");
            }
        }
    }

    Result<Compound> parse_compound() {
        Compound c;
        bool any = false;
        if (!at_end() && m_s[m_pos] == '*') {
            c.tag = "*";
            ++m_pos;
            any = true;
        } else if (!at_end() && is_name_char(m_s[m_pos])) {
            c.tag = util::to_lower_ascii(read_name());
            c.tag_id = Element::tag_id_of(c.tag);
            any = true;
        }
        while (!at_end()) {
            char ch = m_s[m_pos];
            if (ch == '.' || ch == '#') {
                ++m_pos;
                std::string name = read_name();
                if (name.empty()) return error(std::string("expected a name after '") + ch + "'");
                (ch == '.' ? c.classes.push_back(name) : void(c.id = name));
            } else if (ch == '[') {
                auto attr = parse_attr();
                if (!attr) return tl::unexpected(attr.error());
                c.attrs.push_back(std::move(*attr));
            } else if (ch == ':') {
                return error("pseudo-classes are not supported");
            } else if (ch == '+' || ch == '~') {
                return error(std::string("the '") + ch + "' combinator is not supported");
            } else {
                break;
            }
            any = true;
        }
        if (!any) return error("expected a selector");
        return c;
    }

    Result<AttrTest> parse_attr() {
        ++m_pos;  // '['
        skip_spaces();
        AttrTest a;
        a.name = util::to_lower_ascii(read_name());
        if (a.name.empty()) return error("expected an attribute name");
        skip_spaces();
        if (at_end()) return error("expected ']'");
        if (m_s[m_pos] == ']') {
            ++m_pos;
            return a;
        }
        char op = m_s[m_pos];
        if (op == '^' || op == '$' || op == '*' || op == '~') {
            ++m_pos;
            if (at_end() || m_s[m_pos] != '=') return error("expected '='");
        } else if (op != '=') {
            return error("expected ']' or an operator (=, ^=, $=, *=, ~=)");
        }
        ++m_pos;
        a.op = op;
        skip_spaces();
        if (!at_end() && (m_s[m_pos] == '"' || m_s[m_pos] == '\'')) {
            char quote = m_s[m_pos++];
            auto close = m_s.find(quote, m_pos);
            if (close == std::string_view::npos) return error("unclosed quote");
            a.value = std::string(m_s.substr(m_pos, close - m_pos));
            m_pos = close + 1;
        } else {
            a.value = read_name();
            if (a.value.empty()) return error("expected a value");
        }
        skip_spaces();
        if (at_end() || m_s[m_pos] != ']') return error("expected ']'");
        ++m_pos;
        return a;
    }

    std::string read_name() {
        std::size_t start = m_pos;
        while (!at_end() && is_name_char(m_s[m_pos])) ++m_pos;
        return std::string(m_s.substr(start, m_pos - start));
    }
    bool skip_spaces() {
        std::size_t start = m_pos;
        while (!at_end() && std::isspace(static_cast<unsigned char>(m_s[m_pos]))) ++m_pos;
        return m_pos > start;
    }
    bool at_end() const { return m_pos >= m_s.size(); }
    tl::unexpected<Error> error(const std::string& what) const {
        return fail("selector '" + std::string(m_s) + "': " + what + " at position " +
                    std::to_string(m_pos + 1));
    }

    std::string_view m_s;
    std::size_t m_pos = 0;
};

// Returns true when `word` is one of the whitespace-separated words of `list` (class="a b").
bool has_word(std::string_view list, std::string_view word) {
    if (word.empty()) return false;
    auto is_space = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    };
    // Searching for the word itself (a vectorised scan) and then checking its edges is cheaper
    // than splitting the list: most lists hold two or three words, and most tests fail.
    for (std::size_t at = list.find(word); at != std::string_view::npos;
         at = list.find(word, at + 1)) {
        std::size_t end = at + word.size();
        if ((at == 0 || is_space(list[at - 1])) && (end == list.size() || is_space(list[end])))
            return true;
    }
    return false;
}

bool matches_attr(Element e, const AttrTest& a) {
    auto v = e.attr(a.name);
    if (!v) return false;
    switch (a.op) {
        case 0:
            return true;
        case '=':
            return *v == a.value;
        case '^':
            return !a.value.empty() && util::starts_with(*v, a.value);
        case '$':
            return !a.value.empty() && util::ends_with(*v, a.value);
        case '*':
            return !a.value.empty() && v->find(a.value) != std::string_view::npos;
        case '~':
            return has_word(*v, a.value);
        default:
            return false;
    }
}

bool matches_compound(Element e, const Compound& c) {
    if (c.tag_id >= 0) {
        if (e.tag_id() != c.tag_id) return false;
    } else if (!c.tag.empty() && c.tag != "*" && !e.is_tag(c.tag)) {
        return false;
    }
    if (!c.id.empty()) {
        auto id = e.attr("id");
        if (!id || *id != c.id) return false;
    }
    if (!c.classes.empty()) {
        auto cls = e.attr("class");
        if (!cls) return false;
        for (const auto& name : c.classes) {
            if (!has_word(*cls, name)) return false;
        }
    }
    for (const auto& a : c.attrs) {
        if (!matches_attr(e, a)) return false;
    }
    return true;
}

// How a chain match ending at an element went. `never` says no ancestor of that element can end
// the match either, so the search for an earlier part stops instead of retrying from higher up.
enum class ChainMatch { yes, not_here, never };

// Right-to-left match of parts[0..=last] ending at `e`, walked with a stack of its own (house
// rule: no recursion over page content). Each frame tries one part at one element; when the part
// before it is joined by a descendant combinator, a frame that fails (`not_here`) is followed by
// the same part tried at the next ancestor. A failed descendant search has looked at every
// ancestor already, so it answers `never`: without that, `.a .b c` on a page of 2,000 nested
// `.b`s retried every ancestor from every ancestor (a 54 KB page took minutes).
ChainMatch match_chain(Element e, const Chain& chain, std::size_t last) {
    struct Frame {
        Element at;
        std::size_t index;
        bool climbs;  ///< a descendant search: on `not_here`, try the same part one level up
    };
    thread_local std::vector<Frame> frames;
    frames.clear();
    frames.push_back({e, last, false});
    while (true) {
        const Frame f = frames.back();
        ChainMatch r = ChainMatch::yes;
        if (!f.at.valid()) {
            r = ChainMatch::never;
        } else if (!matches_compound(f.at, chain.parts[f.index])) {
            r = ChainMatch::not_here;
        } else if (f.index > 0) {  // this part holds: the one before it is next
            frames.push_back({f.at.parent(), f.index - 1, chain.combinators[f.index - 1] != '>'});
            continue;
        }
        // `r` is the answer of the top frame; hand it down until a descendant search goes on.
        bool climbed = false;
        while (!climbed) {
            Frame done = frames.back();
            frames.pop_back();
            if (frames.empty()) return r;
            if (done.climbs && r == ChainMatch::not_here) {
                frames.push_back({done.at.parent(), done.index, true});
                climbed = true;
            }
        }
    }
}

}  // namespace

Result<Selector> Selector::parse(std::string_view text) {
    Parser parser(text);
    auto alternatives = parser.parse_all();
    if (!alternatives) return tl::unexpected(alternatives.error());
    Selector s;
    s.m_text = std::string(text);
    s.m_alternatives = std::move(*alternatives);
    return s;
}

bool Selector::matches(Element e) const {
    if (!e.valid()) return false;
    for (const auto& chain : m_alternatives) {
        // Most elements fail on the tag of the rightmost compound: settle those here, without
        // the call into the chain match.
        int tag_id = chain.parts.back().tag_id;
        if (tag_id >= 0 && e.tag_id() != tag_id) continue;
        if (match_chain(e, chain, chain.parts.size() - 1) == ChainMatch::yes) return true;
    }
    return false;
}

Result<FieldSelector> FieldSelector::parse(std::string_view text) {
    FieldSelector f;
    // The @attr suffix starts at the last '@' outside brackets and quotes.
    std::size_t at = std::string_view::npos;
    int depth = 0;
    char quote = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quote != 0) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '[') {
            ++depth;
        } else if (c == ']') {
            --depth;
        } else if (c == '@' && depth == 0) {
            at = i;
        }
    }
    std::string_view selector = util::trim(text.substr(0, at));
    if (at != std::string_view::npos) {
        f.attribute = util::to_lower_ascii(util::trim(text.substr(at + 1)));
        if (f.attribute.empty())
            return fail("selector '" + std::string(text) +
                        "': expected an attribute name after '@'");
    }
    if (!selector.empty()) {
        auto parsed = Selector::parse(selector);
        if (!parsed) return tl::unexpected(parsed.error());
        f.selector = std::move(*parsed);
        f.has_selector = true;
    }
    return f;
}

}  // namespace suasana::extract
