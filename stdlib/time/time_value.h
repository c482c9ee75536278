// stdlib/time/time_value.h — time.Time as the time package's natives see it (time_natives.cpp:
// clocks and arithmetic; calendar_natives.cpp: dates, Format and Parse).
//
// Overview: Go's representation (src/time/time.go): wall holds a hasMonotonic flag, then
// either 33 bits of seconds since 1885 and 30 bits of nanoseconds (monotonic: ext is the
// monotonic reading) or only the nanoseconds (ext: seconds since year 1); loc is the
// *Location (nil: UTC). A Time result or argument is a boxed 24-byte value (kTimeType).
// Invariants: the constants are Go's; sec_of/nsec_of decode both wall forms.
// Concurrency: none (one P). Go counterpart: src/time/time.go.
#pragma once

#include "gc/heap.h"
#include "stdlib/internal/types.h"
#include "vm/native.h"

#include <cstddef>
#include <cstdint>

namespace vitro::stdlib::time {

struct Time {
    uint64_t wall;
    int64_t ext;
    void* loc;
};
static_assert(sizeof(Time) == 24 && offsetof(Time, ext) == 8 && offsetof(Time, loc) == 16);

inline constexpr uint64_t kHasMonotonic = uint64_t(1) << 63;
inline constexpr int kNsecShift = 30;
inline constexpr uint64_t kNsecMask = (uint64_t(1) << kNsecShift) - 1;
inline constexpr int64_t kSecondsPerDay = 86400;
// Seconds from year 1 to 1885 (wall's epoch) and to 1970 (Unix's).
inline constexpr int64_t kWallToInternal = (1884 * 365 + 1884 / 4 - 1884 / 100 + 1884 / 400) * kSecondsPerDay;
inline constexpr int64_t kUnixToInternal = (1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * kSecondsPerDay;

// Seconds since year 1.
inline int64_t sec_of(const Time& t)
{
    if (t.wall & kHasMonotonic)
        return kWallToInternal + static_cast<int64_t>((t.wall << 1) >> (kNsecShift + 1));
    return t.ext;
}

inline int64_t nsec_of(const Time& t)
{
    return static_cast<int64_t>(t.wall & kNsecMask);
}

// A heap box holding t (a Time result).
inline void* box(vm::NativeCall& call, const Time& t)
{
    auto* b = static_cast<Time*>(call.heap().alloc(&internal::kTimeType));
    b->wall = t.wall;
    b->ext = t.ext;
    gc::store_ptr(&b->loc, t.loc);
    return b;
}

// The Time argument at slot i (a pointer to its box).
inline const Time& time_arg(vm::NativeCall& call, int i)
{
    return *static_cast<const Time*>(call.ptr_arg(i));
}

} // namespace vitro::stdlib::time
