#include "extract/json_comments.hpp"

#include <utility>
#include <vector>

#include "extract/counts.hpp"

namespace suasana::extract {

namespace {

std::optional<std::string> field(const json::Value& item, const SpecField& path) {
    if (path.empty()) return std::nullopt;
    return item.at(path.text).text();
}

}  // namespace

void read_json_comments(const json::Value& root, const ScraperSpec& spec, const ExtractContext& ctx,
                        CommentBuilder& builder, Page& page) {
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
    std::vector<std::pair<json::Value, std::string>> stack;
    auto push_all = [&stack](const std::vector<json::Value>& items, const std::string& parent) {
        for (auto it = items.rbegin(); it != items.rend(); ++it) stack.emplace_back(*it, parent);
    };
    push_all(list.items(), "");
    const auto max_comments = static_cast<std::size_t>(ctx.limits.max_comments);
    while (!stack.empty()) {
        auto [item, parent] = stack.back();
        stack.pop_back();
        if (!item.is_object()) {
            page.warnings.push_back("a comment in '" + spec.list.text + "' is " + item.kind() +
                                    ", not an object; skipped");
            continue;
        }
        if (page.comments.size() >= max_comments) {
            page.warnings.push_back("more than max_comments (" + std::to_string(max_comments) +
                                    ") comments; the rest were not read");
            return;
        }
        RawComment raw{field(item, spec.id),    field(item, spec.author), field(item, spec.time),
                       field(item, spec.body),  field(item, spec.likes),  field(item, spec.replies),
                       field(item, spec.parent)};
        for (const SpecField* f : {&spec.author, &spec.body, &spec.time})
            if (!f->empty() && !item.at(f->text).text()) ++page.fields_missing;
        Comment c = builder.build(std::move(raw));
        if (!parent.empty()) c.parent_site_id = parent;
        std::string id = c.site_id;
        page.comments.push_back(std::move(c));
        if (!spec.children.empty()) push_all(item.at(spec.children.text).items(), id);
    }
}

}  // namespace suasana::extract
