// stdlib/time/time_natives.cpp — time.Now, Since, Time's arithmetic and Duration's
// accessors and String.
//
// A Time is Go's {wall uint64; ext int64; loc *Location}: with the hasMonotonic bit set, wall
// holds 33 bits of seconds since 1885 and 30 bits of nanoseconds, and ext the monotonic clock
// reading (nanoseconds since process start); without it, ext holds the full seconds since
// year 1. Now() sets both, so Sub and Since of two Now() values use the monotonic clock, as in
// Go. loc is the static time.Local object for Now() (calendar_natives.cpp), nil for UTC.
// Go reference: src/time/time.go (Now, Sub, Add, sec, nsec, addSec), src/time/sleep.go.
#include "stdlib/fmt/format.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"
#include "stdlib/time/time_value.h"

#include <chrono>
#include <cstddef>
#include <cstring>
#include <ctime>

namespace vitro::stdlib::time {

void* local_location(); // calendar_natives.cpp: the Location behind time.Local (static)

namespace {

constexpr int64_t kMinDuration = INT64_MIN, kMaxDuration = INT64_MAX;

int64_t monotonic_now()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Go's startNano: monotonic readings are relative to process start (minus one, so never 0).
const int64_t kStartNano = monotonic_now() - 1;

Time now()
{
    timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    int64_t mono = monotonic_now() - kStartNano;
    int64_t sec = ts.tv_sec + kUnixToInternal - kWallToInternal;
    auto nsec = static_cast<uint64_t>(ts.tv_nsec);
    if (static_cast<uint64_t>(sec) >> 33 != 0)
        return { nsec, sec + kWallToInternal, local_location() };
    return { kHasMonotonic | static_cast<uint64_t>(sec) << kNsecShift | nsec, mono, local_location() };
}

int64_t sub(const Time& t, const Time& u)
{
    if (t.wall & u.wall & kHasMonotonic) {
        int64_t d = static_cast<int64_t>(static_cast<uint64_t>(t.ext) - static_cast<uint64_t>(u.ext));
        if (d < 0 && t.ext > u.ext)
            return kMaxDuration;
        if (d > 0 && t.ext < u.ext)
            return kMinDuration;
        return d;
    }
    __int128 d = static_cast<__int128>(sec_of(t) - sec_of(u)) * 1000000000 + (nsec_of(t) - nsec_of(u));
    return d > kMaxDuration ? kMaxDuration : d < kMinDuration ? kMinDuration : static_cast<int64_t>(d);
}

void Now(vm::NativeCall& call)
{
    call.set_ptr(0, box(call, now()));
}

void Since(vm::NativeCall& call)
{
    call.set_int(0, sub(now(), time_arg(call, 0)));
}

void Until(vm::NativeCall& call)
{
    call.set_int(0, sub(time_arg(call, 0), now()));
}

void Time_Sub(vm::NativeCall& call)
{
    call.set_int(0, sub(time_arg(call, 0), time_arg(call, 1)));
}

// Go's Add: nanoseconds carry into seconds; the monotonic reading moves too unless it would
// overflow (then it is dropped).
void Time_Add(vm::NativeCall& call)
{
    Time t = time_arg(call, 0);
    int64_t d = call.int_arg(1);
    int64_t dsec = d / 1000000000, nsec = nsec_of(t) + d % 1000000000;
    if (nsec >= 1000000000)
        dsec++, nsec -= 1000000000;
    else if (nsec < 0)
        dsec--, nsec += 1000000000;
    t.wall = (t.wall & ~kNsecMask) | static_cast<uint64_t>(nsec);
    bool mono = t.wall & kHasMonotonic;
    if (mono) {
        int64_t sec = static_cast<int64_t>((t.wall << 1) >> (kNsecShift + 1)) + dsec;
        if (sec >= 0 && sec <= (int64_t(1) << 33) - 1) {
            t.wall = (t.wall & kNsecMask) | static_cast<uint64_t>(sec) << kNsecShift | kHasMonotonic;
        } else { // strip the monotonic reading: ext holds seconds again
            int64_t full = sec_of(t);
            t.wall &= kNsecMask;
            t.ext = full + dsec;
            mono = false;
        }
        if (mono) {
            int64_t te = static_cast<int64_t>(static_cast<uint64_t>(t.ext) + static_cast<uint64_t>(d));
            if ((d < 0 && te > t.ext) || (d > 0 && te < t.ext)) {
                int64_t full = sec_of(t);
                t.wall &= kNsecMask;
                t.ext = full;
            } else {
                t.ext = te;
            }
        }
    } else {
        t.ext += dsec;
    }
    call.set_ptr(0, box(call, t));
}

int compare(const Time& t, const Time& u)
{
    if (t.wall & u.wall & kHasMonotonic)
        return t.ext < u.ext ? -1 : t.ext > u.ext ? 1 : 0;
    int64_t ts = sec_of(t), us = sec_of(u);
    if (ts != us)
        return ts < us ? -1 : 1;
    return nsec_of(t) < nsec_of(u) ? -1 : nsec_of(t) > nsec_of(u) ? 1 : 0;
}

void Time_Before(vm::NativeCall& call)
{
    call.set_int(0, compare(time_arg(call, 0), time_arg(call, 1)) < 0);
}

void Time_After(vm::NativeCall& call)
{
    call.set_int(0, compare(time_arg(call, 0), time_arg(call, 1)) > 0);
}

void Time_Equal(vm::NativeCall& call)
{
    call.set_int(0, compare(time_arg(call, 0), time_arg(call, 1)) == 0);
}

void Time_IsZero(vm::NativeCall& call)
{
    const Time& t = time_arg(call, 0);
    call.set_int(0, sec_of(t) == 0 && nsec_of(t) == 0);
}

void Time_Unix(vm::NativeCall& call)
{
    call.set_int(0, sec_of(time_arg(call, 0)) - kUnixToInternal);
}

void Time_UnixNano(vm::NativeCall& call)
{
    const Time& t = time_arg(call, 0);
    call.set_int(0, (sec_of(t) - kUnixToInternal) * 1000000000 + nsec_of(t));
}

void Time_UnixMilli(vm::NativeCall& call)
{
    const Time& t = time_arg(call, 0);
    call.set_int(0, (sec_of(t) - kUnixToInternal) * 1000 + nsec_of(t) / 1000000);
}

void Time_UnixMicro(vm::NativeCall& call)
{
    const Time& t = time_arg(call, 0);
    call.set_int(0, (sec_of(t) - kUnixToInternal) * 1000000 + nsec_of(t) / 1000);
}

void Time_Nanosecond(vm::NativeCall& call)
{
    call.set_int(0, nsec_of(time_arg(call, 0)));
}

void Duration_String(vm::NativeCall& call)
{
    call.set_string(0, call.new_string(fmt::duration_string(call.int_arg(0))));
}

// Seconds, Minutes, Hours: whole units plus the fraction, as Go computes them.
double units(int64_t d, int64_t unit)
{
    return static_cast<double>(d / unit) + static_cast<double>(d % unit) / static_cast<double>(unit);
}

void Duration_Seconds(vm::NativeCall& call)
{
    call.set_float(0, units(call.int_arg(0), 1000000000));
}

void Duration_Minutes(vm::NativeCall& call)
{
    call.set_float(0, units(call.int_arg(0), 60 * int64_t(1000000000)));
}

void Duration_Hours(vm::NativeCall& call)
{
    call.set_float(0, units(call.int_arg(0), 3600 * int64_t(1000000000)));
}

void Duration_Milliseconds(vm::NativeCall& call)
{
    call.set_int(0, call.int_arg(0) / 1000000);
}

void Duration_Microseconds(vm::NativeCall& call)
{
    call.set_int(0, call.int_arg(0) / 1000);
}

void Duration_Nanoseconds(vm::NativeCall& call)
{
    call.set_int(0, call.int_arg(0));
}

// d.Truncate(m): d rounded toward zero to a multiple of m (d itself when m <= 0), as Go's.
void Duration_Truncate(vm::NativeCall& call)
{
    int64_t d = call.int_arg(0), m = call.int_arg(1);
    call.set_int(0, m <= 0 ? d : d - d % m);
}

// d.Round(m): d rounded to the nearest multiple of m, halfway away from zero, saturating at
// the extremes of Duration (Go's time.Duration.Round).
void Duration_Round(vm::NativeCall& call)
{
    int64_t d = call.int_arg(0), m = call.int_arg(1);
    if (m <= 0) {
        call.set_int(0, d);
        return;
    }
    int64_t r = d % m;
    if (d < 0) {
        r = -r;
        if (r + r < m) {
            call.set_int(0, d + r);
            return;
        }
        int64_t d1 = static_cast<int64_t>(
            static_cast<uint64_t>(d) - static_cast<uint64_t>(m) + static_cast<uint64_t>(r));
        call.set_int(0, d1 < d ? d1 : INT64_MIN);
        return;
    }
    if (r + r < m) {
        call.set_int(0, d - r);
        return;
    }
    int64_t d1 = static_cast<int64_t>(
        static_cast<uint64_t>(d) + static_cast<uint64_t>(m) - static_cast<uint64_t>(r));
    call.set_int(0, d1 > d ? d1 : INT64_MAX);
}

void Duration_Abs(vm::NativeCall& call)
{
    int64_t d = call.int_arg(0);
    call.set_int(0, d >= 0 ? d : (d == INT64_MIN ? INT64_MAX : -d));
}

} // namespace

// The current time in Time's memory layout (the values timers send).
void now_value(void* out)
{
    Time t = now();
    std::memcpy(out, &t, sizeof t);
}

} // namespace vitro::stdlib::time

namespace vitro::stdlib {

namespace time {
void register_timers(vm::NativeRegistry& r); // timer_natives.cpp
void register_duration_parse(vm::NativeRegistry& r); // duration_parse.cpp
void register_calendar(vm::NativeRegistry& r); // calendar_natives.cpp
} // namespace time

void register_time(vm::NativeRegistry& r)
{
    time::register_timers(r);
    time::register_duration_parse(r);
    time::register_calendar(r);
    using namespace time;
    r.add("time.Now", Now);
    r.add("time.Since", Since);
    r.add("time.Until", Until);
    r.add("time.Time.Sub", Time_Sub);
    r.add("time.Time.Add", Time_Add);
    r.add("time.Time.Before", Time_Before);
    r.add("time.Time.After", Time_After);
    r.add("time.Time.Equal", Time_Equal);
    r.add("time.Time.IsZero", Time_IsZero);
    r.add("time.Time.Unix", Time_Unix);
    r.add("time.Time.UnixNano", Time_UnixNano);
    r.add("time.Time.UnixMilli", Time_UnixMilli);
    r.add("time.Time.UnixMicro", Time_UnixMicro);
    r.add("time.Time.Nanosecond", Time_Nanosecond);
    r.add("time.Duration.String", Duration_String);
    r.add("time.Duration.Seconds", Duration_Seconds);
    r.add("time.Duration.Minutes", Duration_Minutes);
    r.add("time.Duration.Hours", Duration_Hours);
    r.add("time.Duration.Milliseconds", Duration_Milliseconds);
    r.add("time.Duration.Microseconds", Duration_Microseconds);
    r.add("time.Duration.Nanoseconds", Duration_Nanoseconds);
    r.add("time.Duration.Truncate", Duration_Truncate);
    r.add("time.Duration.Round", Duration_Round);
    r.add("time.Duration.Abs", Duration_Abs);
}

} // namespace vitro::stdlib
