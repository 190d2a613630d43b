#pragma once
// Helpers for tests that need real files: a temporary folder removed at the end of the test.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace suasana::test {

class TempDir {
  public:
    TempDir() {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "suasana-test.XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
        m_path = pattern;
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    /// Writes `content` to `name` inside the folder and returns its path.
    std::filesystem::path write(const std::string& name, const std::string& content) const {
        std::filesystem::path p = m_path / name;
        std::filesystem::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << content;
        return p;
    }

  private:
    std::filesystem::path m_path;
};

/// Ends a test that needs data from ../shared/ (conformance tables, datasets) when `path` is
/// missing, as in a user's clone: the test fails with "SKIPPED: ...", which ctest reports as
/// skipped (SKIP_REGULAR_EXPRESSION, tests/CMakeLists.txt), never as passed. With
/// SUASANA_REQUIRE_DATA=1 (CI, which has the data) it fails outright.
inline void require_shared_data(const std::filesystem::path& path) {
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) return;
    const char* required = std::getenv("SUASANA_REQUIRE_DATA");
    if (required != nullptr && std::string(required) == "1")
        FAIL("test data missing: " << path.string() << " (SUASANA_REQUIRE_DATA=1)");
    FAIL("SKIPPED: test data missing: " << path.string()
                                        << " (../shared/ is not next to the repository)");
}

/// Returns a fresh folder holding a copy of the repository's lexicon/, to break on purpose.
inline void copy_real_lexicon(const TempDir& into) {
    for (const auto& entry :
         std::filesystem::directory_iterator(std::filesystem::path(SUASANA_SOURCE_DIR) / "lexicon"))
        std::filesystem::copy_file(entry.path(), into.path() / entry.path().filename());
}

/// Returns the bytes of a file of the repository (SUASANA_SOURCE_DIR-relative).
inline std::string read_source_file(const std::string& relative) {
    std::ifstream in(std::string(SUASANA_SOURCE_DIR) + "/" + relative, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace suasana::test
