// Store speed: comments stored per second through the product's store layer
// (Database::store_page) against plain prepared inserts with the SQLite C API into the same
// schema, in the same run, both with 200 comments per transaction, WAL and synchronous = NORMAL.
// usage: store_bench [COMMENTS] (default 200000)
#include <sqlite3.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "store/database.hpp"
#include "store/schema.hpp"

namespace {

constexpr int k_per_page = 200;
namespace fs = std::filesystem;

suasana::Comment make_comment(int i) {
    suasana::Comment c;
    c.site_id = "comment-" + std::to_string(i);
    c.author = "Pembaca " + std::to_string(i % 997);
    c.body = "Komentar nomor " + std::to_string(i) +
             ": harganya naik lagi, semoga pemerintah segera turun tangan dan stok aman.";
    c.time.utc = 1690000000 + i;
    c.time.local_day = "2023-07-22";
    c.time.raw = "2023-07-22T10:00:00+07:00";
    c.likes = i % 50;
    c.score.compound = (i % 7 - 3) / 4.0;
    c.score.label = c.score.compound > 0   ? suasana::Label::positive
                    : c.score.compound < 0 ? suasana::Label::negative
                                           : suasana::Label::neutral;
    return c;
}

double seconds_since(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

double run_product(const fs::path& file, int total) {
    auto db = suasana::store::Database::open(file, suasana::store::Access::read_write);
    if (!db) std::exit((std::fprintf(stderr, "%s\n", db.error().message.c_str()), 1));
    suasana::store::ArticleRef article{"bench", "a-1", "https://bench.example/a-1", "bench",
                                       "bench"};
    auto start = std::chrono::steady_clock::now();
    for (int first = 0; first < total; first += k_per_page) {
        suasana::Page page;
        for (int i = first; i < first + k_per_page && i < total; ++i)
            page.comments.push_back(make_comment(i));
        auto stored = db->store_page(article, page, "2023-07-22T05:00:00Z", "bench");
        if (!stored) std::exit((std::fprintf(stderr, "%s\n", stored.error().message.c_str()), 1));
    }
    return seconds_since(start);
}

void check(int rc, sqlite3* db) {
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::fprintf(stderr, "sqlite: %s\n", sqlite3_errmsg(db));
        std::exit(1);
    }
}

double run_plain(const fs::path& file, int total) {
    // The same schema, created through the product's migrations, then bare prepared inserts.
    { (void)suasana::store::Database::open(file, suasana::store::Access::read_write); }
    sqlite3* db = nullptr;
    check(sqlite3_open(file.c_str(), &db), db);
    check(
        sqlite3_exec(
            db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;",
            nullptr, nullptr, nullptr),
        db);
    check(sqlite3_exec(db,
                       "INSERT INTO articles (site, canonical_id, url, story, first_seen_at, "
                       "last_scraped_at) VALUES ('bench', 'a-1', 'u', 'bench', 'x', 'x')",
                       nullptr, nullptr, nullptr),
          db);
    sqlite3_stmt* insert = nullptr;
    check(sqlite3_prepare_v2(
              db,
              "INSERT INTO comments (article_id, site_comment_id, author, posted_at, posted_day, "
              "posted_raw, body, likes, score, label, lexicon_version, first_seen_at, "
              "last_seen_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', ?, ?)",
              -1, &insert, nullptr),
          db);
    auto start = std::chrono::steady_clock::now();
    for (int first = 0; first < total; first += k_per_page) {
        check(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), db);
        for (int i = first; i < first + k_per_page && i < total; ++i) {
            suasana::Comment c = make_comment(i);
            sqlite3_reset(insert);
            sqlite3_bind_text(insert, 1, c.site_id.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 2, c.author->c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 3, "2023-07-22T03:00:00Z", -1, SQLITE_STATIC);
            sqlite3_bind_text(insert, 4, c.time.local_day.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 5, c.time.raw.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 6, c.body.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int64(insert, 7, *c.likes);
            sqlite3_bind_double(insert, 8, c.score.compound);
            sqlite3_bind_text(insert, 9, suasana::label_name(c.score.label), -1, SQLITE_STATIC);
            sqlite3_bind_text(insert, 10, "2023-07-22T05:00:00Z", -1, SQLITE_STATIC);
            sqlite3_bind_text(insert, 11, "2023-07-22T05:00:00Z", -1, SQLITE_STATIC);
            check(sqlite3_step(insert), db);
        }
        check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db);
    }
    double elapsed = seconds_since(start);
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return elapsed;
}

}  // namespace

int main(int argc, char** argv) {
    int total = argc > 1 ? std::atoi(argv[1]) : 200000;
    fs::path dir =
        fs::temp_directory_path() / ("suasana-store-bench-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    double plain = run_plain(dir / "plain.db", total);
    double product = run_product(dir / "product.db", total);
    fs::remove_all(dir);
    double plain_rate = total / plain, product_rate = total / product;
    std::printf("comments: %d, %d per transaction\n", total, k_per_page);
    std::printf("plain C API inserts: %.0f comments/s\n", plain_rate);
    std::printf("store_page:          %.0f comments/s (%.0f%% of plain)\n", product_rate,
                100.0 * product_rate / plain_rate);
    return 0;
}
