# Interface targets that carry compiler flags, so every target of ours opts in
# by linking them (the ccache habit): warnings everywhere, sanitizers on demand.
option(SUASANA_WERROR "Treat warnings as errors" OFF)
option(SUASANA_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

add_library(suasana_warnings INTERFACE)
target_compile_options(suasana_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual -Wnull-dereference
  $<$<BOOL:${SUASANA_WERROR}>:-Werror>)
target_compile_definitions(suasana_warnings INTERFACE $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>)

add_library(suasana_sanitizers INTERFACE)
if(SUASANA_SANITIZE)
  target_compile_options(suasana_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_link_options(suasana_sanitizers INTERFACE -fsanitize=address,undefined)
endif()

add_library(suasana_flags INTERFACE)
target_link_libraries(suasana_flags INTERFACE suasana_warnings suasana_sanitizers)
