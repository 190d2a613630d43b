#pragma once
// Helpers for the report/ tests: counting what a rendered page holds, and a day's mood built
// from its counts the way the store computes it.
#include <cstddef>
#include <string>

#include "model/mood.hpp"

namespace suasana::test {

/// Returns how many times `what` occurs in `text` (overlapping occurrences count).
inline std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

/// Returns the mood of day `d` with `pos`/`neu`/`neg` comments and mean score `mean`; its mood
/// index is round-towards-zero 100 * (pos - neg) / comments, 0 without comments.
inline DayMood day(const std::string& d, long pos, long neu, long neg, double mean) {
    DayMood m;
    m.day = d;
    m.positive = pos;
    m.neutral = neu;
    m.negative = neg;
    m.comments = pos + neu + neg;
    m.mean_score = mean;
    m.mood_index = m.comments == 0 ? 0 : (100 * (pos - neg)) / m.comments;
    return m;
}

}  // namespace suasana::test
