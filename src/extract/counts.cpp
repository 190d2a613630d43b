#include "extract/counts.hpp"

#include <cctype>
#include <cmath>
#include <string>

#include "util/strings.hpp"

namespace suasana::extract {

namespace {
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
}  // namespace

std::optional<std::int64_t> parse_count(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && !is_digit(text[i])) ++i;
    if (i == text.size()) return std::nullopt;
    // The number: digits with '.' or ',' between digit groups.
    std::string number;
    std::size_t last_sep = std::string::npos;
    for (; i < text.size(); ++i) {
        char c = text[i];
        if (is_digit(c)) {
            number.push_back(c);
        } else if ((c == '.' || c == ',') && i + 1 < text.size() && is_digit(text[i + 1])) {
            number.push_back('.');
            last_sep = number.size() - 1;
        } else {
            break;
        }
    }
    std::string rest = util::to_lower_ascii(util::trim(text.substr(i)));
    double multiplier = 1;
    if (util::starts_with(rest, "rb") || util::starts_with(rest, "ribu") ||
        (util::starts_with(rest, "k") &&
         (rest.size() == 1 || !std::isalpha(static_cast<unsigned char>(rest[1]))))) {
        multiplier = 1e3;
    } else if (util::starts_with(rest, "jt") || util::starts_with(rest, "juta") ||
               (util::starts_with(rest, "m") &&
                (rest.size() == 1 || !std::isalpha(static_cast<unsigned char>(rest[1]))))) {
        multiplier = 1e6;
    }
    if (multiplier == 1) {
        // Without a suffix a separator groups thousands ("1.234", "12,500"): drop them all.
        std::string digits;
        for (char c : number) {
            if (c != '.') digits.push_back(c);
        }
        if (digits.size() > 18) return std::nullopt;
        return std::stoll(digits);
    }
    // With a suffix the last separator is a decimal point ("1,2rb"); earlier ones group.
    std::string plain;
    for (std::size_t k = 0; k < number.size(); ++k) {
        if (number[k] != '.' || k == last_sep) plain.push_back(number[k]);
    }
    if (plain.size() > 18) return std::nullopt;
    // 18 digits fit in 64 bits, but not always once multiplied, and llround's answer is then
    // unspecified (LLONG_MIN on x86: a negative count). Every double below 2^63 fits.
    const double value = std::stod(plain) * multiplier;
    if (!(value < 9223372036854775808.0)) return std::nullopt;
    return static_cast<std::int64_t>(std::llround(value));
}

}  // namespace suasana::extract
