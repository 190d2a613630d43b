#include "store/run_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace suasana::store {

Result<RunLock> RunLock::acquire(const std::filesystem::path& database) {
    std::string path = database.string() + ".lock";
    int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return fail(path + ": cannot create lock file: " + std::strerror(errno), ExitCode::fatal);
    // flock is released by the kernel when the process dies, so a killed run never leaves a
    // stale lock behind.
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        int err = errno;
        ::close(fd);
        if (err == EWOULDBLOCK)
            return fail("another suasana run is using " + database.string() + " (lock " + path +
                            "); try again later",
                        ExitCode::locked);
        return fail(path + ": cannot lock: " + std::strerror(err), ExitCode::fatal);
    }
    return RunLock(fd);
}

RunLock::RunLock(RunLock&& other) noexcept : m_fd(other.m_fd) {
    other.m_fd = -1;
}

RunLock::~RunLock() {
    if (m_fd >= 0) ::close(m_fd);
}

}  // namespace suasana::store
