#pragma once
// Where config.toml, lexicon/ and scrapers/ are found (PRODUCT.md, "Command line").
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace suasana::config {

/// Returns the config to use: `explicit_path` if given, else $SUASANA_CONFIG, else
/// ./config.toml, else $XDG_CONFIG_HOME/suasana/config.toml (~/.config/...); nothing when
/// none of the implicit candidates exists (an explicit path is returned even if missing).
std::optional<std::filesystem::path> find_config(const std::string& explicit_path);

/// Returns the folder for `name` ("lexicon" or "scrapers"): `configured` if set, else
/// `<config folder>/name` if it exists, else the first `<data_dir>/name` that exists among
/// `data_dirs` (else the first of them, so the error names the installed location).
std::filesystem::path find_data_folder(const std::filesystem::path& configured,
                                       const std::filesystem::path& config_file,
                                       const std::string& name,
                                       const std::vector<std::filesystem::path>& data_dirs);

}  // namespace suasana::config
