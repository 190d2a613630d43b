#pragma once
// One run at a time per database: an advisory lock on "<database>.lock".
#include <filesystem>

#include "model/error.hpp"
#include "store/private_files.hpp"

namespace suasana::store {

class RunLock {
  public:
    /// Returns the held lock; fails at once (never waits) with exit code 4 when another run
    /// holds it, or 3 when the lock file cannot be created. owner_only makes the file 0600.
    static Result<RunLock> acquire(const std::filesystem::path& database,
                                   FileMode mode = FileMode::shared);
    ~RunLock();
    RunLock(RunLock&& other) noexcept;
    RunLock& operator=(RunLock&&) = delete;
    RunLock(const RunLock&) = delete;

  private:
    explicit RunLock(int fd) : m_fd(fd) {}
    int m_fd = -1;
};

}  // namespace suasana::store
