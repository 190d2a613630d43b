// Fuzz target: scraper-file loading, then compiling what loaded (selectors, the page id regex,
// time formats), as `suasana check` and every scrape do; the file is written to a scratch file,
// since the loader reads a path.
#include <cstddef>
#include <cstdint>

#include "config/scraper_loader.hpp"
#include "extract/extractor.hpp"
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace suasana;
    static const fuzz::ScratchFile file("scraper.toml");
    auto spec = config::load_scraper_file(file.write(fuzz::as_text(data, size)));
    if (!spec) {
        fuzz::require(!spec.error().message.empty(), "a scraper-file error says nothing");
        return 0;
    }
    fuzz::require(!spec->name.empty(), "a scraper without a name loaded");
    auto extractor = extract::Extractor::compile(*spec);
    if (!extractor)
        fuzz::require(!extractor.error().message.empty(), "a compile error says nothing");
    return 0;
}
