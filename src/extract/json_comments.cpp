#include "extract/json_comments.hpp"

#include <unordered_set>
#include <utility>
#include <vector>

#include "extract/counts.hpp"

namespace suasana::extract {

namespace {

std::optional<std::string> field(const json::Value& item, const SpecField& path) {
    if (path.empty()) return std::nullopt;
    return item.at(path.text).text();
}

// Returns, for --why, the JSON path each field of `item` (at `path`) came from.
FieldPaths field_paths(const json::Value& item, const ScraperSpec& spec, const std::string& path) {
    FieldPaths paths;
    for (auto [name, f] : {std::pair{"id", &spec.id},
                           {"author", &spec.author},
                           {"time", &spec.time},
                           {"body", &spec.body},
                           {"likes", &spec.likes},
                           {"dislikes", &spec.dislikes},
                           {"replies", &spec.replies}}) {
        if (!f->empty() && item.at(f->text).valid()) paths.emplace_back(name, path + "." + f->text);
    }
    return paths;
}

// A reply's `parent` field wins over its nesting only when it names a comment of the page
// (detik's `refer` inside a flat `child` list); a dangling or zero value falls back.
void settle_parents(Page& page, std::size_t first,
                    const std::vector<std::pair<std::size_t, std::string>>& nested_in) {
    std::unordered_set<std::string> ids;
    for (std::size_t i = first; i < page.comments.size(); ++i) {
        Comment& c = page.comments[i];
        if (c.parent_site_id == c.site_id) c.parent_site_id.clear();
        ids.insert(c.site_id);
    }
    for (const auto& [index, enclosing] : nested_in) {
        Comment& c = page.comments[index];
        if (c.parent_site_id.empty() || ids.count(c.parent_site_id) == 0)
            c.parent_site_id = enclosing;
    }
}

}  // namespace

void read_json_comments(const json::Value& root, const ScraperSpec& spec,
                        const JsonItemRules& rules, const ExtractContext& ctx,
                        CommentBuilder& builder, Page& page, Why why) {
    if (!spec.last_page.empty()) {
        if (auto last = root.at(spec.last_page.text).text()) page.last_page = parse_count(*last);
    }
    json::Value list = root.at(spec.list.text);
    if (!list.is_array()) {
        if (list.valid() && !list.is_array())
            page.warnings.push_back("comments.list '" + spec.list.text + "' is " + list.kind() +
                                    ", not an array");
        return;
    }
    // Depth-first with an explicit stack (hostile replies may nest deeply); each entry carries
    // the site id of the comment it replies to.
    struct Pending {
        json::Value item;
        std::string parent;  ///< site id of the comment it replies to
        std::string path;    ///< where it is, for --why ("data.comments.0.replies.1")
    };
    std::vector<Pending> stack;
    auto push_all = [&stack](const std::vector<json::Value>& items, const std::string& parent,
                             const std::string& path) {
        for (std::size_t i = items.size(); i > 0; --i)
            stack.push_back({items[i - 1], parent, path + "." + std::to_string(i - 1)});
    };
    std::vector<json::Value> top = list.items();
    page.list_items += static_cast<std::int64_t>(top.size());
    push_all(top, "", spec.list.text);
    const std::size_t first = page.comments.size();
    std::vector<std::pair<std::size_t, std::string>> nested_in;  // (comment, enclosing id)
    const auto max_comments = static_cast<std::size_t>(ctx.limits.max_comments);
    while (!stack.empty()) {
        Pending next = std::move(stack.back());
        stack.pop_back();
        const json::Value& item = next.item;
        if (!item.is_object()) {
            page.warnings.push_back("a comment in '" + spec.list.text + "' is " + item.kind() +
                                    ", not an object; skipped");
            continue;
        }
        if (page.comments.size() >= max_comments) {
            page.warnings.push_back("more than max_comments (" + std::to_string(max_comments) +
                                    ") comments; the rest were not read");
            break;
        }
        if (rules.skip.any(item, page.warnings)) continue;
        RawComment raw{field(item, spec.id),      field(item, spec.author),
                       field(item, spec.time),    field(item, spec.body),
                       field(item, spec.likes),   field(item, spec.dislikes),
                       field(item, spec.replies), field(item, spec.parent)};
        for (const SpecField* f : {&spec.author, &spec.body, &spec.time})
            if (!f->empty() && !item.at(f->text).text()) ++page.fields_missing;
        Comment c = builder.build(std::move(raw));
        c.scored = !rules.wordless.any(item, page.warnings);
        if (!next.parent.empty()) nested_in.emplace_back(page.comments.size(), next.parent);
        std::string id = c.site_id;
        page.comments.push_back(std::move(c));
        if (why == Why::yes) page.field_paths.push_back(field_paths(item, spec, next.path));
        if (!spec.children.empty())
            push_all(item.at(spec.children.text).items(), id, next.path + "." + spec.children.text);
    }
    settle_parents(page, first, nested_in);
}

}  // namespace suasana::extract
