#include "score/learned.hpp"

#include <algorithm>

#include "score/lexicon_files.hpp"

namespace suasana::score {

namespace {

using namespace detail;

constexpr std::array<const char*, k_special_count> k_special_names = {
    "*bias", "*lexicon positive", "*lexicon negative", "*no lexicon hit"};

// Reads one `key<TAB>negative<TAB>neutral<TAB>positive` row into `w`; fails naming the line.
Result<void> read_weights(const std::filesystem::path& file, const Line& l, ClassWeights& w) {
    if (l.fields.size() != 4)
        return tl::unexpected(
            bad_line(file, l.number, "expected feature<TAB>negative<TAB>neutral<TAB>positive"));
    for (std::size_t k = 0; k < 3; ++k) {
        auto v = parse_number(l.fields[k + 1]);
        if (!v || *v < -100 || *v > 100)
            return tl::unexpected(bad_line(
                file, l.number, "'" + l.fields[k + 1] + "' is not a weight from -100 to 100"));
        w[k] = *v;
    }
    return {};
}

// Reads one data row: the gate, a special feature, or a word or pair.
Result<void> read_row(const std::filesystem::path& file, const Line& l, LearnedWeights& out,
                      bool& has_gate) {
    const std::string& key = l.fields[0];
    if (key == "*gate") {
        auto v = l.fields.size() == 2 ? parse_number(l.fields[1]) : std::nullopt;
        if (!v || *v < 0 || *v > 1)
            return tl::unexpected(
                bad_line(file, l.number, "expected *gate<TAB>a number from 0 to 1"));
        out.gate = *v;
        has_gate = true;
        return {};
    }
    ClassWeights w{};
    if (auto read = read_weights(file, l, w); !read) return read;
    if (!key.empty() && key[0] == '*') {
        for (std::size_t s = 0; s < k_special_count; ++s) {
            if (key == k_special_names[s]) {
                out.specials[s] = w;
                return {};
            }
        }
        return tl::unexpected(bad_line(file, l.number, "unknown feature '" + key + "'"));
    }
    std::string normal = key_of(key);
    if (normal.empty() || word_count(normal) > 2)
        return tl::unexpected(bad_line(file, l.number, "a feature is one word or two"));
    if (out.features.contains(normal))
        return tl::unexpected(bad_line(file, l.number, "'" + normal + "' is listed twice"));
    out.add(normal, w);
    return {};
}

}  // namespace

const char* special_name(Special s) {
    return k_special_names[static_cast<std::size_t>(s)];
}

std::size_t LearnedWeights::find_pair(std::string_view first, std::string_view second,
                                      std::uint64_t h) const {
    if (pair_slots.empty()) return StringTable<ClassWeights>::npos;
    std::size_t mask = pair_slots.size() - 1;
    for (std::size_t s = h & mask; pair_slots[s].second != 0; s = (s + 1) & mask) {
        if (pair_slots[s].first != h) continue;
        std::size_t entry = pair_slots[s].second - 1;
        const std::string& key = features.key_at(entry);
        if (key.size() == first.size() + 1 + second.size() &&
            key.compare(0, first.size(), first) == 0 && key[first.size()] == ' ' &&
            key.compare(first.size() + 1, second.size(), second) == 0)
            return entry;
    }
    return StringTable<ClassWeights>::npos;
}

void LearnedWeights::add(const std::string& key, const ClassWeights& w) {
    std::size_t space = key.find(' ');
    std::size_t entry = features.size();
    if (space != std::string::npos) {
        std::string_view k = key;
        if ((pair_count + 1) * 2 > pair_slots.size()) grow_pairs();
        ++pair_count;
        std::uint64_t h = pair_hash(k.substr(0, space), k.substr(space + 1));
        std::size_t mask = pair_slots.size() - 1;
        std::size_t s = h & mask;
        while (pair_slots[s].second != 0) s = (s + 1) & mask;
        pair_slots[s] = {h, static_cast<std::uint32_t>(entry + 1)};
    }
    features[key] = w;
}

void LearnedWeights::grow_pairs() {
    std::vector<std::pair<std::uint64_t, std::uint32_t>> old = std::move(pair_slots);
    pair_slots.assign(old.empty() ? 16 : old.size() * 2, {0, 0});
    std::size_t mask = pair_slots.size() - 1;
    for (const auto& slot : old) {
        if (slot.second == 0) continue;
        std::size_t s = slot.first & mask;
        while (pair_slots[s].second != 0) s = (s + 1) & mask;
        pair_slots[s] = slot;
    }
}

Result<std::pair<LearnedWeights, std::string>> load_learned(const std::filesystem::path& file) {
    auto content = read_file(file);
    if (!content)
        return fail(file.string() + ": cannot read the learned weights ([lexicon] learned)");
    LearnedWeights out;
    out.file = file;
    bool has_gate = false;
    // The shipped file has some 20,000 rows and is read at every start (the layer is on by
    // default): the table is sized first, and the rows pass through one reused line.
    out.features.reserve(
        static_cast<std::size_t>(std::count(content->begin(), content->end(), '\n')) + 1);
    auto read = for_each_data_line(*content, '\t',
                                   [&](const Line& l) { return read_row(file, l, out, has_gate); });
    if (!read) return tl::unexpected(read.error());
    if (!has_gate) return fail(file.string() + ": no *gate line (is this a `suasana train` file?)");
    return std::pair{std::move(out), std::move(*content)};
}

Decision decide(const ClassWeights& z) {
    constexpr std::size_t neg = 0, neu = 1, pos = 2;
    double a = z[pos] - z[neu], b = z[neg] - z[neu];
    if (a > 0 && b > 0) return {pos, neg, false};
    if (a > 0) return {pos, neu, false};
    if (b > 0) return {neu, neg, false};
    return {pos, neg, true};
}

}  // namespace suasana::score
