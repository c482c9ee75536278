// tests/tools/golden_runner.cpp — runs script tests against the vitro binary.
//
// Modes:
//   --mode golden DIR   every NAME.go below DIR is a valid program. With --action build (the
//                       default until the interpreter exists) `vitro build NAME.go` must exit 0
//                       silently; with --action run, `vitro run NAME.go` must print NAME.out
//                       exactly, exit with NAME.code (0 if absent), and, if NAME.err exists,
//                       print it as the first line of stderr.
//   --list FILE         with --mode golden: run only the programs FILE lists, one path per line
//                       relative to FILE's directory (blank lines and # comments ignored).
//   --mode errors DIR   every NAME.go below DIR has a compile error: `vitro build NAME.go`
//                       must exit 1, its first stderr line must equal NAME.err, and every
//                       `// ERROR "regexp"` comment must be matched by an error on its line.
// Each test runs in its own directory with the file name as argument, so messages read
// `NAME.go:LINE:COL: ...` exactly as Go prints them. Each process gets a time limit; a hang or
// a signal is a failure. The last line is `N passed, N failed`; the exit status is 1 if any
// test failed.
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Outcome {
    int status = -1; // exit status, or -1 on signal/timeout
    int signal = 0;
    bool timed_out = false;
    std::string out;
    std::string err;
};

std::string slurp(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::optional<std::string> slurp_if(const fs::path& p)
{
    if (!fs::exists(p))
        return std::nullopt;
    return slurp(p);
}

// Runs argv in `dir` with stdout/stderr captured, killing it after `limit_s` seconds.
Outcome run(const std::vector<std::string>& argv, const fs::path& dir, int limit_s)
{
    Outcome o;
    char out_tmpl[] = "/tmp/vitro_out_XXXXXX";
    char err_tmpl[] = "/tmp/vitro_err_XXXXXX";
    int out_fd = mkstemp(out_tmpl);
    int err_fd = mkstemp(err_tmpl);
    pid_t pid = fork();
    if (pid == 0) {
        if (chdir(dir.c_str()) != 0)
            _exit(127);
        int devnull = open("/dev/null", O_RDONLY);
        dup2(devnull, 0);
        dup2(out_fd, 1);
        dup2(err_fd, 2);
        std::vector<char*> args;
        for (const auto& a : argv)
            args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        execv(args[0], args.data());
        _exit(127);
    }
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(limit_s);
    int wstatus = 0;
    for (;;) {
        pid_t r = waitpid(pid, &wstatus, WNOHANG);
        if (r == pid)
            break;
        if (std::chrono::steady_clock::now() > deadline) {
            kill(pid, SIGKILL);
            waitpid(pid, &wstatus, 0);
            o.timed_out = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    close(out_fd);
    close(err_fd);
    o.out = slurp(out_tmpl);
    o.err = slurp(err_tmpl);
    unlink(out_tmpl);
    unlink(err_tmpl);
    if (!o.timed_out) {
        if (WIFEXITED(wstatus))
            o.status = WEXITSTATUS(wstatus);
        else if (WIFSIGNALED(wstatus))
            o.signal = WTERMSIG(wstatus);
    }
    return o;
}

std::string first_line(const std::string& s)
{
    auto nl = s.find('\n');
    return nl == std::string::npos ? s : s.substr(0, nl);
}

std::string trim_newline(std::string s)
{
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r'))
        s.pop_back();
    return s;
}

std::string describe(const Outcome& o)
{
    if (o.timed_out)
        return "timed out";
    if (o.signal)
        return std::string("killed by signal ") + strsignal(o.signal);
    return "exit status " + std::to_string(o.status);
}

// `// ERROR "re"` annotations: line number -> regexps.
std::vector<std::pair<int, std::string>> error_annotations(const std::string& src)
{
    std::vector<std::pair<int, std::string>> out;
    std::istringstream in(src);
    std::string line;
    int n = 0;
    static const std::regex ann(R"(// ERROR "((?:[^"\\]|\\.)*)\")");
    while (std::getline(in, line)) {
        ++n;
        std::smatch m;
        if (std::regex_search(line, m, ann)) {
            // Unescape \" and \\ as Go's errorcheck reads a Go string.
            std::string re;
            const std::string body = m[1];
            for (size_t i = 0; i < body.size(); ++i) {
                if (body[i] == '\\' && i + 1 < body.size() && (body[i + 1] == '"' || body[i + 1] == '\\'))
                    ++i;
                re += body[i];
            }
            out.emplace_back(n, re);
        }
    }
    return out;
}

struct Runner {
    std::string vitro;
    std::string mode;
    std::string action = "build";
    int limit_s = 20;
    int passed = 0;
    int failed = 0;

    void fail(const fs::path& file, const std::string& why)
    {
        ++failed;
        std::printf("FAIL %s: %s\n", file.c_str(), why.c_str());
    }

    void golden(const fs::path& file)
    {
        std::string name = file.filename();
        if (action == "build") {
            Outcome o = run({ vitro, "build", name }, file.parent_path(), limit_s);
            if (o.status != 0 || !o.err.empty())
                return fail(file, describe(o) + "\n" + o.err);
            ++passed;
            return;
        }
        Outcome o = run({ vitro, "run", name }, file.parent_path(), limit_s);
        fs::path stem = file;
        stem.replace_extension();
        std::string want_out = slurp_if(stem.string() + ".out").value_or("");
        int want_code = std::atoi(slurp_if(stem.string() + ".code").value_or("0").c_str());
        auto want_err = slurp_if(stem.string() + ".err");
        if (o.timed_out || o.signal || o.status != want_code)
            return fail(file, describe(o) + ", want exit status " + std::to_string(want_code) + "\n" + o.err);
        if (o.out != want_out)
            return fail(file, "stdout differs");
        if (want_err && first_line(o.err) != trim_newline(*want_err))
            return fail(file,
                "stderr first line: got `" + first_line(o.err) + "`, want `" + trim_newline(*want_err) + "`");
        ++passed;
    }

    void errors(const fs::path& file)
    {
        std::string name = file.filename();
        Outcome o = run({ vitro, "build", name }, file.parent_path(), limit_s);
        if (o.timed_out || o.signal || o.status != 1)
            return fail(file, describe(o) + ", want exit status 1\n" + o.err);
        fs::path stem = file;
        stem.replace_extension();
        auto want = slurp_if(stem.string() + ".err");
        if (!want)
            return fail(file, "missing " + stem.string() + ".err");
        if (first_line(o.err) != trim_newline(*want))
            return fail(file, "got `" + first_line(o.err) + "`, want `" + trim_newline(*want) + "`");
        std::string src = slurp(file);
        for (const auto& [line, re] : error_annotations(src)) {
            std::istringstream err(o.err);
            std::string got;
            bool matched = false;
            std::string prefix = name + ":" + std::to_string(line) + ":";
            while (std::getline(err, got)) {
                if (got.rfind(prefix, 0) != 0)
                    continue;
                try {
                    if (std::regex_search(got, std::regex(re)))
                        matched = true;
                } catch (const std::regex_error&) {
                    return fail(file, "bad regexp in // ERROR: " + re);
                }
            }
            if (!matched)
                return fail(file, "line " + std::to_string(line) + ": no error matching \"" + re + "\"");
        }
        ++passed;
    }
};

} // namespace

int main(int argc, char** argv)
{
    Runner r;
    std::vector<fs::path> roots;
    std::vector<fs::path> lists;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--vitro" && i + 1 < argc)
            r.vitro = fs::absolute(argv[++i]);
        else if (a == "--mode" && i + 1 < argc)
            r.mode = argv[++i];
        else if (a == "--action" && i + 1 < argc)
            r.action = argv[++i];
        else if (a == "--list" && i + 1 < argc)
            lists.emplace_back(argv[++i]);
        else if (a == "--timeout" && i + 1 < argc)
            r.limit_s = std::atoi(argv[++i]);
        else
            roots.emplace_back(a);
    }
    for (const auto& list : lists) {
        std::ifstream in(list);
        if (!in) {
            std::fprintf(stderr, "golden_runner: cannot read %s\n", list.c_str());
            return 2;
        }
        std::string line;
        while (std::getline(in, line)) {
            while (!line.empty() && (line.back() == ' ' || line.back() == '\r'))
                line.pop_back();
            if (line.empty() || line[0] == '#')
                continue;
            fs::path p = fs::absolute(list).parent_path() / line;
            if (!fs::is_regular_file(p)) {
                std::fprintf(
                    stderr, "golden_runner: %s lists a missing file %s\n", list.c_str(), line.c_str());
                return 2;
            }
            roots.push_back(p);
        }
    }
    if (r.vitro.empty() || (r.mode != "golden" && r.mode != "errors") || roots.empty()) {
        std::fprintf(stderr,
            "usage: golden_runner --vitro BIN --mode golden|errors [--action build|run] [--list FILE] "
            "DIR...\n");
        return 2;
    }
    std::vector<fs::path> files;
    for (const auto& root : roots) {
        if (fs::is_regular_file(root)) {
            files.push_back(fs::absolute(root));
            continue;
        }
        for (const auto& e : fs::recursive_directory_iterator(root))
            if (e.is_regular_file() && e.path().extension() == ".go")
                files.push_back(fs::absolute(e.path()));
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
        if (r.mode == "golden")
            r.golden(f);
        else
            r.errors(f);
    }
    std::printf("%d passed, %d failed\n", r.passed, r.failed);
    return r.failed == 0 && r.passed > 0 ? 0 : 1;
}
