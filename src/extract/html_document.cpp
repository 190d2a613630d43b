#include "extract/html_document.hpp"

#include <cctype>

#include <gumbo.h>

#include "extract/page_guard.hpp"
#include "extract/parse_arena.hpp"

namespace suasana::extract {

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
    if (auto hazard = find_parse_hazard(html, max_depth)) return fail(std::move(*hazard));
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
