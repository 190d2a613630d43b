// Scorer throughput, single thread, over the SmSA train and valid texts (read from ../shared at
// run time, never copied), against a bare pass that only folds, tokenises and looks every token
// up in words.tsv. Both passes read the same bytes in the same run.
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <string>
#include <vector>

#include "score/lexicon.hpp"
#include "score/scorer.hpp"
#include "text/normalize.hpp"

namespace {

// The text column of a `text<TAB>label` file.
void read_texts(const std::string& path, std::vector<std::string>& out, std::size_t& bytes) {
    std::ifstream in(path, std::ios::binary);
    std::string line;
    while (std::getline(in, line)) {
        auto tab = line.rfind('\t');
        if (tab == std::string::npos) continue;
        line.resize(tab);
        bytes += line.size();
        out.push_back(std::move(line));
    }
}

// Returns the CPU time this thread has used, in seconds: unlike the wall clock it does not
// count the time other processes of a shared machine hold the core.
double thread_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

// Runs `pass` over all texts once; returns the thread CPU seconds it took.
template <typename Pass>
double timed(const std::vector<std::string>& texts, Pass pass) {
    double start = thread_seconds();
    for (const auto& t : texts) pass(t);
    return thread_seconds() - start;
}

}  // namespace

int main(int argc, char** argv) {
    std::string data = argc > 1 ? argv[1] : SUASANA_SOURCE_DIR "/../shared/datasets/smsa";
    int rounds = argc > 2 ? std::stoi(argv[2]) : 15;
    std::vector<std::string> texts;
    std::size_t bytes = 0;
    read_texts(data + "/train.tsv", texts, bytes);
    read_texts(data + "/valid.tsv", texts, bytes);
    if (texts.empty()) {
        std::fprintf(stderr, "score_bench: no texts under %s\n", data.c_str());
        return 1;
    }
    // The default configuration: the lexicon with its shipped learned layer.
    auto lex = suasana::score::load_lexicon(SUASANA_SOURCE_DIR "/lexicon", {},
                                            SUASANA_SOURCE_DIR "/lexicon/learned.tsv");
    if (!lex) {
        std::fprintf(stderr, "score_bench: %s\n", lex.error().message.c_str());
        return 1;
    }
    const std::vector<suasana::Entity> entities = {{"Llama", {"llama", "domba"}},
                                                   {"Falcon", {"falcon", "elang"}}};
    suasana::score::Scorer scorer(*lex, 0.05, entities);

    volatile double sink = 0.0;  // keeps the passes from being optimised away
    auto bare = [&](const std::string& t) {
        double sum = 0.0;
        for (const auto& tok : suasana::text::tokenize(suasana::text::fold(t))) {
            auto it = lex->words.find(tok.text);
            if (it != lex->words.end()) sum += it->second;
        }
        sink = sink + sum;
    };
    auto scored = [&](const std::string& t) { sink = sink + scorer.score(t).compound; };
    // One warm-up pass each (the stemmer's memo, the caches), then the best of `rounds`
    // interleaved passes, so both passes see the same machine.
    timed(texts, bare);
    timed(texts, scored);
    double best_bare = 1e9, best_scored = 1e9;
    for (int r = 0; r < rounds; ++r) {
        best_bare = std::min(best_bare, timed(texts, bare));
        best_scored = std::min(best_scored, timed(texts, scored));
    }
    double mb = static_cast<double>(bytes) / 1e6;
    std::printf("texts: %zu, bytes: %zu; best of %d passes, thread CPU time\n", texts.size(), bytes,
                rounds);
    std::printf("bare tokenise+lookup: %.1f MB/s\n", mb / best_bare);
    std::printf("scorer:               %.1f MB/s (%.2f of the bare pass)\n", mb / best_scored,
                best_bare / best_scored);
    return 0;
}
