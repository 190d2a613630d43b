// Unit tests for report/summary_text.hpp and report/summary_data.hpp on hand-built summaries.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "report/summary_data.hpp"
#include "report/summary_text.hpp"
#include "test_report.hpp"
#include "util/strings.hpp"

using namespace suasana;
using namespace suasana::report;
using suasana::test::day;

namespace {

// The animal war over three days; 22 July had no comments.
MoodSummary animal_war() {
    StoryMood story;
    story.story = "animal-war";
    story.days = {day("2023-07-21", 4, 2, 4, -0.05),  // mood 0
                  day("2023-07-23", 3, 1, 1, 0.2)};   // mood 40
    NotableComment best;
    best.author = "NftBankruptcyClub";
    best.local_time = "2023-07-21 22:48";
    best.body = "Berdiri dan santai itu sudah bagus, super ganda.";
    best.score = 0.61;
    story.most_positive = best;
    MoodSummary s;
    s.first_day = "2023-07-21";
    s.last_day = "2023-07-23";
    s.zone = "Asia/Jakarta";
    s.stories = {story};
    return s;
}

// Returns the line of `text` that starts (after indentation) with `prefix`, or "".
std::string line_starting(const std::string& text, const std::string& prefix) {
    for (const auto& line : util::split(text, '\n')) {
        if (util::starts_with(util::trim(line), prefix)) return line;
    }
    return {};
}

}  // namespace

TEST_CASE("sparkline maps -100..100 onto eight bars and missing days onto a dot", "[report]") {
    CHECK(sparkline({}) == "");
    CHECK(sparkline({-100L}) == "\xE2\x96\x81");     // ▁
    CHECK(sparkline({100L}) == "\xE2\x96\x88");      // █
    CHECK(sparkline({std::nullopt}) == "\xC2\xB7");  // ·
    std::string line = sparkline({-100L, std::nullopt, 0L, 100L});
    CHECK(line == "\xE2\x96\x81\xC2\xB7\xE2\x96\x84\xE2\x96\x88");  // ▁·▄█
    CHECK(util::utf8_length(sparkline({1L, 2L, 3L, 4L, 5L, 6L, 7L})) == 7);
    // Higher moods never get lower bars.
    std::string previous;
    for (long v = -100; v <= 100; v += 10) {
        std::string bar = sparkline({v});
        if (!previous.empty()) CHECK(bar >= previous);  // the bar characters sort by height
        previous = bar;
    }
}

TEST_CASE("the text summary prints each day, and says so for a day without comments", "[report]") {
    std::string text = format_summary_text(animal_war());
    CAPTURE(text);
    CHECK_THAT(text, Catch::Contains("2023-07-21 to 2023-07-23"));
    CHECK_THAT(text, Catch::Contains("Asia/Jakarta"));
    CHECK_THAT(text, Catch::Contains("animal-war"));
    CHECK_THAT(line_starting(text, "2023-07-22"), Catch::Contains("no comments"));
    CHECK_THAT(line_starting(text, "2023-07-21"), !Catch::Contains("no comments"));
    CHECK_THAT(line_starting(text, "2023-07-23"), Catch::Contains("3 (60%)"));
    CHECK_THAT(line_starting(text, "2023-07-23"), Catch::Contains("+0.20"));
    // The most positive comment, with its author and local time.
    CHECK_THAT(text, Catch::Contains("NftBankruptcyClub"));
    CHECK_THAT(text, Catch::Contains("2023-07-21 22:48"));
    CHECK_THAT(text, !Catch::Contains("most negative"));
}

TEST_CASE("the text summary folds a run of days without comments into one line", "[report]") {
    MoodSummary s = animal_war();
    s.first_day = "2013-07-26";  // `summary --days 3650`: ten years, comments on two days
    s.last_day = "2023-07-26";
    std::string text = format_summary_text(s);
    CAPTURE(text);
    // Title, blank, story, header, the fold, 21 July, 22 July (a lone empty day keeps its row
    // and its sparkline), 23 July, the fold after it, the total.
    CHECK(util::split(text, '\n').size() < 20);
    CHECK_THAT(line_starting(text, "2013-07-26"),
               Catch::Equals("  2013-07-26 to 2023-07-20  no comments (3647 days)"));
    CHECK_THAT(line_starting(text, "2023-07-22"), Catch::StartsWith("  2023-07-22    no comments"));
    CHECK_THAT(line_starting(text, "2023-07-24"),
               Catch::Equals("  2023-07-24 to 2023-07-26  no comments (3 days)"));
    CHECK_THAT(line_starting(text, "2023-07-23"), Catch::Contains("3 (60%)"));
    CHECK_THAT(line_starting(text, "all days"), Catch::Contains("15"));
}

TEST_CASE("the sparkline in the text summary shows the last seven days", "[report]") {
    std::string text = format_summary_text(animal_war());
    std::string last = line_starting(text, "2023-07-23");
    // 17..20 July missing, 21 July mood 0, 22 July missing, 23 July mood 40.
    CHECK_THAT(last, Catch::EndsWith("\xC2\xB7\xC2\xB7\xC2\xB7\xC2\xB7\xE2\x96\x84\xC2\xB7" +
                                     sparkline({40L})));
}

TEST_CASE("the change against the day before gets an arrow from 5 points", "[report]") {
    struct Case {
        long before, today;
        std::string expected;
    };
    const std::vector<Case> cases = {
        {0, 5, "\xE2\x96\xB2 +5"},    // ▲
        {0, 40, "\xE2\x96\xB2 +40"},  // ▲
        {10, 5, "\xE2\x96\xBC -5"},   // ▼
        {0, 4, "= +4"},
        {4, 0, "= -4"},
        {7, 7, "= +0"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.before, c.today);
        MoodSummary s;
        s.first_day = "2023-07-22";
        s.last_day = "2023-07-23";
        s.zone = "Asia/Jakarta";
        StoryMood story;
        story.story = "s";
        DayMood before = day("2023-07-22", 1, 0, 0, 0.1);
        before.mood_index = c.before;
        DayMood today = day("2023-07-23", 1, 0, 0, 0.1);
        today.mood_index = c.today;
        story.days = {before, today};
        s.stories = {story};
        std::string line = line_starting(format_summary_text(s), "2023-07-23");
        CHECK_THAT(line, Catch::Contains(c.expected));
    }
}

TEST_CASE("the text summary of an empty database says what to do", "[report]") {
    MoodSummary s;
    s.first_day = s.last_day = "2023-07-23";
    s.zone = "Asia/Jakarta";
    CHECK_THAT(format_summary_text(s), Catch::Contains("suasana scrape"));
}

TEST_CASE("the JSON summary has the documented keys and nulls for empty days", "[report]") {
    std::string json = format_summary_json(animal_war());
    CAPTURE(json);
    for (const char* key :
         {"\"first_day\":\"2023-07-21\"", "\"last_day\":\"2023-07-23\"",
          "\"zone\":\"Asia/Jakarta\"", "\"stories\":[", "\"story\":\"animal-war\"", "\"days\":[",
          "\"most_positive\":{", "\"most_negative\":null"}) {
        CHECK_THAT(json, Catch::Contains(key));
    }
    CHECK_THAT(json, Catch::Contains("{\"day\":\"2023-07-21\",\"comments\":10,\"positive\":4,"
                                     "\"neutral\":2,\"negative\":4,\"mean_score\":-0.050,"
                                     "\"mood_index\":0}"));
    CHECK_THAT(json, Catch::Contains("{\"day\":\"2023-07-22\",\"comments\":0,\"positive\":0,"
                                     "\"neutral\":0,\"negative\":0,\"mean_score\":null,"
                                     "\"mood_index\":null}"));
    CHECK_THAT(json, Catch::Contains("\"author\":\"NftBankruptcyClub\""));
    CHECK_THAT(json, Catch::Contains("\"score\":0.610"));
    CHECK_THAT(json, Catch::StartsWith("{") && Catch::EndsWith("}\n"));
}

TEST_CASE("the CSV summary has the exact header and one row per story and day", "[report]") {
    std::string csv = format_summary_csv(animal_war());
    auto lines = util::split(csv, '\n');
    REQUIRE(lines.size() == 5);  // header, three days, and the empty part after the last '\n'
    CHECK(lines[0] == "day,story,comments,positive,neutral,negative,mean_score,mood_index");
    CHECK(lines[1] == "2023-07-21,animal-war,10,4,2,4,-0.050,0");
    CHECK(lines[2] == "2023-07-22,animal-war,0,0,0,0,,");
    CHECK(lines[3] == "2023-07-23,animal-war,5,3,1,1,0.200,40");
    CHECK(lines[4].empty());
}

TEST_CASE("the CSV summary quotes a story name with a comma or quote", "[report]") {
    MoodSummary s = animal_war();
    s.stories[0].story = "perang \"hewan\", AI";
    s.first_day = s.last_day = "2023-07-23";
    auto lines = util::split(format_summary_csv(s), '\n');
    REQUIRE(lines.size() >= 2);
    CHECK(lines[1] == "2023-07-23,\"perang \"\"hewan\"\", AI\",5,3,1,1,0.200,40");
}

TEST_CASE("the summary names the words that drove the mood and the head-to-head", "[report]") {
    suasana::MoodSummary s;
    s.first_day = s.last_day = "2023-07-21";
    s.zone = "Asia/Jakarta";
    suasana::StoryMood story;
    story.story = "animal-war";
    story.days.push_back({"2023-07-21", 2, 1, 0, 1, 0.1, 0});
    story.positive_words = {{"bagus", 0.8, 1}, {"menang", 0.4, 1}};
    story.negative_words = {{"mahal", -0.6, 1}};
    story.entities = {{"Llama", 2, 0.5, 1, 0}, {"Falcon", 1, -0.3, 0, 1}};
    s.stories.push_back(story);
    std::string text = suasana::report::format_summary_text(s);
    CHECK_THAT(text, Catch::Contains("driving up:     bagus, menang"));
    CHECK_THAT(text, Catch::Contains("driving down:   mahal"));
    CHECK_THAT(text, Catch::Contains("2 mentions  mean +0.50  1 win, 0 losses"));
    CHECK_THAT(text, Catch::Contains("1 mention  mean -0.30  0 wins, 1 loss"));
    std::string json = suasana::report::format_summary_json(s);
    CHECK_THAT(json,
               Catch::Contains(R"("positive_words":[{"word":"bagus","total":0.800,"comments":1})"));
    CHECK_THAT(
        json,
        Catch::Contains(
            R"("entities":[{"entity":"Llama","mentions":2,"mean_score":0.500,"wins":1,"losses":0})"));
}
