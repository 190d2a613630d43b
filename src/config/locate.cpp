#include "config/locate.hpp"

#include <cstdlib>

namespace suasana::config {

namespace fs = std::filesystem;

std::optional<fs::path> find_config(const std::string& explicit_path) {
    if (!explicit_path.empty()) return fs::path(explicit_path);
    std::error_code ec;
    if (const char* env = std::getenv("SUASANA_CONFIG"); env != nullptr && *env != '\0')
        return fs::path(env);
    if (fs::is_regular_file("config.toml", ec)) return fs::path("config.toml");
    fs::path xdg;
    if (const char* x = std::getenv("XDG_CONFIG_HOME"); x != nullptr && *x != '\0') {
        xdg = x;
    } else if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
        xdg = fs::path(home) / ".config";
    }
    if (!xdg.empty() && fs::is_regular_file(xdg / "suasana" / "config.toml", ec))
        return xdg / "suasana" / "config.toml";
    return std::nullopt;
}

fs::path find_data_folder(const fs::path& configured, const fs::path& config_file,
                          const std::string& name, const std::vector<fs::path>& data_dirs) {
    if (!configured.empty()) return configured;
    std::error_code ec;
    if (!config_file.empty()) {
        fs::path beside = config_file.parent_path() / name;
        if (fs::is_directory(beside, ec)) return beside;
    }
    for (const auto& dir : data_dirs) {
        if (fs::is_directory(dir / name, ec)) return dir / name;
    }
    return data_dirs.empty() ? fs::path(name) : data_dirs.front() / name;
}

}  // namespace suasana::config
