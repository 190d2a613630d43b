#include "store/private_files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace suasana::store {

unsigned create_mode(FileMode mode) {
    return mode == FileMode::owner_only ? 0600U : 0644U;
}

Result<void> restrict_to_owner(const std::filesystem::path& database) {
    for (const char* suffix : {"", "-wal", "-shm", ".lock"}) {
        std::string path = database.string() + suffix;
        struct stat st {};
        // stat, not lstat: a database kept elsewhere through a symlink is the user's choice.
        if (::stat(path.c_str(), &st) != 0) continue;  // not made yet: it will be made 0600
        if (!S_ISREG(st.st_mode))
            return fail(path + ": not a regular file; refusing to use it", ExitCode::fatal);
        if ((st.st_mode & 077) == 0) continue;
        if (st.st_uid != ::geteuid())
            return fail(path +
                            ": readable by others and owned by another user; with "
                            "pseudonymize_authors on, its owner must make it mode 0600",
                        ExitCode::fatal);
        if (::chmod(path.c_str(), 0600) != 0)
            return fail(path + ": cannot make it private (mode 0600): " + std::strerror(errno),
                        ExitCode::fatal);
    }
    return {};
}

Result<void> check_private_file(const std::filesystem::path& path, const char* what) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0)
        return fail(path.string() + ": cannot read " + what + ": " + std::strerror(errno),
                    ExitCode::fatal);
    std::string name = path.string() + ": " + what;
    if (S_ISLNK(st.st_mode))
        return fail(name +
                        " is a symbolic link; refusing it (keep the key itself beside the "
                        "database)",
                    ExitCode::fatal);
    if (!S_ISREG(st.st_mode)) return fail(name + " is not a regular file", ExitCode::fatal);
    if (st.st_uid != ::geteuid())
        return fail(
            name + " belongs to another user (uid " + std::to_string(st.st_uid) + "); refusing it",
            ExitCode::fatal);
    if ((st.st_mode & 077) != 0) {
        char mode[8];
        std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(st.st_mode & 07777));
        return fail(name + " has mode " + mode +
                        ", readable or writable by others; refusing it (chmod 600 it if it "
                        "was never exposed, else delete it and the database's pseudonyms "
                        "change)",
                    ExitCode::fatal);
    }
    return {};
}

}  // namespace suasana::store
