#pragma once
// Pages saved from a browser, as `ingest` and `extract` find and read them.
#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "model/error.hpp"

namespace suasana::app {

/// Returns the saved pages `inputs` name, in order: a file as given, a folder's *.html and
/// *.htm files (any case) found recursively and sorted, "-" for stdin. The "NAME_files" folder a
/// browser saves beside NAME.html holds the page's parts, not pages, and is skipped. Fails (exit
/// 2) when an input does not exist, or a folder holds no page.
Result<std::vector<std::string>> list_saved_pages(const std::vector<std::string>& inputs);

/// Returns the bytes of a saved page (`in` for "-"), reading at most `max_bytes` + 1 bytes: a
/// larger page is refused later by the page path without being read whole. Fails when the file
/// cannot be read.
Result<std::string> read_saved_page(const std::string& file, std::int64_t max_bytes,
                                    std::istream& in);

/// Returns the file:// address of a saved page, for pages that name no address of their own.
std::string file_url(const std::string& file);

}  // namespace suasana::app
