// stdlib/time/calendar_natives.cpp — calendar times: time.Date, Unix, the Time accessors (Year,
// Month, Day, Hour, Minute, Second, Weekday, YearDay, Date, Clock), AddDate, UTC/Local/In,
// Location, Format and String, and the UTC and Local variables.
//
// Calendar math is a port of Go 1.19's (absolute-epoch days, absDate's 400/100/4-year cycles,
// norm) and Format is a port of nextStdChunk/appendFormat with every layout element. Zones:
// every Location has offset 0 and abbreviation "UTC" (Local is the machine's zone, which the
// tests' machines keep at UTC); a Time in UTC has a nil loc, as Go's setLoc makes it, and
// Location() returns the time.UTC object then. time.UTC and time.Local are heap Location
// objects named "UTC" and "Local" made at start-up (init_locations).
// Parse follows Go's parse for every layout element; a numeric zone other than +0000 gives the
// right instant shown in UTC (Go keeps a fixed zone), and zone abbreviations other than UTC are
// rejected. Skipped: FixedZone, LoadLocation, ParseInLocation.
// Go reference: src/time/time.go, src/time/format.go, src/time/zoneinfo.go.
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"
#include "stdlib/time/time_value.h"
#include "vm/runtime.h"

#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

namespace vitro::stdlib::time {

std::string quote(std::string_view s); // duration_parse.cpp: time's own quote

namespace {

constexpr int64_t kAbsoluteZeroYear = -292277022399LL;
constexpr int64_t kAbsoluteToInternal = (kAbsoluteZeroYear - 1) * 31556952LL; // * 365.2425 days
constexpr int64_t kInternalToAbsolute = -kAbsoluteToInternal;
constexpr int64_t kInternalToUnix = -kUnixToInternal;
constexpr uint64_t kDaysPer400Years = 365 * 400 + 97;
constexpr uint64_t kDaysPer100Years = 365 * 100 + 24;
constexpr uint64_t kDaysPer4Years = 365 * 4 + 1;
constexpr int32_t kDaysBefore[13] = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365 };
constexpr const char* kLongDays[]
    = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
constexpr const char* kLongMonths[] = { "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December" };

// The Location objects behind time.UTC and time.Local (set by init_locations).
void* g_utc = nullptr;
void* g_local = nullptr;

uint64_t abs_of(const Time& t)
{
    int64_t unix = sec_of(t) + kInternalToUnix;
    return static_cast<uint64_t>(unix + (kUnixToInternal + kInternalToAbsolute));
}

bool is_leap(int64_t year)
{
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

void norm(int64_t& hi, int64_t& lo, int64_t base)
{
    if (lo < 0) {
        int64_t n = (-lo - 1) / base + 1;
        hi -= n;
        lo += n * base;
    }
    if (lo >= base) {
        int64_t n = lo / base;
        hi += n;
        lo -= n * base;
    }
}

uint64_t days_since_epoch(int64_t year)
{
    auto y = static_cast<uint64_t>(year - kAbsoluteZeroYear);
    uint64_t n = y / 400;
    y -= 400 * n;
    uint64_t d = kDaysPer400Years * n;
    n = y / 100;
    y -= 100 * n;
    d += kDaysPer100Years * n;
    n = y / 4;
    y -= 4 * n;
    d += kDaysPer4Years * n;
    n = y;
    d += 365 * n;
    return d;
}

struct Civil {
    int64_t year, month, day, yday;
};

Civil abs_date(uint64_t abs)
{
    uint64_t d = abs / kSecondsPerDay;
    uint64_t n = d / kDaysPer400Years;
    uint64_t y = 400 * n;
    d -= kDaysPer400Years * n;
    n = d / kDaysPer100Years;
    n -= n >> 2;
    y += 100 * n;
    d -= kDaysPer100Years * n;
    n = d / kDaysPer4Years;
    y += 4 * n;
    d -= kDaysPer4Years * n;
    n = d / 365;
    n -= n >> 2;
    y += n;
    d -= 365 * n;
    Civil c {};
    c.year = static_cast<int64_t>(y) + kAbsoluteZeroYear;
    c.yday = static_cast<int64_t>(d);
    int64_t day = c.yday;
    if (is_leap(c.year)) {
        if (day > 31 + 29 - 1) {
            day--;
        } else if (day == 31 + 29 - 1) {
            c.month = 2;
            c.day = 29;
            return c;
        }
    }
    int64_t month = day / 31;
    int64_t end = kDaysBefore[month + 1];
    int64_t begin;
    if (day >= end) {
        month++;
        begin = end;
    } else {
        begin = kDaysBefore[month];
    }
    c.month = month + 1;
    c.day = day - begin + 1;
    return c;
}

int64_t weekday_of(uint64_t abs)
{
    // January 1 of the absolute year, like January 1 of 2001, was a Monday.
    uint64_t sec = (abs + static_cast<uint64_t>(1 * kSecondsPerDay)) % (7 * kSecondsPerDay);
    return static_cast<int64_t>(sec / kSecondsPerDay);
}

Time make_date(
    int64_t year, int64_t month, int64_t day, int64_t hour, int64_t min, int64_t sec, int64_t nsec, void* loc)
{
    int64_t m = month - 1;
    norm(year, m, 12);
    month = m + 1;
    norm(sec, nsec, 1000000000);
    norm(min, sec, 60);
    norm(hour, min, 60);
    norm(day, hour, 24);
    uint64_t d = days_since_epoch(year);
    d += static_cast<uint64_t>(kDaysBefore[month - 1]);
    if (is_leap(year) && month >= 3)
        d++;
    d += static_cast<uint64_t>(day - 1);
    uint64_t abs = d * kSecondsPerDay;
    abs += static_cast<uint64_t>(hour * 3600 + min * 60 + sec);
    int64_t unix = static_cast<int64_t>(abs) + (kAbsoluteToInternal + kInternalToUnix);
    Time t { static_cast<uint64_t>(nsec), unix + kUnixToInternal, loc == g_utc ? nullptr : loc };
    return t;
}

// ---- Format (nextStdChunk / appendFormat) ----

enum Std {
    kNone,
    kLongMonth,
    kMonth,
    kNumMonth,
    kZeroMonth,
    kLongWeekDay,
    kWeekDay,
    kDay,
    kUnderDay,
    kZeroDay,
    kUnderYearDay,
    kZeroYearDay,
    kHour,
    kHour12,
    kZeroHour12,
    kMinute,
    kZeroMinute,
    kSecond,
    kZeroSecond,
    kLongYear,
    kYear,
    kPM,
    kpm,
    kTZ,
    kISO8601TZ,
    kISO8601SecondsTZ,
    kISO8601ShortTZ,
    kISO8601ColonTZ,
    kISO8601ColonSecondsTZ,
    kNumTZ,
    kNumSecondsTz,
    kNumShortTZ,
    kNumColonTZ,
    kNumColonSecondsTZ,
    kFracSecond0,
    kFracSecond9,
};

struct Chunk {
    size_t prefix_len = 0;
    Std std = kNone;
    size_t suffix_start = 0;
    int frac_digits = 0;
    char frac_sep = '.';
};

bool starts_lower(std::string_view s)
{
    return !s.empty() && s[0] >= 'a' && s[0] <= 'z';
}

bool is_digit_at(std::string_view s, size_t i)
{
    return i < s.size() && s[i] >= '0' && s[i] <= '9';
}

Chunk next_chunk(std::string_view l)
{
    static constexpr Std kStd0x[] = { kZeroMonth, kZeroDay, kZeroHour12, kZeroMinute, kZeroSecond, kYear };
    auto at = [&](size_t i, std::string_view w) {
        return l.size() >= i + w.size() && l.substr(i, w.size()) == w;
    };
    for (size_t i = 0; i < l.size(); i++) {
        auto make = [&](Std std, size_t len, size_t prefix) {
            return Chunk { prefix, std, i + len, 0, '.' };
        };
        switch (l[i]) {
        case 'J':
            if (at(i, "Jan")) {
                if (at(i, "January"))
                    return make(kLongMonth, 7, i);
                if (!starts_lower(l.substr(i + 3)))
                    return make(kMonth, 3, i);
            }
            break;
        case 'M':
            if (at(i, "Mon")) {
                if (at(i, "Monday"))
                    return make(kLongWeekDay, 6, i);
                if (!starts_lower(l.substr(i + 3)))
                    return make(kWeekDay, 3, i);
            }
            if (at(i, "MST"))
                return make(kTZ, 3, i);
            break;
        case '0':
            if (l.size() >= i + 2 && l[i + 1] >= '1' && l[i + 1] <= '6')
                return make(kStd0x[l[i + 1] - '1'], 2, i);
            if (at(i, "002"))
                return make(kZeroYearDay, 3, i);
            break;
        case '1':
            if (at(i, "15"))
                return make(kHour, 2, i);
            return make(kNumMonth, 1, i);
        case '2':
            if (at(i, "2006"))
                return make(kLongYear, 4, i);
            return make(kDay, 1, i);
        case '_':
            if (l.size() >= i + 2 && l[i + 1] == '2') {
                if (at(i + 1, "2006"))
                    return Chunk { i + 1, kLongYear, i + 5, 0, '.' };
                return make(kUnderDay, 2, i);
            }
            if (at(i, "__2"))
                return make(kUnderYearDay, 3, i);
            break;
        case '3':
            return make(kHour12, 1, i);
        case '4':
            return make(kMinute, 1, i);
        case '5':
            return make(kSecond, 1, i);
        case 'P':
            if (at(i, "PM"))
                return make(kPM, 2, i);
            break;
        case 'p':
            if (at(i, "pm"))
                return make(kpm, 2, i);
            break;
        case '-':
            if (at(i, "-070000"))
                return make(kNumSecondsTz, 7, i);
            if (at(i, "-07:00:00"))
                return make(kNumColonSecondsTZ, 9, i);
            if (at(i, "-0700"))
                return make(kNumTZ, 5, i);
            if (at(i, "-07:00"))
                return make(kNumColonTZ, 6, i);
            if (at(i, "-07"))
                return make(kNumShortTZ, 3, i);
            break;
        case 'Z':
            if (at(i, "Z070000"))
                return make(kISO8601SecondsTZ, 7, i);
            if (at(i, "Z07:00:00"))
                return make(kISO8601ColonSecondsTZ, 9, i);
            if (at(i, "Z0700"))
                return make(kISO8601TZ, 5, i);
            if (at(i, "Z07:00"))
                return make(kISO8601ColonTZ, 6, i);
            if (at(i, "Z07"))
                return make(kISO8601ShortTZ, 3, i);
            break;
        case '.':
        case ',':
            if (i + 1 < l.size() && (l[i + 1] == '0' || l[i + 1] == '9')) {
                char ch = l[i + 1];
                size_t j = i + 1;
                while (j < l.size() && l[j] == ch)
                    j++;
                if (!is_digit_at(l, j))
                    return Chunk { i, ch == '0' ? kFracSecond0 : kFracSecond9, j,
                        static_cast<int>(j - (i + 1)), l[i] };
            }
            break;
        default:
            break;
        }
    }
    return Chunk { l.size(), kNone, l.size(), 0, '.' };
}

void append_int(std::string& b, int64_t x, int width)
{
    uint64_t u = static_cast<uint64_t>(x);
    if (x < 0) {
        b += '-';
        u = static_cast<uint64_t>(-x);
    }
    std::string digits = std::to_string(u);
    for (int w = static_cast<int>(digits.size()); w < width; w++)
        b += '0';
    b += digits;
}

std::string format_time(const Time& t, std::string_view layout)
{
    uint64_t abs = abs_of(t);
    Civil c = abs_date(abs);
    int64_t hour = static_cast<int64_t>(abs % kSecondsPerDay) / 3600;
    int64_t min = static_cast<int64_t>(abs % 3600) / 60;
    int64_t sec = static_cast<int64_t>(abs % 60);
    std::string b;
    while (!layout.empty()) {
        Chunk ch = next_chunk(layout);
        b += layout.substr(0, ch.prefix_len);
        if (ch.std == kNone)
            break;
        switch (ch.std) {
        case kYear:
            append_int(b, (c.year < 0 ? -c.year : c.year) % 100, 2);
            break;
        case kLongYear:
            append_int(b, c.year, 4);
            break;
        case kMonth:
            b += std::string_view(kLongMonths[c.month - 1]).substr(0, 3);
            break;
        case kLongMonth:
            b += kLongMonths[c.month - 1];
            break;
        case kNumMonth:
            append_int(b, c.month, 0);
            break;
        case kZeroMonth:
            append_int(b, c.month, 2);
            break;
        case kWeekDay:
            b += std::string_view(kLongDays[weekday_of(abs)]).substr(0, 3);
            break;
        case kLongWeekDay:
            b += kLongDays[weekday_of(abs)];
            break;
        case kDay:
            append_int(b, c.day, 0);
            break;
        case kUnderDay:
            if (c.day < 10)
                b += ' ';
            append_int(b, c.day, 0);
            break;
        case kZeroDay:
            append_int(b, c.day, 2);
            break;
        case kUnderYearDay:
            if (c.yday + 1 < 100) {
                b += ' ';
                if (c.yday + 1 < 10)
                    b += ' ';
            }
            append_int(b, c.yday + 1, 0);
            break;
        case kZeroYearDay:
            append_int(b, c.yday + 1, 3);
            break;
        case kHour:
            append_int(b, hour, 2);
            break;
        case kHour12:
            append_int(b, hour % 12 == 0 ? 12 : hour % 12, 0);
            break;
        case kZeroHour12:
            append_int(b, hour % 12 == 0 ? 12 : hour % 12, 2);
            break;
        case kMinute:
            append_int(b, min, 0);
            break;
        case kZeroMinute:
            append_int(b, min, 2);
            break;
        case kSecond:
            append_int(b, sec, 0);
            break;
        case kZeroSecond:
            append_int(b, sec, 2);
            break;
        case kPM:
            b += hour >= 12 ? "PM" : "AM";
            break;
        case kpm:
            b += hour >= 12 ? "pm" : "am";
            break;
        case kISO8601TZ:
        case kISO8601ColonTZ:
        case kISO8601SecondsTZ:
        case kISO8601ShortTZ:
        case kISO8601ColonSecondsTZ:
            b += 'Z'; // offset 0
            break;
        case kNumTZ:
        case kNumColonTZ:
        case kNumSecondsTz:
        case kNumShortTZ:
        case kNumColonSecondsTZ:
            b += "+00";
            if (ch.std == kNumColonTZ || ch.std == kNumColonSecondsTZ)
                b += ':';
            if (ch.std != kNumShortTZ)
                b += "00";
            if (ch.std == kNumSecondsTz || ch.std == kNumColonSecondsTZ) {
                if (ch.std == kNumColonSecondsTZ)
                    b += ':';
                b += "00";
            }
            break;
        case kTZ:
            b += "UTC";
            break;
        case kFracSecond0:
        case kFracSecond9: {
            char buf[9];
            auto u = static_cast<uint64_t>(nsec_of(t));
            for (int k = 8; k >= 0; k--) {
                buf[k] = static_cast<char>('0' + u % 10);
                u /= 10;
            }
            int n = ch.frac_digits > 9 ? 9 : ch.frac_digits;
            if (ch.std == kFracSecond9) {
                while (n > 0 && buf[n - 1] == '0')
                    n--;
                if (n == 0)
                    break;
            }
            b += ch.frac_sep;
            b.append(buf, static_cast<size_t>(n));
            break;
        }
        case kNone:
            break;
        }
        layout.remove_prefix(ch.suffix_start);
    }
    return b;
}

// ---- Parse (format.go's parse, for UTC and numeric zones) ----

constexpr const char* kShortDays[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
constexpr const char* kShortMonths[]
    = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

bool digit_at(std::string_view s, size_t i)
{
    return i < s.size() && s[i] >= '0' && s[i] <= '9';
}

std::string_view cut_space(std::string_view s)
{
    while (!s.empty() && s[0] == ' ')
        s.remove_prefix(1);
    return s;
}

bool skip_prefix(std::string_view& value, std::string_view prefix)
{
    while (!prefix.empty()) {
        if (prefix[0] == ' ') {
            if (!value.empty() && value[0] != ' ')
                return false;
            prefix = cut_space(prefix);
            value = cut_space(value);
            continue;
        }
        if (value.empty() || value[0] != prefix[0])
            return false;
        prefix.remove_prefix(1);
        value.remove_prefix(1);
    }
    return true;
}

bool getnum(std::string_view& s, bool fixed, int64_t& out)
{
    if (!digit_at(s, 0))
        return false;
    if (!digit_at(s, 1)) {
        if (fixed)
            return false;
        out = s[0] - '0';
        s.remove_prefix(1);
        return true;
    }
    out = (s[0] - '0') * 10 + (s[1] - '0');
    s.remove_prefix(2);
    return true;
}

bool getnum3(std::string_view& s, bool fixed, int64_t& out)
{
    int64_t n = 0;
    size_t i = 0;
    for (; i < 3 && digit_at(s, i); i++)
        n = n * 10 + (s[i] - '0');
    if (i == 0 || (fixed && i != 3))
        return false;
    out = n;
    s.remove_prefix(i);
    return true;
}

bool lookup_name(const char* const* tab, int n, std::string_view& value, int64_t& index)
{
    for (int i = 0; i < n; i++) {
        std::string_view name = tab[i];
        if (value.size() < name.size())
            continue;
        bool match = true;
        for (size_t k = 0; k < name.size() && match; k++) {
            char a = value[k], b = name[k];
            if (a >= 'A' && a <= 'Z')
                a = static_cast<char>(a - 'A' + 'a');
            if (b >= 'A' && b <= 'Z')
                b = static_cast<char>(b - 'A' + 'a');
            match = a == b;
        }
        if (match) {
            index = i;
            value.remove_prefix(name.size());
            return true;
        }
    }
    return false;
}

// time's atoi: an optional sign and digits only.
bool atoi_all(std::string_view s, int64_t& out)
{
    bool neg = false;
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
        neg = s[0] == '-';
        s.remove_prefix(1);
    }
    if (s.empty())
        return false;
    int64_t x = 0;
    for (char c : s) {
        if (c < '0' || c > '9' || x > (INT64_MAX - 9) / 10)
            return false;
        x = x * 10 + (c - '0');
    }
    out = neg ? -x : x;
    return true;
}

bool parse_nanoseconds(std::string_view value, size_t nbytes, int64_t& ns)
{
    if (value.empty() || (value[0] != '.' && value[0] != ','))
        return false;
    if (nbytes > 10) {
        value = value.substr(0, 10);
        nbytes = 10;
    }
    if (!atoi_all(value.substr(1, nbytes - 1), ns))
        return false;
    for (size_t i = 0; i < 10 - nbytes; i++)
        ns *= 10;
    return true;
}

std::string quote_go(std::string_view s)
{
    return quote(s);
}

// Parses value with layout; false with Go's error text in `error`.
bool parse_time(std::string_view layout, std::string_view value, Time& out, std::string& error)
{
    std::string_view alayout = layout, avalue = value;
    std::string range_err;
    bool am = false, pm = false, utc_zone = false;
    int64_t year = 0, month = -1, day = -1, yday = -1, hour = 0, min = 0, sec = 0, nsec = 0;
    int64_t zone_offset = -1;
    auto parse_error = [&](std::string_view layout_elem, std::string_view value_elem, std::string message) {
        if (message.empty())
            error = "parsing time " + quote_go(avalue) + " as " + quote_go(alayout) + ": cannot parse "
                + quote_go(value_elem) + " as " + quote_go(layout_elem);
        else
            error = "parsing time " + quote_go(avalue) + message;
        return false;
    };
    for (;;) {
        Chunk ch = next_chunk(layout);
        std::string_view prefix = layout.substr(0, ch.prefix_len);
        std::string_view stdstr = layout.substr(ch.prefix_len, ch.suffix_start - ch.prefix_len);
        if (!skip_prefix(value, prefix))
            return parse_error(prefix, value, "");
        if (ch.std == kNone) {
            if (!value.empty())
                return parse_error("", value, ": extra text: " + quote_go(value));
            break;
        }
        layout.remove_prefix(ch.suffix_start);
        std::string_view hold = value;
        bool ok = true;
        switch (ch.std) {
        case kYear:
            if (value.size() < 2) {
                ok = false;
                break;
            }
            ok = atoi_all(value.substr(0, 2), year);
            value.remove_prefix(2);
            if (!ok)
                value = hold;
            else
                year += year >= 69 ? 1900 : 2000;
            break;
        case kLongYear:
            if (value.size() < 4 || !digit_at(value, 0)) {
                ok = false;
                break;
            }
            ok = atoi_all(value.substr(0, 4), year);
            value.remove_prefix(4);
            break;
        case kMonth:
            ok = lookup_name(kShortMonths, 12, value, month);
            month++;
            break;
        case kLongMonth:
            ok = lookup_name(kLongMonths, 12, value, month);
            month++;
            break;
        case kNumMonth:
        case kZeroMonth:
            ok = getnum(value, ch.std == kZeroMonth, month);
            if (ok && (month <= 0 || month > 12))
                range_err = "month";
            break;
        case kWeekDay: {
            int64_t ignored;
            ok = lookup_name(kShortDays, 7, value, ignored);
            break;
        }
        case kLongWeekDay: {
            int64_t ignored;
            ok = lookup_name(kLongDays, 7, value, ignored);
            break;
        }
        case kDay:
        case kUnderDay:
        case kZeroDay:
            if (ch.std == kUnderDay && !value.empty() && value[0] == ' ')
                value.remove_prefix(1);
            ok = getnum(value, ch.std == kZeroDay, day);
            break;
        case kUnderYearDay:
        case kZeroYearDay:
            for (int i = 0; i < 2; i++)
                if (ch.std == kUnderYearDay && !value.empty() && value[0] == ' ')
                    value.remove_prefix(1);
            ok = getnum3(value, ch.std == kZeroYearDay, yday);
            break;
        case kHour:
            ok = getnum(value, false, hour);
            if (hour < 0 || hour >= 24)
                range_err = "hour";
            break;
        case kHour12:
        case kZeroHour12:
            ok = getnum(value, ch.std == kZeroHour12, hour);
            if (hour < 0 || hour > 12)
                range_err = "hour";
            break;
        case kMinute:
        case kZeroMinute:
            ok = getnum(value, ch.std == kZeroMinute, min);
            if (min < 0 || min >= 60)
                range_err = "minute";
            break;
        case kSecond:
        case kZeroSecond:
            ok = getnum(value, ch.std == kZeroSecond, sec);
            if (!ok)
                break;
            if (sec < 0 || sec >= 60) {
                range_err = "second";
                break;
            }
            if (value.size() >= 2 && (value[0] == '.' || value[0] == ',') && digit_at(value, 1)) {
                Std next = next_chunk(layout).std;
                if (next == kFracSecond0 || next == kFracSecond9)
                    break;
                size_t n = 2;
                while (n < value.size() && digit_at(value, n))
                    n++;
                ok = parse_nanoseconds(value, n, nsec);
                value.remove_prefix(n);
            }
            break;
        case kPM:
        case kpm: {
            if (value.size() < 2) {
                ok = false;
                break;
            }
            std::string_view p = value.substr(0, 2);
            value.remove_prefix(2);
            bool upper = ch.std == kPM;
            if (p == (upper ? "PM" : "pm"))
                pm = true;
            else if (p == (upper ? "AM" : "am"))
                am = true;
            else
                ok = false;
            break;
        }
        case kISO8601TZ:
        case kISO8601ColonTZ:
        case kISO8601SecondsTZ:
        case kISO8601ShortTZ:
        case kISO8601ColonSecondsTZ:
        case kNumTZ:
        case kNumShortTZ:
        case kNumColonTZ:
        case kNumSecondsTz:
        case kNumColonSecondsTZ: {
            Std s = ch.std;
            if ((s == kISO8601TZ || s == kISO8601ShortTZ || s == kISO8601ColonTZ) && !value.empty()
                && value[0] == 'Z') {
                value.remove_prefix(1);
                utc_zone = true;
                break;
            }
            std::string_view sign, hh, mm, ss = "00";
            if (s == kISO8601ColonTZ || s == kNumColonTZ) {
                if (value.size() < 6 || value[3] != ':') {
                    ok = false;
                    break;
                }
                sign = value.substr(0, 1), hh = value.substr(1, 2), mm = value.substr(4, 2);
                value.remove_prefix(6);
            } else if (s == kNumShortTZ || s == kISO8601ShortTZ) {
                if (value.size() < 3) {
                    ok = false;
                    break;
                }
                sign = value.substr(0, 1), hh = value.substr(1, 2), mm = "00";
                value.remove_prefix(3);
            } else if (s == kISO8601ColonSecondsTZ || s == kNumColonSecondsTZ) {
                if (value.size() < 9 || value[3] != ':' || value[6] != ':') {
                    ok = false;
                    break;
                }
                sign = value.substr(0, 1), hh = value.substr(1, 2), mm = value.substr(4, 2),
                ss = value.substr(7, 2);
                value.remove_prefix(9);
            } else if (s == kISO8601SecondsTZ || s == kNumSecondsTz) {
                if (value.size() < 7) {
                    ok = false;
                    break;
                }
                sign = value.substr(0, 1), hh = value.substr(1, 2), mm = value.substr(3, 2),
                ss = value.substr(5, 2);
                value.remove_prefix(7);
            } else {
                if (value.size() < 5) {
                    ok = false;
                    break;
                }
                sign = value.substr(0, 1), hh = value.substr(1, 2), mm = value.substr(3, 2);
                value.remove_prefix(5);
            }
            int64_t h = 0, m = 0, sc = 0;
            ok = getnum(hh, true, h) && getnum(mm, true, m) && getnum(ss, true, sc);
            zone_offset = (h * 60 + m) * 60 + sc;
            if (sign[0] == '-')
                zone_offset = -zone_offset;
            else if (sign[0] != '+')
                ok = false;
            break;
        }
        case kTZ:
            if (value.size() >= 3 && value.substr(0, 3) == "UTC") {
                utc_zone = true;
                value.remove_prefix(3);
                break;
            }
            ok = false; // other zone abbreviations: not supported (Go accepts them)
            break;
        case kFracSecond0: {
            size_t ndigit = 1 + static_cast<size_t>(ch.frac_digits);
            if (value.size() < ndigit) {
                ok = false;
                break;
            }
            ok = parse_nanoseconds(value, ndigit, nsec);
            value.remove_prefix(ndigit);
            break;
        }
        case kFracSecond9: {
            if (value.size() < 2 || (value[0] != '.' && value[0] != ',') || !digit_at(value, 1))
                break;
            size_t i = 0;
            while (i < 9 && i + 1 < value.size() && digit_at(value, i + 1))
                i++;
            ok = parse_nanoseconds(value, 1 + i, nsec);
            value.remove_prefix(1 + i);
            break;
        }
        case kNone:
            break;
        }
        if (!range_err.empty())
            return parse_error(stdstr, value, ": " + range_err + " out of range");
        if (!ok)
            return parse_error(stdstr, value, "");
    }
    if (pm && hour < 12)
        hour += 12;
    else if (am && hour == 12)
        hour = 0;
    if (yday >= 0) {
        int64_t d = 0, m = 0;
        if (is_leap(year)) {
            if (yday == 31 + 29) {
                m = 2;
                d = 29;
            } else if (yday > 31 + 29) {
                yday--;
            }
        }
        if (yday < 1 || yday > 365)
            return parse_error("", value, ": day-of-year out of range");
        if (m == 0) {
            m = (yday - 1) / 31 + 1;
            if (kDaysBefore[m] < yday)
                m++;
            d = yday - kDaysBefore[m - 1];
        }
        if (month >= 0 && month != m)
            return parse_error("", value, ": day-of-year does not match month");
        month = m;
        if (day >= 0 && day != d)
            return parse_error("", value, ": day-of-year does not match day");
        day = d;
    } else {
        if (month < 0)
            month = 1;
        if (day < 0)
            day = 1;
    }
    int64_t days_in = month == 2 && is_leap(year) ? 29 : kDaysBefore[month] - kDaysBefore[month - 1];
    if (day < 1 || day > days_in)
        return parse_error("", value, ": day out of range");
    out = make_date(year, month, day, hour, min, sec, nsec, nullptr);
    if (zone_offset != -1 && !utc_zone) {
        out.ext -= zone_offset; // the instant; shown in UTC (Go keeps a fixed zone)
        if (zone_offset == 0)
            out.loc = g_local; // Go: the Local zone when its offset matches (0 here)
    }
    return true;
}

// ---- natives ----

void Date(vm::NativeCall& call)
{
    void* loc = call.ptr_arg(7);
    if (!loc) {
        call.panic_message("time: missing Location in call to Date");
        return;
    }
    Time t = make_date(call.int_arg(0), call.int_arg(1), call.int_arg(2), call.int_arg(3), call.int_arg(4),
        call.int_arg(5), call.int_arg(6), loc);
    call.set_ptr(0, box(call, t));
}

void Unix(vm::NativeCall& call)
{
    int64_t sec = call.int_arg(0), nsec = call.int_arg(1);
    if (nsec < 0 || nsec >= 1000000000) {
        int64_t n = nsec / 1000000000;
        sec += n;
        nsec -= n * 1000000000;
        if (nsec < 0) {
            nsec += 1000000000;
            sec--;
        }
    }
    call.set_ptr(0, box(call, { static_cast<uint64_t>(nsec), sec + kUnixToInternal, g_local }));
}

Civil civil(vm::NativeCall& call)
{
    return abs_date(abs_of(time_arg(call, 0)));
}

void Year(vm::NativeCall& call)
{
    call.set_int(0, civil(call).year);
}
void Month(vm::NativeCall& call)
{
    call.set_int(0, civil(call).month);
}
void Day(vm::NativeCall& call)
{
    call.set_int(0, civil(call).day);
}
void YearDay(vm::NativeCall& call)
{
    call.set_int(0, civil(call).yday + 1);
}
void DateMethod(vm::NativeCall& call)
{
    Civil c = civil(call);
    call.set_int(0, c.year);
    call.set_int(1, c.month);
    call.set_int(2, c.day);
}
void Weekday(vm::NativeCall& call)
{
    call.set_int(0, weekday_of(abs_of(time_arg(call, 0))));
}
// Month.String and Weekday.String: the English name, "%!Month(13)" out of range as in Go.
void Month_String(vm::NativeCall& call)
{
    int64_t m = call.int_arg(0);
    std::string text = m >= 1 && m <= 12 ? kLongMonths[m - 1] : "%!Month(" + std::to_string(m) + ")";
    call.set_string(0, call.new_string(text));
}
void Weekday_String(vm::NativeCall& call)
{
    int64_t d = call.int_arg(0);
    std::string text = d >= 0 && d <= 6 ? kLongDays[d] : "%!Weekday(" + std::to_string(d) + ")";
    call.set_string(0, call.new_string(text));
}

// time.UnixMilli / UnixMicro: time.Unix with the sub-second part in nanoseconds.
void unix_scaled(vm::NativeCall& call, int64_t per_second)
{
    int64_t v = call.int_arg(0);
    int64_t sec = v / per_second, rem = v % per_second;
    if (rem < 0) {
        rem += per_second;
        sec--;
    }
    int64_t nsec = rem * (1000000000 / per_second);
    call.set_ptr(0, box(call, { static_cast<uint64_t>(nsec), sec + kUnixToInternal, g_local }));
}
void UnixMilli(vm::NativeCall& call)
{
    unix_scaled(call, 1000);
}
void UnixMicro(vm::NativeCall& call)
{
    unix_scaled(call, 1000000);
}

// Go's ISOWeek: the ISO week holds its Thursday, so shift to the Thursday of t's week (Monday
// first) and count that day's weeks of its year.
void ISOWeek(vm::NativeCall& call)
{
    auto abs = abs_of(time_arg(call, 0));
    int64_t shift = 4 - static_cast<int64_t>(weekday_of(abs)); // Thursday - weekday
    if (shift == 4)
        shift = -3; // Sunday ends the ISO week
    Civil c = abs_date(abs + static_cast<uint64_t>(shift * kSecondsPerDay));
    call.set_int(0, c.year);
    call.set_int(1, c.yday / 7 + 1);
}
void Hour(vm::NativeCall& call)
{
    call.set_int(0, static_cast<int64_t>(abs_of(time_arg(call, 0)) % kSecondsPerDay) / 3600);
}
void Minute(vm::NativeCall& call)
{
    call.set_int(0, static_cast<int64_t>(abs_of(time_arg(call, 0)) % 3600) / 60);
}
void Second(vm::NativeCall& call)
{
    call.set_int(0, static_cast<int64_t>(abs_of(time_arg(call, 0)) % 60));
}
void Clock(vm::NativeCall& call)
{
    uint64_t abs = abs_of(time_arg(call, 0));
    call.set_int(0, static_cast<int64_t>(abs % kSecondsPerDay) / 3600);
    call.set_int(1, static_cast<int64_t>(abs % 3600) / 60);
    call.set_int(2, static_cast<int64_t>(abs % 60));
}

void AddDate(vm::NativeCall& call)
{
    Time t = time_arg(call, 0);
    Civil c = abs_date(abs_of(t));
    uint64_t abs = abs_of(t);
    Time r = make_date(c.year + call.int_arg(1), c.month + call.int_arg(2), c.day + call.int_arg(3),
        static_cast<int64_t>(abs % kSecondsPerDay) / 3600, static_cast<int64_t>(abs % 3600) / 60,
        static_cast<int64_t>(abs % 60), nsec_of(t), t.loc ? t.loc : g_utc);
    call.set_ptr(0, box(call, r));
}

void with_loc(vm::NativeCall& call, void* loc)
{
    Time t = time_arg(call, 0);
    t.loc = loc == g_utc ? nullptr : loc;
    call.set_ptr(0, box(call, t));
}

void UTC(vm::NativeCall& call)
{
    with_loc(call, nullptr);
}

void Local(vm::NativeCall& call)
{
    with_loc(call, g_local);
}

void In(vm::NativeCall& call)
{
    void* loc = call.ptr_arg(1);
    if (!loc) {
        call.panic_message("time: missing Location in call to Time.In");
        return;
    }
    with_loc(call, loc);
}

void Location(vm::NativeCall& call)
{
    void* loc = time_arg(call, 0).loc;
    call.set_ptr(0, loc ? loc : g_utc);
}

void Location_String(vm::NativeCall& call)
{
    const auto* name = static_cast<const vm::String*>(call.ptr_arg(0));
    call.set_string(0, name ? *name : vm::String { reinterpret_cast<const uint8_t*>("UTC"), 3 });
}

// Truncate and Round: Go's div, on the time as a duration since the zero time (year 1),
// computed exactly in 128 bits; the monotonic reading is dropped.
void round_to(vm::NativeCall& call, bool round)
{
    const Time& t = time_arg(call, 0);
    int64_t d = call.int_arg(1);
    int64_t sec = sec_of(t), nsec = nsec_of(t);
    Time r { static_cast<uint64_t>(nsec), sec, t.loc };
    if (d > 0) {
        __int128 total = static_cast<__int128>(sec) * 1000000000 + nsec;
        __int128 rem = total % d;
        if (rem < 0)
            rem += d;
        __int128 shifted = total - rem;
        if (round && rem + rem >= d) // lessThanHalf(r, d) is false: round up
            shifted += d;
        __int128 s = shifted / 1000000000, n = shifted % 1000000000;
        if (n < 0) {
            n += 1000000000;
            s--;
        }
        r = { static_cast<uint64_t>(n), static_cast<int64_t>(s), t.loc };
    }
    call.set_ptr(0, box(call, r));
}

void Truncate(vm::NativeCall& call)
{
    round_to(call, false);
}

void Round(vm::NativeCall& call)
{
    round_to(call, true);
}

// Parse(layout, value string) (Time, error).
void Parse(vm::NativeCall& call)
{
    Time t {};
    std::string error;
    if (parse_time(call.string_arg(0).view(), call.string_arg(2).view(), t, error)) {
        call.set_ptr(0, box(call, t));
        internal::set_nil_error(call, 1);
        return;
    }
    vm::Iface err = internal::new_error(call, error);
    gc::Heap::TempRoot keep(call.heap(), err.data);
    call.set_ptr(0, box(call, Time {}));
    call.set_iface(1, err);
}

void Format(vm::NativeCall& call)
{
    std::string s = format_time(time_arg(call, 0), call.string_arg(1).view());
    call.set_string(0, call.new_string(s));
}

void String(vm::NativeCall& call)
{
    const Time& t = time_arg(call, 0);
    std::string s = format_time(t, "2006-01-02 15:04:05.999999999 -0700 MST");
    if (t.wall & kHasMonotonic) { // Go appends the monotonic reading: " m=±s.nnnnnnnnn"
        int64_t m = t.ext;
        char sign = '+';
        if (m < 0) {
            sign = '-';
            m = -m;
        }
        char buf[64];
        std::snprintf(buf, sizeof buf, " m=%c%lld.%09lld", sign, static_cast<long long>(m / 1000000000),
            static_cast<long long>(m % 1000000000));
        s += buf;
    }
    call.set_string(0, call.new_string(s));
}

} // namespace

void* local_location()
{
    return g_local;
}

void init_locations(vm::Runtime& rt)
{
    // Static Location objects (outside the heap: the collector ignores pointers to them).
    struct alignas(8) StaticLocation {
        vm::String name;
        uint8_t rest[88];
    };
    static StaticLocation utc { { reinterpret_cast<const uint8_t*>("UTC"), 3 }, {} };
    static StaticLocation local { { reinterpret_cast<const uint8_t*>("Local"), 5 }, {} };
    static_assert(sizeof(StaticLocation) == 104);
    g_utc = &utc;
    g_local = &local;
    if (void* slot = internal::global_address(rt, "time.UTC"))
        std::memcpy(slot, &g_utc, sizeof g_utc);
    if (void* slot = internal::global_address(rt, "time.Local"))
        std::memcpy(slot, &g_local, sizeof g_local);
}

void register_calendar(vm::NativeRegistry& r)
{
    r.add("time.Date", Date);
    r.add("time.Unix", Unix);
    r.add("time.Time.Year", Year);
    r.add("time.Time.Month", Month);
    r.add("time.Time.Day", Day);
    r.add("time.Time.YearDay", YearDay);
    r.add("time.Time.Date", DateMethod);
    r.add("time.Time.Weekday", Weekday);
    r.add("time.Time.ISOWeek", ISOWeek);
    r.add("time.Month.String", Month_String);
    r.add("time.Weekday.String", Weekday_String);
    r.add("time.UnixMilli", UnixMilli);
    r.add("time.UnixMicro", UnixMicro);
    r.add("time.Time.Hour", Hour);
    r.add("time.Time.Minute", Minute);
    r.add("time.Time.Second", Second);
    r.add("time.Time.Clock", Clock);
    r.add("time.Time.AddDate", AddDate);
    r.add("time.Time.UTC", UTC);
    r.add("time.Time.Local", Local);
    r.add("time.Time.In", In);
    r.add("time.Time.Location", Location);
    r.add("time.(*Location).String", Location_String);
    r.add("time.Time.Format", Format);
    r.add("time.Parse", Parse);
    r.add("time.Time.Truncate", Truncate);
    r.add("time.Time.Round", Round);
    r.add("time.Time.String", String);
}

} // namespace vitro::stdlib::time
