// gc/pacer.h — the heap goal (GOGC) and the gctrace line, as pure functions.
//
// Overview: the collector of this stage is stop-the-world, so the pacer is Go's goal formula
// without the trigger/assist machinery: a collection runs when an allocation would take the
// live heap (bytes in spans handed out for allocation since the last cycle, plus what that
// cycle marked) past
//     goal = marked + (marked + stacks + globals) * GOGC / 100,   at least 4 MiB * GOGC / 100,
// with marked = bytes marked by the last cycle, stacks = scannable goroutine stack bytes,
// globals = pointer-bearing global bytes (all in bytes). GOGC < 0 (GOGC=off) means no goal.
// The first goal is therefore 4 MiB, as in Go. The gctrace line is Go 1.19's, field by field.
// Go reference: runtime/mgcpacer.go (commit, heapMinimum, readGOGC), runtime/mgc.go
// (gcMarkTermination's gctrace print, fmtNSAsMS, itoaDiv).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace vitro::gc {

inline constexpr uint64_t kDefaultHeapMinimum = uint64_t { 4 } << 20;
inline constexpr uint64_t kNoGoal = ~uint64_t { 0 };

// 4 MiB scaled by GOGC/100 (Go's heapMinimum); 0 when GOGC < 0 (no goal anyway).
uint64_t heap_minimum(int gogc);
// The GOGC heap goal in bytes, kNoGoal when gogc < 0.
uint64_t gogc_heap_goal(uint64_t marked, uint64_t stacks, uint64_t globals, int gogc);

// The GOGC environment variable as Go reads it: unset or empty -> 100, "off" -> -1, a 32-bit
// decimal integer (optional '-') -> its value. Anything else is malformed: nullopt (Go
// silently uses 100; vitro's command reports it).
std::optional<int> parse_gogc(const char* value);

// Go's fmtNSAsMS: whole milliseconds from 10 ms up, else two significant digits with at most
// three decimals ("0.059", "4.9", "0").
std::string format_ms(uint64_t ns);
// Go's itoaDiv(val, dec): val / 10^dec with exactly dec decimals ("0.012" for 12, 3).
std::string format_fixed(uint64_t val, int dec);

// Everything one gctrace line prints (times in ns, sizes in bytes).
struct CycleTrace {
    uint64_t number = 0; // NumGC after the cycle
    uint64_t start_ns = 0; // cycle start, from heap creation
    int cpu_percent = 0; // int(GCCPUFraction * 100)
    uint64_t sweep_term_ns = 0, mark_ns = 0, mark_term_ns = 0; // wall clock
    uint64_t sweep_term_cpu_ns = 0, assist_ns = 0, background_ns = 0, idle_ns = 0, mark_term_cpu_ns = 0;
    uint64_t heap0 = 0, heap1 = 0, heap2 = 0, goal = 0, stacks = 0, globals = 0;
    int procs = 1;
    bool forced = false;
};

// "gc N @T.TTTs U%: a+b+c ms clock, d+e/f/g+h ms cpu, X->Y->Z MB, G MB goal, S MB stacks,
// L MB globals, K P[ (forced)]" plus a newline.
std::string format_gctrace(const CycleTrace& t);

} // namespace vitro::gc
