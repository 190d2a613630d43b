// Comment API requests (app/api_paging.hpp): placeholders typed and encoded where they stand.
#include <catch2/catch.hpp>

#include "app/api_paging.hpp"
#include "config/scraper_loader.hpp"
#include "test_files.hpp"

using suasana::FetchRequest;
using suasana::ScraperSpec;
using suasana::Target;
using namespace suasana::app;

namespace {

ScraperSpec bundled(const std::string& name) {
    auto spec = suasana::config::load_scraper_file(std::string(SUASANA_SOURCE_DIR) + "/scrapers/" +
                                                   name + ".toml");
    REQUIRE(spec);
    return *spec;
}

Target target(const std::string& url) {
    Target t;
    t.name = "t";
    t.url = url;
    return t;
}

}  // namespace

TEST_CASE("a JSON body keeps {page} and {id:number} numbers, strings escaped", "[app]") {
    ScraperSpec spec = bundled("detik");
    Target t = target("https://news.detik.com/berita/d-6836512/tarif-krl");
    auto api = start_api_paging(t, spec);
    REQUIRE(api);
    CHECK_FALSE(api->reading_article);
    api->page = 2;
    FetchRequest request(api_url(spec, t, *api));
    make_api_request(request, spec, *api);
    CHECK(request.url == "https://apicomment.detik.com/graphql");
    CHECK(request.method == "POST");
    CHECK(request.body.find(R"("page":2,)") != std::string::npos);
    CHECK(request.body.find(R"({"name":"news.artikel","terms":6836512})") != std::string::npos);
    CHECK(request.body.find(R"({"name":"news.site","terms":"dtk"})") != std::string::npos);
    CHECK(request.body.rfind(R"({"query":"query search()", 0) == 0);
    CHECK(request.headers == std::vector<std::pair<std::string, std::string>>{
                                 {"Origin", "https://news.detik.com"},
                                 {"Referer", "https://news.detik.com/berita/d-6836512/tarif-krl"}});

    // Placeholders inside a string are escaped into it; standing alone {id} is a string.
    ScraperSpec own = spec;
    own.source_body = R"({"a":"x {url} y","b":{id},"c":{url}})";
    Target quoted = target("https://news.detik.com/berita/d-1/\"kutip\"");
    auto q = start_api_paging(quoted, own);
    REQUIRE(q);
    make_api_request(request, own, *q);
    CHECK(request.body == R"({"a":"x https://news.detik.com/berita/d-1/\"kutip\" y","b":"1",)"
                          R"("c":"https://news.detik.com/berita/d-1/\"kutip\""})");
}

TEST_CASE("a query-string template URL-encodes {url} and keeps a bare flag", "[app]") {
    ScraperSpec spec = bundled("kompas");
    Target t = target("https://tekno.kompas.com/read/2023/07/21/10150087/ponsel-lipat?page=all");
    auto api = start_api_paging(t, spec);
    REQUIRE(api);
    CHECK(api_url(spec, t, *api) ==
          "https://apiscomment.kompas.com/list?urlpage=https%3A%2F%2Ftekno.kompas.com%2Fread%2F2023"
          "%2F07%2F21%2F10150087%2Fponsel-lipat%3Fpage%3Dall&json&limit=100");
    FetchRequest request(api_url(spec, t, *api));
    make_api_request(request, spec, *api);
    CHECK(request.method == "GET");
    CHECK(request.body.empty());
    suasana::Page one;
    one.list_items = 8;
    CHECK(api_page_is_last(spec, *api, one));  // no {page}: one answer holds every comment
}

TEST_CASE("paging ends on an empty list or at the last page, whichever comes first", "[app]") {
    ScraperSpec spec = bundled("detik");
    auto api = start_api_paging(target("https://news.detik.com/berita/d-6836512/x"), spec);
    REQUIRE(api);
    suasana::Page page;
    page.list_items = 6;
    page.last_page = 3;
    CHECK_FALSE(api_page_is_last(spec, *api, page));
    api->page = 3;
    CHECK(api_page_is_last(spec, *api, page));
    api->page = 2;
    page.list_items = 0;  // an empty page before the stated last one
    CHECK(api_page_is_last(spec, *api, page));
    page.list_items = 2;  // only adverts: not a comment, but not the end either
    page.comments.clear();
    CHECK_FALSE(api_page_is_last(spec, *api, page));
}

TEST_CASE("a URL without the id reads the article first, a bad id is refused", "[app]") {
    ScraperSpec spec = bundled("detik");
    Target t = target("https://20.detik.com/video/tarif-krl");
    auto api = start_api_paging(t, spec);
    REQUIRE(api);
    CHECK(api->reading_article);
    CHECK(api_url(spec, t, *api) == t.url);
    FetchRequest request(api_url(spec, t, *api));
    make_api_request(request, spec, *api);
    CHECK(request.method == "GET");  // the article page: a plain GET

    ScraperSpec no_page_id = spec;
    no_page_id.page_id_selector = {};
    no_page_id.page_id_script = {};
    auto refused = start_api_paging(t, no_page_id);
    REQUIRE_FALSE(refused);
    CHECK_THAT(refused.error().message, Catch::Contains("does not match [page] id"));

    ScraperSpec letters = spec;
    letters.page_id = {"/d-(\\w+)", 1};
    auto not_number = start_api_paging(target("https://news.detik.com/berita/d-abc/x"), letters);
    REQUIRE_FALSE(not_number);
    CHECK_THAT(not_number.error().message, Catch::Contains("'abc' is not a number"));
}
