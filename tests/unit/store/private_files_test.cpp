// Files beside the database with privacy on: created 0600, and a key that others could read,
// that belongs to someone else or that is a symlink is refused.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include "store/author_key.hpp"
#include "store/database.hpp"
#include "store/private_files.hpp"
#include "store/run_lock.hpp"
#include "test_files.hpp"

using suasana::store::Access;
using suasana::store::Database;
using suasana::store::FileMode;
using suasana::store::load_or_create_author_key;
using suasana::store::RunLock;
using suasana::test::TempDir;

namespace {

unsigned mode_of(const std::filesystem::path& p) {
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return static_cast<unsigned>(st.st_mode & 0777);
}

}  // namespace

TEST_CASE("with privacy on, the database, its WAL, the lock and the key are created 0600",
          "[store]") {
    TempDir dir;
    auto path = dir.path() / "s.db";
    ::umask(022);
    auto lock = RunLock::acquire(path, FileMode::owner_only);
    REQUIRE(lock);
    auto db = Database::open(path, Access::read_write, FileMode::owner_only);
    REQUIRE(db);
    REQUIRE(db->begin_run("scrape", "2023-07-22T05:00:00Z"));
    REQUIRE(load_or_create_author_key(path));
    CHECK(mode_of(path) == 0600);
    CHECK(mode_of(path.string() + "-wal") == 0600);
    CHECK(mode_of(path.string() + "-shm") == 0600);
    CHECK(mode_of(path.string() + ".lock") == 0600);
    CHECK(mode_of(path.string() + ".key") == 0600);
}

TEST_CASE("turning privacy on narrows a database and lock made readable before", "[store]") {
    TempDir dir;
    auto path = dir.path() / "s.db";
    ::umask(022);
    {
        auto lock = RunLock::acquire(path);
        auto db = Database::open(path, Access::read_write);
        REQUIRE(db);
        REQUIRE(db->begin_run("scrape", "2023-07-22T05:00:00Z"));
    }
    REQUIRE(mode_of(path) == 0644);
    REQUIRE(mode_of(path.string() + ".lock") == 0644);
    auto lock = RunLock::acquire(path, FileMode::owner_only);
    REQUIRE(lock);
    auto db = Database::open(path, Access::read_write, FileMode::owner_only);
    REQUIRE(db);
    CHECK(mode_of(path) == 0600);
    CHECK(mode_of(path.string() + ".lock") == 0600);
}

TEST_CASE("an author key readable by others, or reached through a symlink, is refused", "[store]") {
    TempDir dir;
    auto path = dir.path() / "s.db";
    auto key = dir.write("s.db.key", std::string(64, 'a') + "\n");
    ::chmod(key.c_str(), 0644);
    auto loose = load_or_create_author_key(path);
    REQUIRE_FALSE(loose);
    CHECK_THAT(loose.error().message, Catch::Contains("s.db.key"));
    CHECK_THAT(loose.error().message, Catch::Contains("mode 0644"));

    ::chmod(key.c_str(), 0600);
    auto fine = load_or_create_author_key(path);
    REQUIRE(fine);
    CHECK(*fine == std::string(64, 'a'));

    std::filesystem::rename(key, dir.path() / "elsewhere.key");
    std::filesystem::create_symlink(dir.path() / "elsewhere.key", key);
    auto linked = load_or_create_author_key(path);
    REQUIRE_FALSE(linked);
    CHECK_THAT(linked.error().message, Catch::Contains("symbolic link"));
}

TEST_CASE("a key owned by another user is refused", "[store]") {
    TempDir dir;
    auto path = dir.path() / "s.db";
    auto key = dir.write("s.db.key", std::string(64, 'a') + "\n");
    ::chmod(key.c_str(), 0600);
    // Root can give the key away; anyone else checks the rule on root's own /etc/passwd.
    std::filesystem::path foreign = key;
    if (::chown(key.c_str(), 65534, 65534) != 0) foreign = "/etc/passwd";
    auto checked = suasana::store::check_private_file(foreign, "the author key");
    REQUIRE_FALSE(checked);
    CHECK_THAT(checked.error().message, Catch::Contains("belongs to another user"));
    if (foreign == key) CHECK_FALSE(load_or_create_author_key(path));
}
