#include "extract/html_document.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_map>
#include <unordered_set>

#include <gumbo.h>

#include "extract/parse_arena.hpp"

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
    void close(std::string_view name) {
        auto it = m_positions.find(std::string(name));
        if (it == m_positions.end() || it->second.empty()) return;
        std::size_t at = it->second.back();
        if (!m_specials.empty() && m_specials.back() > at) return;
        if (name == "form" && at + 1 != m_open.size()) return;
        pop_to(at);
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

// Returns true when `html` nests tags deeper than `max_depth`, from a cheap scan of start and
// end tags (no parsing), so hostile pages are refused before Gumbo sees them. The scan follows
// the parser only where that lowers the depth on real pages (end tags, SVG, reopened formatting
// elements); elsewhere it errs on the deep side. It is a model, not a parser: our own walks over
// the tree stay iterative whatever its depth.
bool nests_deeper_than(std::string_view html, int max_depth) {
    OpenElements open;
    const auto limit = static_cast<std::size_t>(std::max(0, max_depth));
    char tag[16];
    for (std::size_t i = html.find('<'); i != std::string_view::npos && i + 1 < html.size();
         i = html.find('<', i + 1)) {
        bool closing = html[i + 1] == '/';
        std::size_t j = i + (closing ? 2 : 1);
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
        if (n == 0 || tag[0] < 'a' || tag[0] > 'z') continue;
        std::string_view name(tag, std::min(n, sizeof tag));
        if ((n <= sizeof tag && is_uncounted(name)) || name == "body") continue;
        if (closing) {
            open.close(name);
            continue;
        }
        // `<x/>` closes itself only in SVG and MathML: in HTML the slash is ignored, and
        // `<span/>` repeated nests as deep as `<span>` does.
        auto close = html.find('>', j);
        bool self_closing = close != std::string_view::npos && html[close - 1] == '/';
        if (open.in_foreign()) {
            if (breaks_out_of_foreign(name)) {
                open.break_out();
            } else if (self_closing) {
                continue;
            }
        }
        // A new <a> or <nobr> first closes the one still open, as the parser does.
        if (name == "a" || name == "nobr") open.close(name);
        open.open(name);
        if (open.depth() > limit) return true;
    }
    return false;
}

}  // namespace

struct HtmlDocument::Impl {
    std::string bytes;  // Gumbo's tree points into these: they must outlive it
    ParseArena arena;   // holds the whole tree: it goes with the arena, unwalked
    GumboOutput* output = nullptr;
};

HtmlDocument::HtmlDocument(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
HtmlDocument::~HtmlDocument() = default;
HtmlDocument::HtmlDocument(HtmlDocument&&) noexcept = default;
HtmlDocument& HtmlDocument::operator=(HtmlDocument&&) noexcept = default;

Result<HtmlDocument> HtmlDocument::parse(std::string html, int max_depth) {
    if (nests_deeper_than(html, max_depth))
        return fail("page nests tags deeper than max_depth (" + std::to_string(max_depth) + ")");
    auto impl = std::make_unique<Impl>();
    impl->bytes = std::move(html);
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = &ParseArena::gumbo_allocate;
    options.deallocator = &ParseArena::gumbo_deallocate;
    options.userdata = &impl->arena;
    impl->output = gumbo_parse_with_options(&options, impl->bytes.data(), impl->bytes.size());
    if (impl->output == nullptr) return fail("the HTML parser failed");
    return HtmlDocument(std::move(impl));
}

Element HtmlDocument::root() const {
    return Element(m_impl->output->root);
}

std::vector<Element> HtmlDocument::descendants(Element scope) const {
    // Iterative pre-order walk: hostile pages nest deeply.
    std::vector<Element> out;
    std::vector<const GumboNode*> stack;
    auto push_children = [&stack](const GumboNode* n) {
        const GumboVector& kids = n->v.element.children;
        for (unsigned i = kids.length; i > 0; --i) {
            auto* child = static_cast<const GumboNode*>(kids.data[i - 1]);
            if (child->type == GUMBO_NODE_ELEMENT || child->type == GUMBO_NODE_TEMPLATE)
                stack.push_back(child);
        }
    };
    if (!scope.valid()) return out;
    push_children(scope.node());
    while (!stack.empty()) {
        const GumboNode* n = stack.back();
        stack.pop_back();
        out.emplace_back(n);
        push_children(n);
    }
    return out;
}

namespace {

bool is_block(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_P:
        case GUMBO_TAG_DIV:
        case GUMBO_TAG_LI:
        case GUMBO_TAG_UL:
        case GUMBO_TAG_OL:
        case GUMBO_TAG_H1:
        case GUMBO_TAG_H2:
        case GUMBO_TAG_H3:
        case GUMBO_TAG_H4:
        case GUMBO_TAG_H5:
        case GUMBO_TAG_H6:
        case GUMBO_TAG_ARTICLE:
        case GUMBO_TAG_SECTION:
        case GUMBO_TAG_BLOCKQUOTE:
        case GUMBO_TAG_HEADER:
        case GUMBO_TAG_FOOTER:
        case GUMBO_TAG_TR:
        case GUMBO_TAG_PRE:
        case GUMBO_TAG_TABLE:
        case GUMBO_TAG_FIGURE:
        case GUMBO_TAG_FIGCAPTION:
        case GUMBO_TAG_ASIDE:
        case GUMBO_TAG_NAV:
        case GUMBO_TAG_DD:
        case GUMBO_TAG_DT:
        case GUMBO_TAG_DL:
        case GUMBO_TAG_HR:
        case GUMBO_TAG_FORM:
            return true;
        default:
            return false;
    }
}

// Appends text to lines, collapsing whitespace; '\n' in `piece` is treated as a space.
void append_text(std::string& out, std::string_view piece, bool& pending_space) {
    auto is_space = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    };
    // Word by word rather than character by character: one append per word is what makes
    // reading comment bodies cheap next to parsing them.
    std::size_t i = 0;
    while (i < piece.size()) {
        if (is_space(piece[i])) {
            pending_space = true;
            ++i;
            continue;
        }
        std::size_t start = i;
        while (i < piece.size() && !is_space(piece[i])) ++i;
        if (pending_space && !out.empty() && out.back() != '\n') out.push_back(' ');
        pending_space = false;
        out.append(piece.data() + start, i - start);
    }
}

void newline(std::string& out, bool& pending_space) {
    pending_space = false;
    if (!out.empty() && out.back() != '\n') out.push_back('\n');
}

}  // namespace

std::string HtmlDocument::text(Element e, const std::function<bool(Element)>& skip) {
    std::string out;
    if (!e.valid()) return out;
    bool pending_space = false;
    // Iterative walk; a null entry marks the end of a block element (emit its newline then).
    std::vector<const GumboNode*> stack;
    auto push_children = [&stack](const GumboNode* n) {
        const GumboVector& kids = n->v.element.children;
        for (unsigned i = kids.length; i > 0; --i)
            stack.push_back(static_cast<const GumboNode*>(kids.data[i - 1]));
    };
    push_children(e.node());
    while (!stack.empty()) {
        const GumboNode* n = stack.back();
        stack.pop_back();
        if (n == nullptr) {
            newline(out, pending_space);
            continue;
        }
        switch (n->type) {
            case GUMBO_NODE_TEXT:
            case GUMBO_NODE_CDATA:
            case GUMBO_NODE_WHITESPACE:
                append_text(out, n->v.text.text, pending_space);
                break;
            case GUMBO_NODE_ELEMENT:
            case GUMBO_NODE_TEMPLATE: {
                GumboTag tag = n->v.element.tag;
                if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE ||
                    tag == GUMBO_TAG_TEMPLATE || tag == GUMBO_TAG_NOSCRIPT)
                    break;
                if (skip && skip(Element(n))) break;
                if (tag == GUMBO_TAG_BR) {
                    newline(out, pending_space);
                    break;
                }
                if (is_block(tag)) {
                    newline(out, pending_space);
                    stack.push_back(nullptr);
                }
                push_children(n);
                break;
            }
            default:
                break;
        }
    }
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
    return out;
}

std::string HtmlDocument::raw_text(Element e) {
    std::string out;
    if (!e.valid()) return out;
    const GumboVector& kids = e.node()->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
        auto* child = static_cast<const GumboNode*>(kids.data[i]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA ||
            child->type == GUMBO_NODE_WHITESPACE)
            out += child->v.text.text;
    }
    return out;
}

std::string Element::tag() const {
    if (m_node == nullptr) return {};
    const GumboElement& e = m_node->v.element;
    if (e.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(e.tag);
    GumboStringPiece piece = e.original_tag;
    gumbo_tag_from_original_text(&piece);
    std::string name(piece.data, piece.length);
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return name;
}

bool Element::is_tag(std::string_view name) const {
    if (m_node == nullptr) return false;
    const GumboElement& e = m_node->v.element;
    if (e.tag != GUMBO_TAG_UNKNOWN) return name == gumbo_normalized_tagname(e.tag);
    return tag() == name;
}

int Element::tag_id_of(std::string_view name) {
    GumboTag tag = gumbo_tagn_enum(name.data(), static_cast<unsigned>(name.size()));
    return tag == GUMBO_TAG_UNKNOWN ? -1 : static_cast<int>(tag);
}

Element Element::parent() const {
    if (m_node == nullptr || m_node->parent == nullptr) return Element();
    const GumboNode* p = m_node->parent;
    if (p->type != GUMBO_NODE_ELEMENT && p->type != GUMBO_NODE_TEMPLATE) return Element();
    return Element(p);
}

std::vector<Element> Element::children() const {
    std::vector<Element> out;
    if (m_node == nullptr) return out;
    const GumboVector& kids = m_node->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
        auto* child = static_cast<const GumboNode*>(kids.data[i]);
        if (child->type == GUMBO_NODE_ELEMENT || child->type == GUMBO_NODE_TEMPLATE)
            out.emplace_back(child);
    }
    return out;
}

int Element::tag_id() const {
    return m_node == nullptr ? -1 : static_cast<int>(m_node->v.element.tag);
}

namespace {

// Returns true when the NUL-terminated `c_name` is `name`. Unlike `name == c_name`, it measures
// no string: this runs for every attribute of every element a selector tests.
bool names_equal(const char* c_name, std::string_view name) {
    for (char c : name) {
        if (*c_name++ != c) return false;  // also stops at c_name's NUL
    }
    return *c_name == '\0';
}

}  // namespace

std::optional<std::string_view> Element::attr(std::string_view name) const {
    if (m_node == nullptr) return std::nullopt;
    // Gumbo lower-cases attribute names, and so do our selectors: a plain comparison suffices
    // (gumbo_get_attribute would need a NUL-terminated copy).
    const GumboVector& attributes = m_node->v.element.attributes;
    for (unsigned i = 0; i < attributes.length; ++i) {
        const auto* a = static_cast<const GumboAttribute*>(attributes.data[i]);
        if (names_equal(a->name, name)) return std::string_view(a->value);
    }
    return std::nullopt;
}

std::size_t Element::child_count() const {
    return m_node == nullptr ? 0 : m_node->v.element.children.length;
}

Element Element::child(std::size_t i) const {
    auto* node = static_cast<const GumboNode*>(m_node->v.element.children.data[i]);
    bool element = node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
    return element ? Element(node) : Element();
}

}  // namespace suasana::extract
