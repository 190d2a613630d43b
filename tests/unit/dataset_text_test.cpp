// The repository holds no text of the SmSA data set (BRIEF: only our own writing; the learned
// weights are statistics): no run of 8 words of any SmSA text appears in any file we ship.
#include <catch2/catch.hpp>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unordered_set>
#include <vector>

#include "util/hash.hpp"

#include "test_files.hpp"

namespace fs = std::filesystem;

namespace {

constexpr std::size_t k_run = 8;

// Lower-case words with punctuation split off, the way SmSA's texts are written.
std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> words;
    std::string w;
    auto flush = [&] {
        if (!w.empty()) words.push_back(w);
        w.clear();
    };
    for (char ch : text) {
        auto c = static_cast<unsigned char>(ch);
        if (std::isspace(c)) {
            flush();
        } else if (std::ispunct(c) && c != '-') {
            flush();
            words.emplace_back(1, ch);
        } else {
            w += static_cast<char>(std::tolower(c));
        }
    }
    flush();
    return words;
}

std::uint64_t run_hash(const std::vector<std::string>& words, std::size_t at,
                       std::size_t run = k_run) {
    std::string joined;
    for (std::size_t k = at; k < at + run; ++k) joined += words[k] + " ";
    return suasana::util::fnv1a(joined);
}

std::string read(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("no run of eight words of SmSA appears in the repository", "[docs]") {
    // CI has ../shared next to the repository; elsewhere ctest reports the test skipped.
    const fs::path data = fs::path(SUASANA_SOURCE_DIR "/../shared/datasets/smsa");
    suasana::test::require_shared_data(data / "train.tsv");
    std::unordered_set<std::uint64_t> runs;
    for (const char* name : {"train.tsv", "valid.tsv"}) {
        std::istringstream lines(read(data / name));
        for (std::string line; std::getline(lines, line);) {
            auto words = words_of(line.substr(0, line.rfind('\t')));
            for (std::size_t k = 0; k + k_run <= words.size(); ++k) runs.insert(run_hash(words, k));
        }
    }
    REQUIRE(runs.size() > 100000);
    std::size_t files = 0;
    const fs::path root(SUASANA_SOURCE_DIR);
    for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator();
         ++it) {
        std::string name = it->path().filename().string();
        if (it->is_directory() && (name == ".git" || name.rfind("build", 0) == 0)) {
            it.disable_recursion_pending();
            continue;
        }
        if (!it->is_regular_file() || it->file_size() > 4'000'000) continue;
        ++files;
        auto words = words_of(read(it->path()));
        for (std::size_t k = 0; k + k_run <= words.size(); ++k) {
            if (runs.count(run_hash(words, k)) == 0) continue;
            std::string found;
            for (std::size_t j = k; j < k + k_run; ++j) found += words[j] + " ";
            FAIL(it->path().string() << " holds SmSA text: " << found);
        }
    }
    CHECK(files > 100);
}

TEST_CASE(
    "the learned layer's own training comments share no run of four words with the measuring set",
    "[docs]") {
    // tests/data/comments.tsv measures whether the learned layer helps comment-section language;
    // it stays held out only while nothing trained on says the same thing in the same words.
    constexpr std::size_t run = 4;
    const fs::path root(SUASANA_SOURCE_DIR);
    std::unordered_set<std::uint64_t> runs;
    std::istringstream held_out(read(root / "tests/data/comments.tsv"));
    for (std::string line; std::getline(held_out, line);) {
        auto words = words_of(line.substr(0, line.rfind('\t')));
        for (std::size_t k = 0; k + run <= words.size(); ++k) runs.insert(run_hash(words, k, run));
    }
    REQUIRE(runs.size() > 500);
    std::istringstream teach(read(root / "training/comments.tsv"));
    std::size_t lines = 0;
    for (std::string line; std::getline(teach, line); ++lines) {
        auto words = words_of(line.substr(0, line.rfind('\t')));
        for (std::size_t k = 0; k + run <= words.size(); ++k) {
            if (runs.count(run_hash(words, k, run)) != 0)
                FAIL("training/comments.tsv:" << lines + 1 << " says what the measuring set "
                                              << "says: " << line);
        }
    }
    CHECK(lines > 300);
}
