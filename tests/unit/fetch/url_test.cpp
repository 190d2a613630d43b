// Unit tests for fetch/url.hpp: which local files a file:// target's links may reach.
#include <catch2/catch.hpp>

#include "fetch/url.hpp"

using suasana::fetch::file_within_folder_of;

TEST_CASE("a saved page's links may reach its own folder and below, nothing else",
          "[fetch][url][network-safety]") {
    const std::string base = "file:///home/ani/simpan/artikel/halaman1.html";
    struct Case {
        std::string url;
        bool allowed;
    };
    const Case cases[] = {
        {"file:///home/ani/simpan/artikel/halaman2.html", true},
        {"file:///home/ani/simpan/artikel/komentar/2.html", true},
        {"file:///home/ani/simpan/artikel/halaman1.html", true},
        {"file:///home/ani/simpan/lain.html", false},
        {"file:///home/ani/simpan/artikel/../lain.html", false},
        {"file:///home/ani/simpan/artikel/%2e%2e/lain.html", false},
        {"file:///home/ani/simpan/artikel/%2E%2E/%2E%2E/.ssh/id_rsa", false},
        {"file:///home/ani/simpan/artikelX/halaman.html", false},
        {"file:///etc/hostname", false},
        {"file://server/home/ani/simpan/artikel/halaman2.html", false},
        {"http://127.0.0.1/home/ani/simpan/artikel/halaman2.html", false},
    };
    for (const auto& c : cases) {
        CAPTURE(c.url);
        CHECK(file_within_folder_of(base, c.url) == c.allowed);
    }
    CHECK_FALSE(file_within_folder_of("http://contoh.id/a/b.html", "file:///a/c.html"));
}
