// Fuzz target: the robots.txt parser and matcher. The first line of the input is a URL to ask
// about, the rest the robots.txt; a few fixed paths are asked too, and the answer for one path
// must not depend on which other paths were asked.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

#include "fetch/robots.hpp"
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace suasana;
    std::string_view robots_txt = fuzz::as_text(data, size);
    const std::string_view url = fuzz::take_line(robots_txt);
    const fetch::RobotsPolicy policy = fetch::parse_robots(robots_txt, "suasana");
    const std::string target = fetch::robots_target(url);
    fuzz::require(!target.empty() && target[0] == '/', "a robots target not starting with '/'");
    const bool allowed = policy.allows(target);
    fuzz::require(fetch::robots_allows(robots_txt, "suasana", url) == allowed,
                  "robots_allows disagrees with parse_robots + allows");
    static const std::array<const char*, 5> paths = {"/", "/post/status/31415926?x=1",
                                                     "/%7Euser/a b", "/id/ツ", "/index.html$"};
    for (const char* path : paths) (void)policy.allows(path);
    (void)fetch::product_token(url);
    if (policy.crawl_delay_s) fuzz::require(*policy.crawl_delay_s >= 0, "a negative Crawl-delay");
    return 0;
}
