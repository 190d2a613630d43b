// Fuzz target: the scorer on the repository's lexicon, with the entities of the repository's
// config.toml, and the `score --explain` formatting of every score. Each line of the input is
// one text, as `suasana score` reads stdin.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

#include "fuzz_input.hpp"
#include "score/lexicon.hpp"
#include "score/scorer.hpp"
#include "text/charset.hpp"

namespace {

using namespace suasana;

const score::Scorer& fixed_scorer() {
    static const score::Lexicon lexicon = [] {
        auto loaded = score::load_lexicon(std::filesystem::path(SUASANA_SOURCE_DIR) / "lexicon");
        fuzz::require(static_cast<bool>(loaded), "the repository's lexicon does not load");
        return std::move(*loaded);
    }();
    static const score::Scorer scorer(
        lexicon, 0.05,
        {Entity{"Llama", {"llama", "llama 2", "llama2", "meta", "domba"}},
         Entity{"Falcon", {"falcon", "falcon-40b", "falcon 40b", "elang", "tii"}}});
    return scorer;
}

void check(const Score& s) {
    fuzz::require(std::isfinite(s.compound) && s.compound >= -1.0 && s.compound <= 1.0,
                  "compound outside [-1, 1]");
    double sum = 0.0;
    for (const Contribution& c : s.contributions) sum += c.value;
    // "The contributions add up to the compound" (scorer.hpp), up to rounding.
    fuzz::require(s.contributions.empty() || std::fabs(sum - s.compound) < 1e-6,
                  "contributions do not add up to the compound");
    for (const Mention& m : s.mentions)
        fuzz::require(std::isfinite(m.score), "a mention with a score that is not finite");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const score::Scorer& scorer = fixed_scorer();
    // Raw bytes, as `suasana score` reads stdin: scraped text is valid UTF-8, typed text may
    // not be.
    std::string_view rest = fuzz::as_text(data, size);
    while (!rest.empty()) {
        const std::string_view line = fuzz::take_line(rest);
        const Score s = scorer.score(line);
        check(s);
        const std::string explained = score::format_explanation(s);
        if (text::is_valid_utf8(line))
            fuzz::require(text::is_valid_utf8(explained), "--explain output is not valid UTF-8");
    }
    return 0;
}
