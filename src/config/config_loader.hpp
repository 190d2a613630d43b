#pragma once
// Loads config.toml into a Config; the only way the rest of the program sees config.toml.
#include <filesystem>

#include "model/config.hpp"
#include "model/error.hpp"

namespace suasana::config {

/// Returns the config in `file`, with relative paths resolved against the file's folder; fails
/// with every problem found (unknown key, wrong type, missing name/url), each naming file:line:
/// key.
Result<Config> load_config(const std::filesystem::path& file);

/// Returns the built-in defaults, for `score` and `eval` run without a config.
Config default_config();

}  // namespace suasana::config
