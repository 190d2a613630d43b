#pragma once
// What the summary shows: per story and day, the counts and the extremes.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace suasana {

struct DayMood {
    std::string day;  ///< YYYY-MM-DD, local
    long comments = 0, positive = 0, neutral = 0, negative = 0;
    double mean_score = 0.0;
    long mood_index = 0;
};

struct NotableComment {
    std::string author;
    std::int64_t posted_utc = 0;
    std::string local_time;  ///< YYYY-MM-DD HH:MM in the configured zone
    std::string body;
    double score = 0.0;
};

struct StoryMood {
    std::string story;
    std::vector<DayMood> days;  ///< only days that had comments, ascending
    std::optional<NotableComment> most_positive, most_negative;
};

struct MoodSummary {
    std::string first_day, last_day, zone;
    std::vector<StoryMood> stories;
};

}  // namespace suasana
