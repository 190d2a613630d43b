#include "score/lexicon.hpp"

#include <cstdlib>
#include <functional>
#include <fstream>
#include <sstream>

#include "text/normalize.hpp"
#include "util/hash.hpp"
#include "util/strings.hpp"

namespace suasana::score {

namespace {

namespace fs = std::filesystem;

// One data line of a lexicon file: its fields and where it was.
struct Line {
    std::vector<std::string> fields;
    int number = 0;
};

Result<std::string> read_file(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return fail(file.string() + ": cannot read lexicon file");
    std::ostringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

// Splits `content` into data lines (comments '#' and blank lines skipped) of TAB-separated fields.
std::vector<Line> data_lines(const std::string& content, char sep = '\t') {
    std::vector<Line> lines;
    int number = 0;
    for (const auto& raw : util::split(content, '\n')) {
        ++number;
        std::string_view line = raw;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (util::trim(line).empty() || util::trim(line).front() == '#') continue;
        Line l;
        l.number = number;
        for (auto& f : util::split(line, sep)) l.fields.emplace_back(util::trim(f));
        lines.push_back(std::move(l));
    }
    return lines;
}

// Normalises a lexicon key the way the scorer normalises text: folded, single spaces.
std::string key_of(std::string_view term) {
    return util::collapse_spaces(text::fold(term));
}

std::size_t word_count(const std::string& key) {
    return static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
}

std::optional<double> parse_number(const std::string& s) {
    if (s.empty()) return std::nullopt;
    char* end = nullptr;
    double v = std::strtod(s.c_str(), &end);
    if (end == nullptr || *end != '\0') return std::nullopt;
    return v;
}

Error bad_line(const fs::path& file, int line, const std::string& what) {
    return Error{file.string() + ":" + std::to_string(line) + ": " + what, std::nullopt};
}

// Loads a `key<TAB>number` file into `table`, checking the range.
Result<void> load_scored(const fs::path& file, const std::string& content, double lo, double hi,
                         const std::function<void(std::string, double)>& put) {
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
}

Result<void> load_list(const std::string& content, std::unordered_set<std::string>& set) {
    for (const auto& l : data_lines(content)) set.insert(key_of(l.fields[0]));
    return {};
}

// The user's own lexicons in their published formats: InSet (word<TAB>weight, a header line)
// and SentiStrength (word<TAB>score, a trailing '*' meaning "any ending" is dropped).
Result<void> load_extra(const ExtraLexicon& extra, Lexicon& lex, std::string& all_bytes) {
    std::vector<fs::path> files;
    if (extra.format == "inset") {
        files = {extra.positive, extra.negative};
    } else {
        files = {extra.words};
    }
    for (const auto& file : files) {
        if (file.empty()) continue;
        auto content = read_file(file);
        if (!content) return tl::unexpected(content.error());
        all_bytes += *content;
        for (const auto& l : data_lines(*content)) {
            if (l.fields.size() < 2) continue;
            auto v = parse_number(l.fields[1]);
            if (!v) {
                if (l.number == 1) continue;  // the header line
                return tl::unexpected(bad_line(file, l.number, "expected word<TAB>score"));
            }
            std::string key = key_of(l.fields[0]);
            if (!key.empty() && key.back() == '*') key.pop_back();
            // Our own entries win: an extra list only fills gaps.
            if (!key.empty() && lex.words.count(key) == 0) {
                lex.words[key] = std::max(-5.0, std::min(5.0, *v));
                lex.max_phrase_words = std::max(lex.max_phrase_words, word_count(key));
            }
        }
    }
    return {};
}

}  // namespace

Result<Lexicon> load_lexicon(const fs::path& dir, const std::vector<ExtraLexicon>& extras) {
    Lexicon lex;
    lex.dir = dir;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return fail(dir.string() + ": lexicon folder not found");

    using Loader = std::function<Result<void>(const fs::path&, const std::string&)>;
    auto scored = [](double lo, double hi, std::function<void(std::string, double)> put) {
        return Loader([=](const fs::path& file, const std::string& content) {
            return load_scored(file, content, lo, hi, put);
        });
    };
    auto listed = [](std::unordered_set<std::string>& set) {
        return Loader([&set](const fs::path&, const std::string& content) {
            return load_list(content, set);
        });
    };
    const std::vector<std::pair<const char*, Loader>> files = {
        {"words.tsv", scored(-5, 5,
                             [&](std::string k, double v) {
                                 lex.max_phrase_words =
                                     std::max(lex.max_phrase_words, word_count(k));
                                 lex.words[std::move(k)] = v;
                             })},
        {"slang.tsv",
         [&](const fs::path& file, const std::string& content) -> Result<void> {
             for (const auto& l : data_lines(content)) {
                 if (l.fields.size() != 2 || l.fields[1].empty())
                     return tl::unexpected(bad_line(file, l.number, "expected form<TAB>normal"));
                 lex.slang[key_of(l.fields[0])] = key_of(l.fields[1]);
             }
             return {};
         }},
        {"negators.txt", listed(lex.negators)},
        {"intensifiers.tsv",
         scored(0, 3, [&](std::string k, double v) { lex.intensifiers[std::move(k)] = v; })},
        {"contrast.txt", listed(lex.contrast)},
        {"emoji.tsv", scored(-5, 5, [&](std::string k, double v) { lex.emoji[std::move(k)] = v; })},
        {"spam.tsv", scored(1, 5,
                            [&](std::string k, double v) {
                                lex.max_spam_words = std::max(lex.max_spam_words, word_count(k));
                                lex.spam[std::move(k)] = static_cast<int>(v);
                            })},
    };
    std::string all_bytes;  // every file's bytes: the lexicon's version is their hash
    for (const auto& [name, load] : files) {
        auto content = read_file(dir / name);
        if (!content) return tl::unexpected(content.error());
        all_bytes += *content;
        if (auto loaded = load(dir / name, *content); !loaded)
            return tl::unexpected(loaded.error());
    }
    for (const auto& extra : extras) {
        if (auto loaded = load_extra(extra, lex, all_bytes); !loaded)
            return tl::unexpected(loaded.error());
    }
    lex.version = util::hex64(util::fnv1a(all_bytes)).substr(0, 12);
    return lex;
}

}  // namespace suasana::score
