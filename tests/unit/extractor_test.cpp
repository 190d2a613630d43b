// The extractor on the bundled samples and on small pages written for each rule.
#include <catch2/catch.hpp>

#include "config/scraper_loader.hpp"
#include "extract/article_id.hpp"
#include "extract/extractor.hpp"
#include "test_files.hpp"
#include "util/iso_time.hpp"

using suasana::Page;
using suasana::extract::ExtractContext;
using suasana::extract::Extractor;
using suasana::text::Zone;

namespace {

Extractor compile_bundled(const std::string& name) {
    auto spec = suasana::config::load_scraper_file(std::string(SUASANA_SOURCE_DIR) + "/scrapers/" +
                                                   name + ".toml");
    REQUIRE(spec);
    auto extractor = Extractor::compile(*spec);
    REQUIRE(extractor);
    return std::move(*extractor);
}

Page extract_sample(const Extractor& x, const std::string& path, const std::string& url) {
    static const Zone zone = *Zone::load("Asia/Jakarta");
    ExtractContext ctx{url, &zone, suasana::util::epoch_from_civil(2023, 7, 24, 1, 0, 0), {}};
    auto page = x.extract(suasana::test::read_source_file(path), ctx);
    REQUIRE(page);
    return std::move(*page);
}

}  // namespace

TEST_CASE("the Gate sample yields its 10 comments and nothing else", "[extract]") {
    Extractor x = compile_bundled("gate-square");
    Page page = extract_sample(x, "samples/gate-square/post-status-31415926.html",
                               "https://www.gate.com/id/post/status/31415926");
    CHECK(page.canonical_id == "31415926");
    REQUIRE(page.title);
    CHECK_THAT(*page.title, Catch::Contains("Falcon"));
    REQUIRE(page.comments.size() == 10);
    const std::vector<std::string> authors = {
        "ContractCollector", "YieldChaser",      "ApeWithNoFear",     "CryingOldWallet",
        "GraphGuru",         "Lonely_Validator", "NftBankruptcyClub", "RugpullSurvivor",
        "SleepyValidator",   "ChainMaskedRider"};
    for (std::size_t i = 0; i < authors.size(); ++i) {
        CHECK(page.comments[i].author == authors[i]);
        CHECK(page.comments[i].machine_translated);
        CHECK(page.comments[i].replies == 0);
        CHECK(page.comments[i].parent_site_id.empty());
        CHECK(page.comments[i].time.inferred);
        CHECK(page.comments[i].body.find("Lihat Asli") == std::string::npos);
        CHECK(page.comments[i].body.find("Komentar") == std::string::npos);
    }
    CHECK(page.comments[0].body == "Kebun binatang berkelahi haha");
    CHECK(page.comments[0].time.raw == "07-23 10:56");
    CHECK(suasana::util::format_utc(*page.comments[0].time.utc) == "2023-07-23T03:56:00Z");
    CHECK(page.comments[0].site_id.rfind("h:", 0) == 0);  // no id on the page: a stable hash
}

TEST_CASE("the WordPress sample: ids, nesting, replies kept out of parents, pagination",
          "[extract]") {
    Extractor x = compile_bundled("wordpress");
    Page page = extract_sample(x, "samples/wordpress/harga-beras/index.html",
                               "https://kabarpasar.example/harga-beras/");
    REQUIRE(page.comments.size() == 8);
    CHECK(page.comment_count_claimed == 14);
    CHECK(page.next_hrefs == std::vector<std::string>{"comment-page-2.html#comments"});
    CHECK(page.comments[0].site_id == "comment-2301");
    CHECK(page.comments[1].parent_site_id == "comment-2301");
    CHECK(page.comments[2].parent_site_id == "comment-2305");
    // A parent's body never contains its replies' text, and the author field is the parent's.
    CHECK(page.comments[0].author == "Rina Wulandari");
    CHECK(page.comments[0].body.find(page.comments[1].body.substr(0, 20)) == std::string::npos);
    CHECK(page.comments[0].body.find("Balas") == std::string::npos);
    // Paragraphs and <br> become newlines.
    CHECK(page.comments[4].body.find('\n') != std::string::npos);
    Page second = extract_sample(x, "samples/wordpress/harga-beras/comment-page-2.html",
                                 "https://kabarpasar.example/harga-beras/comment-page-2/");
    CHECK(second.comments.size() == 6);
    // The second page links back to the first: the scrape skips it as already read.
    CHECK(second.next_hrefs == std::vector<std::string>{"index.html#comments"});
}

TEST_CASE("WordPress paging links in all three markups, newest page first", "[extract]") {
    Extractor x = compile_bundled("wordpress");
    // the_comments_navigation(): the post URL is the last page, only an older-page link.
    Page nav =
        extract_sample(x, "samples/wordpress-newest/2023/07/20/pasar-malam-alun-alun/index.html",
                       "https://wartakampung.example/2023/07/20/pasar-malam-alun-alun/");
    CHECK(nav.next_hrefs ==
          std::vector<std::string>{"/2023/07/20/pasar-malam-alun-alun/comment-page-2/#comments"});
    // the_comments_pagination(): prev and the numbers, each link once, in page order; the
    // current page is a <span>, not a link.
    const std::string numbers = "/2023/07/18/kurikulum-merdeka-minggu-pertama/";
    Page paged =
        extract_sample(x, "samples/wordpress-numbers" + numbers + "comment-page-2/index.html",
                       "https://catatanguru.example" + numbers + "comment-page-2/");
    CHECK(paged.next_hrefs == std::vector<std::string>{numbers + "comment-page-1/#comments",
                                                       numbers + "comment-page-1/#comments",
                                                       numbers + "comment-page-3/#comments",
                                                       numbers + "comment-page-3/#comments"});
    CHECK(paged.comments.size() == 3);
    // Block theme: previous, numbers and next; next leads to the post URL (the newest page).
    const std::string block = "/2023/07/19/jalan-pantai-sawarna/";
    Page blocks =
        extract_sample(x, "samples/wordpress-block-newest" + block + "comment-page-2/index.html",
                       "https://jelajahselatan.example" + block + "comment-page-2/");
    CHECK(blocks.next_hrefs == std::vector<std::string>{block + "comment-page-1/#comments",
                                                        block + "comment-page-1/#comments",
                                                        block + "comment-page-3/#comments",
                                                        block + "#comments"});
}

TEST_CASE("pagination links: every match of every selector, one link per element", "[extract]") {
    suasana::ScraperSpec spec;
    spec.file = "inline.toml";
    spec.name = "inline";
    spec.item = {"li.c", 1};
    spec.body = {"p", 2};
    spec.author = {"b", 3};
    spec.next = {"a.more@href", 4};
    spec.links = {{"nav a@href", 5}, {"a.page@href", 6}};
    auto x = Extractor::compile(spec);
    REQUIRE(x);
    const std::string html =
        "<ol><li class=c><b>A</b><p>x</p></li></ol><a class=more href=m>m</a>"
        "<nav><a class=page href=p1>1</a><span>2</span><a href=p3>3</a></nav>"
        "<a class=page href=p4>4</a><nav><a href=''>empty</a></nav>";
    static const Zone zone = *Zone::load("Asia/Jakarta");
    auto page = x->extract(html, ExtractContext{"https://x.example/a", &zone, 0, {}});
    REQUIRE(page);
    // `next` first, then the links in page order; an element matched twice is one link and an
    // empty href is no link.
    CHECK(page->next_hrefs == std::vector<std::string>{"m", "p1", "p3", "p4"});

    spec.links = {{"@href", 7}};
    auto bad = Extractor::compile(spec);
    REQUIRE_FALSE(bad);
    CHECK_THAT(bad.error().message, Catch::Contains("inline.toml:7: key 'pagination.links'"));
}

TEST_CASE("a flat list links replies through a parent attribute, and limits apply", "[extract]") {
    suasana::ScraperSpec spec;
    spec.file = "inline.toml";
    spec.name = "flat";
    spec.item = {"div.c", 1};
    spec.id = {"@data-id", 2};
    spec.author = {".who", 3};
    spec.body = {".text", 4};
    spec.parent = {"@data-parent", 5};
    spec.likes = {".likes", 6};
    spec.dislikes = {".dislikes", 7};
    auto x = Extractor::compile(spec);
    REQUIRE(x);
    std::string html =
        "<div class=c data-id=1><b class=who>A</b><p class=text>halo</p><i "
        "class=likes>1,2rb</i><i class=dislikes>7</i></div>"
        "<div class=c data-id=2 data-parent=1><b class=who>B</b><p class=text>hai juga</p></div>"
        "<div class=c data-id=3><b class=who></b><p class=text>" +
        std::string(50, 'z') + "</p></div>";
    static const Zone zone = *Zone::load("Asia/Jakarta");
    suasana::Limits limits;
    limits.max_comment_chars = 10;
    limits.max_comments = 3;
    auto page = x->extract(html, {"https://e.example/a", &zone, 0, limits});
    REQUIRE(page);
    REQUIRE(page->comments.size() == 3);
    CHECK(page->comments[0].likes == 1200);
    CHECK(page->comments[0].dislikes == 7);
    CHECK_FALSE(page->comments[1].dislikes);
    CHECK(page->comments[1].parent_site_id == "1");
    CHECK_FALSE(page->comments[2].author);  // an empty field is absent, not ""
    CHECK(page->comments[2].body == std::string(10, 'z'));
    CHECK(page->comments[2].body_cut);
    limits.max_comments = 2;
    auto capped = x->extract(html, {"https://e.example/a", &zone, 0, limits});
    REQUIRE(capped);
    CHECK(capped->comments.size() == 2);
    CHECK(capped->warnings.size() == 1);
}

TEST_CASE("a broken selector is reported with the scraper file, line and key", "[extract]") {
    suasana::ScraperSpec spec;
    spec.file = "blog.toml";
    spec.item = {"li.comment", 4};
    spec.author = {".author", 5};
    spec.body = {"p[data-x", 6};
    auto x = Extractor::compile(spec);
    REQUIRE_FALSE(x);
    CHECK_THAT(x.error().message,
               Catch::Contains("blog.toml:6: key 'comments.body': selector 'p[data-x'"));
    CHECK_THAT(x.error().message, Catch::Contains("position"));
}

namespace {

suasana::ScraperSpec json_spec() {
    suasana::ScraperSpec spec;
    spec.file = "api.toml";
    spec.name = "api";
    spec.kind = "json";
    spec.source_url = "/api/{id}/{page}";
    spec.page_id = {"/d-(\\d+)", 1};
    spec.list = {"data.comments", 2};
    spec.id = {"id", 3};
    spec.author = {"user.nickname", 4};
    spec.time = {"created_at", 5};
    spec.time_formats = {"epoch"};
    spec.body = {"content", 6};
    spec.likes = {"like_count", 7};
    spec.children = {"replies", 8};
    spec.last_page = {"data.paging.total_page", 9};
    return spec;
}

}  // namespace

TEST_CASE("JSON comments: paths, epoch strings, nested replies, last page", "[extract]") {
    auto x = Extractor::compile(json_spec());
    REQUIRE(x);
    static const Zone zone = *Zone::load("Asia/Jakarta");
    const std::string body = R"({"data": {"paging": {"total_page": "3"}, "comments": [
        {"id": "c1", "user": {"nickname": "Ani"}, "created_at": "1689915600.0", "content": "mahal",
         "like_count": 4, "replies": [
            {"id": "c2", "user": {"nickname": "Budi"}, "created_at": 1689919200, "content": "iya",
             "replies": [{"id": "c3", "user": {"nickname": "Ani"}, "content": "hmm"}]}]},
        {"id": "c4", "user": {"nickname": "Citra"}, "created_at": "1689922800.0", "content": "murah"}]}})";
    auto page = x->extract(body, {"https://news.example/berita/d-7012345/x", &zone, 0, {}});
    REQUIRE(page);
    CHECK(page->canonical_id == "7012345");
    CHECK(page->last_page == 3);
    REQUIRE(page->comments.size() == 4);
    CHECK(page->comments[0].site_id == "c1");
    CHECK(page->comments[0].likes == 4);
    CHECK(suasana::util::format_utc(*page->comments[0].time.utc) == "2023-07-21T05:00:00Z");
    CHECK(page->comments[1].site_id == "c2");
    CHECK(page->comments[1].parent_site_id == "c1");
    CHECK(page->comments[2].parent_site_id == "c2");
    CHECK_FALSE(page->comments[2].time.utc);  // no time: kept, counted as missing
    CHECK(page->fields_missing == 1);
    CHECK(page->comments[3].site_id == "c4");
    CHECK(page->comments[3].parent_site_id.empty());
}

TEST_CASE("JSON of the wrong shape gives warnings, not garbage", "[extract]") {
    auto x = Extractor::compile(json_spec());
    REQUIRE(x);
    static const Zone zone = *Zone::load("Asia/Jakarta");
    auto not_array = x->extract(R"({"data": {"comments": {"id": "c1"}}})",
                                {"https://n.example/d-1", &zone, 0, {}});
    REQUIRE(not_array);
    CHECK(not_array->comments.empty());
    REQUIRE(not_array->warnings.size() == 1);
    CHECK_THAT(not_array->warnings[0], Catch::Contains("is object, not an array"));
    auto mixed = x->extract(R"({"data": {"comments": [42, "x", {"id": 7, "content": ["a"]}]}})",
                            {"https://n.example/d-1", &zone, 0, {}});
    REQUIRE(mixed);
    REQUIRE(mixed->comments.size() == 1);
    CHECK(mixed->comments[0].site_id == "7");
    CHECK(mixed->comments[0].body.empty());
    CHECK(mixed->warnings.size() == 2);
    auto broken = x->extract("{not json", {"https://n.example/d-1", &zone, 0, {}});
    REQUIRE_FALSE(broken);
    CHECK_THAT(broken.error().message, Catch::Contains("invalid JSON"));
}

TEST_CASE("embedded JSON is read from the script the scraper names", "[extract]") {
    suasana::ScraperSpec spec = json_spec();
    spec.source_url.clear();
    spec.source_script = {"script#__NEXT_DATA__", 1};
    spec.title = {"h1", 2};
    auto x = Extractor::compile(spec);
    REQUIRE(x);
    static const Zone zone = *Zone::load("Asia/Jakarta");
    const std::string html =
        "<html><body><h1>Judul</h1><script id=__NEXT_DATA__ type=application/json>"
        R"({"data": {"comments": [{"id": "a", "content": "<b>bukan tag</b> & teks"}]}})"
        "</script></body></html>";
    auto page = x->extract(html, {"https://n.example/d-9", &zone, 0, {}});
    REQUIRE(page);
    CHECK(page->title == "Judul");
    REQUIRE(page->comments.size() == 1);
    CHECK(page->comments[0].body == "<b>bukan tag</b> & teks");
    auto missing =
        x->extract("<html><body></body></html>", {"https://n.example/d-9", &zone, 0, {}});
    REQUIRE(missing);
    CHECK(missing->comments.empty());
    CHECK(missing->warnings.size() == 1);
}

TEST_CASE("a comment's identity ignores relative times but keeps absolute ones", "[extract]") {
    suasana::ScraperSpec spec;
    spec.file = "x.toml";
    spec.item = {"li", 1};
    spec.author = {".a", 2};
    spec.body = {".b", 3};
    spec.time = {".t", 4};
    spec.time_formats = {"iso8601"};
    auto x = Extractor::compile(spec);
    REQUIRE(x);
    static const Zone zone = *Zone::load("Asia/Jakarta");
    auto id_of = [&](const std::string& time, std::int64_t now) {
        std::string html =
            "<li><i class=a>Ani</i><p class=b>halo  semua</p><i class=t>" + time + "</i></li>";
        auto page = x->extract(html, {"https://e.example/", &zone, now, {}});
        REQUIRE(page);
        REQUIRE(page->comments.size() == 1);
        return page->comments[0].site_id;
    };
    // "2 jam lalu" seen an hour apart is the same comment.
    CHECK(id_of("2 jam lalu", 1690000000) == id_of("2 jam lalu", 1690003600));
    CHECK(id_of("3 jam lalu", 1690003600) == id_of("2 jam lalu", 1690000000));
    // Two comments with the same text at different absolute times are different comments.
    CHECK(id_of("2023-07-21T10:00:00+07:00", 0) != id_of("2023-07-22T10:00:00+07:00", 0));
}

TEST_CASE("skip rules leave adverts out but count them in the list", "[extract]") {
    suasana::ScraperSpec spec = json_spec();
    spec.skip = {{"content", suasana::ItemRule::Test::matches, "^\\s*<ins\\b", 10},
                 {"kind", suasana::ItemRule::Test::equals, "promo", 11}};
    auto x = Extractor::compile(spec);
    REQUIRE(x);
    static const Zone zone = *Zone::load("Asia/Jakarta");
    const std::string body = R"({"data": {"comments": [
        {"id": "c1", "user": {"nickname": "Ani"}, "content": "asli"},
        {"id": null, "status": null, "content": "<ins data-labelname=\"nativekomentar3\"></ins>"},
        {"id": "p1", "kind": "promo", "content": "beli sekarang", "replies": [{"id": "r9", "content": "x"}]},
        {"id": "c2", "user": {"nickname": "Budi"}, "content": "kata <ins>penting</ins>"}]}})";
    auto page = x->extract(body, {"https://news.example/d-1", &zone, 0, {}});
    REQUIRE(page);
    CHECK(page->list_items == 4);
    REQUIRE(page->comments.size() == 2);  // the skipped item's replies go with it
    CHECK(page->comments[0].site_id == "c1");
    CHECK(page->comments[1].site_id == "c2");

    spec.skip = {{"status", suasana::ItemRule::Test::null, "", 10}};
    auto by_null = Extractor::compile(spec);
    REQUIRE(by_null);
    auto only_null = by_null->extract(
        R"({"data": {"comments": [{"id": "a", "status": 1}, {"id": "b", "status": null}, {"id": "c"}]}})",
        {"https://news.example/d-1", &zone, 0, {}});
    REQUIRE(only_null);
    REQUIRE(only_null->comments.size() == 1);
    CHECK(only_null->comments[0].site_id == "a");

    spec.skip = {{"content", suasana::ItemRule::Test::matches, "(unclosed", 12}};
    auto broken = Extractor::compile(spec);
    REQUIRE_FALSE(broken);
    CHECK_THAT(broken.error().message, Catch::Contains("api.toml:12: key 'comments.skip.matches'"));
}

TEST_CASE("wordless items are kept but marked unscored", "[extract]") {
    suasana::ScraperSpec spec = json_spec();
    spec.wordless = {{"type", suasana::ItemRule::Test::equals, "sticker", 10}};
    auto x = Extractor::compile(spec);
    REQUIRE(x);
    static const Zone zone = *Zone::load("Asia/Jakarta");
    auto page = x->extract(R"({"data": {"comments": [
        {"id": "a", "type": "text", "content": "bagus"},
        {"id": "b", "type": "sticker", "content": "https://x.example/s.gif"}]}})",
                           {"https://news.example/d-1", &zone, 0, {}});
    REQUIRE(page);
    REQUIRE(page->comments.size() == 2);
    CHECK(page->comments[0].scored);
    CHECK_FALSE(page->comments[1].scored);
    CHECK(page->comments[1].body == "https://x.example/s.gif");
}

TEST_CASE("a parent field inside a flat child list names the reply's target", "[extract]") {
    suasana::ScraperSpec spec = json_spec();
    spec.children = {"child", 8};
    spec.parent = {"refer", 10};
    spec.dislikes = {"dislike", 11};
    auto x = Extractor::compile(spec);
    REQUIRE(x);
    static const Zone zone = *Zone::load("Asia/Jakarta");
    auto page = x->extract(R"({"data": {"comments": [
        {"id": "1", "refer": null, "child": [
            {"id": "2", "refer": "1", "dislike": 3},
            {"id": "3", "refer": "2"},
            {"id": "4", "refer": "999"},
            {"id": "5", "refer": "0"},
            {"id": "6"}]},
        {"id": "7", "refer": "7", "child": null}]}})",
                           {"https://news.example/d-1", &zone, 0, {}});
    REQUIRE(page);
    REQUIRE(page->comments.size() == 7);
    CHECK(page->comments[0].parent_site_id.empty());
    CHECK(page->comments[1].parent_site_id == "1");
    CHECK(page->comments[1].dislikes == 3);
    CHECK(page->comments[2].parent_site_id == "2");  // a reply to a reply
    CHECK(page->comments[3].parent_site_id == "1");  // names nothing on the page: its thread
    CHECK(page->comments[4].parent_site_id == "1");
    CHECK(page->comments[5].parent_site_id == "1");
    CHECK(page->comments[6].parent_site_id.empty());  // never its own parent
}

TEST_CASE("decode steps run per field, in the scraper's order", "[extract]") {
    suasana::ScraperSpec spec = json_spec();
    spec.decode = {{"body",
                    {{suasana::DecodeStep::Kind::html_entities, ""},
                     {suasana::DecodeStep::Kind::percent_u, ""},
                     {suasana::DecodeStep::Kind::newline, "$//$"}}},
                   {"author", {{suasana::DecodeStep::Kind::percent_u, ""}}}};
    auto x = Extractor::compile(spec);
    REQUIRE(x);
    static const Zone zone = *Zone::load("Asia/Jakarta");
    auto page = x->extract(R"({"data": {"comments": [{"id": "1",
        "user": {"nickname": "Bu%u00E9 &amp;"},
        "content": "%u201Cmantap%u201D %uD83D%uDE02 &amp; 100%gak$//$baris dua"}]}})",
                           {"https://news.example/d-1", &zone, 0, {}});
    REQUIRE(page);
    REQUIRE(page->comments.size() == 1);
    CHECK(page->comments[0].author == "Bu\xC3\xA9 &amp;");  // only %u for the author
    CHECK(page->comments[0].body ==
          "\xE2\x80\x9Cmantap\xE2\x80\x9D \xF0\x9F\x98\x82 & 100%gak\nbaris dua");
}

TEST_CASE("the detik, CNN Indonesia and Kompas samples read as a reader sees them", "[extract]") {
    Extractor detik = compile_bundled("detik");
    Page p1 = extract_sample(detik, "samples/detik/api/page-1.json",
                             "https://news.detik.com/berita/d-6836512/tarif-krl-jabodetabek-naik");
    CHECK(p1.canonical_id == "6836512");
    CHECK(p1.last_page == 2);
    CHECK(p1.list_items == 6);
    REQUIRE(p1.comments.size() == 7);  // two adverts left out, three replies read
    for (const auto& c : p1.comments) CHECK(c.body.find("<ins") == std::string::npos);
    CHECK(p1.comments[0].body.find("\xF0\x9F\x98\x82") != std::string::npos);
    CHECK(p1.comments[2].parent_site_id == "55012014");
    CHECK(p1.comments[3].body.find("60%gak") != std::string::npos);

    Extractor kompas = compile_bundled("kompas");
    Page k = extract_sample(kompas, "samples/kompas/api/list.json",
                            "https://tekno.kompas.com/read/2023/07/21/10150087/x");
    REQUIRE(k.comments.size() == 8);
    int stickers = 0;
    for (const auto& c : k.comments) stickers += c.scored ? 0 : 1;
    CHECK(stickers == 2);
    CHECK(k.comments[3].parent_site_id == "3301302");  // a reply to a sticker, three deep
    CHECK(k.comments[0].body.find('\n') != std::string::npos);

    Extractor cnn = compile_bundled("cnnindonesia");
    Page c = extract_sample(cnn, "samples/cnnindonesia/api/page-1.json",
                            "https://www.cnnindonesia.com/olahraga/20230721093000-142-975310/x");
    CHECK(c.canonical_id == "975310");
    CHECK(c.comments.size() == 5);
}

TEST_CASE("the article id from a meta tag, else from an inline script", "[extract]") {
    suasana::ScraperSpec spec = json_spec();
    spec.page_id_selector = {"meta[name=articleid]@content", 12};
    spec.page_id_script = {"CommentComponent\\(\\{[^}]*?idArtikel\\s*:\\s*(\\d+)", 13};
    auto x = Extractor::compile(spec);
    REQUIRE(x);
    const auto& reader = x->article_id();
    CHECK(reader.used());
    auto meta = reader.find(
        "<html><head><meta name=articleid content=' 6836512 '></head>"
        "<script>CommentComponent({idArtikel: 111})</script></html>",
        100);
    REQUIRE(meta);
    CHECK(*meta == std::optional<std::string>("6836512"));
    auto script = reader.find(
        "<html><script src=x.js>CommentComponent({idArtikel: 5})</script><script>var a = 1;"
        "\nCommentComponent({kanal: \"berita\", idArtikel: 7012345, size: 10});</script></html>",
        100);
    REQUIRE(script);
    CHECK(*script == std::optional<std::string>("7012345"));
    auto none = reader.find("<html><p>idArtikel: 9</p></html>", 100);
    REQUIRE(none);
    CHECK_FALSE(*none);

    spec.page_id_selector = {"meta[name=", 12};
    auto broken = Extractor::compile(spec);
    REQUIRE_FALSE(broken);
    CHECK_THAT(broken.error().message, Catch::Contains("api.toml:12: key 'page.id_selector'"));
}
