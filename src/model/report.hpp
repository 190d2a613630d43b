#pragma once
// What the HTML report adds to the summary: the head-to-head per day, the period's most
// positive and negative comments with their article and explanation, and what the numbers stand
// on (lexicon versions, machine-translated share).
#include <cstdint>
#include <string>
#include <vector>

#include "model/mood.hpp"
#include "model/score.hpp"

namespace suasana {

/// One entity on one day of one story: the `entity_daily` view's row.
struct EntityDay {
    std::string day;  ///< YYYY-MM-DD, local
    std::string entity;
    long mentions = 0;
    double mean_score = 0.0;
    long wins = 0, losses = 0;
};

/// A comment quoted in the report, with where it was posted and why it scored as it did.
struct QuotedComment {
    std::string author;
    std::int64_t posted_utc = 0;
    std::string local_time;  ///< YYYY-MM-DD HH:MM in the configured zone
    std::string body;
    double score = 0.0;           ///< as stored
    std::string lexicon_version;  ///< the lexicon that produced the stored score
    bool machine_translated = false;
    std::string article_url;                ///< as stored: may be any text, never trusted as a link
    std::string article_title;              ///< empty when the scraper reads none
    std::vector<Contribution> explanation;  ///< scored again with the current lexicon
};

/// The report's extras for one story over the period (spam and deleted comments left out).
struct StoryDetails {
    std::string story;
    std::vector<EntityDay> entity_days;                       ///< by day, then entity
    std::vector<QuotedComment> most_positive, most_negative;  ///< strongest first
    long comments = 0;                          ///< comments of the period with a readable time
    long machine_translated = 0;                ///< how many of them the site machine-translated
    std::vector<std::string> lexicon_versions;  ///< the lexicons that scored them
};

/// Everything the HTML report shows: the summary's numbers plus the details per story
/// (`details[i]` belongs to `summary.stories[i]`).
struct MoodReport {
    MoodSummary summary;
    std::vector<StoryDetails> details;
    std::string current_lexicon;  ///< the version that explanations were computed with
    std::string generated_at;     ///< local time of "now", YYYY-MM-DD HH:MM
    std::string version;          ///< suasana's version
};

}  // namespace suasana
