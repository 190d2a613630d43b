// Fuzz target: the charset decoder. The first line of the input is the Content-Type header, the
// rest the body; decode_page must always answer with valid UTF-8 (it falls back to UTF-8 with
// replacements), whatever charset the header, a BOM, a <meta> or ICU's detector names.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_input.hpp"
#include "text/charset.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace suasana;
    std::string_view body = fuzz::as_text(data, size);
    const std::string_view content_type = fuzz::take_line(body);
    auto decoded = text::decode_page(body, content_type);
    fuzz::require(static_cast<bool>(decoded), "decode_page failed");
    fuzz::require(text::is_valid_utf8(decoded->utf8), "decode_page returned invalid UTF-8");
    // The charset the header names, taken literally (an unknown name is an error, not a crash).
    const std::string named = text::sniff_charset(content_type, body);
    if (auto literal = text::decode_to_utf8(body, named))
        fuzz::require(text::is_valid_utf8(*literal), "decode_to_utf8 returned invalid UTF-8");
    return 0;
}
