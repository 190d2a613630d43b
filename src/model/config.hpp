#pragma once
// The settings of config.toml as plain values; config/ fills them, every stage reads them.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace suasana {

struct FetchSettings {
    std::string user_agent = "suasana/0.1 (+mailto:you@example.org)";
    std::string accept_language = "id-ID,id;q=0.9";
    int concurrency = 8;
    int per_host = 2;
    int delay_ms = 1000;
    int timeout_s = 30;
    std::int64_t max_bytes = 10485760;
    int retries = 3;
    int max_retry_after_s = 120;
    bool robots = true;
    std::string ca_file;
    int stale_after_days = 30;
};

struct Limits {
    int max_depth = 2000;
    int max_comments = 20000;
    int max_pages = 200;
    int max_comment_chars = 100000;
    int jobs = 0;  ///< threads that read (decode, extract, score) pages; 0: one per core
};

/// One `[lexicon] extra` entry: a lexicon the user owns, in its published format.
struct ExtraLexicon {
    std::string format;  ///< "inset" or "sentistrength"
    std::filesystem::path positive, negative, words;
};

struct Target {
    std::string name;
    std::string url;  ///< absolute URL; a scheme-less path in the file became file://
    std::string scraper;
    std::string story;
};

struct Entity {
    std::string name;
    std::vector<std::string> aliases;
};

struct Config {
    std::filesystem::path file;  ///< where it was loaded from; empty for the built-in defaults
    std::filesystem::path database = "suasana.db";
    FetchSettings fetch;
    Limits limits;
    std::string zone = "Asia/Jakarta";
    std::filesystem::path lexicon_dir;  ///< empty: next to the config, then the data folder
    double neutral_band = 0.05;
    std::vector<ExtraLexicon> extra_lexicons;
    /// `[lexicon] learned`: the learned layer's weights; unset, the lexicon folder's learned.tsv
    /// (when it has one); empty, the layer is off.
    std::optional<std::filesystem::path> learned;
    std::filesystem::path scrapers_dir;  ///< empty: next to the config, then the data folder
    bool pseudonymize_authors = false;
    std::vector<Target> targets;
    std::vector<Entity> entities;
};

}  // namespace suasana
