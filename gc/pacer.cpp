// gc/pacer.cpp — heap goal arithmetic and gctrace formatting (see pacer.h for the design).
#include "gc/pacer.h"

#include <cerrno>
#include <climits>
#include <cstring>

namespace vitro::gc {

uint64_t heap_minimum(int gogc)
{
    return gogc < 0 ? 0 : kDefaultHeapMinimum * static_cast<uint64_t>(gogc) / 100;
}

uint64_t gogc_heap_goal(uint64_t marked, uint64_t stacks, uint64_t globals, int gogc)
{
    if (gogc < 0)
        return kNoGoal;
    uint64_t goal = marked + (marked + stacks + globals) * static_cast<uint64_t>(gogc) / 100;
    uint64_t minimum = heap_minimum(gogc);
    return goal < minimum ? minimum : goal;
}

std::optional<int> parse_gogc(const char* value)
{
    if (!value || !*value)
        return 100;
    if (std::strcmp(value, "off") == 0)
        return -1;
    const char* p = value;
    bool negative = *p == '-';
    if (negative)
        p++;
    if (!*p)
        return std::nullopt;
    int64_t n = 0;
    for (; *p; p++) {
        if (*p < '0' || *p > '9')
            return std::nullopt;
        n = n * 10 + (*p - '0');
        if (n > int64_t { INT32_MAX } + 1)
            return std::nullopt;
    }
    if (negative)
        n = -n;
    if (n > INT32_MAX || n < INT32_MIN)
        return std::nullopt;
    return static_cast<int>(n);
}

std::string format_fixed(uint64_t val, int dec)
{
    // Digits from the right, a point after `dec` of them, at least one digit before it.
    std::string rev;
    for (int i = 0; i < dec; i++) {
        rev.push_back(static_cast<char>('0' + val % 10));
        val /= 10;
    }
    if (dec > 0)
        rev.push_back('.');
    do {
        rev.push_back(static_cast<char>('0' + val % 10));
        val /= 10;
    } while (val != 0);
    return std::string(rev.rbegin(), rev.rend());
}

std::string format_ms(uint64_t ns)
{
    if (ns >= 10'000'000)
        return format_fixed(ns / 1'000'000, 0);
    uint64_t us = ns / 1000;
    if (us == 0)
        return "0";
    int dec = 3;
    while (us >= 100) {
        us /= 10;
        dec--;
    }
    return format_fixed(us, dec);
}

std::string format_gctrace(const CycleTrace& t)
{
    auto mb = [](uint64_t bytes) { return std::to_string(bytes >> 20); };
    std::string s = "gc " + std::to_string(t.number) + " @" + format_fixed(t.start_ns / 1'000'000, 3) + "s "
        + std::to_string(t.cpu_percent) + "%: ";
    s += format_ms(t.sweep_term_ns) + "+" + format_ms(t.mark_ns) + "+" + format_ms(t.mark_term_ns)
        + " ms clock, ";
    s += format_ms(t.sweep_term_cpu_ns) + "+" + format_ms(t.assist_ns) + "/" + format_ms(t.background_ns)
        + "/" + format_ms(t.idle_ns) + "+" + format_ms(t.mark_term_cpu_ns) + " ms cpu, ";
    s += mb(t.heap0) + "->" + mb(t.heap1) + "->" + mb(t.heap2) + " MB, " + mb(t.goal) + " MB goal, ";
    s += mb(t.stacks) + " MB stacks, " + mb(t.globals) + " MB globals, " + std::to_string(t.procs) + " P";
    if (t.forced)
        s += " (forced)";
    s += "\n";
    return s;
}

} // namespace vitro::gc
