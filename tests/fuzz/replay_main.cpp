// A main() for fuzz targets in ordinary builds: runs every file named on the command line (and
// every file inside each folder named, in name order) through LLVMFuzzerTestOneInput once. This
// is how ctest replays the committed corpora with g++ and the asan preset, where libFuzzer is
// not available; a crash or sanitizer report fails the test like any other.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

namespace fs = std::filesystem;

// Returns the files `arg` names: itself, or the regular files directly inside it, sorted so a
// failing run names the same input every time.
std::vector<fs::path> inputs_of(const fs::path& arg) {
    if (!fs::is_directory(arg)) return {arg};
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(arg)) {
        if (entry.is_regular_file()) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: " << argv[0] << " FILE|DIR...\n";
        return 2;
    }
    std::size_t runs = 0;
    for (int i = 1; i < argc; ++i) {
        if (!fs::exists(argv[i])) {
            std::cerr << argv[0] << ": " << argv[i] << ": not found\n";
            return 2;
        }
        for (const fs::path& file : inputs_of(argv[i])) {
            std::ifstream in(file, std::ios::binary);
            const std::string bytes{std::istreambuf_iterator<char>(in),
                                    std::istreambuf_iterator<char>()};
            // Named before the run, so the last line before a crash says which input it was.
            std::cerr << "replay: " << file.string() << '\n';
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()),
                                   bytes.size());
            ++runs;
        }
    }
    std::cout << "replayed " << runs << " input(s)\n";
    return runs == 0 ? 1 : 0;
}
