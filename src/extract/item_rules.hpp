#pragma once
// `[[comments.skip]]` and `[[comments.wordless]]`: tests on a JSON item's raw field values.
#include <optional>
#include <string>
#include <vector>

#include "json/json_document.hpp"
#include "model/error.hpp"
#include "model/scraper_spec.hpp"
#include "text/pattern.hpp"

namespace suasana::extract {

class ItemRules {
  public:
    ItemRules() = default;
    /// Returns the rules with their regexes compiled; fails naming the scraper file, the line
    /// and `key` ("comments.skip") for a regex ICU refuses.
    static Result<ItemRules> compile(const std::vector<ItemRule>& rules, const ScraperSpec& spec,
                                     const char* key);
    /// Returns true when any rule holds for `item`: its field equals the text, matches the
    /// regex, or is absent or null. A regex that runs out of time does not hold (the item is
    /// kept) and adds a warning.
    bool any(const json::Value& item, std::vector<std::string>& warnings) const;
    bool empty() const { return m_rules.empty(); }

  private:
    struct Compiled {
        ItemRule rule;
        std::optional<text::Pattern> pattern;
    };
    std::vector<Compiled> m_rules;
};

}  // namespace suasana::extract
