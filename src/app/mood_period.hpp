#pragma once
// What `summary` and `report` share: the period a --date/--days pair names, and the summary of
// that period read from the database (so both show the same numbers).
#include <string>

#include "app/context.hpp"
#include "model/mood.hpp"
#include "score/scorer.hpp"
#include "store/database.hpp"

namespace suasana::app {

/// The local days a command covers, first..last inclusive (YYYY-MM-DD).
struct Period {
    std::string first_day, last_day;
};

/// Returns the `days` days ending at `date` ("today", "yesterday" or YYYY-MM-DD, in the
/// configured zone); fails with exit code 2 on a malformed date or days outside 1..3660.
Result<Period> resolve_period(const Context& ctx, const std::string& date, int days);

/// Returns the summary of `period` (`story` empty for every story): per story and day the
/// counts and moods, the extremes with local times, the head-to-head and the words that drove
/// the mood (scored with `scorer`). Fails with exit code 2 for an unknown story, 3 on a database
/// error.
Result<MoodSummary> load_mood_summary(const Context& ctx, store::Database& db,
                                      const score::Scorer& scorer, const Period& period,
                                      const std::string& story);

}  // namespace suasana::app
