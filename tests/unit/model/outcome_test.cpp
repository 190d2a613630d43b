// The names model/ gives its enums: the `fetches.outcome` and label spellings of PRODUCT.md,
// which the database, the JSON output and the e2e goldens store.
#include <catch2/catch.hpp>

#include <string>

#include "model/fetch_result.hpp"
#include "model/score.hpp"

using suasana::FetchOutcome;
using suasana::Label;

TEST_CASE("every fetch outcome has PRODUCT.md's database spelling", "[model]") {
    CHECK(std::string(outcome_name(FetchOutcome::ok)) == "ok");
    CHECK(std::string(outcome_name(FetchOutcome::unchanged)) == "unchanged");
    CHECK(std::string(outcome_name(FetchOutcome::blocked)) == "blocked");
    CHECK(std::string(outcome_name(FetchOutcome::robots)) == "robots");
    CHECK(std::string(outcome_name(FetchOutcome::too_large)) == "too_large");
    CHECK(std::string(outcome_name(FetchOutcome::throttled)) == "throttled");
    CHECK(std::string(outcome_name(FetchOutcome::timeout)) == "timeout");
    CHECK(std::string(outcome_name(FetchOutcome::http_error)) == "http_error");
    CHECK(std::string(outcome_name(FetchOutcome::network_error)) == "network_error");
    CHECK(std::string(outcome_name(FetchOutcome::refused_redirect)) == "refused_redirect");
    CHECK(std::string(outcome_name(FetchOutcome::not_html)) == "not_html");
}

TEST_CASE("every label has its stored spelling", "[model]") {
    CHECK(std::string(label_name(Label::negative)) == "negative");
    CHECK(std::string(label_name(Label::neutral)) == "neutral");
    CHECK(std::string(label_name(Label::positive)) == "positive");
}
