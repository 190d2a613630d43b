// Fuzz target: a page through the HTML extractor with a fixed, permissive scraper
// (scrapers/permissive.toml), decoded to UTF-8 first as the pipeline does; every page must keep
// the extractor's promises (extract_checks.hpp).
#include <cstddef>
#include <cstdint>
#include <string>

#include "extract_checks.hpp"
#include "text/zone.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace suasana;
    static const extract::Extractor extractor = fuzz::fixture_extractor("permissive");
    static const text::Zone zone = *text::Zone::load("Asia/Jakarta");
    auto decoded = text::decode_page(fuzz::as_text(data, size), "text/html; charset=utf-8");
    fuzz::require(static_cast<bool>(decoded), "decoding as UTF-8 failed");
    const extract::ExtractContext ctx{"https://example.test/post/31415926", &zone, fuzz::k_fuzz_now,
                                      fuzz::fuzz_limits()};
    // Odd sizes also record where each field came from (`extract --why`).
    const auto why = size % 2 == 1 ? extract::Why::yes : extract::Why::no;
    auto page = extractor.extract(std::move(decoded->utf8), ctx, why);
    if (page) fuzz::check_page(*page, ctx.limits);
    return 0;
}
