#pragma once
// What `summary` and `report` share: the period a --date/--days pair names, opened once: the
// database read-only, the scorer, and the summary of that period (so both show the same numbers).
#include <memory>
#include <string>

#include "app/context.hpp"
#include "app/pipeline.hpp"
#include "model/mood.hpp"
#include "store/database.hpp"

namespace suasana::app {

/// The local days a command covers, first..last inclusive (YYYY-MM-DD).
struct Period {
    std::string first_day, last_day;
};

/// A period opened for reading: what `summary` prints and `report` starts from.
struct MoodPeriod {
    Period period;
    store::Database db;
    std::unique_ptr<ScoringKit> kit;
    MoodSummary summary;
};

/// Opens the `days` days ending at `date` ("today", "yesterday" or YYYY-MM-DD, in the configured
/// zone) for `story` (empty for every story): per story and day the counts and moods, the
/// extremes with local times, the head-to-head and the words that drove the mood. Fails with
/// exit code 2 on a malformed date, days outside 1..3660, a bad lexicon or an unknown story, 3 on
/// a database error.
Result<MoodPeriod> open_mood_period(const Context& ctx, const std::string& date, int days,
                                    const std::string& story);

}  // namespace suasana::app
