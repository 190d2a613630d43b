#pragma once
// Reading lexicon files: data lines, keys normalised like the scorer's text (internal to score/).
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/error.hpp"

namespace suasana::score::detail {

/// One data line of a lexicon file: its fields and where it was.
struct Line {
    std::vector<std::string> fields;
    int number = 0;
};

/// Returns the bytes of `file`; fails naming it when it cannot be read.
Result<std::string> read_file(const std::filesystem::path& file);

/// Calls `visit(line)` for each data line of `content` (comments '#' and blank lines skipped),
/// split on `sep`, its fields trimmed, one Line reused for all (a large file makes no vector of
/// lines); stops at, and returns, the first error `visit` returns.
Result<void> for_each_data_line(std::string_view content, char sep,
                                const std::function<Result<void>(const Line&)>& visit);

/// Returns the data lines of `content` (comments '#' and blank lines skipped), split on `sep`.
std::vector<Line> data_lines(const std::string& content, char sep = '\t');

/// Returns a lexicon key normalised the way the scorer normalises text: folded, single spaces.
std::string key_of(std::string_view term);

/// Returns how many words `key` has.
std::size_t word_count(const std::string& key);

/// Returns the number in `s` (decimal, optionally signed or with an exponent), or nothing when
/// `s` is not entirely one finite number.
std::optional<double> parse_number(std::string_view s);

/// Returns an error "FILE:LINE: what".
Error bad_line(const std::filesystem::path& file, int line, const std::string& what);

}  // namespace suasana::score::detail
