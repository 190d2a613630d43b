// Scorer throughput, single thread, over the SmSA train and valid texts (read from ../shared at
// run time, never copied), against a bare pass that only folds, tokenises and looks every token
// up in words.tsv. Both passes read the same bytes in the same run.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "score/lexicon.hpp"
#include "score/scorer.hpp"
#include "text/normalize.hpp"

namespace {

using Clock = std::chrono::steady_clock;

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

// Runs `pass` over all texts until at least `min_seconds` went by; returns MB/s (10^6 bytes).
template <typename Pass>
double measure(const std::vector<std::string>& texts, std::size_t bytes, double min_seconds,
               Pass pass) {
    std::size_t rounds = 0;
    auto start = Clock::now();
    double seconds = 0.0;
    do {
        for (const auto& t : texts) pass(t);
        ++rounds;
        seconds = std::chrono::duration<double>(Clock::now() - start).count();
    } while (seconds < min_seconds);
    return static_cast<double>(bytes) * static_cast<double>(rounds) / seconds / 1e6;
}

}  // namespace

int main(int argc, char** argv) {
    std::string data = argc > 1 ? argv[1] : SUASANA_SOURCE_DIR "/../shared/datasets/smsa";
    double min_seconds = argc > 2 ? std::stod(argv[2]) : 3.0;
    std::vector<std::string> texts;
    std::size_t bytes = 0;
    read_texts(data + "/train.tsv", texts, bytes);
    read_texts(data + "/valid.tsv", texts, bytes);
    if (texts.empty()) {
        std::fprintf(stderr, "score_bench: no texts under %s\n", data.c_str());
        return 1;
    }
    auto lex = suasana::score::load_lexicon(SUASANA_SOURCE_DIR "/lexicon");
    if (!lex) {
        std::fprintf(stderr, "score_bench: %s\n", lex.error().message.c_str());
        return 1;
    }
    const std::vector<suasana::Entity> entities = {{"Llama", {"llama", "domba"}},
                                                   {"Falcon", {"falcon", "elang"}}};
    suasana::score::Scorer scorer(*lex, 0.05, entities);

    volatile double sink = 0.0;  // keeps the passes from being optimised away
    double bare = measure(texts, bytes, min_seconds, [&](const std::string& t) {
        double sum = 0.0;
        for (const auto& tok : suasana::text::tokenize(suasana::text::fold(t))) {
            auto it = lex->words.find(tok.text);
            if (it != lex->words.end()) sum += it->second;
        }
        sink = sink + sum;
    });
    double scored = measure(texts, bytes, min_seconds,
                            [&](const std::string& t) { sink = sink + scorer.score(t).compound; });
    std::printf("texts: %zu, bytes: %zu\n", texts.size(), bytes);
    std::printf("bare tokenise+lookup: %.1f MB/s\n", bare);
    std::printf("scorer:               %.1f MB/s (%.2f of the bare pass)\n", scored, scored / bare);
    return 0;
}
