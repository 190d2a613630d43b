#pragma once
// The daily mood summary as JSON or CSV, for pipes and spreadsheets (field names are stable).
#include <string>

#include "model/mood.hpp"

namespace suasana::report {

/// Returns one JSON object (the schema README.md documents): {"first_day", "last_day", "zone",
/// "stories": [{"story", "days": [{"day", "comments", "positive", "neutral", "negative",
/// "mean_score", "mood_index"}], "most_positive", "most_negative", "positive_words",
/// "negative_words", "entities"}]}; days without comments have "comments": 0 and null moods.
std::string format_summary_json(const MoodSummary& summary);

/// Returns CSV with the header day,story,comments,positive,neutral,negative,mean_score,mood_index
/// and one row per story and day of the period (empty mood fields on days without comments).
std::string format_summary_csv(const MoodSummary& summary);

}  // namespace suasana::report
