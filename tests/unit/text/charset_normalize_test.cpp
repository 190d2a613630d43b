// Unit tests for text/charset.hpp (bytes to UTF-8) and text/normalize.hpp (folding, tokens).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "text/charset.hpp"
#include "text/normalize.hpp"

using namespace suasana::text;

TEST_CASE("sniff_charset prefers the Content-Type header", "[text]") {
    CHECK(sniff_charset("text/html; charset=ISO-8859-1", "<meta charset=\"utf-8\">") ==
          "iso-8859-1");
    CHECK(sniff_charset("text/html;charset=\"windows-1252\"", "") == "windows-1252");
}

TEST_CASE("sniff_charset falls back to a <meta> tag in the body", "[text]") {
    CHECK(sniff_charset("text/html", "<html><head><meta charset=\"windows-1252\">") ==
          "windows-1252");
    CHECK(sniff_charset("", "<meta charset=utf-8>") == "utf-8");
    CHECK(sniff_charset("",
                        "<meta http-equiv=\"Content-Type\" "
                        "content=\"text/html; charset=iso-8859-1\">") == "iso-8859-1");
}

TEST_CASE("sniff_charset returns empty when nothing names a charset", "[text]") {
    CHECK(sniff_charset("text/html", "<html><body>halo</body></html>").empty());
    CHECK(sniff_charset("", "").empty());
    // Only the first 4 KiB of the body are searched.
    std::string late = std::string(5000, ' ') + "<meta charset=\"windows-1252\">";
    CHECK(sniff_charset("", late).empty());
}

TEST_CASE("decode_to_utf8 converts single-byte charsets", "[text]") {
    // "café – ok" in windows-1252: é is 0xE9, the en dash 0x96 (a C1 control in ISO-8859-1).
    auto cp1252 = decode_to_utf8("caf\xE9 \x96 ok", "windows-1252");
    REQUIRE(cp1252);
    CHECK(*cp1252 == "caf\xC3\xA9 \xE2\x80\x93 ok");

    auto latin1 = decode_to_utf8("Se\xF1or \xA9", "iso-8859-1");
    REQUIRE(latin1);
    CHECK(*latin1 == "Se\xC3\xB1or \xC2\xA9");  // "Señor ©"
    CHECK(is_valid_utf8(*latin1));
}

TEST_CASE("decode_to_utf8 keeps valid UTF-8 and replaces invalid bytes", "[text]") {
    auto same = decode_to_utf8("Domba kecil \xF0\x9F\x90\x91", "");
    REQUIRE(same);
    CHECK(*same == "Domba kecil \xF0\x9F\x90\x91");

    auto fixed = decode_to_utf8("ok\xFFok", "utf-8");
    REQUIRE(fixed);
    CHECK(*fixed == "ok\xEF\xBF\xBDok");
    CHECK(is_valid_utf8(*fixed));
}

TEST_CASE("decode_to_utf8 fails for a charset ICU does not know", "[text]") {
    auto result = decode_to_utf8("abc", "no-such-charset-42");
    REQUIRE_FALSE(result);
    CHECK_THAT(result.error().message, Catch::Contains("no-such-charset-42"));
}

TEST_CASE("is_valid_utf8 tells valid from invalid byte sequences", "[text]") {
    CHECK(is_valid_utf8(""));
    CHECK(is_valid_utf8("ascii"));
    CHECK(is_valid_utf8("\xE2\x96\xB2\xF0\x9F\x98\x82"));
    CHECK_FALSE(is_valid_utf8("\xE9"));
    CHECK_FALSE(is_valid_utf8("\xC0\xAF"));      // overlong
    CHECK_FALSE(is_valid_utf8("\xE2\x96"));      // truncated
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));  // surrogate
}

TEST_CASE("decode_page: Content-Type, then BOM, then <meta>, then ICU's detector", "[text]") {
    // The header wins over the <meta>.
    auto header = decode_page("<meta charset=\"utf-8\">caf\xE9", "text/html; charset=windows-1252");
    REQUIRE(header);
    CHECK(header->charset == "windows-1252");
    CHECK(header->utf8 == "<meta charset=\"utf-8\">caf\xC3\xA9");
    // A BOM names UTF-8 (and is dropped) when the header is silent.
    auto bom = decode_page("\xEF\xBB\xBFhalo \xC3\xA9", "text/html");
    REQUIRE(bom);
    CHECK(bom->utf8 == "halo \xC3\xA9");
    auto utf16 = decode_page(std::string("\xFF\xFEh\0i\0", 6), "");
    REQUIRE(utf16);
    CHECK(utf16->utf8 == "hi");
    // <meta> next.
    auto meta = decode_page("<meta charset=\"windows-1252\"><p>Se\xF1or</p>", "text/html");
    REQUIRE(meta);
    CHECK(meta->utf8 == "<meta charset=\"windows-1252\"><p>Se\xC3\xB1or</p>");
}

TEST_CASE("decode_owned_page keeps a UTF-8 page's own bytes and decodes the rest", "[text]") {
    std::string page(5000, 'x');
    page += "<p>kopi \xC3\xA9</p>";
    const char* bytes = page.data();
    auto kept = decode_owned_page(std::move(page), "text/html; charset=utf-8");
    REQUIRE(kept);
    CHECK(kept->charset == "utf-8");
    CHECK(kept->utf8.data() == bytes);  // the same buffer: taken over, not copied
    CHECK(kept->utf8.substr(5000) == "<p>kopi \xC3\xA9</p>");
    // Anything else is decoded as decode_page decodes it.
    auto bom = decode_owned_page("\xEF\xBB\xBFhalo \xC3\xA9", "text/html");
    REQUIRE(bom);
    CHECK(bom->utf8 == "halo \xC3\xA9");
    auto latin = decode_owned_page("Se\xF1or", "text/html; charset=windows-1252");
    REQUIRE(latin);
    CHECK(latin->utf8 == "Se\xC3\xB1or");
    auto invalid = decode_owned_page("ok\xFFok", "text/html");
    REQUIRE(invalid);
    CHECK(is_valid_utf8(invalid->utf8));
}

TEST_CASE("decode_page guesses a Latin-1 page with no label and keeps its accents", "[text]") {
    std::string page =
        "<html><body><p>Le caf\xE9 \xE9tait tr\xE8s agr\xE9"
        "able, la cr\xE8me br\xFBl\xE9"
        "e aussi. Voil\xE0 une id\xE9"
        "e tr\xE8s fran\xE7"
        "aise pour le d\xE9jeuner \xE0 "
        "c\xF4t\xE9 de la gare.</p></body></html>";
    auto decoded = decode_page(page, "text/html");
    REQUIRE(decoded);
    CHECK(decoded->charset == "windows-1252");  // ICU says ISO-8859-1; the web reads 1252
    CHECK(decoded->utf8.find("caf\xC3\xA9") != std::string::npos);
    CHECK(decoded->replaced == 0);
}

TEST_CASE("iso-8859-1 is read as windows-1252, as browsers do", "[text]") {
    auto decoded = decode_page("\x93kutip\x94 \x96 caf\xE9", "text/html; charset=ISO-8859-1");
    REQUIRE(decoded);
    CHECK(decoded->utf8 == "\xE2\x80\x9Ckutip\xE2\x80\x9D \xE2\x80\x93 caf\xC3\xA9");
}

TEST_CASE("invalid sequences are replaced and counted", "[text]") {
    auto decoded = decode_counted("ok\xFFok\xC3(ok", "utf-8");
    REQUIRE(decoded);
    CHECK(decoded->replaced == 2);
    CHECK(is_valid_utf8(decoded->utf8));
    auto clean = decode_counted("Domba kecil", "");
    REQUIRE(clean);
    CHECK(clean->replaced == 0);
    // A charset ICU does not know falls back to UTF-8 instead of losing the page.
    auto unknown = decode_page("halo", "text/html; charset=no-such-charset-42");
    REQUIRE(unknown);
    CHECK(unknown->utf8 == "halo");
}

TEST_CASE("fold lower-cases and applies NFKC", "[text]") {
    struct Case {
        std::string input, expected;
    };
    const std::vector<Case> cases = {
        {"BAGUS", "bagus"},
        {"Bagus Sekali", "bagus sekali"},
        {"\xEF\xBC\xA2\xEF\xBC\xA1\xEF\xBC\xA7\xEF\xBC\xB5\xEF\xBC\xB3", "bagus"},  // "ＢＡＧＵＳ"
        {"\xEF\xBD\x82\xEF\xBD\x81\xEF\xBD\x87\xEF\xBD\x95\xEF\xBD\x93", "bagus"},  // "ｂａｇｕｓ"
        {"\xC3\x89L\xC3\x89GANT", "\xC3\xA9l\xC3\xA9gant"},                         // "ÉLÉGANT"
        {"e\xCC\x81", "\xC3\xA9"},  // e + combining acute composes to é
        {"Stra\xC3\x9F"
         "e",
         "strasse"},                                       // case folding turns ß into ss
        {"\xF0\x9F\x98\x82 LOL", "\xF0\x9F\x98\x82 lol"},  // emoji untouched
    };
    for (const auto& c : cases) {
        CAPTURE(c.input);
        CHECK(fold(c.input) == c.expected);
    }
}

namespace {

std::vector<std::string> texts(const std::vector<Token>& tokens) {
    std::vector<std::string> out;
    for (const auto& t : tokens) out.push_back(t.text);
    return out;
}

}  // namespace

TEST_CASE("tokenize splits words, numbers and symbols", "[text]") {
    using Texts = std::vector<std::string>;
    auto tokens = tokenize("keren-keren!!");
    CHECK(texts(tokens) == Texts{"keren", "-", "keren", "!", "!"});
    REQUIRE(tokens.size() == 5);
    CHECK(tokens[0].kind == TokenKind::word);
    CHECK(tokens[1].kind == TokenKind::symbol);
    CHECK(tokens[3].kind == TokenKind::symbol);

    auto mixed = tokenize("ada 12 komentar, don't");
    CHECK(texts(mixed) == Texts{"ada", "12", "komentar", ",", "don't"});
    REQUIRE(mixed.size() == 5);
    CHECK(mixed[1].kind == TokenKind::number);
    CHECK(mixed[4].kind == TokenKind::word);

    CHECK(tokenize("").empty());
    CHECK(tokenize("  \t ").empty());
}

TEST_CASE("tokenize keeps emoji as their own symbol tokens", "[text]") {
    // "mantap 😂🚀 haha" (non-ASCII: ICU's word breaker)
    auto tokens = tokenize("mantap \xF0\x9F\x98\x82\xF0\x9F\x9A\x80 haha");
    std::vector<std::string> words, symbols;
    for (const auto& t : tokens) {
        (t.kind == TokenKind::symbol ? symbols : words).push_back(t.text);
    }
    CHECK(words == std::vector<std::string>{"mantap", "haha"});
    std::string joined;
    for (const auto& s : symbols) joined += s;
    CHECK(joined == "\xF0\x9F\x98\x82\xF0\x9F\x9A\x80");
    for (const auto& t : tokens) CHECK_FALSE(t.text.empty());

    auto accented = tokenize("kafe\xCC\x81 enak");
    CHECK(accented.size() == 2);
}
