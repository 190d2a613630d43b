#include "store/author_key.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>

#include "store/private_files.hpp"

namespace suasana::store {

namespace {

// Reads a key that passed check_private_file; O_NOFOLLOW keeps a symlink planted after the
// check from being read.
Result<std::string> read_key(const std::string& path) {
    if (auto checked = check_private_file(path, "the author key"); !checked)
        return tl::unexpected(checked.error());
    int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return fail(path + ": cannot read the author key: " + std::strerror(errno),
                    ExitCode::fatal);
    std::string key;
    char buf[256];
    ssize_t n = 0;
    while ((n = ::read(fd, buf, sizeof buf)) > 0) key.append(buf, static_cast<std::size_t>(n));
    ::close(fd);
    if (n < 0) return fail(path + ": cannot read the author key", ExitCode::fatal);
    while (!key.empty() && (key.back() == '\n' || key.back() == '\r')) key.pop_back();
    if (key.size() < 32) return fail(path + ": the author key is too short", ExitCode::fatal);
    return key;
}

}  // namespace

Result<std::string> load_or_create_author_key(const std::filesystem::path& database) {
    std::string path = database.string() + ".key";
    struct stat st {};
    if (::lstat(path.c_str(), &st) == 0) return read_key(path);  // a dangling symlink too
    unsigned char random[32];
    std::ifstream urandom("/dev/urandom", std::ios::binary);
    if (!urandom.read(reinterpret_cast<char*>(random), sizeof random))
        return fail("cannot read /dev/urandom for the author key", ExitCode::fatal);
    std::string hex;
    char buf[3];
    for (unsigned char b : random) {
        std::snprintf(buf, sizeof buf, "%02x", b);
        hex += buf;
    }
    // O_EXCL: when two runs race to create the key, exactly one wins and the other reads it.
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST) return read_key(path);
        return fail(path + ": cannot create the author key: " + std::strerror(errno),
                    ExitCode::fatal);
    }
    std::string line = hex + "\n";
    bool written = ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size());
    ::close(fd);
    if (!written) return fail(path + ": cannot write the author key", ExitCode::fatal);
    return hex;
}

}  // namespace suasana::store
