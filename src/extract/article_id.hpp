#pragma once
// The article id a page names inside itself ([page] id_selector, id_script), for comment APIs
// whose article URL does not carry it.
#include <memory>
#include <optional>
#include <string>

#include "model/error.hpp"
#include "model/scraper_spec.hpp"

namespace suasana::extract {

class ArticleIdReader {
  public:
    /// Returns the reader of `spec`'s [page] id_selector and id_script; fails naming the
    /// scraper file, line and key for a bad selector or regex.
    static Result<ArticleIdReader> compile(const ScraperSpec& spec);
    ~ArticleIdReader();
    ArticleIdReader(ArticleIdReader&&) noexcept;
    ArticleIdReader& operator=(ArticleIdReader&&) noexcept;

    /// Returns true when the scraper says where in the page the id is.
    bool used() const;
    /// Returns the id in `html`: the id_selector's value (trimmed, non-empty) if an element
    /// matches, else group 1 of id_script in the first inline <script> it matches; nothing when
    /// neither finds it. Fails when the page is nested too deep to parse or the regex runs out
    /// of time.
    Result<std::optional<std::string>> find(std::string html, int max_depth) const;

  private:
    struct Impl;
    explicit ArticleIdReader(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace suasana::extract
