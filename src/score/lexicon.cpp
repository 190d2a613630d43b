#include "score/lexicon.hpp"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <functional>

#include "score/extra_lexicon.hpp"
#include "score/lexicon_files.hpp"
#include "score/normaliser.hpp"
#include "util/hash.hpp"
#include "util/strings.hpp"

namespace suasana::score {

namespace {

namespace fs = std::filesystem;
using namespace detail;

using Loader = std::function<Result<void>(const fs::path&, const std::string&)>;

// A `key<TAB>number` file, every number in [lo, hi].
Loader scored(double lo, double hi, const std::function<void(std::string, double)>& put) {
    return [=](const fs::path& file, const std::string& content) -> Result<void> {
        for (const auto& l : data_lines(content)) {
            if (l.fields.size() != 2)
                return tl::unexpected(bad_line(file, l.number, "expected term<TAB>number"));
            auto v = parse_number(l.fields[1]);
            if (!v || *v < lo || *v > hi) {
                return tl::unexpected(bad_line(file, l.number,
                                               "'" + l.fields[1] + "' is not a number from " +
                                                   util::format_fixed(lo, 1) + " to " +
                                                   util::format_fixed(hi, 1)));
            }
            put(key_of(l.fields[0]), *v);
        }
        return {};
    };
}

// A one-column file.
Loader listed(const std::function<void(std::string)>& put) {
    return [=](const fs::path&, const std::string& content) -> Result<void> {
        for (const auto& l : data_lines(content)) put(key_of(l.fields[0]));
        return {};
    };
}

Result<void> load_slang(Lexicon& lex, const fs::path& file, const std::string& content) {
    for (const auto& l : data_lines(content)) {
        if (l.fields.size() != 2 || l.fields[1].empty())
            return tl::unexpected(bad_line(file, l.number, "expected form<TAB>normal"));
        lex.slang[key_of(l.fields[0])] = key_of(l.fields[1]);
    }
    return {};
}

Result<void> load_versus(Lexicon& lex, const fs::path& file, const std::string& content) {
    for (const auto& l : data_lines(content)) {
        if (l.fields.size() != 2 || (l.fields[1] != "winner" && l.fields[1] != "loser"))
            return tl::unexpected(bad_line(file, l.number, "expected phrase<TAB>winner|loser"));
        std::string key = key_of(l.fields[0]);
        note_phrase(lex, key);
        lex.versus[std::move(key)] = l.fields[1] == "winner" ? Side::winner : Side::loser;
    }
    return {};
}

// Every file of lexicon/ with the loader that fills its table, in a fixed order (the version
// hash depends on it).
std::vector<std::pair<const char*, Loader>> file_loaders(Lexicon& lex) {
    auto bind = [&lex](Result<void> (*f)(Lexicon&, const fs::path&, const std::string&)) {
        return Loader([&lex, f](const fs::path& file, const std::string& content) {
            return f(lex, file, content);
        });
    };
    return {
        {"words.tsv", scored(-5, 5,
                             [&](std::string k, double v) {
                                 note_phrase(lex, k);
                                 lex.words[std::move(k)] = v;
                             })},
        {"slang.tsv", bind(load_slang)},
        {"negators.txt", listed([&](std::string k) { lex.negators.insert(std::move(k)); })},
        {"intensifiers.tsv",
         scored(-1, 3, [&](std::string k, double v) { lex.intensifiers[std::move(k)] = v; })},
        {"contrast.txt", listed([&](std::string k) {
             note_phrase(lex, k);
             lex.contrast.insert(std::move(k));
         })},
        {"emoji.tsv", scored(-5, 5, [&](const std::string& k, double v) { lex.emoji[k] = v; })},
        {"spam.tsv", scored(1, 5,
                            [&](std::string k, double v) {
                                std::size_t n = word_count(k);
                                lex.max_spam_words = std::max(lex.max_spam_words, n);
                                std::size_t& most = lex.spam_heads[k.substr(0, k.find(' '))];
                                most = std::max(most, n);
                                lex.spam[std::move(k)] = static_cast<int>(v);
                            })},
        {"rhetorical.txt", listed([&](std::string k) {
             note_phrase(lex, k);
             lex.rhetorical.insert(std::move(k));
         })},
        {"versus.tsv", bind(load_versus)},
        {"nostem.txt", listed([&](std::string k) { lex.no_stem.insert(std::move(k)); })},
    };
}

}  // namespace

void note_phrase(Lexicon& lex, const std::string& key) {
    std::size_t n = word_count(key);
    lex.max_phrase_words = std::max(lex.max_phrase_words, n);
    if (n < 2) return;
    std::string_view k = key;
    std::size_t first_space = k.find(' ');
    std::string_view second = k.substr(first_space + 1);
    second = second.substr(0, second.find(' '));
    lex.phrase_starts.insert(pair_hash(k.substr(0, first_space), second));
    std::size_t& most = lex.phrase_heads[key.substr(0, key.find(' '))];
    most = std::max(most, n);
}

static_assert(sizeof(TermInfo) == 32, "an index entry with its key is one cache line");

// Word counts above 65535 cannot occur in a comment the scorer would finish; cap them to fit.
static std::uint16_t small_count(std::size_t n) {
    return static_cast<std::uint16_t>(std::min<std::size_t>(n, UINT16_MAX));
}

void build_index(Lexicon& lex) {
    static std::atomic<std::uint64_t> loads{0};
    lex.load_number = ++loads;  // new content: caches keyed by the old number start afresh
    lex.index.clear();
    lex.expansions.clear();
    for (const auto& [k, v] : lex.words) {
        if (k.find(' ') != std::string::npos) continue;
        lex.index[k].has_word = true;
        lex.index[k].word = v;
    }
    for (const auto& [k, v] : lex.intensifiers) lex.index[k].intensifier = v;
    for (const auto& k : lex.negators) lex.index[k].negator = true;
    for (const auto& k : lex.contrast) {
        if (k.find(' ') == std::string::npos) lex.index[k].contrast = true;
    }
    for (const auto& k : lex.no_stem) lex.index[k].no_stem = true;
    for (const auto& [k, n] : lex.phrase_heads) lex.index[k].phrase_words = small_count(n);
    for (const auto& [k, n] : lex.spam_heads) lex.index[k].spam_words = small_count(n);
    for (const auto& [k, v] : lex.slang) {
        if (v.empty()) continue;  // as before: an empty normal form is no slang
        lex.expansions.push_back(v);
        lex.index[k].slang = static_cast<std::uint32_t>(lex.expansions.size());
    }
    for (std::size_t k = 0; k < lex.index.size(); ++k)
        lex.index.value_at(k).laughter = is_laughter(lex.index.key_at(k));
}

Result<Lexicon> load_lexicon(const fs::path& dir, const std::vector<ExtraLexicon>& extras) {
    Lexicon lex;
    lex.dir = dir;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return fail(dir.string() + ": lexicon folder not found");
    std::string all_bytes;  // every file's bytes: the lexicon's version is their hash
    for (const auto& [name, load] : file_loaders(lex)) {
        auto content = read_file(dir / name);
        if (!content) return tl::unexpected(content.error());
        all_bytes += *content;
        if (auto loaded = load(dir / name, *content); !loaded)
            return tl::unexpected(loaded.error());
    }
    for (const auto& extra : extras) {
        auto bytes = load_extra_lexicon(extra, lex);
        if (!bytes) return tl::unexpected(bytes.error());
        all_bytes += *bytes;
    }
    build_index(lex);
    lex.version = util::hex64(util::fnv1a(all_bytes)).substr(0, 12);
    return lex;
}

}  // namespace suasana::score
