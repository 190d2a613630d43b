#pragma once
// What the store keeps of a comment when [privacy] pseudonymize_authors is on. The rule lives
// here, in the storage layer, so no command can store a real name by forgetting to call it;
// `suasana extract` uses the same functions to show what would be stored.
#include <string>
#include <string_view>

#include "model/comment.hpp"

namespace suasana::store {

/// Returns the pseudonym of author `name` under `key`: "anon-" and the first 16 hex digits of
/// HMAC-SHA-256(key, name), so one author maps to one pseudonym in one database.
std::string pseudonym(const std::string& key, const std::string& name);

/// Returns whether `author` has the form of a pseudonym ("anon-" and 16 lower-case hex digits).
bool is_pseudonym(std::string_view author);

/// The start of a derived id once keyed: "k:" and 16 hex digits (keyed_site_id).
constexpr std::string_view k_keyed_id_prefix = "k:";

/// Returns whether `site_id` is one the extractor derived from the author, body and time
/// (k_derived_id_prefix, "h:…"), because the site gives its comments no id of their own.
bool is_derived_id(std::string_view site_id);

/// Returns whether `site_id` is one suasana made by hashing: derived ("h:…") or keyed ("k:…").
bool is_hashed_id(std::string_view site_id);

/// Returns the SQL for "`column` holds a derived id" (is_derived_id in SQL).
std::string derived_id_sql(const std::string& column);

/// Returns the SQL for "`column` holds a hashed id" (is_hashed_id in SQL).
std::string hashed_id_sql(const std::string& column);

/// Returns `site_id` as stored under `key`: a derived id becomes "k:" and 16 hex digits of an
/// HMAC of it (an unkeyed hash of a real name could be confirmed by guessing the name); the
/// site's own ids are kept.
std::string keyed_site_id(const std::string& key, const std::string& site_id);

/// Makes `comment` what the store keeps under `key`: its author pseudonymised, its own and its
/// parent's derived ids keyed. A comment already in that form is left as it is.
void pseudonymize(Comment& comment, const std::string& key);

}  // namespace suasana::store
