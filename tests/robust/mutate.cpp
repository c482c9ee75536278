// tests/robust/mutate.cpp — robustness test of the front end: garbled programs must never crash it.
//
// Overview: for every .go file under the given roots, a deterministic PRNG (seeded from the
// file's name and --seed) makes mutants: truncations (at random bytes, mid-token, at token
// edges), deleted tokens and byte ranges, duplicated and swapped tokens, inserted bytes (NUL,
// invalid UTF-8, stray BOMs, quotes, braces), replaced tokens, dropped and duplicated lines,
// deep nesting, and combinations of these. Each mutant is written to a scratch file and given
// to `vitro build` (stdin /dev/null, stdout and stderr captured, a time limit), up to --jobs
// processes at a time. A mutant passes when vitro
//   - exits 0 and prints nothing (the mutant is still a valid program), or
//   - exits 1 and prints at least one `file:LINE:COL: message` line on stderr, every position
//     lying inside the file (line >= 1, col >= 1, line <= number of lines + 1);
// and never dies by a signal, runs past the time limit, says `internal error`, or lets a
// sanitizer speak (ASan, UBSan's `runtime error:`, LeakSanitizer). A failing mutant is saved
// under OUT/failures/ and its path and the reason are printed. The last line is
// `N passed, N failed`; the exit status is 1 if anything failed.
//
// Invariants: the mutants depend only on the file's path relative to its root, its bytes,
// --seed and the mutant count, so a failure reproduces exactly on rerun. The mutant count per
// file defaults to --budget divided by the number of files (at least kMinPerFile), keeping the
// test's run time bounded as the corpus grows; --mutants N overrides it for long manual runs.
//
// --reduce FILE shrinks a failing program (lines, then tokens, then bytes, delta-debugging
// style) while it fails the same way, and writes FILE.min.go: the reproducer to hand over.
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <sys/wait.h>
#include <unistd.h>
#include <unordered_set>
#include <vector>

namespace fs = std::filesystem;

namespace {

constexpr int kMinPerFile = 4;
constexpr int kMaxReports = 40; // failures printed in full; the rest are only counted and saved
constexpr size_t kMaxCapture = 64 * 1024;

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

// splitmix64: tiny, well mixed and identical on every platform, unlike std's distributions.
class Rng {
public:
    explicit Rng(uint64_t seed)
        : m_state(seed)
    {
    }
    uint64_t next()
    {
        uint64_t z = (m_state += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n); n must be positive.
    size_t below(size_t n) { return static_cast<size_t>(next() % n); }
    // Uniform in [lo, hi].
    size_t between(size_t lo, size_t hi) { return lo + below(hi - lo + 1); }
    bool percent(int p) { return static_cast<int>(below(100)) < p; }

private:
    uint64_t m_state;
};

uint64_t fnv1a(std::string_view s)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned char c : s)
        h = (h ^ c) * 0x100000001b3ull;
    return h;
}

// ---------------------------------------------------------------------------------------------
// An ad-hoc Go tokenizer: good enough to cut, drop, copy and swap whole tokens. It never fails;
// garbage becomes one-byte tokens.

struct Span {
    size_t begin = 0;
    size_t end = 0;
    size_t size() const { return end - begin; }
};

bool is_ident_byte(unsigned char c)
{
    return c == '_' || std::isalnum(c) || c >= 0x80;
}

size_t scan_quoted(std::string_view s, size_t i, char quote)
{
    ++i;
    while (i < s.size() && s[i] != quote && s[i] != '\n') {
        if (s[i] == '\\' && i + 1 < s.size())
            ++i;
        ++i;
    }
    return std::min(i + 1, s.size());
}

size_t scan_operator(std::string_view s, size_t i)
{
    static const char* const kOps[] = { "<<=", ">>=", "&^=", "...", "&&", "||", "<-", "++", "--",
        "==", "!=", "<=", ">=", ":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "&^" };
    for (const char* op : kOps)
        if (s.substr(i).starts_with(op))
            return i + std::strlen(op);
    return i + 1;
}

std::vector<Span> tokenize(std::string_view s)
{
    std::vector<Span> out;
    size_t i = 0;
    while (i < s.size()) {
        unsigned char c = s[i];
        size_t start = i;
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            ++i;
            continue;
        }
        if (s.substr(i).starts_with("//")) {
            i = s.find('\n', i);
            i = i == std::string_view::npos ? s.size() : i;
        } else if (s.substr(i).starts_with("/*")) {
            i = s.find("*/", i + 2);
            i = i == std::string_view::npos ? s.size() : i + 2;
        } else if (std::isdigit(c)
            || (c == '.' && i + 1 < s.size() && std::isdigit((unsigned char)s[i + 1]))) {
            while (i < s.size()
                && (is_ident_byte(s[i]) || s[i] == '.'
                    || ((s[i] == '+' || s[i] == '-') && std::strchr("eEpP", s[i - 1]))))
                ++i;
        } else if (is_ident_byte(c)) {
            while (i < s.size() && is_ident_byte(s[i]))
                ++i;
        } else if (c == '"' || c == '\'') {
            i = scan_quoted(s, i, static_cast<char>(c));
        } else if (c == '`') {
            i = s.find('`', i + 1);
            i = i == std::string_view::npos ? s.size() : i + 1;
        } else {
            i = scan_operator(s, i);
        }
        out.push_back({ start, i });
    }
    return out;
}

std::vector<Span> split_lines(std::string_view s)
{
    std::vector<Span> out;
    size_t start = 0;
    while (start < s.size()) {
        size_t nl = s.find('\n', start);
        size_t end = nl == std::string_view::npos ? s.size() : nl + 1;
        out.push_back({ start, end });
        start = end;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Mutations. Each takes the current text and returns the edited text plus a short description.

// Bytes that stress a lexer: NUL, broken and valid UTF-8, BOMs, quotes, brackets, comment
// openers, and characters that change how a number or a line ends.
const std::vector<std::string>& nasty_fragments()
{
    static const std::vector<std::string> kFragments
        = { std::string(1, '\0'), "\xff", "\xfe", "\xc3", "\x80", "\xe2\x82", "\xed\xa0\x80",
              "\xf4\x90\x80\x80", "\xf0\x9f\x98\x80", "\xef\xbb\xbf", "\xc2\xa0", "\"", "'", "`", "\\", "{",
              "}", "(", ")", "[", "]", "\n", "\r", "\t", ";", ",", ".", ":", "/*", "//", "*/", "0x", "0b",
              "0o", "1e", "_", "'\\", "\\u", "\\x", "i", "p-", "..", "<-", "&^", ":=", "=", "*", "&", "!" };
    return kFragments;
}

// Tokens worth planting anywhere: every keyword, the brackets and a few builtins.
const std::vector<std::string>& planted_tokens()
{
    static const std::vector<std::string> kTokens = { "break", "case", "chan", "const", "continue", "default",
        "defer", "else", "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map",
        "package", "range", "return", "select", "struct", "switch", "type", "var", "{", "}", "(", ")", "[",
        "]", ";", ",", ".", "...", ":", "=", ":=", "<-", "*", "&", "_", "nil", "iota", "true", "len",
        "append", "make", "new", "recover", "any", "error", "int", "string", "1.5", "0x1p-2", "1i", "'x'",
        "\"s\"", "`r`", "1_000", "0777", "9999999999999999999999" };
    return kTokens;
}

std::string erase(const std::string& s, size_t begin, size_t end)
{
    return s.substr(0, begin) + s.substr(end);
}

std::string insert(const std::string& s, size_t at, std::string_view what)
{
    return s.substr(0, at) + std::string(what) + s.substr(at);
}

class Mutator {
public:
    explicit Mutator(Rng& rng)
        : m_rng(rng)
    {
    }

    // Applies one random edit to `s`; appends what it did to `how`.
    std::string mutate(const std::string& s, std::string& how)
    {
        m_tokens = tokenize(s);
        if (s.empty())
            return insert_bytes(s, how);
        switch (m_rng.below(16)) {
        case 0:
        case 1:
            return truncate_byte(s, how);
        case 2:
            return truncate_token(s, how);
        case 3:
            return delete_tokens(s, how);
        case 4:
            return delete_range(s, how);
        case 5:
            return duplicate_token(s, how);
        case 6:
            return swap_tokens(s, how);
        case 7:
        case 8:
            return insert_bytes(s, how);
        case 9:
            return plant_token(s, how);
        case 10:
            return replace_token(s, how);
        case 11:
            return drop_lines(s, how);
        case 12:
            return duplicate_lines(s, how);
        case 13:
            return nest(s, how);
        case 14:
            return delete_tokens(s, how);
        default:
            return replace_token(s, how);
        }
    }

private:
    Rng& m_rng;
    std::vector<Span> m_tokens;

    static void note(std::string& how, const std::string& what) { how += how.empty() ? what : "; " + what; }

    const Span* random_token()
    {
        return m_tokens.empty() ? nullptr : &m_tokens[m_rng.below(m_tokens.size())];
    }

    std::string truncate_byte(const std::string& s, std::string& how)
    {
        size_t at = m_rng.below(s.size());
        note(how, "truncate at byte " + std::to_string(at));
        return s.substr(0, at);
    }

    // Cuts inside a token when one is longer than a byte, else at one of its edges.
    std::string truncate_token(const std::string& s, std::string& how)
    {
        const Span* t = random_token();
        if (!t)
            return truncate_byte(s, how);
        size_t at = t->size() > 1 ? t->begin + m_rng.between(1, t->size() - 1)
                                  : (m_rng.percent(50) ? t->begin : t->end);
        note(how, "truncate in token at byte " + std::to_string(at));
        return s.substr(0, at);
    }

    std::string delete_tokens(const std::string& s, std::string& how)
    {
        if (m_tokens.empty())
            return delete_range(s, how);
        size_t first = m_rng.below(m_tokens.size());
        size_t last = std::min(m_tokens.size() - 1, first + (m_rng.percent(70) ? 0 : m_rng.between(1, 4)));
        note(how,
            "delete tokens " + std::to_string(first) + ".." + std::to_string(last) + " (bytes "
                + std::to_string(m_tokens[first].begin) + "..)");
        return erase(s, m_tokens[first].begin, m_tokens[last].end);
    }

    std::string delete_range(const std::string& s, std::string& how)
    {
        size_t begin = m_rng.below(s.size());
        size_t end = std::min(s.size(), begin + m_rng.between(1, 64));
        note(how, "delete bytes " + std::to_string(begin) + ".." + std::to_string(end));
        return erase(s, begin, end);
    }

    std::string duplicate_token(const std::string& s, std::string& how)
    {
        const Span* t = random_token();
        if (!t)
            return insert_bytes(s, how);
        std::string copy = s.substr(t->begin, t->size());
        note(how, "duplicate token at byte " + std::to_string(t->begin));
        return insert(s, t->end, m_rng.percent(50) ? " " + copy : copy);
    }

    std::string swap_tokens(const std::string& s, std::string& how)
    {
        if (m_tokens.size() < 2)
            return duplicate_token(s, how);
        size_t i = m_rng.below(m_tokens.size() - 1);
        const Span a = m_tokens[i];
        const Span b = m_tokens[i + 1];
        note(how, "swap tokens at bytes " + std::to_string(a.begin) + " and " + std::to_string(b.begin));
        return s.substr(0, a.begin) + s.substr(b.begin, b.size()) + s.substr(a.end, b.begin - a.end)
            + s.substr(a.begin, a.size()) + s.substr(b.end);
    }

    std::string insert_bytes(const std::string& s, std::string& how)
    {
        const auto& frags = nasty_fragments();
        std::string bytes;
        size_t count = m_rng.between(1, 4);
        for (size_t k = 0; k < count; ++k)
            bytes += m_rng.percent(80) ? frags[m_rng.below(frags.size())]
                                       : std::string(1, static_cast<char>(m_rng.below(256)));
        size_t at = s.empty() ? 0 : m_rng.below(s.size() + 1);
        note(how, "insert " + std::to_string(bytes.size()) + " bytes at " + std::to_string(at));
        return insert(s, at, bytes);
    }

    std::string plant_token(const std::string& s, std::string& how)
    {
        const auto& toks = planted_tokens();
        const std::string& what = toks[m_rng.below(toks.size())];
        const Span* t = random_token();
        size_t at = t ? (m_rng.percent(50) ? t->begin : t->end) : 0;
        note(how, "insert `" + what + "` at byte " + std::to_string(at));
        return insert(s, at, m_rng.percent(50) ? what : " " + what + " ");
    }

    // Replaces a token by another one of the same file: keeps the program plausible, so the
    // checker (not only the parser) sees the damage.
    std::string replace_token(const std::string& s, std::string& how)
    {
        if (m_tokens.size() < 2)
            return plant_token(s, how);
        const Span t = *random_token();
        const Span u = *random_token();
        note(how, "replace token at byte " + std::to_string(t.begin));
        return s.substr(0, t.begin) + s.substr(u.begin, u.size()) + s.substr(t.end);
    }

    std::string drop_lines(const std::string& s, std::string& how)
    {
        auto lines = split_lines(s);
        size_t first = m_rng.below(lines.size());
        size_t last = std::min(lines.size() - 1, first + m_rng.below(3));
        note(how, "drop lines " + std::to_string(first + 1) + ".." + std::to_string(last + 1));
        return erase(s, lines[first].begin, lines[last].end);
    }

    std::string duplicate_lines(const std::string& s, std::string& how)
    {
        auto lines = split_lines(s);
        size_t first = m_rng.below(lines.size());
        size_t last = std::min(lines.size() - 1, first + m_rng.below(3));
        std::string copy = s.substr(lines[first].begin, lines[last].end - lines[first].begin);
        if (copy.back() != '\n')
            copy += '\n';
        note(how, "duplicate lines " + std::to_string(first + 1) + ".." + std::to_string(last + 1));
        return insert(s, lines[last].end, copy);
    }

    // Wraps a token in many parentheses or prefixes it with many unary operators: recursion
    // depth in the parser and the checker.
    std::string nest(const std::string& s, std::string& how)
    {
        const Span* t = random_token();
        if (!t)
            return insert_bytes(s, how);
        size_t depth = m_rng.between(20, 300);
        static const char* const kWrappers[][2] = { { "(", ")" }, { "-", "" }, { "!", "" }, { "*", "" },
            { "&", "" }, { "^", "" }, { "[]", "" }, { "{", "}" }, { "func() {", "}" } };
        const auto& w = kWrappers[m_rng.below(std::size(kWrappers))];
        std::string open, close;
        for (size_t k = 0; k < depth; ++k) {
            open += w[0];
            close += w[1];
        }
        note(how,
            "nest token at byte " + std::to_string(t->begin) + " " + std::to_string(depth) + " deep in `"
                + w[0] + "`");
        return s.substr(0, t->begin) + open + s.substr(t->begin, t->size()) + close + s.substr(t->end);
    }
};

struct Mutant {
    std::string text;
    std::string how;
};

// The mutants of one file: distinct, none equal to the original, in a reproducible order.
// About one in five is a plain truncation at evenly spread points, so every part of the file
// is cut somewhere even with few mutants.
std::vector<Mutant> make_mutants(const std::string& src, uint64_t seed, int count)
{
    Rng rng(seed);
    Mutator mutator(rng);
    std::vector<Mutant> out;
    std::unordered_set<std::string> seen { src };
    int truncations = src.empty() ? 0 : std::max(1, count / 5);
    for (int k = 0; k < truncations; ++k) {
        size_t slot = src.size() / truncations;
        size_t at = std::min(src.size() - 1, k * slot + (slot ? rng.below(slot) : 0));
        if (seen.insert(src.substr(0, at)).second)
            out.push_back({ src.substr(0, at), "truncate at byte " + std::to_string(at) });
    }
    for (int attempts = 0; static_cast<int>(out.size()) < count && attempts < count * 4; ++attempts) {
        Mutant m { src, {} };
        int edits = rng.percent(75) ? 1 : static_cast<int>(rng.between(2, 4));
        for (int e = 0; e < edits; ++e)
            m.text = mutator.mutate(m.text, m.how);
        if (seen.insert(m.text).second)
            out.push_back(std::move(m));
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Running vitro: up to N children at once, each with a time limit.

struct Outcome {
    int status = -1; // exit status when the process exited
    int signal = 0;
    bool timed_out = false;
    std::string out;
    std::string err;
};

std::string read_fd(int fd)
{
    std::string s(kMaxCapture, '\0');
    ssize_t n = pread(fd, s.data(), s.size(), 0);
    s.resize(n > 0 ? static_cast<size_t>(n) : 0);
    return s;
}

void write_file(const fs::path& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

std::string read_file(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// One scratch directory and one running child.
struct Slot {
    fs::path dir;
    pid_t pid = 0;
    int out_fd = -1;
    int err_fd = -1;
    size_t job = 0;
    std::chrono::steady_clock::time_point deadline;
};

struct Task {
    std::string file_name; // the program's base name: diagnostics start with it
    std::string text;
};

// Runs `vitro build NAME` for every task, `jobs` at a time, calling `done(index, outcome)` in
// completion order. SIGCHLD stays blocked and is waited for with sigtimedwait, so waiting for
// the first of several children needs neither polling nor threads.
class Pool {
public:
    Pool(std::string vitro, const fs::path& work, int jobs, int limit_s)
        : m_vitro(std::move(vitro))
        , m_limit(limit_s)
    {
        for (int k = 0; k < std::max(1, jobs); ++k) {
            Slot slot;
            slot.dir = work / ("slot" + std::to_string(k));
            fs::create_directories(slot.dir);
            m_slots.push_back(slot);
        }
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, SIGCHLD);
        sigprocmask(SIG_BLOCK, &set, &m_old_mask);
    }

    void run(const std::vector<Task>& tasks, const std::function<void(size_t, const Outcome&)>& done)
    {
        size_t next = 0;
        size_t running = 0;
        while (next < tasks.size() || running > 0) {
            for (Slot& slot : m_slots)
                if (slot.pid == 0 && next < tasks.size()) {
                    start(slot, tasks[next], next);
                    ++next;
                    ++running;
                }
            wait_any();
            for (Slot& slot : m_slots)
                if (slot.pid != 0) {
                    std::optional<Outcome> o = poll(slot);
                    if (o) {
                        --running;
                        done(slot.job, *o);
                    }
                }
        }
    }

private:
    std::string m_vitro;
    int m_limit;
    std::vector<Slot> m_slots;
    sigset_t m_old_mask {};

    void start(Slot& slot, const Task& task, size_t index)
    {
        write_file(slot.dir / task.file_name, task.text);
        slot.out_fd = open((slot.dir / "stdout").c_str(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        slot.err_fd = open((slot.dir / "stderr").c_str(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        slot.job = index;
        slot.deadline = std::chrono::steady_clock::now() + std::chrono::seconds(m_limit);
        slot.pid = fork();
        if (slot.pid == 0) {
            sigprocmask(SIG_SETMASK, &m_old_mask, nullptr);
            int devnull = open("/dev/null", O_RDONLY);
            if (chdir(slot.dir.c_str()) != 0 || devnull < 0)
                _exit(127);
            dup2(devnull, 0);
            dup2(slot.out_fd, 1);
            dup2(slot.err_fd, 2);
            execl(m_vitro.c_str(), m_vitro.c_str(), "build", task.file_name.c_str(), nullptr);
            _exit(127);
        }
        if (slot.pid < 0) {
            std::perror("fork");
            std::exit(2);
        }
    }

    // Sleeps until some child exits or the nearest deadline passes.
    void wait_any()
    {
        auto now = std::chrono::steady_clock::now();
        auto nearest = now + std::chrono::seconds(1);
        for (const Slot& slot : m_slots)
            if (slot.pid != 0)
                nearest = std::min(nearest, slot.deadline);
        auto wait = std::max(std::chrono::nanoseconds(0), nearest - now);
        timespec ts { static_cast<time_t>(wait.count() / 1'000'000'000),
            static_cast<long>(wait.count() % 1'000'000'000) };
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, SIGCHLD);
        sigtimedwait(&set, nullptr, &ts);
    }

    // The outcome of the slot's child if it has finished (or was killed for its time limit).
    std::optional<Outcome> poll(Slot& slot)
    {
        Outcome o;
        int wstatus = 0;
        pid_t r = waitpid(slot.pid, &wstatus, WNOHANG);
        if (r == 0) {
            if (std::chrono::steady_clock::now() < slot.deadline)
                return std::nullopt;
            kill(slot.pid, SIGKILL);
            waitpid(slot.pid, &wstatus, 0);
            o.timed_out = true;
        } else if (WIFEXITED(wstatus)) {
            o.status = WEXITSTATUS(wstatus);
        } else if (WIFSIGNALED(wstatus)) {
            o.signal = WTERMSIG(wstatus);
        }
        o.out = read_fd(slot.out_fd);
        o.err = read_fd(slot.err_fd);
        close(slot.out_fd);
        close(slot.err_fd);
        slot.pid = 0;
        return o;
    }
};

// ---------------------------------------------------------------------------------------------
// The verdict

std::vector<std::string> lines_of(const std::string& s)
{
    std::vector<std::string> out;
    std::istringstream in(s);
    std::string line;
    while (std::getline(in, line))
        out.push_back(line);
    return out;
}

// Reads a decimal number at `i`, advancing it; nothing if there is no digit.
std::optional<size_t> read_number(std::string_view s, size_t& i)
{
    size_t start = i, value = 0;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])) && i - start < 9)
        value = value * 10 + (s[i++] - '0');
    return i == start ? std::nullopt : std::optional<size_t>(value);
}

// LINE and COL of a diagnostic line `file:LINE:COL: message` (the file name has no colon), as
// the regexp `^[^:]+:([0-9]+)(:([0-9]+))?: ` would match it; COL is SIZE_MAX when the line has none
// (Go omits columns past 255: `file:LINE: message`). Hand-written: g++ 12 warns inside
// std::regex at -O1 with sanitizers, which -Werror turns into a build failure.
std::optional<std::pair<size_t, size_t>> diagnostic_position(std::string_view line)
{
    size_t i = line.find(':');
    if (i == 0 || i == std::string_view::npos)
        return std::nullopt;
    ++i;
    auto l = read_number(line, i);
    if (!l || i >= line.size() || line[i++] != ':')
        return std::nullopt;
    if (line.substr(i, 1) == " ")
        return std::pair<size_t, size_t> { *l, SIZE_MAX };
    auto c = read_number(line, i);
    if (!c || line.substr(i, 2) != ": ")
        return std::nullopt;
    return std::pair { *l, *c };
}

// Why the outcome is wrong, or nothing when it is right. The reason's first word classifies the
// failure (see failure_class).
std::optional<std::string> verdict(const Outcome& o, const std::string& name, const std::string& text)
{
    if (o.timed_out)
        return "timeout: no answer within the time limit";
    if (o.signal)
        return std::string("signal: killed by ") + strsignal(o.signal);
    static const char* const kSanitizer[] = { "ERROR: AddressSanitizer", "ERROR: LeakSanitizer",
        "SUMMARY: AddressSanitizer", "SUMMARY: UndefinedBehaviorSanitizer", "SUMMARY: LeakSanitizer",
        "WARNING: AddressSanitizer", "ThreadSanitizer" };
    const std::string both = o.out + "\n" + o.err;
    for (const char* marker : kSanitizer)
        if (both.find(marker) != std::string::npos)
            return std::string("sanitizer: ") + marker;
    // UBSan reports read `src.cpp:L:C: runtime error: ...`; a diagnostic about the program may
    // quote `runtime error:` from a string literal, but then the line names the program.
    for (const std::string& line : lines_of(both)) {
        bool ours = line.starts_with(name + ":");
        if (!ours && line.find("runtime error:") != std::string::npos)
            return "sanitizer: " + line;
        if (!ours && line.find("internal error") != std::string::npos)
            return "internal: " + line;
    }
    if (!o.out.empty())
        return "stdout: vitro build printed to stdout";
    if (o.status == 0)
        return o.err.empty() ? std::nullopt
                             : std::optional<std::string>("silent: exit 0 with output on stderr");
    if (o.status != 1)
        return "status: exit status " + std::to_string(o.status);
    size_t line_count = std::count(text.begin(), text.end(), '\n') + 1;
    bool any = false;
    for (const std::string& line : lines_of(o.err)) {
        auto pos = diagnostic_position(line);
        if (!pos)
            continue;
        any = true;
        auto [l, c] = *pos;
        if (l < 1 || c < 1 || l > line_count)
            return "position: impossible position in `" + line + "`";
    }
    if (!any)
        return "nodiag: exit status 1 without a `file:LINE[:COL]: ` line";
    return std::nullopt;
}

// The failure class the reducer preserves: the kind of failure, and for a signal which one.
std::string failure_class(const std::string& reason)
{
    return reason.starts_with("signal") ? reason : reason.substr(0, reason.find(':'));
}

// ---------------------------------------------------------------------------------------------
// Reduction of one failing file

struct Options {
    std::string vitro;
    fs::path out = "robust-out";
    int mutants = 0; // per file; 0 = budget / files
    int budget = 8000;
    uint64_t seed = 1;
    int jobs = 2;
    int limit_s = 10;
    std::string reduce;
    std::vector<fs::path> roots;
};

class Reducer {
public:
    Reducer(const Options& opt, std::string name)
        : m_pool(opt.vitro, opt.out / "reduce", 1, opt.limit_s)
        , m_name(std::move(name))
    {
    }

    // The failure class of `text`, or "" when it passes.
    std::string classify(const std::string& text)
    {
        std::string cls;
        m_pool.run({ { m_name, text } }, [&](size_t, const Outcome& o) {
            auto v = verdict(o, m_name, text);
            cls = v ? failure_class(*v) : "";
        });
        ++m_runs;
        return cls;
    }

    // Removes chunks of units (lines, tokens or bytes) for as long as the class holds.
    std::string reduce(std::string text, const std::string& cls)
    {
        for (bool progress = true; progress;) {
            progress = false;
            for (int level = 0; level < 3; ++level)
                progress |= pass(text, cls, level);
        }
        return text;
    }

    int runs() const { return m_runs; }

private:
    Pool m_pool;
    std::string m_name;
    int m_runs = 0;

    static std::vector<Span> units(const std::string& text, int level)
    {
        if (level == 0)
            return split_lines(text);
        if (level == 1)
            return tokenize(text);
        std::vector<Span> bytes;
        for (size_t i = 0; i < text.size() && text.size() < 4096; ++i)
            bytes.push_back({ i, i + 1 });
        return bytes;
    }

    bool pass(std::string& text, const std::string& cls, int level)
    {
        bool progress = false;
        for (size_t chunk = std::max<size_t>(1, units(text, level).size() / 2); chunk >= 1; chunk /= 2) {
            for (size_t first = 0;;) {
                auto u = units(text, level);
                if (first >= u.size())
                    break;
                size_t last = std::min(u.size(), first + chunk) - 1;
                std::string candidate = erase(text, u[first].begin, u[last].end);
                if (classify(candidate) == cls) {
                    text = candidate;
                    progress = true;
                } else {
                    first += chunk;
                }
            }
            if (chunk == 1)
                break;
        }
        return progress;
    }
};

int reduce_main(const Options& opt)
{
    fs::path path = opt.reduce;
    std::string text = read_file(path);
    Reducer reducer(opt, path.filename());
    std::string cls = reducer.classify(text);
    if (cls.empty()) {
        std::fprintf(stderr, "%s does not fail; nothing to reduce\n", path.c_str());
        return 1;
    }
    std::string small = reducer.reduce(text, cls);
    fs::path out = path;
    out.replace_extension(".min.go");
    write_file(out, small);
    std::printf("%s: `%s` failure, %zu -> %zu bytes in %d runs: %s\n", path.c_str(), cls.c_str(), text.size(),
        small.size(), reducer.runs(), out.c_str());
    return 0;
}

// ---------------------------------------------------------------------------------------------
// The test

std::vector<std::pair<fs::path, fs::path>> collect(const std::vector<fs::path>& roots)
{
    std::vector<std::pair<fs::path, fs::path>> files; // (absolute path, path relative to root)
    for (const fs::path& root : roots) {
        if (!fs::exists(root)) {
            std::printf("skip %s: missing\n", root.c_str());
            continue;
        }
        if (fs::is_regular_file(root)) {
            files.emplace_back(fs::absolute(root), root.filename());
            continue;
        }
        for (const auto& e : fs::recursive_directory_iterator(root))
            if (e.is_regular_file() && e.path().extension() == ".go")
                files.emplace_back(fs::absolute(e.path()), fs::relative(e.path(), root));
    }
    std::sort(files.begin(), files.end());
    return files;
}

int test_main(const Options& opt)
{
    auto files = collect(opt.roots);
    if (files.empty()) {
        std::printf("no .go files under the given roots\n0 passed, 1 failed\n");
        return 1;
    }
    int per_file
        = opt.mutants > 0 ? opt.mutants : std::max(kMinPerFile, opt.budget / static_cast<int>(files.size()));
    std::vector<Task> tasks;
    std::vector<std::string> origins;
    for (const auto& [path, rel] : files) {
        std::string src = read_file(path);
        uint64_t seed = fnv1a(rel.string()) ^ (opt.seed * 0x9e3779b97f4a7c15ull);
        for (Mutant& m : make_mutants(src, seed, per_file)) {
            tasks.push_back({ path.filename(), std::move(m.text) });
            origins.push_back(rel.string() + ": " + m.how);
        }
    }
    std::printf("%zu files, %d mutants each, %zu runs, %d at a time\n", files.size(), per_file, tasks.size(),
        opt.jobs);
    std::fflush(stdout);
    fs::path failures = opt.out / "failures";
    fs::remove_all(failures);
    int passed = 0, failed = 0;
    auto started = std::chrono::steady_clock::now();
    Pool pool(opt.vitro, opt.out / "work", opt.jobs, opt.limit_s);
    pool.run(tasks, [&](size_t index, const Outcome& o) {
        auto why = verdict(o, tasks[index].file_name, tasks[index].text);
        if (!why) {
            ++passed;
            return;
        }
        ++failed;
        fs::path stem = fs::path(tasks[index].file_name).stem();
        fs::create_directories(failures);
        fs::path saved = failures / (stem.string() + "." + std::to_string(index) + ".go");
        write_file(saved, tasks[index].text);
        if (failed <= kMaxReports) {
            std::printf("FAIL %s: %s\n  (%s)\n", saved.c_str(), why->c_str(), origins[index].c_str());
            auto err = lines_of(o.err);
            for (size_t k = 0; k < std::min<size_t>(err.size(), 6); ++k)
                std::printf("  | %s\n", err[k].c_str());
        } else if (failed == kMaxReports + 1) {
            std::printf("(further failures are saved under %s but not printed)\n", failures.c_str());
        }
        std::fflush(stdout);
    });
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("%.1f s, %.1f ms per run\n", seconds, 1000 * seconds / std::max<size_t>(1, tasks.size()));
    std::printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}

void usage()
{
    std::fprintf(stderr,
        "usage: robust_mutate --vitro BIN [--out DIR] [--mutants N | --budget N] [--seed N] [--jobs N]\n"
        "                     [--timeout S] ROOT...\n"
        "       robust_mutate --vitro BIN [--out DIR] --reduce FILE.go\n");
}

} // namespace

int main(int argc, char** argv)
{
    Options opt;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        bool has_value = i + 1 < argc;
        if (a == "--vitro" && has_value)
            opt.vitro = fs::absolute(argv[++i]);
        else if (a == "--out" && has_value)
            opt.out = fs::absolute(argv[++i]);
        else if (a == "--mutants" && has_value)
            opt.mutants = std::atoi(argv[++i]);
        else if (a == "--budget" && has_value)
            opt.budget = std::atoi(argv[++i]);
        else if (a == "--seed" && has_value)
            opt.seed = std::strtoull(argv[++i], nullptr, 10);
        else if (a == "--jobs" && has_value)
            opt.jobs = std::max(1, std::atoi(argv[++i]));
        else if (a == "--timeout" && has_value)
            opt.limit_s = std::max(1, std::atoi(argv[++i]));
        else if (a == "--reduce" && has_value)
            opt.reduce = argv[++i];
        else if (a.starts_with("-")) {
            usage();
            return 2;
        } else
            opt.roots.emplace_back(a);
    }
    if (opt.vitro.empty() || (opt.reduce.empty() && opt.roots.empty())) {
        usage();
        return 2;
    }
    fs::create_directories(opt.out);
    return opt.reduce.empty() ? test_main(opt) : reduce_main(opt);
}
