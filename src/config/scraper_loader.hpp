#pragma once
// Loads scraper files (scrapers/NAME.toml) into ScraperSpecs; selectors are compiled by extract/.
#include <filesystem>
#include <vector>

#include "model/error.hpp"
#include "model/scraper_spec.hpp"

namespace suasana::config {

/// Returns the scraper described by `file`; fails naming file:line: key for unknown keys, wrong
/// types and missing required keys (name, comments.item or comments.list, author, body).
Result<ScraperSpec> load_scraper_file(const std::filesystem::path& file);

/// Returns every `*.toml` scraper in `dir`, sorted by name; fails on the first bad file or on
/// two files with the same name.
Result<std::vector<ScraperSpec>> load_scraper_dir(const std::filesystem::path& dir);

}  // namespace suasana::config
