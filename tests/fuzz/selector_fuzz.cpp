// Fuzz target: the selector parser (FieldSelector::parse, what every scraper-file selector goes
// through), and each parsed selector matched against every element of a small fixed page.
#include <cstddef>
#include <cstdint>
#include <string>

#include "extract/html_document.hpp"
#include "extract/selector.hpp"
#include "fuzz_input.hpp"

namespace {

using suasana::extract::FieldSelector;
using suasana::extract::HtmlDocument;
using suasana::extract::Selector;

// Every kind of thing a selector can test: tags known and unknown to Gumbo, classes, ids,
// attributes with and without values, nesting for '>' and ' '.
const HtmlDocument& fixed_page() {
    static const HtmlDocument doc = *HtmlDocument::parse(
        "<html><head><title>t</title></head><body>"
        "<div id=\"c1\" class=\"comment depth-1\" data-id=\"41\" lang=\"id-ID\">"
        "<b class=\"fn\">A</b><time datetime=\"2023-07-22T00:30:00+07:00\">22 Juli</time>"
        "<x-comment class=\"c_x9 comment__body\" data-testid=\"body\">isi</x-comment>"
        "<ol class=\"children\"><li class=\"comment\" id=\"c2\"><p>balas<br>lagi</p></li></ol>"
        "</div><span class=\"\" title=\"\"></span><a rel=\"next nofollow\" href=\"/p/2\">2</a>"
        "</body></html>",
        64);
    return doc;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto parsed = FieldSelector::parse(suasana::fuzz::as_text(data, size));
    if (!parsed) {
        suasana::fuzz::require(!parsed.error().message.empty(), "a parse error says nothing");
        return 0;
    }
    if (!parsed->has_selector) return 0;
    // The selector's own text parses again, to a selector that matches the same elements.
    const auto again = Selector::parse(parsed->selector.text());
    suasana::fuzz::require(static_cast<bool>(again), "a parsed selector's text does not parse");
    const HtmlDocument& doc = fixed_page();
    for (auto e : doc.descendants(doc.root())) {
        suasana::fuzz::require(parsed->selector.matches(e) == again->matches(e),
                               "a selector and its reparsed text match differently");
    }
    return 0;
}
