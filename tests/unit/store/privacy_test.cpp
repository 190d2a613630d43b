// What the store keeps of a comment with pseudonymize_authors on.
#include <catch2/catch.hpp>

#include "store/privacy.hpp"

using namespace suasana::store;

TEST_CASE("pseudonyms are keyed, stable and recognisable", "[store]") {
    const std::string key(64, 'a');
    std::string p = pseudonym(key, "Rina Wulandari");
    CHECK(p.size() == 21);
    CHECK(p.rfind("anon-", 0) == 0);
    CHECK(is_pseudonym(p));
    CHECK(pseudonym(key, "Rina Wulandari") == p);
    CHECK(pseudonym(std::string(64, 'b'), "Rina Wulandari") != p);
    CHECK(pseudonym(key, "Darto") != p);
    CHECK_FALSE(is_pseudonym("anon-XYZ"));
    CHECK_FALSE(is_pseudonym("anon-0123456789ABCDEF"));
    CHECK_FALSE(is_pseudonym("Rina"));
}

TEST_CASE("ids derived from the author are keyed, the site's own ids are kept", "[store]") {
    const std::string key(64, 'a');
    std::string keyed = keyed_site_id(key, "h:bf12c80af7402c45");
    CHECK(keyed.rfind("k:", 0) == 0);
    CHECK(keyed.size() == 18);
    CHECK(keyed_site_id(key, "h:bf12c80af7402c45") == keyed);
    CHECK(keyed_site_id(key, "h:bf12c80af7402c45#2") != keyed);
    CHECK(keyed_site_id(std::string(64, 'b'), "h:bf12c80af7402c45") != keyed);
    CHECK(keyed_site_id(key, "comment-2301") == "comment-2301");
    CHECK(keyed_site_id(key, "") == "");
}

TEST_CASE("a comment is pseudonymised once, parent ids with it", "[store]") {
    const std::string key(64, 'a');
    suasana::Comment c;
    c.author = "Rina";
    c.site_id = "h:1111111111111111";
    c.parent_site_id = "h:2222222222222222";
    pseudonymize(c, key);
    CHECK(*c.author == pseudonym(key, "Rina"));
    CHECK(c.site_id == keyed_site_id(key, "h:1111111111111111"));
    CHECK(c.parent_site_id == keyed_site_id(key, "h:2222222222222222"));
    suasana::Comment again = c;
    pseudonymize(again, key);  // already in stored form: unchanged
    CHECK(again.author == c.author);
    CHECK(again.site_id == c.site_id);
    suasana::Comment anonymous;
    anonymous.site_id = "c-1";
    pseudonymize(anonymous, key);
    CHECK_FALSE(anonymous.author);
}
