#include "model/fetch_result.hpp"
#include "model/score.hpp"

namespace suasana {

const char* outcome_name(FetchOutcome outcome) {
    switch (outcome) {
        case FetchOutcome::ok:
            return "ok";
        case FetchOutcome::unchanged:
            return "unchanged";
        case FetchOutcome::blocked:
            return "blocked";
        case FetchOutcome::robots:
            return "robots";
        case FetchOutcome::too_large:
            return "too_large";
        case FetchOutcome::throttled:
            return "throttled";
        case FetchOutcome::timeout:
            return "timeout";
        case FetchOutcome::http_error:
            return "http_error";
        case FetchOutcome::network_error:
            return "network_error";
        case FetchOutcome::refused_redirect:
            return "refused_redirect";
        case FetchOutcome::not_html:
            return "not_html";
    }
    return "network_error";
}

const char* label_name(Label label) {
    switch (label) {
        case Label::negative:
            return "negative";
        case Label::neutral:
            return "neutral";
        case Label::positive:
            return "positive";
    }
    return "neutral";
}

}  // namespace suasana
