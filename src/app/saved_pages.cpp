#include "app/saved_pages.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <istream>

#include "util/strings.hpp"

namespace suasana::app {

namespace fs = std::filesystem;

namespace {

bool is_page_file(const fs::path& p) {
    std::string ext = util::to_lower_ascii(p.extension().string());
    return ext == ".html" || ext == ".htm";
}

// Whether `dir` is the folder a browser's "save page, complete" puts beside NAME.html.
bool is_parts_folder(const fs::path& dir) {
    std::string name = dir.filename().string();
    if (!util::ends_with(name, "_files")) return false;
    std::string stem = name.substr(0, name.size() - 6);
    std::error_code ec;
    for (const char* ext : {".html", ".htm", ".HTML", ".HTM"}) {
        if (fs::is_regular_file(dir.parent_path() / (stem + ext), ec)) return true;
    }
    return false;
}

Result<void> add_folder(const fs::path& dir, std::vector<std::string>& out) {
    std::vector<std::string> found;
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, ec), end;
    if (ec)
        return fail(dir.string() + ": cannot read the folder: " + ec.message(), ExitCode::usage);
    for (; it != end; it.increment(ec)) {
        if (ec)
            return fail(dir.string() + ": cannot read the folder: " + ec.message(),
                        ExitCode::usage);
        if (it->is_directory(ec) && is_parts_folder(it->path())) {
            it.disable_recursion_pending();
            continue;
        }
        if (it->is_regular_file(ec) && is_page_file(it->path()))
            found.push_back(it->path().string());
    }
    if (found.empty())
        return fail(dir.string() + ": no saved page (*.html, *.htm) in this folder",
                    ExitCode::usage);
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
    return {};
}

}  // namespace

Result<std::vector<std::string>> list_saved_pages(const std::vector<std::string>& inputs) {
    std::vector<std::string> pages;
    for (const auto& input : inputs) {
        std::error_code ec;
        if (input == "-") {
            pages.push_back(input);
        } else if (fs::is_directory(input, ec)) {
            if (auto added = add_folder(input, pages); !added) return tl::unexpected(added.error());
        } else if (fs::exists(input, ec)) {
            pages.push_back(input);
        } else {
            return fail(input + ": no such file or folder", ExitCode::usage);
        }
    }
    return pages;
}

Result<std::string> read_saved_page(const std::string& file, std::int64_t max_bytes,
                                    std::istream& in) {
    std::ifstream stream;
    std::istream* source = &in;
    if (file != "-") {
        stream.open(file, std::ios::binary);
        if (!stream) return fail(file + ": cannot read the saved page");
        source = &stream;
    }
    std::string bytes;
    char buf[65536];
    const auto limit = static_cast<std::size_t>(max_bytes) + 1;
    while (bytes.size() < limit && (source->read(buf, sizeof buf) || source->gcount() > 0)) {
        auto n = std::min(static_cast<std::size_t>(source->gcount()), limit - bytes.size());
        bytes.append(buf, n);
    }
    if (source->bad()) return fail(file + ": cannot read the saved page");
    return bytes;
}

std::string file_url(const std::string& file) {
    if (file == "-") return "file:///dev/stdin";
    return "file://" + fs::absolute(file).lexically_normal().string();
}

}  // namespace suasana::app
