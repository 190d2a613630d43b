#pragma once
// Who may read the files beside the database: everyone the umask allows, or only its owner
// (when authors are pseudonymised, the database, its WAL, the lock and the key are 0600).
#include <filesystem>

#include "model/error.hpp"

namespace suasana::store {

enum class FileMode { shared, owner_only };

/// Returns the mode a new file of ours is created with: 0644 (less the umask) or 0600.
unsigned create_mode(FileMode mode);

/// Narrows the database, its `-wal`, `-shm` and `.lock` files that exist to 0600, so turning
/// privacy on also covers the files made before it; fails with exit code 3 when one of them
/// belongs to another user or cannot be changed.
Result<void> restrict_to_owner(const std::filesystem::path& database);

/// Returns an error naming `path` unless it is a regular file (not a symlink) owned by this
/// user that no one else may read or write: the checks a secret kept on disk must pass.
/// `what` names the file in the error ("the author key").
Result<void> check_private_file(const std::filesystem::path& path, const char* what);

}  // namespace suasana::store
