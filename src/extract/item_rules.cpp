#include "extract/item_rules.hpp"

namespace suasana::extract {

Result<ItemRules> ItemRules::compile(const std::vector<ItemRule>& rules, const ScraperSpec& spec,
                                     const char* key) {
    ItemRules out;
    for (const ItemRule& rule : rules) {
        Compiled c{rule, std::nullopt};
        if (rule.test == ItemRule::Test::matches) {
            auto pattern = text::Pattern::compile(rule.value);
            if (!pattern) {
                return fail(spec.file.string() + ":" + std::to_string(rule.line) + ": key '" + key +
                            ".matches': " + pattern.error().message);
            }
            c.pattern = std::move(*pattern);
        }
        out.m_rules.push_back(std::move(c));
    }
    return out;
}

bool ItemRules::any(const json::Value& item, std::vector<std::string>& warnings) const {
    for (const Compiled& c : m_rules) {
        std::optional<std::string> value = item.at(c.rule.field).text();
        switch (c.rule.test) {
            case ItemRule::Test::null:
                if (!value) return true;
                break;
            case ItemRule::Test::equals:
                if (value && *value == c.rule.value) return true;
                break;
            case ItemRule::Test::matches: {
                if (!value) break;
                auto found = c.pattern->first_capture(*value);
                if (!found) {
                    warnings.push_back("rule on '" + c.rule.field + "': " + found.error().message +
                                       "; the item was kept");
                } else if (*found) {
                    return true;
                }
                break;
            }
        }
    }
    return false;
}

}  // namespace suasana::extract
