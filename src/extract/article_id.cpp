#include "extract/article_id.hpp"

#include "extract/html_document.hpp"
#include "extract/selector.hpp"
#include "text/pattern.hpp"
#include "util/strings.hpp"

namespace suasana::extract {

struct ArticleIdReader::Impl {
    std::optional<FieldSelector> selector;
    std::optional<text::Pattern> script;
};

ArticleIdReader::ArticleIdReader(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
ArticleIdReader::~ArticleIdReader() = default;
ArticleIdReader::ArticleIdReader(ArticleIdReader&&) noexcept = default;
ArticleIdReader& ArticleIdReader::operator=(ArticleIdReader&&) noexcept = default;

Result<ArticleIdReader> ArticleIdReader::compile(const ScraperSpec& spec) {
    auto impl = std::make_unique<Impl>();
    auto where = [&spec](const SpecField& f, const char* key) {
        return spec.file.string() + ":" + std::to_string(f.line) + ": key '" + key + "': ";
    };
    if (!spec.page_id_selector.empty()) {
        auto parsed = FieldSelector::parse(spec.page_id_selector.text);
        if (!parsed)
            return fail(where(spec.page_id_selector, "page.id_selector") + parsed.error().message);
        if (!parsed->has_selector)
            return fail(where(spec.page_id_selector, "page.id_selector") +
                        "needs a selector before '@'");
        impl->selector = std::move(*parsed);
    }
    if (!spec.page_id_script.empty()) {
        auto pattern = text::Pattern::compile(spec.page_id_script.text);
        if (!pattern)
            return fail(where(spec.page_id_script, "page.id_script") + pattern.error().message);
        impl->script = std::move(*pattern);
    }
    return ArticleIdReader(std::move(impl));
}

bool ArticleIdReader::used() const {
    return m_impl->selector || m_impl->script;
}

Result<std::optional<std::string>> ArticleIdReader::find(std::string html, int max_depth) const {
    const Impl& x = *m_impl;
    auto parsed = HtmlDocument::parse(std::move(html), max_depth);
    if (!parsed) return tl::unexpected(parsed.error());
    std::vector<Element> scripts;
    const int script_tag = Element::tag_id_of("script");
    for (Element e : parsed->descendants(parsed->root())) {
        if (x.selector && x.selector->selector.matches(e)) {
            std::string value = x.selector->attribute.empty()
                                    ? HtmlDocument::text(e, nullptr)
                                    : std::string(e.attr(x.selector->attribute).value_or(""));
            value = std::string(util::trim(value));
            if (!value.empty()) return std::optional<std::string>(std::move(value));
        }
        if (x.script && e.tag_id() == script_tag && !e.attr("src")) scripts.push_back(e);
    }
    for (Element script : scripts) {
        auto found = x.script->first_capture(HtmlDocument::raw_text(script));
        if (!found) return tl::unexpected(found.error());
        if (*found && !util::trim(**found).empty())
            return std::optional<std::string>(std::string(util::trim(**found)));
    }
    return std::optional<std::string>();
}

}  // namespace suasana::extract
