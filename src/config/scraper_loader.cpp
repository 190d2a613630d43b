#include "config/scraper_loader.hpp"

#include <algorithm>

#include "config/request_body.hpp"
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
    get_field(r, "id_selector", s.page_id_selector);
    get_field(r, "id_script", s.page_id_script);
    get_field(r, "title", s.title);
    get_field(r, "published", s.published);
    get_field(r, "comment_count", s.comment_count);
}

// Reads `[[comments.KEY]]`: each entry a field and one test (equals, matches or null).
void read_rules(TableReader& r, const char* key, const std::string& kind,
                std::vector<ItemRule>& out) {
    const toml::array* entries = r.array(key);
    if (entries == nullptr) return;
    if (kind != "json") r.error(key, "is read from JSON items only (kind = \"json\")");
    const std::string prefix = std::string("comments.") + key;
    for (const toml::node& entry : *entries) {
        const toml::table* t = entry.as_table();
        if (t == nullptr) {
            r.error(key, "every entry must be a table ([[" + prefix + "]])");
            continue;
        }
        TableReader er(*t, r.file(), prefix);
        ItemRule rule;
        rule.line = static_cast<int>(t->source().begin.line);
        er.get("field", rule.field);
        if (rule.field.empty()) er.error("field", "is required");
        int tests = 0;
        if (t->get("equals") != nullptr) {
            er.get("equals", rule.value);
            rule.test = ItemRule::Test::equals;
            ++tests;
        }
        if (t->get("matches") != nullptr) {
            er.get("matches", rule.value);
            rule.test = ItemRule::Test::matches;
            ++tests;
        }
        if (t->get("null") != nullptr) {
            bool null = false;
            er.get("null", null);
            if (!null) er.error("null", "can only be true");
            rule.test = ItemRule::Test::null;
            ++tests;
        }
        if (tests != 1) er.error("field", "needs exactly one of equals, matches, null = true");
        r.add_errors(er.finish());
        out.push_back(std::move(rule));
    }
}

// Reads `[comments.decode]`: per field, the steps that undo the API's escaping, in order.
void read_decode(const toml::table& table, TableReader& parent, std::vector<FieldDecode>& out) {
    TableReader r(table, parent.file(), "comments.decode");
    for (const char* field : {"author", "body"}) {
        std::vector<std::string> steps;
        r.get(field, steps);
        if (steps.empty()) continue;
        FieldDecode decode{field, {}};
        for (const std::string& step : steps) {
            if (step == "html_entities") {
                decode.steps.push_back({DecodeStep::Kind::html_entities, ""});
            } else if (step == "percent_u") {
                decode.steps.push_back({DecodeStep::Kind::percent_u, ""});
            } else if (step.rfind("newline:", 0) == 0 && step.size() > 8) {
                decode.steps.push_back({DecodeStep::Kind::newline, step.substr(8)});
            } else {
                r.error(field,
                        "unknown step '" + step + "' (html_entities, percent_u, newline:MARKER)");
            }
        }
        out.push_back(std::move(decode));
    }
    parent.add_errors(r.finish());
}

void read_comments(TableReader& r, ScraperSpec& s) {
    for (auto [key, field] : {std::pair{"item", &s.item},
                              {"list", &s.list},
                              {"id", &s.id},
                              {"author", &s.author},
                              {"time", &s.time},
                              {"body", &s.body},
                              {"likes", &s.likes},
                              {"dislikes", &s.dislikes},
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
    read_rules(r, "skip", s.kind, s.skip);
    read_rules(r, "wordless", s.kind, s.wordless);
    if (const toml::table* t = r.table("decode")) read_decode(*t, r, s.decode);
    if (s.kind == "html" && s.item.empty()) r.error("item", "is required for kind = \"html\"");
    if (s.kind == "json" && s.list.empty()) r.error("list", "is required for kind = \"json\"");
    if (s.author.empty()) r.error("author", "is required");
    if (s.body.empty()) r.error("body", "is required");
}

void read_source(TableReader& r, ScraperSpec& s) {
    get_field(r, "script", s.source_script);
    r.get("url", s.source_url);
    r.get("method", s.source_method);
    if (r.is_table("body")) {
        std::vector<std::string> errors;
        s.source_body = body_json_template(*r.table("body"), errors, r.file().string() + ":");
        s.source_body_json = true;
        r.add_errors(std::move(errors));
    } else {
        r.get("body", s.source_body);
    }
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

// Returns true when the API request needs the article id.
bool asks_for_id(const ScraperSpec& s) {
    auto has = [](const std::string& t) { return t.find("{id") != std::string::npos; };
    bool in_headers = false;
    for (const auto& h : s.source_headers) in_headers = in_headers || has(h.second);
    return has(s.source_url) || has(s.source_body) || in_headers;
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
    if (asks_for_id(s) && s.page_id.empty() && s.page_id_selector.empty() &&
        s.page_id_script.empty())
        r.error("source", "uses {id}, but [page] has no id, id_selector or id_script");
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
