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

/// One side of the head-to-head: how often an entity came up and how readers felt about it.
struct EntityTally {
    std::string entity;
    long mentions = 0;
    double mean_score = 0.0;
    long wins = 0, losses = 0;
};

/// A word whose contributions pushed the period's comments one way.
struct DriverWord {
    std::string word;
    double total = 0.0;  ///< summed contribution over the comments it appeared in
    long comments = 0;
};

struct StoryMood {
    std::string story;
    std::vector<DayMood> days;  ///< only days that had comments, ascending
    std::optional<NotableComment> most_positive, most_negative;
    std::vector<EntityTally> entities;       ///< most mentioned first
    std::vector<DriverWord> positive_words;  ///< strongest first
    std::vector<DriverWord> negative_words;  ///< strongest (most negative) first
};

struct MoodSummary {
    std::string first_day, last_day, zone;
    std::vector<StoryMood> stories;
};

}  // namespace suasana
