#pragma once
// The secret behind pseudonymised author names, kept beside the database ("<database>.key").
#include <filesystem>
#include <string>

#include "model/error.hpp"

namespace suasana::store {

/// Returns the key stored beside `database`, creating it (32 random bytes, mode 0600) on first
/// use, so the same author always maps to the same pseudonym in this database; fails with exit
/// code 3 when the file cannot be read or created, and when an existing key is a symlink, is
/// owned by another user or is readable or writable by others.
Result<std::string> load_or_create_author_key(const std::filesystem::path& database);

}  // namespace suasana::store
