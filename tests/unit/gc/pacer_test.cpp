// tests/unit/gc/pacer_test.cpp — heap goal arithmetic, GOGC, gctrace formatting.
#include "gc/heap.h"
#include "gc/pacer.h"

#include <catch2/catch.hpp>
#include <cstdio>
// g++ 12 at -O1 (asan preset) warns falsely inside std::regex.
#if defined(__GNUC__) && !defined(__clang__)
#    pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <regex>
#include <string>
#include <vector>

using namespace vitro::gc;

namespace {

// A type descriptor with just what the collector reads.
Type make_type(uint64_t size, uint64_t ptrdata, const uint64_t* mask, Kind kind)
{
    Type t;
    t.size = size;
    t.ptrdata = ptrdata;
    t.ptrmask = mask;
    t.align = 8;
    t.kind = kind;
    return t;
}

const uint64_t kNodeMask[] = { 0b01 };
const Type kNode = make_type(16, 8, kNodeMask, Kind::Struct);

class FakeRoots final : public RootProvider {
public:
    std::vector<uint64_t> words;
    uint64_t stacks = 0, globals = 0;
    void scan_roots(Marker& m) override { m.scan_words(words.data(), words.size(), nullptr); }
    uint64_t stack_bytes() const override { return stacks; }
    uint64_t global_bytes() const override { return globals; }
};

uint32_t cycles_for(int gogc)
{
    Options o;
    o.gogc = gogc;
    o.stress_interval = 0;
    Heap h(o);
    FakeRoots roots;
    h.set_roots(&roots);
    // 2 MiB stays live (a linked list), 32 MiB of garbage.
    struct Node {
        Node* next;
        int64_t v;
    };
    Node* head = nullptr;
    roots.words.assign(1, 0);
    for (int i = 0; i < (2 << 20) / 16; i++) {
        auto* n = static_cast<Node*>(h.alloc(&kNode));
        n->next = head;
        head = n;
        roots.words[0] = reinterpret_cast<uint64_t>(head);
    }
    for (int i = 0; i < (32 << 20) / 16; i++)
        h.alloc(&kNode);
    MemStats m;
    h.read_mem_stats(m);
    return m.num_gc;
}

std::string read_all(std::FILE* f)
{
    std::rewind(f);
    std::string s;
    char buf[4096];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0)
        s.append(buf, n);
    return s;
}

} // namespace

TEST_CASE("goal formula: marked + (marked + stacks + globals) * GOGC / 100, 4 MiB minimum", "[pacer]")
{
    constexpr uint64_t MiB = 1 << 20;
    CHECK(gogc_heap_goal(0, 0, 0, 100) == 4 * MiB);
    CHECK(gogc_heap_goal(10 * MiB, 0, 0, 100) == 20 * MiB);
    CHECK(gogc_heap_goal(10 * MiB, 2 * MiB, 1 * MiB, 100) == 23 * MiB);
    CHECK(gogc_heap_goal(10 * MiB, 0, 0, 50) == 15 * MiB);
    CHECK(gogc_heap_goal(10 * MiB, 0, 0, 200) == 30 * MiB);
    CHECK(gogc_heap_goal(1 * MiB, 0, 0, 50) == 2 * MiB); // minimum 4 MiB * 50 / 100
    CHECK(gogc_heap_goal(1 * MiB, 0, 0, 0) == 1 * MiB);
    CHECK(gogc_heap_goal(5 * MiB, 0, 0, -1) == kNoGoal);
    CHECK(heap_minimum(100) == 4 * MiB);
    CHECK(heap_minimum(200) == 8 * MiB);
}

TEST_CASE("GOGC parsing follows Go's readGOGC", "[pacer]")
{
    CHECK(parse_gogc(nullptr) == 100);
    CHECK(parse_gogc("") == 100);
    CHECK(parse_gogc("off") == -1);
    CHECK(parse_gogc("50") == 50);
    CHECK(parse_gogc("-1") == -1);
    CHECK(parse_gogc("0") == 0);
    CHECK(parse_gogc("2147483647") == 2147483647);
    CHECK_FALSE(parse_gogc("2147483648").has_value());
    CHECK_FALSE(parse_gogc("abc").has_value());
    CHECK_FALSE(parse_gogc("10%").has_value());
    CHECK_FALSE(parse_gogc("-").has_value());
    CHECK_FALSE(parse_gogc("OFF").has_value());
}

TEST_CASE("the heap goal follows the marked heap; SetGCPercent returns the old value", "[pacer]")
{
    Options o;
    o.stress_interval = 0;
    Heap h(o);
    FakeRoots roots;
    roots.globals = 1 << 20;
    h.set_roots(&roots);
    CHECK(h.heap_goal() == 4u << 20);
    std::vector<void*> keep;
    for (int i = 0; i < 500000; i++)
        roots.words.push_back(reinterpret_cast<uint64_t>(h.alloc(&kNode)));
    h.collect(true);
    uint64_t marked = 500000 * 16;
    CHECK(h.heap_live() == marked);
    CHECK(h.heap_goal() == std::max<uint64_t>(4u << 20, marked + (marked + (1 << 20))));
    CHECK(h.set_gc_percent(300) == 100);
    CHECK(h.heap_goal() == marked + (marked + (1 << 20)) * 3);
    CHECK(h.set_gc_percent(10) == 300);
    CHECK(h.heap_goal() == marked + (marked + (1 << 20)) / 10);
    CHECK(h.set_gc_percent(0) == 10);
    CHECK(h.heap_goal() == marked);
    CHECK(h.set_gc_percent(-5) == 0);
    CHECK(h.heap_goal() == kNoGoal);
    CHECK(h.set_gc_percent(100) == -1);
}

TEST_CASE("GOGC=off never collects by itself; runtime.GC still does", "[pacer]")
{
    Options o;
    o.gogc = -1;
    o.stress_interval = 0;
    Heap h(o);
    for (int i = 0; i < (32 << 20) / 16; i++)
        h.alloc(&kNode);
    MemStats m;
    h.read_mem_stats(m);
    CHECK(m.num_gc == 0);
    CHECK(m.next_gc > (uint64_t { 1 } << 62));
    h.collect(true);
    h.read_mem_stats(m);
    CHECK(m.num_gc == 1);
    CHECK(m.heap_alloc == 0);
}

TEST_CASE("a smaller GOGC means more cycles", "[pacer][slow]")
{
    uint32_t c50 = cycles_for(50), c100 = cycles_for(100), c200 = cycles_for(200);
    CHECK(c50 > c100);
    CHECK(c100 > c200);
    CHECK(c200 > 0);
}

TEST_CASE("milliseconds are formatted like Go's fmtNSAsMS", "[pacer]")
{
    CHECK(format_ms(0) == "0");
    CHECK(format_ms(999) == "0");
    CHECK(format_ms(1000) == "0.001");
    CHECK(format_ms(59'000) == "0.059");
    CHECK(format_ms(350'000) == "0.35");
    CHECK(format_ms(4'900'000) == "4.9");
    CHECK(format_ms(9'999'999) == "9.9");
    CHECK(format_ms(10'000'000) == "10");
    CHECK(format_ms(1'234'000'000) == "1234");
    CHECK(format_fixed(0, 3) == "0.000");
    CHECK(format_fixed(12, 3) == "0.012");
    CHECK(format_fixed(12345, 3) == "12.345");
}

TEST_CASE("gctrace prints Go's line for every cycle", "[pacer]")
{
    CycleTrace t;
    t.number = 7;
    t.start_ns = 42'000'000;
    t.cpu_percent = 2;
    t.sweep_term_ns = 17'000;
    t.mark_ns = 500'000;
    t.mark_term_ns = 2'000;
    t.sweep_term_cpu_ns = 34'000;
    t.background_ns = 100'000;
    t.idle_ns = 410'000;
    t.mark_term_cpu_ns = 4'000;
    t.heap0 = 63u << 20;
    t.heap1 = 63u << 20;
    t.heap2 = 20u << 20;
    t.goal = 83u << 20;
    t.procs = 2;
    t.forced = true;
    // The captured Go 1.19 line of reference/go-observables.md section 1.
    CHECK(format_gctrace(t)
        == "gc 7 @0.042s 2%: 0.017+0.50+0.002 ms clock, 0.034+0/0.10/0.41+0.004 ms cpu, 63->63->20 MB, 83 MB "
           "goal, 0 MB stacks, 0 MB globals, 2 P (forced)\n");

    std::FILE* out = std::tmpfile();
    REQUIRE(out != nullptr);
    Options o;
    o.gctrace = true;
    o.trace_out = out;
    o.stress_interval = 0;
    Heap h(o);
    for (int i = 0; i < (10 << 20) / 16; i++)
        h.alloc(&kNode);
    h.collect(true);
    std::string text = read_all(out);
    std::fclose(out);
    std::regex line(R"(gc (\d+) @\d+\.\d{3}s \d+%: [0-9.]+\+[0-9.]+\+[0-9.]+ ms clock, )"
                    R"([0-9.]+\+[0-9.]+/[0-9.]+/[0-9.]+\+[0-9.]+ ms cpu, \d+->\d+->\d+ MB, \d+ MB goal, )"
                    R"(\d+ MB stacks, \d+ MB globals, 1 P( \(forced\))?)");
    std::vector<std::string> lines;
    size_t start = 0;
    for (size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1)
        lines.push_back(text.substr(start, nl - start));
    REQUIRE(lines.size() >= 3);
    for (size_t i = 0; i < lines.size(); i++) {
        std::smatch m;
        INFO(lines[i]);
        REQUIRE(std::regex_match(lines[i], m, line));
        CHECK(std::stoul(m[1]) == i + 1);
        CHECK(m[2].matched == (i + 1 == lines.size()));
    }
    CHECK(lines[0].find(", 4 MB goal,") != std::string::npos);
}
