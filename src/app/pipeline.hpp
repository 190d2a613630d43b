#pragma once
// What reading pages needs, made once per run: a scraper compiled, the lexicon and its scorer.
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "app/context.hpp"
#include "extract/extractor.hpp"
#include "model/page.hpp"
#include "score/lexicon.hpp"
#include "score/scorer.hpp"

namespace suasana::app {

/// A scraper ready to use: the compiled extractor and the zone its pages' times are in.
struct SiteReader {
    extract::Extractor extractor;
    text::Zone zone;
};

/// Returns the reader for `spec`: selectors compiled, zone loaded; fails with exit code 2.
Result<SiteReader> make_site_reader(const Context& ctx, const ScraperSpec& spec);

/// The compiled scrapers of a run, by file and name: each compiled once however many targets or
/// saved pages use it, and kept as long as this. Safe to use from several threads.
class SiteReaders {
  public:
    explicit SiteReaders(const Context& ctx) : m_ctx(ctx) {}

    /// Returns the reader of `spec`, compiling it the first time (make_site_reader's errors).
    Result<const SiteReader*> of(const ScraperSpec& spec);
    /// Returns the reader of scraper `scraper` (a name or a .toml path), or when it is empty of
    /// the scraper that fits `url` (choose_scraper's errors, then make_site_reader's).
    Result<const SiteReader*> find(const std::string& scraper, const std::string& url);

  private:
    Result<const SiteReader*> of_locked(const ScraperSpec& spec);

    const Context& m_ctx;
    std::mutex m_mutex;
    std::map<std::string, SiteReader> m_readers;
};

/// The lexicon and the scorer built on it (the scorer refers to the lexicon, so both live here).
struct ScoringKit {
    score::Lexicon lexicon;
    std::unique_ptr<score::Scorer> scorer;
};

/// Whether a scoring kit carries the configured learned layer (`train` learns without one).
enum class LearnedLayer { configured, off };

/// Returns the learned weights file the config asks for: `[lexicon] learned`, else the lexicon
/// folder's learned.tsv when it has one; empty when the layer is off.
std::filesystem::path learned_file(const Context& ctx);

/// Returns the configured lexicon and its scorer; fails with exit code 2 on a bad lexicon.
Result<std::unique_ptr<ScoringKit>> make_scoring_kit(
    const Context& ctx, LearnedLayer learned = LearnedLayer::configured);

}  // namespace suasana::app
