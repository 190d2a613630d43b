#include "score/extra_lexicon.hpp"

#include <algorithm>

#include "score/lexicon_files.hpp"

namespace suasana::score {

namespace {

namespace fs = std::filesystem;
using namespace detail;

// Reads one file of `sep`-separated `word, weight` rows into `lex`. A first row whose weight is
// not a number is the header line both formats may carry.
Result<void> add_rows(const fs::path& file, const std::string& content, char sep, Lexicon& lex) {
    bool first = true;
    for (const auto& l : data_lines(content, sep)) {
        bool header = first;
        first = false;
        std::optional<double> v;
        if (l.fields.size() >= 2) v = parse_number(l.fields[1]);
        if (!v) {
            if (header) continue;
            return tl::unexpected(bad_line(
                file, l.number, sep == ':' ? "expected word:score" : "expected word<TAB>weight"));
        }
        std::string key = key_of(l.fields[0]);
        // SentiStrength's "word*" means "any ending"; the stripper covers endings, so the stem
        // itself is what we keep.
        if (!key.empty() && key.back() == '*') key.pop_back();
        if (key.empty() || *v == 0.0 || lex.words.count(key) != 0) continue;
        note_phrase(lex, key);
        lex.words[std::move(key)] = std::clamp(*v, -5.0, 5.0);
    }
    return {};
}

}  // namespace

Result<std::string> load_extra_lexicon(const ExtraLexicon& extra, Lexicon& lex) {
    std::vector<fs::path> files;
    char sep = '\t';
    if (extra.format == "inset") {
        files = {extra.positive, extra.negative};
    } else if (extra.format == "sentistrength") {
        files = {extra.words};
        sep = ':';
    } else {
        return fail("unknown extra lexicon format '" + extra.format +
                    "' (expected inset or sentistrength)");
    }
    std::string bytes;
    for (const auto& file : files) {
        if (file.empty()) continue;
        auto content = read_file(file);
        if (!content) return tl::unexpected(content.error());
        bytes += *content;
        // SentiStrength files in the wild also come TAB-separated; accept both.
        char file_sep = sep == ':' && content->find(':') == std::string::npos ? '\t' : sep;
        if (auto added = add_rows(file, *content, file_sep, lex); !added)
            return tl::unexpected(added.error());
    }
    return bytes;
}

}  // namespace suasana::score
