#include "extract/extractor.hpp"

#include <array>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "extract/article_id.hpp"
#include "extract/comment_builder.hpp"
#include "extract/counts.hpp"
#include "extract/html_document.hpp"
#include "extract/json_comments.hpp"
#include "extract/selector.hpp"
#include "text/pattern.hpp"
#include "time/timestamp.hpp"
#include "util/hash.hpp"
#include "util/strings.hpp"

namespace suasana::extract {

namespace {

using NodeSet = std::unordered_set<const GumboInternalNode*>;

// A compiled field: absent fields stay nullopt.
using Field = std::optional<FieldSelector>;

Result<Field> compile_field(const ScraperSpec& spec, const char* key, const SpecField& f) {
    if (f.empty()) return Field{};
    auto parsed = FieldSelector::parse(f.text);
    if (!parsed) {
        return fail(spec.file.string() + ":" + std::to_string(f.line) + ": key '" + key +
                    "': " + parsed.error().message);
    }
    return Field{std::move(*parsed)};
}

// Returns "html > body > div.post > b.fn": where a value came from, for --why.
std::string element_path(Element e) {
    std::vector<std::string> parts;
    for (; e.valid(); e = e.parent()) {
        std::string part = e.tag();
        if (auto id = e.attr("id"); id && !id->empty()) {
            part += "#" + std::string(*id);
        } else if (auto cls = e.attr("class"); cls && !cls->empty()) {
            part += "." + util::split(util::collapse_spaces(*cls), ' ').front();
        }
        parts.push_back(part);
    }
    std::string out;
    for (auto it = parts.rbegin(); it != parts.rend(); ++it) {
        if (!out.empty()) out += " > ";
        out += *it;
    }
    return out;
}

// Finds, in ONE walk of `scope`'s subtree (never entering nested items), the first element
// matching each of `fields`; a field without a selector is the scope itself. Per comment this
// replaces one walk per field.
template <std::size_t N>
std::array<Element, N> locate_fields(Element scope, const std::array<const Field*, N>& fields,
                                     const NodeSet& items) {
    std::array<Element, N> found{};
    std::size_t remaining = 0;
    for (std::size_t k = 0; k < N; ++k) {
        if (!*fields[k]) continue;
        if ((*fields[k])->has_selector) {
            ++remaining;
        } else {
            found[k] = scope;
        }
    }
    thread_local std::vector<Element> stack;
    stack.clear();
    auto push_children = [](Element e) {
        for (std::size_t i = e.child_count(); i > 0; --i) {
            if (Element c = e.child(i - 1); c.valid()) stack.push_back(c);
        }
    };
    push_children(scope);
    while (remaining > 0 && !stack.empty()) {
        Element e = stack.back();
        stack.pop_back();
        if (items.count(e.node()) != 0) continue;
        for (std::size_t k = 0; k < N; ++k) {
            if (found[k].valid() || !*fields[k] || !(*fields[k])->has_selector) continue;
            if ((*fields[k])->selector.matches(e)) {
                found[k] = e;
                --remaining;
            }
        }
        push_children(e);
    }
    return found;
}

// Sets the page's article id from the scraper's [page] id regex over its URL. A regex that runs
// out of time leaves the URL as the id and says so: the page is still read.
void set_canonical_id(Page& page, const std::optional<text::Pattern>& page_id) {
    page.canonical_id = page.url;
    if (!page_id) return;
    auto id = page_id->first_capture(page.url);
    if (!id) {
        page.warnings.push_back("key 'page.id': " + id.error().message +
                                "; the URL is the article's id");
    } else if (*id) {
        page.canonical_id = **id;
    }
}

}  // namespace

struct Extractor::Impl {
    ScraperSpec spec;
    std::optional<text::Pattern> page_id;
    Field title, published, comment_count;
    Selector item;
    Field id, author, time, body, likes, dislikes, replies, parent, next;
    std::vector<Field> links;  ///< [pagination] links: every match is a comment page
    std::vector<Selector> drop;
    std::optional<Selector> script;  ///< kind = "json": the <script> holding the comments
    JsonItemRules rules;             ///< kind = "json": skip and wordless
    std::optional<ArticleIdReader> article_id;  ///< [page] id_selector, id_script

    // Returns the value `field` takes from element `e` (already located), or nothing; control
    // characters are replaced (util::replace_controls).
    std::optional<std::string> value_of(Element e, const Field& field, const NodeSet& items,
                                        const std::function<bool(Element)>& skip,
                                        std::string* path) const {
        if (!field || !e.valid()) return std::nullopt;
        if (path != nullptr) *path = element_path(e);
        std::string value;
        if (!field->attribute.empty()) {
            auto v = e.attr(field->attribute);
            if (!v) return std::nullopt;
            value = std::string(util::trim(*v));
        } else {
            // Nested items are never part of a field's text (a reply is not its parent's body).
            auto skip_nested = [&](Element x) {
                return items.count(x.node()) != 0 || (skip && skip(x));
            };
            value = HtmlDocument::text(e, skip_nested);
        }
        util::replace_controls(value);
        return value;
    }
};

Extractor::Extractor(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;
const ScraperSpec& Extractor::spec() const {
    return m_impl->spec;
}
const ArticleIdReader& Extractor::article_id() const {
    return *m_impl->article_id;
}

Result<Extractor> Extractor::compile_json(const ScraperSpec& spec, std::unique_ptr<Impl> impl) {
    const std::string where = spec.file.string() + ":";
    if (!spec.source_script.empty()) {
        auto script = Selector::parse(spec.source_script.text);
        if (!script) {
            return fail(where + std::to_string(spec.source_script.line) +
                        ": key 'source.script': " + script.error().message);
        }
        impl->script = std::move(*script);
        // Embedded JSON still reads [page] fields from the HTML around it.
        auto title = compile_field(spec, "page.title", spec.title);
        if (!title) return tl::unexpected(title.error());
        impl->title = std::move(*title);
        auto published = compile_field(spec, "page.published", spec.published);
        if (!published) return tl::unexpected(published.error());
        impl->published = std::move(*published);
    }
    for (const auto& format : spec.time_formats) {
        if (auto problem = time::check_time_format(format); !problem.empty())
            return fail(where + " key 'comments.time_formats': " + problem);
    }
    auto skip = ItemRules::compile(spec.skip, spec, "comments.skip");
    if (!skip) return tl::unexpected(skip.error());
    impl->rules.skip = std::move(*skip);
    auto wordless = ItemRules::compile(spec.wordless, spec, "comments.wordless");
    if (!wordless) return tl::unexpected(wordless.error());
    impl->rules.wordless = std::move(*wordless);
    return Extractor(std::move(impl));
}

Result<Extractor> Extractor::compile(const ScraperSpec& spec) {
    auto impl = std::make_unique<Impl>();
    impl->spec = spec;
    const std::string where = spec.file.string() + ":";
    if (!spec.page_id.empty()) {
        auto p = text::Pattern::compile(spec.page_id.text);
        if (!p) {
            return fail(where + std::to_string(spec.page_id.line) +
                        ": key 'page.id': " + p.error().message);
        }
        impl->page_id = std::move(*p);
    }
    auto article_id = ArticleIdReader::compile(spec);
    if (!article_id) return tl::unexpected(article_id.error());
    impl->article_id = std::move(*article_id);
    if (spec.kind == "json") return compile_json(spec, std::move(impl));
    auto item = Selector::parse(spec.item.text);
    if (!item) {
        return fail(where + std::to_string(spec.item.line) +
                    ": key 'comments.item': " + item.error().message);
    }
    impl->item = std::move(*item);
    struct Entry {
        const char* key;
        const SpecField& spec_field;
        Field& field;
    };
    for (Entry e : {Entry{"page.title", spec.title, impl->title},
                    Entry{"page.published", spec.published, impl->published},
                    Entry{"page.comment_count", spec.comment_count, impl->comment_count},
                    Entry{"comments.id", spec.id, impl->id},
                    Entry{"comments.author", spec.author, impl->author},
                    Entry{"comments.time", spec.time, impl->time},
                    Entry{"comments.body", spec.body, impl->body},
                    Entry{"comments.likes", spec.likes, impl->likes},
                    Entry{"comments.dislikes", spec.dislikes, impl->dislikes},
                    Entry{"comments.replies", spec.replies, impl->replies},
                    Entry{"comments.parent", spec.parent, impl->parent},
                    Entry{"pagination.next", spec.next, impl->next}}) {
        auto f = compile_field(spec, e.key, e.spec_field);
        if (!f) return tl::unexpected(f.error());
        e.field = std::move(*f);
    }
    for (const auto& d : spec.drop) {
        auto s = Selector::parse(d.text);
        if (!s) {
            return fail(where + std::to_string(d.line) +
                        ": key 'comments.drop': " + s.error().message);
        }
        impl->drop.push_back(std::move(*s));
    }
    for (const auto& l : spec.links) {
        auto f = compile_field(spec, "pagination.links", l);
        if (!f) return tl::unexpected(f.error());
        if (!(*f)->has_selector) {
            return fail(where + std::to_string(l.line) + ": key 'pagination.links': '" + l.text +
                        "' needs a selector before the @attribute");
        }
        impl->links.push_back(std::move(*f));
    }
    for (const auto& format : spec.time_formats) {
        if (auto problem = time::check_time_format(format); !problem.empty())
            return fail(where + " key 'comments.time_formats': " + problem);
    }
    return Extractor(std::move(impl));
}

Result<Page> Extractor::extract(std::string html, const ExtractContext& ctx, Why why) const {
    const Impl& x = *m_impl;
    if (x.spec.kind == "json") return extract_json(std::move(html), ctx, why);
    auto parsed = HtmlDocument::parse(std::move(html), ctx.limits.max_depth);
    if (!parsed) return tl::unexpected(parsed.error());
    const HtmlDocument& doc = *parsed;
    Element root = doc.root();

    Page page;
    page.url = ctx.url;
    set_canonical_id(page, x.page_id);
    // One walk of the document finds the comment items and the page-level fields.
    const NodeSet none;
    const std::array<const Field*, 4> page_fields = {&x.title, &x.published, &x.comment_count,
                                                     &x.next};
    std::array<Element, 4> page_found{};
    std::vector<Element> items;
    NodeSet item_set;
    std::vector<std::string> links;
    for (Element e : doc.descendants(root)) {
        if (x.item.matches(e)) {
            items.push_back(e);
            item_set.insert(e.node());
        }
        for (const Field& link : x.links) {
            if (!link->selector.matches(e)) continue;
            if (auto href = x.value_of(e, link, none, nullptr, nullptr); href && !href->empty())
                links.push_back(std::move(*href));
            break;  // one element is one link, however many selectors match it
        }
        for (std::size_t k = 0; k < page_fields.size(); ++k) {
            const Field& f = *page_fields[k];
            if (!page_found[k].valid() && f && f->has_selector && f->selector.matches(e))
                page_found[k] = e;
        }
    }
    page.title = x.value_of(page_found[0], x.title, none, nullptr, nullptr);
    page.published_raw = x.value_of(page_found[1], x.published, none, nullptr, nullptr);
    if (auto claimed = x.value_of(page_found[2], x.comment_count, none, nullptr, nullptr))
        page.comment_count_claimed = parse_count(*claimed);
    if (auto next = x.value_of(page_found[3], x.next, none, nullptr, nullptr);
        next && !next->empty())
        page.next_hrefs.push_back(std::move(*next));
    page.next_hrefs.insert(page.next_hrefs.end(), links.begin(), links.end());
    if (items.size() > static_cast<std::size_t>(ctx.limits.max_comments)) {
        page.warnings.push_back("page has " + std::to_string(items.size()) +
                                " comments; only the first max_comments (" +
                                std::to_string(ctx.limits.max_comments) + ") were read");
        items.resize(static_cast<std::size_t>(ctx.limits.max_comments));
    }

    auto drop = [&x](Element e) {
        for (const auto& d : x.drop) {
            if (d.matches(e)) return true;
        }
        return false;
    };
    CommentBuilder builder(x.spec, ctx);
    std::unordered_map<const GumboInternalNode*, std::string> site_ids;
    const std::array<const Field*, 8> fields = {&x.id,    &x.author,   &x.time,    &x.body,
                                                &x.likes, &x.dislikes, &x.replies, &x.parent};
    for (Element item : items) {
        FieldPaths paths;
        std::array<Element, 8> located = locate_fields(item, fields, item_set);
        auto read = [&](const char* name, const Field& f,
                        const std::function<bool(Element)>& skip = nullptr) {
            std::string path;
            std::size_t k = 0;
            while (fields[k] != &f) ++k;
            auto v = x.value_of(located[k], f, item_set, skip, why == Why::yes ? &path : nullptr);
            if (f && !v) ++page.fields_missing;
            if (why == Why::yes && v) paths.emplace_back(name, path);
            return v;
        };
        RawComment raw{read("id", x.id),           read("author", x.author),
                       read("time", x.time),       read("body", x.body, drop),
                       read("likes", x.likes),     read("dislikes", x.dislikes),
                       read("replies", x.replies), read("parent", x.parent)};
        Comment c = builder.build(std::move(raw));
        site_ids[item.node()] = c.site_id;
        if (x.spec.nested) {
            // DOM nesting wins over a parent attribute: the nearest enclosing item is the parent.
            for (Element a = item.parent(); a.valid(); a = a.parent()) {
                if (auto it = site_ids.find(a.node()); it != site_ids.end()) {
                    c.parent_site_id = it->second;
                    break;
                }
            }
        }
        page.comments.push_back(std::move(c));
        if (why == Why::yes) page.field_paths.push_back(std::move(paths));
    }
    return page;
}

Result<Page> Extractor::extract_json(std::string body, const ExtractContext& ctx, Why why) const {
    const Impl& x = *m_impl;
    Page page;
    page.url = ctx.url;
    set_canonical_id(page, x.page_id);
    std::string json_text = std::move(body);
    if (x.script) {
        // Embedded JSON: the page is HTML, the comments live in a <script> (Next.js pattern).
        auto parsed = HtmlDocument::parse(std::move(json_text), ctx.limits.max_depth);
        if (!parsed) return tl::unexpected(parsed.error());
        Element root = parsed->root();
        const NodeSet none;
        auto found = locate_fields(root, std::array<const Field*, 2>{&x.title, &x.published}, none);
        page.title = x.value_of(found[0], x.title, none, nullptr, nullptr);
        page.published_raw = x.value_of(found[1], x.published, none, nullptr, nullptr);
        Element script;
        for (Element e : parsed->descendants(root)) {
            if (x.script->matches(e)) {
                script = e;
                break;
            }
        }
        if (!script.valid()) {
            page.warnings.push_back("no element matches [source] script '" + x.script->text() +
                                    "'");
            return page;
        }
        json_text = HtmlDocument::raw_text(script);
    }
    auto doc = json::Document::parse(json_text);
    if (!doc) return fail(ctx.url + ": " + doc.error().message);
    CommentBuilder builder(x.spec, ctx);
    read_json_comments(doc->root(), x.spec, x.rules, ctx, builder, page, why);
    return page;
}

}  // namespace suasana::extract
