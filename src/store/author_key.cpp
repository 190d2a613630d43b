#include "store/author_key.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace suasana::store {

namespace {

Result<std::string> read_key(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buf;
    buf << in.rdbuf();
    std::string key = buf.str();
    while (!key.empty() && (key.back() == '\n' || key.back() == '\r')) key.pop_back();
    if (!in.good() && !in.eof())
        return fail(path + ": cannot read the author key", ExitCode::fatal);
    if (key.size() < 32) return fail(path + ": the author key is too short", ExitCode::fatal);
    return key;
}

}  // namespace

Result<std::string> load_or_create_author_key(const std::filesystem::path& database) {
    std::string path = database.string() + ".key";
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) return read_key(path);
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
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
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
