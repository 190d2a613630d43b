# Interface targets that carry compiler flags, so every target of ours opts in
# by linking them (the ccache habit): warnings everywhere, sanitizers on demand.
option(SUASANA_WERROR "Treat warnings as errors" OFF)
option(SUASANA_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(SUASANA_FUZZ "Build the fuzz targets as libFuzzer binaries (clang only; see TESTING.md)"
       OFF)

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
if(SUASANA_FUZZ)
  # Coverage instrumentation for libFuzzer on all our code; only the fuzz targets link the
  # fuzzer itself (tests/fuzz/CMakeLists.txt). Assertions stay on in the optimised build, so a
  # fuzzer also finds what _GLIBCXX_ASSERTIONS finds in dev.
  target_compile_options(suasana_sanitizers INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
    -fno-omit-frame-pointer)
  target_compile_definitions(suasana_sanitizers INTERFACE _GLIBCXX_ASSERTIONS)
  target_link_options(suasana_sanitizers INTERFACE -fsanitize=address,undefined)
endif()

add_library(suasana_flags INTERFACE)
target_link_libraries(suasana_flags INTERFACE suasana_warnings suasana_sanitizers)
