#pragma once
// Helpers shared by the fuzz targets: the input as text, split into parts, or written to a file
// for the loaders that read paths.
#include <unistd.h>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace suasana::fuzz {

/// Returns the fuzzer's bytes as text (any bytes: not necessarily UTF-8).
inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

/// Returns the part of `rest` before the first '\n' and removes it (and the '\n') from `rest`;
/// the whole of `rest` when it has no newline.
inline std::string_view take_line(std::string_view& rest) {
    const std::size_t nl = rest.find('\n');
    const std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    return line;
}

/// A file in a private temporary folder that each run overwrites: the config and scraper
/// loaders read paths, and the fuzzer's bytes reach them this way. The folder is removed when
/// the process ends normally.
class ScratchFile {
  public:
    explicit ScratchFile(const std::string& name) {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "suasana-fuzz.XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
        m_dir = pattern;
        m_path = m_dir / name;
    }
    ~ScratchFile() {
        std::error_code ec;
        std::filesystem::remove_all(m_dir, ec);
    }
    ScratchFile(const ScratchFile&) = delete;
    ScratchFile& operator=(const ScratchFile&) = delete;

    /// Replaces the file's content with `bytes` and returns its path.
    const std::filesystem::path& write(std::string_view bytes) const {
        std::ofstream out(m_path, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        return m_path;
    }
    const std::filesystem::path& dir() const { return m_dir; }

  private:
    std::filesystem::path m_dir;
    std::filesystem::path m_path;
};

/// Stops the fuzzer with a message when an invariant of the code under test is broken; libFuzzer
/// and the replay both report the abort as a finding.
inline void require(bool ok, const char* what) {
    if (!ok) {
        std::fputs("fuzz invariant broken: ", stderr);
        std::fputs(what, stderr);
        std::fputc('\n', stderr);
        std::abort();
    }
}

}  // namespace suasana::fuzz
