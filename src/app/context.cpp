#include "app/context.hpp"

#include "config/config_loader.hpp"
#include "config/locate.hpp"
#include "config/scraper_loader.hpp"
#include "extract/extractor.hpp"
#include "time/timestamp.hpp"
#include "util/glob.hpp"
#include "util/iso_time.hpp"
#include "util/strings.hpp"

namespace suasana::app {

namespace fs = std::filesystem;

fs::path installed_data_dir() {
    return fs::path(SUASANA_DATA_DIR);
}

namespace {

// Where lexicon/ and scrapers/ may be when the config names no folder: the installed data
// folder, then <binary>/../share/suasana (a relocated install), then the source tree the binary
// was built from (so a build that was never installed works too).
std::vector<fs::path> data_dirs() {
    std::vector<fs::path> dirs = {installed_data_dir()};
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) dirs.push_back(exe.parent_path().parent_path() / "share" / "suasana");
    dirs.emplace_back(SUASANA_SOURCE_DIR);
    return dirs;
}

}  // namespace

Result<Context> make_context(const GlobalOptions& options, NeedConfig need) {
    Config config = config::default_config();
    if (auto file = config::find_config(options.config_path)) {
        auto loaded = config::load_config(*file);
        if (!loaded) return fail(loaded.error().message, ExitCode::usage);
        config = std::move(*loaded);
    } else if (need == NeedConfig::required) {
        return fail(
            "no config file: give --config PATH, set SUASANA_CONFIG, or create ./config.toml or "
            "~/.config/suasana/config.toml",
            ExitCode::usage);
    }
    if (!options.db_path.empty()) config.database = fs::absolute(options.db_path);
    auto zone = text::Zone::load(config.zone);
    if (!zone) {
        std::string where = config.file.empty() ? "" : config.file.string() + ": key 'time.zone': ";
        return fail(where + zone.error().message, ExitCode::usage);
    }
    Context ctx{options, config, {}, {}, *zone, util::now_epoch()};
    ctx.lexicon_dir =
        config::find_data_folder(config.lexicon_dir, config.file, "lexicon", data_dirs());
    ctx.scrapers_dir =
        config::find_data_folder(config.scrapers_dir, config.file, "scrapers", data_dirs());
    if (!options.now.empty()) {
        Timestamp t = time::parse_timestamp(options.now, {"iso8601"}, ctx.zone, 0);
        if (!t.utc || t.relative || t.inferred) {
            return fail("--now '" + options.now +
                            "': expected ISO 8601 such as 2023-07-24T08:00:00 or "
                            "2023-07-24T01:00:00Z",
                        ExitCode::usage);
        }
        ctx.now = *t.utc;
    }
    return ctx;
}

store::FileMode database_file_mode(const Context& ctx) {
    return ctx.config.pseudonymize_authors ? store::FileMode::owner_only : store::FileMode::shared;
}

Result<ScraperSpec> choose_scraper(const Context& ctx, const std::string& name_or_path,
                                   const std::string& url) {
    std::error_code ec;
    if (util::ends_with(name_or_path, ".toml") || name_or_path.find('/') != std::string::npos) {
        auto spec = config::load_scraper_file(name_or_path);
        if (!spec) return fail(spec.error().message, ExitCode::usage);
        return spec;
    }
    auto specs = config::load_scraper_dir(ctx.scrapers_dir);
    if (!specs) return fail(specs.error().message, ExitCode::usage);
    if (!name_or_path.empty()) {
        for (auto& s : *specs) {
            if (s.name == name_or_path) return std::move(s);
        }
        return fail("no scraper named '" + name_or_path + "' in " + ctx.scrapers_dir.string(),
                    ExitCode::usage);
    }
    const ScraperSpec* best = nullptr;
    std::size_t best_length = 0;
    for (const auto& s : *specs) {
        for (const auto& glob : s.match) {
            if (util::glob_match(glob, url) && (best == nullptr || glob.size() > best_length)) {
                best = &s;
                best_length = glob.size();
            }
        }
    }
    if (best == nullptr)
        return fail("no scraper in " + ctx.scrapers_dir.string() + " matches " + url +
                        " (name one with --scraper or `scraper =`)",
                    ExitCode::usage);
    return *best;
}

}  // namespace suasana::app
