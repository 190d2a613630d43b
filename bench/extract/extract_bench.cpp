// Extraction speed: the bundled wordpress scraper over a generated corpus of comment pages,
// against the raw Gumbo parse of the same bytes in the same run (parse + free, nothing else).
// The target: extraction costs at most 15% on top of the parse.
// usage: extract_bench [PAGES] [COMMENTS_PER_PAGE] [ROUNDS]   (default 200 100 5)
#include <gumbo.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include "config/scraper_loader.hpp"
#include "extract/extractor.hpp"

namespace {

// A classic WordPress comment page: threads of a comment and two replies, like the sample.
std::string make_page(int page, int comments) {
    std::string html =
        "<!DOCTYPE html><html lang=id><head><meta charset=utf-8><title>Halaman</title></head>"
        "<body><header><nav><a href=/>Beranda</a></nav></header><article>"
        "<h1 class=entry-title>Harga beras naik lagi</h1><p>Isi artikel.</p></article>"
        "<div id=comments class=comments-area><h2 class=comments-title>99 tanggapan</h2>"
        "<ol class=comment-list>";
    for (int c = 0; c < comments; ++c) {
        std::string id = std::to_string(page * 100000 + c);
        bool reply = c % 3 != 0;
        if (reply) html += "<ol class=children>";
        html += "<li id=comment-" + id +
                " class=\"comment even thread-even depth-1\">"
                "<article id=div-comment-" +
                id +
                " class=comment-body><footer class=comment-meta>"
                "<div class=\"comment-author vcard\"><img class=avatar src=a.png alt=\"\">"
                "<b class=fn>Pembaca " +
                id +
                "</b> <span class=says>berkata:</span></div>"
                "<div class=comment-metadata><a href=\"#comment-" +
                id +
                "\"><time datetime="
                "\"2023-07-21T08:12:00+07:00\">21 Juli 2023 pukul 08.12</time></a></div></footer>"
                "<div class=comment-content><p>Komentar nomor " +
                id +
                ": harga beras di pasar "
                "sudah naik lagi, semoga pemerintah cepat turun tangan.</p><p>Baris kedua "
                "dengan <a href=\"https://contoh.id\">tautan</a>.</p></div>"
                "<div class=reply><a class=comment-reply-link href=\"#\">Balas</a></div></article>";
        html += "</li>";
        if (reply) html += "</ol>";
    }
    html +=
        "</ol><nav class=\"navigation comment-navigation\"><div class=nav-links>"
        "<div class=nav-next><a href=comment-page-2.html>Berikutnya</a></div></div></nav>"
        "</div><footer><p>Kaki halaman</p></footer></body></html>";
    return html;
}

// The CPU time this thread has used, in seconds: unlike the wall clock it leaves out the time
// other processes of a shared machine hold the core.
double thread_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

}  // namespace

int main(int argc, char** argv) {
    int pages = argc > 1 ? std::atoi(argv[1]) : 200;
    int per_page = argc > 2 ? std::atoi(argv[2]) : 100;
    int rounds = argc > 3 ? std::atoi(argv[3]) : 5;
    std::vector<std::string> corpus;
    std::size_t bytes = 0;
    for (int p = 0; p < pages; ++p) {
        corpus.push_back(make_page(p, per_page));
        bytes += corpus.back().size();
    }
    auto spec = suasana::config::load_scraper_file(std::string(SUASANA_SOURCE_DIR) +
                                                   "/scrapers/wordpress.toml");
    if (!spec) return std::fprintf(stderr, "%s\n", spec.error().message.c_str()), 1;
    auto extractor = suasana::extract::Extractor::compile(*spec);
    if (!extractor) return std::fprintf(stderr, "%s\n", extractor.error().message.c_str()), 1;
    auto zone = suasana::text::Zone::load("Asia/Jakarta");
    suasana::extract::ExtractContext ctx{"https://contoh.id/harga-beras/", &*zone, 1690000000, {}};

    // Best of several rounds for each, interleaved, so both see the same machine.
    double best_parse = 1e9, best_extract = 1e9;
    std::size_t comments = 0;
    for (int r = 0; r < rounds; ++r) {
        double start = thread_seconds();
        for (const auto& page : corpus) {
            GumboOutput* out =
                gumbo_parse_with_options(&kGumboDefaultOptions, page.data(), page.size());
            gumbo_destroy_output(&kGumboDefaultOptions, out);
        }
        best_parse = std::min(best_parse, thread_seconds() - start);
        // The product hands extract() a page it owns (moved); copy outside the clock.
        std::vector<std::string> copies = corpus;
        start = thread_seconds();
        comments = 0;
        for (auto& page : copies) {
            auto extracted = extractor->extract(std::move(page), ctx);
            if (!extracted)
                return std::fprintf(stderr, "%s\n", extracted.error().message.c_str()), 1;
            comments += extracted->comments.size();
        }
        best_extract = std::min(best_extract, thread_seconds() - start);
    }
    double mb = static_cast<double>(bytes) / 1e6;
    std::printf("corpus: %d pages, %zu comments, %.1f MB; best of %d rounds, thread CPU time\n",
                pages, comments, mb, rounds);
    std::printf("raw Gumbo parse:      %.3f s  (%.1f MB/s)\n", best_parse, mb / best_parse);
    std::printf("extract (parse+read): %.3f s  (%.1f MB/s, %.0f comments/s)\n", best_extract,
                mb / best_extract, static_cast<double>(comments) / best_extract);
    std::printf("extraction on top of the parse: %+.1f%%\n",
                100.0 * (best_extract - best_parse) / best_parse);
    return 0;
}
