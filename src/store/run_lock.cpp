#include "store/run_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace suasana::store {

Result<RunLock> RunLock::acquire(const std::filesystem::path& database, FileMode mode) {
    std::string path = database.string() + ".lock";
    // O_NOFOLLOW: a symlink planted as the lock must not make us create or chmod its target.
    int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, create_mode(mode));
    if (fd < 0)
        return fail(path + ": cannot create lock file: " + std::strerror(errno), ExitCode::fatal);
    if (mode == FileMode::owner_only && ::fchmod(fd, 0600) != 0) {
        int err = errno;
        ::close(fd);
        return fail(path + ": cannot make the lock file private: " + std::strerror(err),
                    ExitCode::fatal);
    }
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
