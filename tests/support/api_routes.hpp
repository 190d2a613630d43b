// Comment APIs answered as the portal would, from a route file an end-to-end case writes (so no
// portal is hard-coded here): the method, headers, query and JSON body are checked, and a value
// of the request chooses the answer file.
#pragma once

#include <filesystem>
#include <optional>

#include "support/http_server.hpp"

namespace suasana::testing {

// Returns the response of the route in `routes_file` (JSON, read on every request, so a case
// may change it between commands) whose "path" is the request's; nothing when the file does
// not exist or no route has that path. The file:
//   {"routes": [{
//     "path": "/graphql", "method": "POST",
//     "headers": {"Origin": {"equals": "https://news.detik.com", "missing": 405}},
//     "query": {"urlpage": "http://…", "json": null},          (null: a flag without "=")
//     "body": {"variables.page": 1, "variables.query.0.terms": 123},   (dotted paths, typed)
//     "body_contains": {"query": ["search(", "child {"]},
//     "answer_by": "variables.page",          (a body path, or "query:NAME" for a GET)
//     "answers": {"1": "api/page-1.json"}     (or "answer": "api/all.json")
//   }]}
// A wrong method is 405; a missing header its "missing" status (default 400); a wrong header,
// query or body 400 (the body must be JSON); an answer key not listed 404. Refusals say why in
// a text body. `files` serves the answer file (a GET of its path under the served root).
std::optional<HttpResponse> answer_api(const std::filesystem::path& routes_file,
                                       const HttpRequest& request, const Handler& files);

}  // namespace suasana::testing
