#include "config/config_loader.hpp"

#include <cctype>
#include <set>

#include "config/toml_reader.hpp"
#include "util/strings.hpp"

namespace suasana::config {

namespace {

namespace fs = std::filesystem;

fs::path resolve(const fs::path& base, const std::string& value) {
    if (value.empty()) return {};
    fs::path p(value);
    return p.is_absolute() ? p : (base / p).lexically_normal();
}

bool has_scheme(const std::string& url) {
    auto colon = url.find("://");
    if (colon == std::string::npos || colon == 0) return false;
    for (std::size_t i = 0; i < colon; ++i) {
        char c = url[i];
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.'))
            return false;
    }
    return true;
}

// A scraper named by path (`x/y.toml`) is relative to the config's folder; a bare name is
// looked up in the scrapers folder.
bool names_a_scraper_file(const std::string& scraper) {
    return util::ends_with(scraper, ".toml") || scraper.find('/') != std::string::npos;
}

bool has_fetchable_scheme(const std::string& url) {
    std::string scheme;
    for (char c : url.substr(0, url.find("://")))
        scheme += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return scheme == "http" || scheme == "https" || scheme == "file";
}

void read_fetch(TableReader& r, FetchSettings& f, const fs::path& base,
                std::vector<std::string>& errors) {
    r.get("user_agent", f.user_agent);
    r.get("accept_language", f.accept_language);
    r.get("concurrency", f.concurrency);
    r.get("per_host", f.per_host);
    r.get("delay_ms", f.delay_ms);
    r.get("timeout_s", f.timeout_s);
    r.get("max_bytes", f.max_bytes);
    r.get("retries", f.retries);
    r.get("max_retry_after_s", f.max_retry_after_s);
    r.get("robots", f.robots);
    r.get("ca_file", f.ca_file);
    r.get("stale_after_days", f.stale_after_days);
    if (f.concurrency < 1) r.error("concurrency", "must be at least 1");
    if (f.per_host < 1) r.error("per_host", "must be at least 1");
    if (f.timeout_s < 1) r.error("timeout_s", "must be at least 1");
    if (f.max_bytes < 1) r.error("max_bytes", "must be at least 1");
    if (!f.ca_file.empty()) f.ca_file = resolve(base, f.ca_file).string();
    auto e = r.finish();
    errors.insert(errors.end(), e.begin(), e.end());
}

void read_limits(TableReader& r, Limits& l, std::vector<std::string>& errors) {
    r.get("max_depth", l.max_depth);
    r.get("max_comments", l.max_comments);
    r.get("max_pages", l.max_pages);
    r.get("max_comment_chars", l.max_comment_chars);
    r.get("jobs", l.jobs);
    if (l.jobs < 0) r.error("jobs", "must be 0 (one per core) or more");
    if (l.max_pages < 1) r.error("max_pages", "must be at least 1");
    if (l.max_comment_chars < 1) r.error("max_comment_chars", "must be at least 1");
    auto e = r.finish();
    errors.insert(errors.end(), e.begin(), e.end());
}

void read_lexicon(TableReader& r, Config& c, const fs::path& base,
                  std::vector<std::string>& errors) {
    std::string dir;
    r.get("dir", dir);
    c.lexicon_dir = resolve(base, dir);
    r.get("neutral_band", c.neutral_band);
    if (r.line_of("learned") != 0) {
        std::string learned;
        r.get("learned", learned);
        c.learned = resolve(base, learned);  // "" stays empty: the learned layer is off
    }
    if (c.neutral_band < 0 || c.neutral_band >= 1) r.error("neutral_band", "must be in [0, 1)");
    if (const toml::array* extra = r.array("extra")) {
        for (const toml::node& item : *extra) {
            const toml::table* t = item.as_table();
            if (t == nullptr) {
                r.error("extra", "expected inline tables { format = ..., ... }");
                continue;
            }
            TableReader er(*t, r.file(), "lexicon.extra");
            ExtraLexicon x;
            std::string positive, negative, words;
            er.get("format", x.format);
            er.get("positive", positive);
            er.get("negative", negative);
            er.get("words", words);
            x.positive = resolve(base, positive);
            x.negative = resolve(base, negative);
            x.words = resolve(base, words);
            if (x.format != "inset" && x.format != "sentistrength")
                er.error("format", "must be \"inset\" or \"sentistrength\"");
            auto e = er.finish();
            errors.insert(errors.end(), e.begin(), e.end());
            c.extra_lexicons.push_back(std::move(x));
        }
    }
    auto e = r.finish();
    errors.insert(errors.end(), e.begin(), e.end());
}

void read_targets(const toml::array& arr, const fs::path& file, Config& c,
                  std::vector<std::string>& errors) {
    std::set<std::string> names;
    const fs::path base = file.parent_path();
    for (const toml::node& item : arr) {
        const toml::table* t = item.as_table();
        if (t == nullptr) continue;
        TableReader r(*t, file, "target");
        Target target;
        r.get("name", target.name);
        r.get("url", target.url);
        r.get("scraper", target.scraper);
        r.get("story", target.story);
        if (target.name.empty()) r.error("name", "is required in every [[target]]");
        if (target.url.empty()) {
            r.error("url", "is required in every [[target]]");
        } else if (!has_scheme(target.url)) {
            // A scheme-less url is a saved page on disk, relative to the config's folder.
            target.url = "file://" + resolve(base, target.url).string();
        } else if (!has_fetchable_scheme(target.url)) {
            // Caught here, where the file and line are known, rather than as a failed fetch.
            r.error("url", "'" + target.url + "': only http://, https:// and file:// are fetched");
        } else if (util::url_has_userinfo(target.url)) {
            // Not echoed: the URL holds a password.
            r.error("url",
                    "carries a user name or password (user:pass@host), which would be stored "
                    "and printed with the URL; remove it and send credentials as a header in the "
                    "scraper's [source] headers (e.g. Authorization) instead");
        }
        if (names_a_scraper_file(target.scraper))
            target.scraper = resolve(base, target.scraper).string();
        if (!target.name.empty() && !names.insert(target.name).second)
            r.error("name", "target '" + target.name + "' is defined twice");
        if (target.story.empty()) target.story = target.name;
        auto e = r.finish();
        errors.insert(errors.end(), e.begin(), e.end());
        c.targets.push_back(std::move(target));
    }
}

void read_entities(const toml::array& arr, const fs::path& file, Config& c,
                   std::vector<std::string>& errors) {
    for (const toml::node& item : arr) {
        const toml::table* t = item.as_table();
        if (t == nullptr) continue;
        TableReader r(*t, file, "entity");
        Entity entity;
        r.get("name", entity.name);
        r.get("aliases", entity.aliases);
        if (entity.name.empty()) r.error("name", "is required in every [[entity]]");
        for (auto& alias : entity.aliases) alias = util::to_lower_ascii(alias);
        auto e = r.finish();
        errors.insert(errors.end(), e.begin(), e.end());
        c.entities.push_back(std::move(entity));
    }
}

}  // namespace

Config default_config() {
    return Config{};
}

Result<Config> load_config(const fs::path& file) {
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) return fail(file.string() + ": config file not found");
    auto parsed = parse_toml_file(fs::absolute(file).lexically_normal());
    if (!parsed) return tl::unexpected(parsed.error());
    const toml::table& root = *parsed;

    Config c;
    c.file = fs::absolute(file).lexically_normal();
    const fs::path base = c.file.parent_path();
    std::vector<std::string> errors;
    TableReader r(root, c.file, "");

    if (const toml::table* t = r.table("database")) {
        TableReader dr(*t, c.file, "database");
        std::string path;
        dr.get("path", path);
        if (!path.empty()) c.database = path;
        auto e = dr.finish();
        errors.insert(errors.end(), e.begin(), e.end());
    }
    c.database = resolve(base, c.database.string());
    if (const toml::table* t = r.table("fetch")) {
        TableReader fr(*t, c.file, "fetch");
        read_fetch(fr, c.fetch, base, errors);
    }
    if (const toml::table* t = r.table("limits")) {
        TableReader lr(*t, c.file, "limits");
        read_limits(lr, c.limits, errors);
    }
    if (const toml::table* t = r.table("time")) {
        TableReader tr(*t, c.file, "time");
        tr.get("zone", c.zone);
        auto e = tr.finish();
        errors.insert(errors.end(), e.begin(), e.end());
    }
    if (const toml::table* t = r.table("lexicon")) {
        TableReader lr(*t, c.file, "lexicon");
        read_lexicon(lr, c, base, errors);
    }
    if (const toml::table* t = r.table("scrapers")) {
        TableReader sr(*t, c.file, "scrapers");
        std::string dir;
        sr.get("dir", dir);
        c.scrapers_dir = resolve(base, dir);
        auto e = sr.finish();
        errors.insert(errors.end(), e.begin(), e.end());
    }
    if (const toml::table* t = r.table("privacy")) {
        TableReader pr(*t, c.file, "privacy");
        pr.get("pseudonymize_authors", c.pseudonymize_authors);
        auto e = pr.finish();
        errors.insert(errors.end(), e.begin(), e.end());
    }
    if (const toml::array* targets = r.array("target")) read_targets(*targets, c.file, c, errors);
    if (const toml::array* entities = r.array("entity"))
        read_entities(*entities, c.file, c, errors);
    auto e = r.finish();
    errors.insert(errors.end(), e.begin(), e.end());
    if (!errors.empty()) return tl::unexpected(join_errors(errors));
    return c;
}

}  // namespace suasana::config
