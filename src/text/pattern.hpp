#pragma once
// User-supplied regular expressions on ICU's engine, with a time limit (never std::regex, which
// recurses and backtracks without bound).
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "model/error.hpp"

namespace suasana::text {

class Pattern {
  public:
    /// Returns the compiled pattern; fails with ICU's reason and the offset of the problem.
    static Result<Pattern> compile(const std::string& regex);
    /// Returns the first capture group (or the whole match when the pattern has no group) of the
    /// first match in `subject`, or nothing when it does not match; fails when the match runs
    /// out of time (a pattern that backtracks catastrophically, such as `(a+)+$`) or memory.
    Result<std::optional<std::string>> first_capture(std::string_view subject) const;
    const std::string& source() const { return m_source; }

  private:
    struct Impl;
    std::string m_source;
    std::shared_ptr<const Impl> m_impl;
};

}  // namespace suasana::text
