// suasana: reads Indonesian comment threads and tells you how readers feel.
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "cli/cli.hpp"
#include "fetch/curl_fetcher.hpp"

int main(int argc, char** argv) {
    // The standard streams keep their own buffers (no stdio call per character or line); nothing
    // here writes to stdout through stdio.
    std::ios::sync_with_stdio(false);
    try {
        suasana::fetch::CurlGlobal curl;  // before any thread, for the whole process
        std::vector<std::string> args(argv + 1, argv + argc);
        return suasana::cli::run(args, std::cout, std::cerr, std::cin);
    } catch (const std::exception& e) {
        std::cerr << "suasana: error: " << e.what() << "\n";
        return 3;
    }
}
