// Checks a report's DOM as a browser built it (`chromium --dump-dom`) against the summary's JSON
// (`suasana summary --format json`) for the same period: every story and day has its mood-chart
// group and share-chart group with the same numbers, and no others; the page holds no script,
// no event-handler attribute, nothing loaded from elsewhere and no link other than http(s); and
// each --text string appears as text.
//
// usage: report-dom-check DOM.html SUMMARY.json [--text STRING]...
// Prints what it checked; exits 1 with one line per problem.
#include <gumbo.h>

#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace {

using Attributes = std::map<std::string, std::string>;

std::string read_file(const char* path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(std::string("cannot read ") + path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

struct Dom {
    std::map<std::pair<std::string, std::string>, Attributes> mood_days, share_days;
    std::string text;  ///< every text node, concatenated
    bool csp = false;
    std::vector<std::string> problems;
};

std::string tag_name(const GumboElement& e) {
    if (e.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(e.tag);
    GumboStringPiece piece = e.original_tag;
    gumbo_tag_from_original_text(&piece);
    return lower(std::string(piece.data, piece.length));
}

// The rows in the <tbody> children of a table.
std::size_t body_rows(const GumboElement& table) {
    std::size_t rows = 0;
    for (unsigned i = 0; i < table.children.length; ++i) {
        const auto* part = static_cast<const GumboNode*>(table.children.data[i]);
        if (part->type != GUMBO_NODE_ELEMENT || part->v.element.tag != GUMBO_TAG_TBODY) continue;
        for (unsigned k = 0; k < part->v.element.children.length; ++k) {
            const auto* row = static_cast<const GumboNode*>(part->v.element.children.data[k]);
            if (row->type == GUMBO_NODE_ELEMENT && row->v.element.tag == GUMBO_TAG_TR) ++rows;
        }
    }
    return rows;
}

void check_element(const GumboElement& e, Dom& dom) {
    std::string tag = tag_name(e);
    Attributes attrs;
    for (unsigned i = 0; i < e.attributes.length; ++i) {
        const auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
        attrs[lower(a->name)] = a->value;
    }
    for (const char* banned : {"script", "iframe", "object", "embed", "link", "base", "img"}) {
        if (tag == banned) dom.problems.push_back("a <" + tag + "> element");
    }
    for (const auto& [name, value] : attrs) {
        if (name.rfind("on", 0) == 0) dom.problems.push_back("an event handler: " + name);
        if (name == "src" || name == "srcset" || name == "xlink:href" || name == "action")
            dom.problems.push_back("<" + tag + " " + name + "=\"" + value + "\">");
        if (name == "href" && value.rfind("http://", 0) != 0 && value.rfind("https://", 0) != 0)
            dom.problems.push_back("a link that is not http(s): " + value);
    }
    if (tag == "meta" && lower(attrs["http-equiv"]) == "content-security-policy" &&
        attrs["content"].find("default-src 'none'") != std::string::npos)
        dom.csp = true;
    auto key = std::pair{attrs["data-story"], attrs["data-day"]};
    const std::string& cls = attrs["class"];
    if (tag == "table" && cls == "why" && body_rows(e) == 0)
        dom.problems.push_back("a score's explanation with no contribution rows");
    if (tag == "g" && cls == "day") dom.mood_days[key] = attrs;
    if (tag == "g" && cls == "shares") dom.share_days[key] = attrs;
}

// Walks the tree without recursion (a DOM can be deep).
Dom read_dom(const std::string& html) {
    Dom dom;
    GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
    std::vector<const GumboNode*> stack = {output->root};
    while (!stack.empty()) {
        const GumboNode* node = stack.back();
        stack.pop_back();
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
            dom.text += node->v.text.text;
            continue;
        }
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) continue;
        check_element(node->v.element, dom);
        const GumboVector& children = node->v.element.children;
        for (unsigned i = children.length; i > 0; --i)
            stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
    }
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return dom;
}

std::string number_text(const nlohmann::json& v) {
    return v.is_null() ? "" : std::to_string(v.get<long>());
}

// Compares one attribute with the JSON's value; records a problem when they differ.
void expect(Dom& dom, const Attributes& attrs, const char* attribute, const nlohmann::json& v,
            const std::string& where) {
    auto it = attrs.find(attribute);
    std::string got = it == attrs.end() ? "(missing)" : it->second;
    if (got != number_text(v))
        dom.problems.push_back(where + ": " + attribute + " is " + got + ", summary says " +
                               (v.is_null() ? "null" : number_text(v)));
}

std::size_t compare(Dom& dom, const nlohmann::json& summary) {
    std::size_t checked = 0;
    for (const auto& story : summary.at("stories")) {
        std::string name = story.at("story").get<std::string>();
        for (const auto& day : story.at("days")) {
            std::string d = day.at("day").get<std::string>();
            std::string where = name + " " + d;
            auto mood = dom.mood_days.find({name, d});
            auto shares = dom.share_days.find({name, d});
            if (mood == dom.mood_days.end() || shares == dom.share_days.end()) {
                dom.problems.push_back(where + ": no mood or share marks in the report");
                continue;
            }
            expect(dom, mood->second, "data-comments", day.at("comments"), where);
            expect(dom, mood->second, "data-mood", day.at("mood_index"), where);
            for (const char* k : {"comments", "positive", "neutral", "negative"})
                expect(dom, shares->second, (std::string("data-") + k).c_str(), day.at(k), where);
            dom.mood_days.erase(mood);
            dom.share_days.erase(shares);
            ++checked;
        }
    }
    for (const auto& [key, attrs] : dom.mood_days)
        dom.problems.push_back("a mood mark the summary lacks: " + key.first + " " + key.second);
    for (const auto& [key, attrs] : dom.share_days)
        dom.problems.push_back("a share mark the summary lacks: " + key.first + " " + key.second);
    return checked;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: report-dom-check DOM.html SUMMARY.json [--text STRING]...\n";
        return 2;
    }
    try {
        Dom dom = read_dom(read_file(argv[1]));
        auto summary = nlohmann::json::parse(read_file(argv[2]));
        std::size_t stories = summary.at("stories").size();
        std::size_t checked = compare(dom, summary);
        if (checked == 0) dom.problems.push_back("the summary has no story-day to compare");
        if (!dom.csp) dom.problems.push_back("no Content-Security-Policy with default-src 'none'");
        std::size_t texts = 0;
        for (int i = 3; i + 1 < argc; i += 2) {
            if (std::string(argv[i]) != "--text") continue;
            ++texts;
            if (dom.text.find(argv[i + 1]) == std::string::npos)
                dom.problems.push_back(std::string("text not shown: ") + argv[i + 1]);
        }
        for (const auto& p : dom.problems) std::cout << "report-dom-check: " << p << "\n";
        std::cout << "report-dom-check: " << checked << " story-days of " << stories
                  << " stories compared, " << texts << " texts looked for, " << dom.problems.size()
                  << " problems\n";
        return dom.problems.empty() ? 0 : 1;
    } catch (const std::exception& e) {
        std::cout << "report-dom-check: " << e.what() << "\n";
        return 1;
    }
}
