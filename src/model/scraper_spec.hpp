#pragma once
// A scraper file (scrapers/NAME.toml) as plain values; extract/ compiles its selectors.
#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace suasana {

/// A selector or path as written in the scraper file, with where it was written.
struct SpecField {
    std::string text;  ///< empty when the key is absent
    int line = 0;      ///< line in the scraper file, for error messages
    bool empty() const { return text.empty(); }
};

/// A test on one JSON field of a comment item (`[[comments.skip]]`, `[[comments.wordless]]`):
/// the item matches when the field's raw value equals `value`, matches the regex `value`, or
/// is absent/null.
struct ItemRule {
    enum class Test { equals, matches, null };
    std::string field;  ///< dotted path inside the item
    Test test = Test::equals;
    std::string value;  ///< the text or regex; unused for null
    int line = 0;
};

/// One step of `[comments.decode]`, applied in order to a field's value.
struct DecodeStep {
    enum class Kind { html_entities, percent_u, newline };
    Kind kind = Kind::html_entities;
    std::string marker;  ///< newline: the literal text that stands for a line break
};

/// How one comment field's text is decoded (`[comments.decode] body = [...]`).
struct FieldDecode {
    std::string field;  ///< "author" or "body"
    std::vector<DecodeStep> steps;
};

/// What an API request's templates ([source] url, body, headers) may hold: the article id (in a
/// JSON body a string, or a number with {id:number}), the page number, the article's URL.
enum class Placeholder { id, id_number, page, url };
constexpr std::array<std::pair<std::string_view, Placeholder>, 4> k_placeholders = {{
    {"{id}", Placeholder::id},
    {"{id:number}", Placeholder::id_number},
    {"{page}", Placeholder::page},
    {"{url}", Placeholder::url},
}};

struct ScraperSpec {
    std::filesystem::path file;
    std::string name;
    /// The site the file reads: files with the same site store the same articles (keyed by site
    /// + canonical id). Defaults to `name`.
    std::string site;
    std::string description;
    std::vector<std::string> match;
    std::string kind = "html";
    std::string zone;  ///< empty: the config's [time] zone
    bool machine_translated = false;

    // [page]
    SpecField page_id;           ///< a regex over the URL; its first capture is the article id
    SpecField page_id_selector;  ///< else a selector over the article page (`meta[…]@content`)
    SpecField page_id_script;    ///< else a regex over its inline scripts; group 1 is the id
    SpecField title, published, comment_count;

    // [comments]
    SpecField item, id, author, time, body, likes, dislikes, replies, parent, list, children;
    std::vector<ItemRule> skip;      ///< json: items that are not comments (ads)
    std::vector<ItemRule> wordless;  ///< json: items that carry no words (stickers): not scored
    std::vector<FieldDecode> decode;
    std::vector<std::string> time_formats;
    bool nested = false;
    std::vector<SpecField> drop;

    // [pagination]
    SpecField next, last_page;
    std::vector<SpecField> links;  ///< every element matching one of these is a comment page

    // [source] (kind = "json"): where the JSON is
    SpecField source_script;  ///< a selector for the <script> that holds it (Next.js pattern)
    std::string source_url;   ///< or an API URL template with {id} and {page}
    std::string source_method = "GET";
    std::string source_body;  ///< request body template, with {id}, {page} and {url}
    /// The body was written as a TOML table: `source_body` is JSON in which a placeholder that
    /// stands alone keeps its type ({page} a number, {id:number} a number, {id} a string) and one
    /// inside a string is JSON-escaped.
    bool source_body_json = false;
    std::vector<std::pair<std::string, std::string>> source_headers;
};

}  // namespace suasana
