#pragma once
// Private to config/: a `[source.body]` TOML table turned into the JSON template app/ fills in.
#include <string>
#include <vector>

#include <toml++/toml.h>

namespace suasana::config {

/// Returns the JSON text of `table` (keys in toml++'s order, alphabetical). A string that is
/// exactly `{page}`, `{id}`, `{id:number}` or `{url}` becomes that placeholder outside any JSON
/// string (so app/ gives it its type); other strings are JSON strings (placeholders inside them
/// stay text, filled in escaped). Values JSON cannot hold (dates, times, nan, inf) add an error
/// "FILE:LINE: key 'source.body.…': …" to `errors` (`where` is "FILE:").
std::string body_json_template(const toml::table& table, std::vector<std::string>& errors,
                               const std::string& where);

}  // namespace suasana::config
