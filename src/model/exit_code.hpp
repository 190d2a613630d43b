#pragma once
// The process exit codes of PRODUCT.md, in one place.

namespace suasana {

enum class ExitCode : int {
    ok = 0,              // every target ok, unchanged, or with no comments
    targets_failed = 1,  // finished, but some target ended blocked, robots, timeout, ... or error
    usage = 2,           // bad option, config, scraper file or lexicon
    fatal = 3,           // database or disk error, or a database from a newer suasana
    locked = 4,          // another run holds the database's lock
};

}  // namespace suasana
