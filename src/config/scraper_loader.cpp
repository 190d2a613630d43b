#include "config/scraper_loader.hpp"

#include <algorithm>

#include "config/toml_reader.hpp"

namespace suasana::config {

namespace {

namespace fs = std::filesystem;

void get_field(TableReader& r, const char* key, SpecField& out) {
    r.get(key, out.text);
    out.line = r.line_of(key);
}

void read_page(TableReader& r, ScraperSpec& s) {
    get_field(r, "id", s.page_id);
    get_field(r, "title", s.title);
    get_field(r, "published", s.published);
    get_field(r, "comment_count", s.comment_count);
}

void read_comments(TableReader& r, ScraperSpec& s) {
    for (auto [key, field] : {std::pair{"item", &s.item},
                              {"list", &s.list},
                              {"id", &s.id},
                              {"author", &s.author},
                              {"time", &s.time},
                              {"body", &s.body},
                              {"likes", &s.likes},
                              {"replies", &s.replies},
                              {"parent", &s.parent},
                              {"children", &s.children}}) {
        get_field(r, key, *field);
    }
    r.get("time_formats", s.time_formats);
    r.get("nested", s.nested);
    std::vector<std::string> drop;
    r.get("drop", drop);
    for (auto& d : drop) s.drop.push_back(SpecField{d, r.line_of("drop")});
    if (s.kind == "html" && s.item.empty()) r.error("item", "is required for kind = \"html\"");
    if (s.kind == "json" && s.list.empty()) r.error("list", "is required for kind = \"json\"");
    if (s.author.empty()) r.error("author", "is required");
    if (s.body.empty()) r.error("body", "is required");
}

void read_source(TableReader& r, ScraperSpec& s) {
    get_field(r, "script", s.source_script);
    r.get("url", s.source_url);
    r.get("method", s.source_method);
    r.get("body", s.source_body);
    if (s.source_method != "GET" && s.source_method != "POST")
        r.error("method", "must be \"GET\" or \"POST\"");
    if (const toml::table* headers = r.table("headers")) {
        for (auto&& [name, value] : *headers) {
            if (!value.is_string()) {
                r.error("headers", "every header value must be a string");
                continue;
            }
            s.source_headers.emplace_back(std::string(name.str()), *value.value<std::string>());
        }
    }
}

}  // namespace

Result<ScraperSpec> load_scraper_file(const fs::path& file) {
    auto parsed = parse_toml_file(file);
    if (!parsed) return tl::unexpected(parsed.error());
    ScraperSpec s;
    s.file = file;
    std::vector<std::string> errors;
    auto take = [&errors](TableReader& r) {
        auto e = r.finish();
        errors.insert(errors.end(), e.begin(), e.end());
    };
    TableReader r(*parsed, file, "");
    r.get("name", s.name);
    r.get("site", s.site);
    if (s.site.empty()) s.site = s.name;
    r.get("description", s.description);
    r.get("match", s.match);
    r.get("kind", s.kind);
    r.get("zone", s.zone);
    r.get("machine_translated", s.machine_translated);
    if (s.name.empty()) r.error("name", "is required");
    if (s.kind != "html" && s.kind != "json") r.error("kind", "must be \"html\" or \"json\"");
    if (const toml::table* t = r.table("page")) {
        TableReader pr(*t, file, "page");
        read_page(pr, s);
        take(pr);
    }
    if (const toml::table* t = r.table("comments")) {
        TableReader cr(*t, file, "comments");
        read_comments(cr, s);
        take(cr);
    } else {
        r.error("comments", "the [comments] table is required");
    }
    if (const toml::table* t = r.table("source")) {
        TableReader sr(*t, file, "source");
        read_source(sr, s);
        take(sr);
    }
    if (s.kind == "json" && s.source_script.empty() && s.source_url.empty())
        r.error("source", "kind = \"json\" needs [source] script or url");
    if (const toml::table* t = r.table("pagination")) {
        TableReader pr(*t, file, "pagination");
        get_field(pr, "next", s.next);
        get_field(pr, "last_page", s.last_page);
        std::vector<std::string> links;
        pr.get("links", links);
        for (auto& l : links) s.links.push_back(SpecField{l, pr.line_of("links")});
        take(pr);
    }
    take(r);
    if (!errors.empty()) return tl::unexpected(join_errors(errors));
    return s;
}

Result<std::vector<ScraperSpec>> load_scraper_dir(const fs::path& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return fail(dir.string() + ": scraper folder not found");
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        if (entry.path().extension() == ".toml") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    std::vector<ScraperSpec> specs;
    for (const auto& file : files) {
        auto spec = load_scraper_file(file);
        if (!spec) return tl::unexpected(spec.error());
        for (const auto& other : specs) {
            if (other.name == spec->name)
                return fail(file.string() + ": scraper name '" + spec->name +
                            "' is already used by " + other.file.string());
        }
        specs.push_back(std::move(*spec));
    }
    return specs;
}

}  // namespace suasana::config
