#pragma once
// The database schema (PRODUCT.md, "Database") as numbered migrations keyed on user_version.
#include <vector>

namespace suasana::store {

/// Returns the migrations; migration i (0-based) takes the schema from version i to i + 1.
const std::vector<const char*>& migrations();

/// Returns the schema version this build writes.
int schema_version();

}  // namespace suasana::store
