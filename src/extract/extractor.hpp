#pragma once
// Turns a page into comments according to one scraper file.
#include <cstdint>
#include <memory>
#include <string>

#include "model/config.hpp"
#include "model/error.hpp"
#include "model/page.hpp"
#include "model/scraper_spec.hpp"
#include "text/zone.hpp"

namespace suasana::extract {

class ArticleIdReader;

/// What an extraction needs besides the page: where it came from and how to read times.
struct ExtractContext {
    std::string url;
    const text::Zone* zone = nullptr;  ///< the scraper's zone, else the configured one
    std::int64_t now = 0;              ///< fetch time: relative times and inferred years
    Limits limits;
};

/// Whether to record, per field, the element path it came from (`suasana extract --why`).
enum class Why { no, yes };

class Extractor {
  public:
    /// Returns the extractor for `spec` with every selector, regex and time format compiled;
    /// fails naming the scraper file, line, key and the position in the selector.
    static Result<Extractor> compile(const ScraperSpec& spec);
    ~Extractor();
    Extractor(Extractor&&) noexcept;
    Extractor& operator=(Extractor&&) noexcept;

    /// Returns the page's comments (and title, claimed count, next link); fails only when the
    /// page cannot be parsed at all (too deep). A page without comments is not an error.
    Result<Page> extract(std::string html, const ExtractContext& ctx, Why why = Why::no) const;
    const ScraperSpec& spec() const;
    /// Returns the reader of the article id a page names inside itself ([page] id_selector,
    /// id_script); `used()` is false when the scraper gives neither.
    const ArticleIdReader& article_id() const;

  private:
    struct Impl;
    explicit Extractor(std::unique_ptr<Impl> impl);
    Result<Page> extract_json(std::string body, const ExtractContext& ctx, Why why) const;
    static Result<Extractor> compile_json(const ScraperSpec& spec, std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace suasana::extract
