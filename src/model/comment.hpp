#pragma once
// A reader comment as it flows from extract through score to store.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "model/score.hpp"

namespace suasana {

/// A comment's time as read from the page: the resolved instant (if any) and how it was found.
struct Timestamp {
    std::optional<std::int64_t> utc;  ///< seconds since the epoch; empty when unreadable
    std::string local_day;            ///< YYYY-MM-DD in the configured zone; empty without utc
    std::string raw;                  ///< the text as the page showed it
    bool relative = false;            ///< "2 jam lalu": resolved against the fetch time
    bool inferred = false;            ///< the page showed no year; it was inferred
};

/// The start of the id the extractor makes for a comment its site gives no id of its own
/// ("h:" and a hash of author, body and time); the store keys such ids (store/privacy.hpp).
constexpr std::string_view k_derived_id_prefix = "h:";

struct Comment {
    std::string site_id;         ///< the site's id, or a hash of author and body when it has none
    std::string parent_site_id;  ///< site_id of the comment this replies to; empty for top level
    std::optional<std::string> author;
    Timestamp time;
    std::string body;
    bool body_cut = false;  ///< the body was longer than max_comment_chars and was cut
    std::optional<std::int64_t> likes;
    std::optional<std::int64_t> dislikes;
    std::optional<std::int64_t> replies;
    bool machine_translated = false;
    bool scored = true;  ///< false for items that carry no words (stickers): never scored
    Score score;
};

}  // namespace suasana
