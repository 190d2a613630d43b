#pragma once
// What every command starts from: the global options, the config, the zone and "now".
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "model/config.hpp"
#include "model/error.hpp"
#include "model/scraper_spec.hpp"
#include "store/private_files.hpp"
#include "text/zone.hpp"

namespace suasana::app {

/// The global options of the command line (PRODUCT.md, "Command line").
struct GlobalOptions {
    std::string config_path;
    std::string db_path;
    std::string now;
    bool quiet = false;
    bool verbose = false;
};

/// Whether a command can run on the built-in defaults when no config file is found.
enum class NeedConfig { required, optional };

struct Context {
    GlobalOptions options;
    Config config;
    std::filesystem::path lexicon_dir;
    std::filesystem::path scrapers_dir;
    text::Zone zone;
    std::int64_t now = 0;  ///< --now, else the current time
};

/// Returns the context: config found as PRODUCT.md says (or the defaults when `need` allows),
/// --db applied, data folders located, zone loaded, --now parsed. Fails with exit code 2.
Result<Context> make_context(const GlobalOptions& options, NeedConfig need);

/// Returns how the database, its WAL, lock and key are created: owner-only (0600) when authors
/// are pseudonymised, so the privacy option also keeps other users out of the raw data.
store::FileMode database_file_mode(const Context& ctx);

/// Returns the installed data folder (<prefix>/share/suasana).
std::filesystem::path installed_data_dir();

/// Returns the scraper named `name_or_path` (a scraper's name or a path to a .toml file), or,
/// when it is empty, the one whose `match` glob fits `url` best (the longest glob wins).
Result<ScraperSpec> choose_scraper(const Context& ctx, const std::string& name_or_path,
                                   const std::string& url);

}  // namespace suasana::app
