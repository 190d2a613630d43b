// Fuzz target: the JSON extractor, with fixed scrapers (scrapers/json-*.toml): an input that
// starts with '<' is a page with the JSON in a <script>, anything else a comment API's answer.
// Every page must keep the extractor's promises (extract_checks.hpp).
#include <cstddef>
#include <cstdint>
#include <string>

#include "extract_checks.hpp"
#include "text/zone.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace suasana;
    static const extract::Extractor api = fuzz::fixture_extractor("json-api");
    static const extract::Extractor embedded = fuzz::fixture_extractor("json-embedded");
    static const text::Zone zone = *text::Zone::load("Asia/Jakarta");
    auto decoded = text::decode_page(fuzz::as_text(data, size), "application/json; charset=utf-8");
    fuzz::require(static_cast<bool>(decoded), "decoding as UTF-8 failed");
    const bool is_page = size > 0 && data[0] == '<';
    const extract::ExtractContext ctx{"https://example.test/d-7012345/berita", &zone,
                                      fuzz::k_fuzz_now, fuzz::fuzz_limits()};
    const auto why = size % 2 == 1 ? extract::Why::yes : extract::Why::no;
    auto page = (is_page ? embedded : api).extract(std::move(decoded->utf8), ctx, why);
    if (page) fuzz::check_page(*page, ctx.limits);
    return 0;
}
