// The floor of bench/pipeline: reads each page under DIR (every file named index.html, in name
// order) and hands it to Gumbo with its default options, then frees the tree; one core, nothing
// else. Prints the pages and bytes parsed. The harness times the process from outside, as it
// times suasana and the Python peer.
// usage: pipeline_floor DIR
#include <gumbo.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    if (argc != 2) return std::fprintf(stderr, "usage: pipeline_floor DIR\n"), 2;
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[1])) {
        if (entry.is_regular_file() && entry.path().filename() == "index.html")
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    std::size_t bytes = 0;
    for (const auto& file : files) {
        std::string page(std::filesystem::file_size(file), '\0');
        std::FILE* in = std::fopen(file.c_str(), "rb");
        if (in == nullptr) return std::fprintf(stderr, "%s: cannot read\n", file.c_str()), 1;
        std::size_t got = std::fread(page.data(), 1, page.size(), in);
        std::fclose(in);
        page.resize(got);
        GumboOutput* out =
            gumbo_parse_with_options(&kGumboDefaultOptions, page.data(), page.size());
        if (out == nullptr) return std::fprintf(stderr, "%s: parse failed\n", file.c_str()), 1;
        gumbo_destroy_output(&kGumboDefaultOptions, out);
        bytes += page.size();
    }
    std::printf("%zu pages, %zu bytes\n", files.size(), bytes);
    return 0;
}
