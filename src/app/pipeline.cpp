#include "app/pipeline.hpp"

namespace suasana::app {

Result<SiteReader> make_site_reader(const Context& ctx, const ScraperSpec& spec) {
    auto extractor = extract::Extractor::compile(spec);
    if (!extractor) return fail(extractor.error().message, ExitCode::usage);
    text::Zone zone = ctx.zone;
    if (!spec.zone.empty()) {
        auto z = text::Zone::load(spec.zone);
        if (!z)
            return fail(spec.file.string() + ": key 'zone': " + z.error().message, ExitCode::usage);
        zone = *z;
    }
    return SiteReader{std::move(*extractor), zone};
}

Result<const SiteReader*> SiteReaders::of(const ScraperSpec& spec) {
    std::lock_guard<std::mutex> lock(m_mutex);
    return of_locked(spec);
}

Result<const SiteReader*> SiteReaders::find(const std::string& scraper, const std::string& url) {
    std::lock_guard<std::mutex> lock(m_mutex);
    auto spec = choose_scraper(m_ctx, scraper, url);
    if (!spec) return tl::unexpected(spec.error());
    return of_locked(*spec);
}

Result<const SiteReader*> SiteReaders::of_locked(const ScraperSpec& spec) {
    std::string key = spec.file.string() + "\n" + spec.name;
    if (auto it = m_readers.find(key); it != m_readers.end()) return &it->second;
    auto reader = make_site_reader(m_ctx, spec);
    if (!reader) return tl::unexpected(reader.error());
    return &m_readers.emplace(std::move(key), std::move(*reader)).first->second;
}

// The learned layer's weights: the file the config names ("" turns the layer off), else the
// lexicon folder's learned.tsv (shipped in lexicon/) when the folder has one.
std::filesystem::path learned_file(const Context& ctx) {
    if (ctx.config.learned) return *ctx.config.learned;
    std::filesystem::path shipped = ctx.lexicon_dir / "learned.tsv";
    std::error_code ec;
    return std::filesystem::is_regular_file(shipped, ec) ? shipped : std::filesystem::path();
}

Result<std::unique_ptr<ScoringKit>> make_scoring_kit(const Context& ctx, LearnedLayer learned) {
    auto lexicon =
        score::load_lexicon(ctx.lexicon_dir, ctx.config.extra_lexicons,
                            learned == LearnedLayer::configured ? learned_file(ctx) : "");
    if (!lexicon) return fail(lexicon.error().message, ExitCode::usage);
    auto kit = std::make_unique<ScoringKit>();
    kit->lexicon = std::move(*lexicon);
    kit->scorer =
        std::make_unique<score::Scorer>(kit->lexicon, ctx.config.neutral_band, ctx.config.entities);
    return kit;
}

}  // namespace suasana::app
