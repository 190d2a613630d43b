#pragma once
// A scraper file (scrapers/NAME.toml) as plain values; extract/ compiles its selectors.
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace suasana {

/// A selector or path as written in the scraper file, with where it was written.
struct SpecField {
    std::string text;  ///< empty when the key is absent
    int line = 0;      ///< line in the scraper file, for error messages
    bool empty() const { return text.empty(); }
};

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
    SpecField page_id;  ///< a regex over the URL; its first capture is the article id
    SpecField title, published, comment_count;

    // [comments]
    SpecField item, id, author, time, body, likes, replies, parent, list, children;
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
    std::string source_body;  ///< request body template, with {id} and {page}
    std::vector<std::pair<std::string, std::string>> source_headers;
};

}  // namespace suasana
