// stdlib/time/duration_parse.cpp — time.ParseDuration.
//
// A line-by-line port of Go 1.19's ParseDuration, leadingInt, leadingFraction and the time
// package's own quote (which escapes non-ASCII and control bytes as \xNN, unlike strconv), so
// that the accepted inputs, the rounding of fractions (through float64, as Go does) and the
// error texts ("time: invalid duration ...", "time: missing unit in duration ...",
// "time: unknown unit ... in duration ...") are Go's. Errors are errors.New values.
// Go reference: src/time/format.go (ParseDuration, quote).
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"
#include "stdlib/strconv/conv.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace vitro::stdlib::time {

namespace {

using std::string_view;

constexpr uint64_t kTwo63 = uint64_t(1) << 63;

} // namespace

// time.quote: ASCII printable bytes as they are (with \" and \\), anything else as \xNN per
// byte of its UTF-8 encoding.
std::string quote(string_view s)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out = "\"";
    size_t i = 0;
    while (i < s.size()) {
        int size = 1;
        int32_t c = strconv::decode_rune(s.substr(i), &size);
        if (c >= 0x80 || c < ' ') {
            size_t width;
            if (c == 0xFFFD) {
                width = 1;
                if (i + 2 < s.size() && s.substr(i, 3) == "\xef\xbf\xbd")
                    width = 3;
            } else {
                width = static_cast<size_t>(size);
            }
            for (size_t j = 0; j < width; j++) {
                auto b = static_cast<uint8_t>(s[i + j]);
                out += "\\x";
                out += kHex[b >> 4];
                out += kHex[b & 0xF];
            }
        } else {
            if (c == '"' || c == '\\')
                out += '\\';
            out += static_cast<char>(c);
        }
        i += static_cast<size_t>(size);
    }
    out += '"';
    return out;
}

namespace {

// leadingInt: the leading [0-9]* of s; false on overflow.
bool leading_int(string_view& s, uint64_t& x)
{
    x = 0;
    size_t i = 0;
    for (; i < s.size(); i++) {
        char c = s[i];
        if (c < '0' || c > '9')
            break;
        if (x > kTwo63 / 10)
            return false;
        x = x * 10 + static_cast<uint64_t>(c - '0');
        if (x > kTwo63)
            return false;
    }
    s.remove_prefix(i);
    return true;
}

// leadingFraction: the leading [0-9]* of s as x / scale, dropping digits past uint64 precision.
void leading_fraction(string_view& s, uint64_t& x, double& scale)
{
    x = 0;
    scale = 1;
    bool overflow = false;
    size_t i = 0;
    for (; i < s.size(); i++) {
        char c = s[i];
        if (c < '0' || c > '9')
            break;
        if (overflow)
            continue;
        if (x > (kTwo63 - 1) / 10) {
            overflow = true;
            continue;
        }
        uint64_t y = x * 10 + static_cast<uint64_t>(c - '0');
        if (y > kTwo63) {
            overflow = true;
            continue;
        }
        x = y;
        scale *= 10;
    }
    s.remove_prefix(i);
}

uint64_t unit_of(string_view u)
{
    if (u == "ns")
        return 1;
    if (u == "us" || u == "\xc2\xb5s" || u == "\xce\xbcs")
        return 1000;
    if (u == "ms")
        return 1000000;
    if (u == "s")
        return 1000000000;
    if (u == "m")
        return 60ull * 1000000000;
    if (u == "h")
        return 3600ull * 1000000000;
    return 0;
}

// ParseDuration(s string) (Duration, error). The result text goes to `error` on failure.
bool parse_duration(string_view s, int64_t& result, std::string& error)
{
    string_view orig = s;
    uint64_t d = 0;
    bool neg = false;
    auto invalid = [&] {
        error = "time: invalid duration " + quote(orig);
        return false;
    };
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
        neg = s[0] == '-';
        s.remove_prefix(1);
    }
    if (s == "0") {
        result = 0;
        return true;
    }
    if (s.empty())
        return invalid();
    while (!s.empty()) {
        uint64_t v = 0, f = 0;
        double scale = 1;
        if (!(s[0] == '.' || ('0' <= s[0] && s[0] <= '9')))
            return invalid();
        size_t pl = s.size();
        if (!leading_int(s, v))
            return invalid();
        bool pre = pl != s.size();
        bool post = false;
        if (!s.empty() && s[0] == '.') {
            s.remove_prefix(1);
            size_t pl2 = s.size();
            leading_fraction(s, f, scale);
            post = pl2 != s.size();
        }
        if (!pre && !post)
            return invalid();
        size_t i = 0;
        for (; i < s.size(); i++) {
            char c = s[i];
            if (c == '.' || ('0' <= c && c <= '9'))
                break;
        }
        if (i == 0) {
            error = "time: missing unit in duration " + quote(orig);
            return false;
        }
        string_view u = s.substr(0, i);
        s.remove_prefix(i);
        uint64_t unit = unit_of(u);
        if (unit == 0) {
            error = "time: unknown unit " + quote(u) + " in duration " + quote(orig);
            return false;
        }
        if (v > kTwo63 / unit)
            return invalid();
        v *= unit;
        if (f > 0) {
            v += static_cast<uint64_t>(static_cast<double>(f) * (static_cast<double>(unit) / scale));
            if (v > kTwo63)
                return invalid();
        }
        d += v;
        if (d > kTwo63)
            return invalid();
    }
    if (neg) {
        result = static_cast<int64_t>(0 - d);
        return true;
    }
    if (d > kTwo63 - 1)
        return invalid();
    result = static_cast<int64_t>(d);
    return true;
}

void ParseDuration(vm::NativeCall& call)
{
    int64_t d = 0;
    std::string error;
    if (parse_duration(call.string_arg(0).view(), d, error)) {
        call.set_int(0, d);
        internal::set_nil_error(call, 1);
        return;
    }
    call.set_iface(1, internal::new_error(call, error));
    call.set_int(0, 0);
}

} // namespace

void register_duration_parse(vm::NativeRegistry& r)
{
    r.add("time.ParseDuration", ParseDuration);
}

} // namespace vitro::stdlib::time
