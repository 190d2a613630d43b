#pragma once
// The error value every stage returns instead of throwing.
#include <optional>
#include <string>

#include <tl/expected.hpp>

#include "model/exit_code.hpp"

namespace suasana {

/// What went wrong, already phrased for the user: names the file, line, key or URL involved.
struct Error {
    std::string message;
    std::optional<ExitCode> exit;  ///< set when the failure decides the exit code (3, 4)
};

template <typename T>
using Result = tl::expected<T, Error>;

/// Returns an unexpected Error carrying `message`, for `return fail("...")`.
inline tl::unexpected<Error> fail(std::string message) {
    return tl::unexpected<Error>(Error{std::move(message), std::nullopt});
}

/// Returns an unexpected Error that ends the process with `code`.
inline tl::unexpected<Error> fail(std::string message, ExitCode code) {
    return tl::unexpected<Error>(Error{std::move(message), code});
}

}  // namespace suasana
