// suasana-test-rss: runs a command and prints its peak resident memory in KiB (the kernel's
// ru_maxrss of the child), so shell tests can hold memory to a bound without /usr/bin/time,
// which a fresh Debian lacks. The command's output goes where this program's goes.
// usage: suasana-test-rss COMMAND [ARG...]   exit status: the command's, or 127 if not run
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: suasana-test-rss COMMAND [ARG...]\n");
        return 2;
    }
    pid_t child = fork();
    if (child < 0) {
        std::perror("suasana-test-rss: fork");
        return 127;
    }
    if (child == 0) {
        execvp(argv[1], argv + 1);
        std::perror("suasana-test-rss: exec");
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (wait4(child, &status, 0, &usage) != child) {
        std::perror("suasana-test-rss: wait4");
        return 127;
    }
    std::fprintf(stderr, "peak_rss_kib=%ld\n", usage.ru_maxrss);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
