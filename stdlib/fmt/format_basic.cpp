// stdlib/fmt/format_basic.cpp — the formatting of single basic values under flags, width and
// precision: Go's fmt type (src/fmt/format.go: pad, fmtInteger, fmtFloat, fmtQ, fmtSbx, fmtC,
// fmtUnicode) and the per-kind verb dispatch of src/fmt/print.go (fmtBool, fmtInteger,
// fmtFloat, fmtString, fmtBytes, fmtPointer). See format.h for the overview.
#include "stdlib/fmt/format.h"
#include "stdlib/strconv/conv.h"
#include "vm/value.h"

#include <algorithm>
#include <cstring>

namespace vitro::stdlib::fmt {

namespace conv = vitro::stdlib::strconv;

namespace {
constexpr char kLowerDigits[] = "0123456789abcdefx";
constexpr char kUpperDigits[] = "0123456789ABCDEFX";
} // namespace

void Printer::write_rune(char32_t r)
{
    conv::append_rune(m_buf, static_cast<int32_t>(r));
}

void Printer::write_padding(int n)
{
    if (n <= 0)
        return;
    m_buf.append(static_cast<size_t>(n), m_flags.zero ? '0' : ' ');
}

void Printer::pad(std::string_view s)
{
    if (!m_flags.wid_present || m_flags.wid == 0) {
        m_buf += s;
        return;
    }
    int width = m_flags.wid - static_cast<int>(conv::rune_count(s));
    if (!m_flags.minus) {
        write_padding(width);
        m_buf += s;
    } else {
        m_buf += s;
        write_padding(width);
    }
}

void Printer::fmt_integer(uint64_t u, int base, bool is_signed, char32_t verb, bool upper)
{
    const char* digits = upper ? kUpperDigits : kLowerDigits;
    bool negative = is_signed && static_cast<int64_t>(u) < 0;
    if (negative)
        u = 0 - u;
    // Two ways to ask for leading zeros: %.3d or %03d; with both, zero padding is ignored.
    int prec = 0;
    if (m_flags.prec_present) {
        prec = m_flags.prec;
        if (prec == 0 && u == 0) {
            bool old_zero = m_flags.zero;
            m_flags.zero = false;
            write_padding(m_flags.wid);
            m_flags.zero = old_zero;
            return;
        }
    } else if (m_flags.zero && m_flags.wid_present) {
        prec = m_flags.wid;
        if (negative || m_flags.plus || m_flags.space)
            prec--; // room for the sign
    }
    // Formatted right to left into a buffer big enough for width/precision and prefixes.
    std::string buf(static_cast<size_t>(68 + 3 + std::max(m_flags.wid, 0) + std::max(prec, 0)), '\0');
    size_t i = buf.size();
    auto b = static_cast<uint64_t>(base);
    while (u >= b) {
        buf[--i] = digits[u % b];
        u /= b;
    }
    buf[--i] = digits[u];
    while (i > 0 && prec > static_cast<int>(buf.size() - i))
        buf[--i] = '0';
    if (m_flags.sharp) {
        if (base == 2) {
            buf[--i] = 'b';
            buf[--i] = '0';
        } else if (base == 8 && buf[i] != '0') {
            buf[--i] = '0';
        } else if (base == 16) {
            buf[--i] = digits[16];
            buf[--i] = '0';
        }
    }
    if (verb == 'O') {
        buf[--i] = 'o';
        buf[--i] = '0';
    }
    if (negative)
        buf[--i] = '-';
    else if (m_flags.plus)
        buf[--i] = '+';
    else if (m_flags.space)
        buf[--i] = ' ';
    bool old_zero = m_flags.zero;
    m_flags.zero = false; // zero padding was done above, as precision
    pad(std::string_view(buf).substr(i));
    m_flags.zero = old_zero;
}

void Printer::fmt_float(double v, int size, char32_t verb, int prec)
{
    if (m_flags.prec_present)
        prec = m_flags.prec;
    // Formatted after a reserved sign byte.
    std::string num = "+";
    conv::append_float(num, v, static_cast<char>(verb), prec, size);
    if (num[1] == '-' || num[1] == '+')
        num.erase(0, 1);
    if (m_flags.space && num[0] == '+' && !m_flags.plus)
        num[0] = ' ';
    // Infinities and NaN are not numbers to pad with zeros; NaN shows a sign only if asked.
    if (num[1] == 'I' || num[1] == 'N') {
        bool old_zero = m_flags.zero;
        m_flags.zero = false;
        if (num[1] == 'N' && !m_flags.space && !m_flags.plus)
            num.erase(0, 1);
        pad(num);
        m_flags.zero = old_zero;
        return;
    }
    // '#': always a decimal point; %g/%G/%x keep trailing zeros up to the precision.
    if (m_flags.sharp && verb != 'b') {
        int digits = 0;
        if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x')
            digits = prec == -1 ? 6 : prec;
        std::string tail;
        bool has_point = false, saw_nonzero = false;
        for (size_t i = 1; i < num.size(); i++) {
            char c = num[i];
            if (c == '.') {
                has_point = true;
                continue;
            }
            if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
                tail = num.substr(i);
                num.resize(i);
                break;
            }
            if (c != '0')
                saw_nonzero = true;
            if (saw_nonzero)
                digits--;
        }
        if (!has_point) {
            if (num.size() == 2 && num[1] == '0')
                digits--; // a lone leading 0 counts once
            num.push_back('.');
        }
        for (; digits > 0; digits--)
            num.push_back('0');
        num += tail;
    }
    if (m_flags.plus || num[0] != '+') {
        // Zero padding goes between the sign and the digits.
        if (m_flags.zero && m_flags.wid_present && m_flags.wid > static_cast<int>(num.size())) {
            m_buf.push_back(num[0]);
            write_padding(m_flags.wid - static_cast<int>(num.size()));
            m_buf.append(num, 1);
            return;
        }
        pad(num);
        return;
    }
    pad(std::string_view(num).substr(1));
}

std::string_view Printer::truncate(std::string_view s) const
{
    if (!m_flags.prec_present)
        return s;
    int n = m_flags.prec;
    for (size_t i = 0; i < s.size();) {
        if (--n < 0)
            return s.substr(0, i);
        int size = 1;
        if (static_cast<uint8_t>(s[i]) >= 0x80)
            conv::decode_rune(s.substr(i), &size);
        i += static_cast<size_t>(size);
    }
    return s;
}

void Printer::fmt_s(std::string_view s)
{
    pad(truncate(s));
}

void Printer::fmt_sbx(std::string_view s, bool upper)
{
    const char* digits = upper ? kUpperDigits : kLowerDigits;
    int length = static_cast<int>(s.size());
    if (m_flags.prec_present && m_flags.prec < length)
        length = m_flags.prec;
    int width = 2 * length;
    if (width > 0) {
        if (m_flags.space) {
            if (m_flags.sharp)
                width *= 2;
            width += length - 1;
        } else if (m_flags.sharp) {
            width += 2;
        }
    } else {
        if (m_flags.wid_present)
            write_padding(m_flags.wid);
        return;
    }
    if (m_flags.wid_present && m_flags.wid > width && !m_flags.minus)
        write_padding(m_flags.wid - width);
    if (m_flags.sharp) {
        m_buf.push_back('0');
        m_buf.push_back(digits[16]);
    }
    for (int i = 0; i < length; i++) {
        if (m_flags.space && i > 0) {
            m_buf.push_back(' ');
            if (m_flags.sharp) {
                m_buf.push_back('0');
                m_buf.push_back(digits[16]);
            }
        }
        auto c = static_cast<uint8_t>(s[static_cast<size_t>(i)]);
        m_buf.push_back(digits[c >> 4]);
        m_buf.push_back(digits[c & 0xF]);
    }
    if (m_flags.wid_present && m_flags.wid > width && m_flags.minus)
        write_padding(m_flags.wid - width);
}

void Printer::fmt_q(std::string_view s)
{
    s = truncate(s);
    if (m_flags.sharp && conv::can_backquote(s)) {
        std::string q = "`";
        q += s;
        q += '`';
        pad(q);
        return;
    }
    std::string q;
    conv::append_quote(q, s, m_flags.plus);
    pad(q);
}

void Printer::fmt_c(uint64_t c)
{
    auto r = static_cast<int32_t>(c > static_cast<uint64_t>(conv::kMaxRune) ? conv::kRuneError : c);
    std::string s;
    conv::append_rune(s, r);
    pad(s);
}

void Printer::fmt_qc(uint64_t c)
{
    auto r = static_cast<int32_t>(c > static_cast<uint64_t>(conv::kMaxRune) ? conv::kRuneError : c);
    std::string s;
    conv::append_quote_rune(s, r, m_flags.plus);
    pad(s);
}

void Printer::fmt_unicode(uint64_t u)
{
    int prec = 4;
    if (m_flags.prec_present && m_flags.prec > 4)
        prec = m_flags.prec;
    std::string hex;
    for (uint64_t v = u;; v >>= 4) {
        hex.insert(hex.begin(), kUpperDigits[v & 0xF]);
        if (v < 16)
            break;
    }
    std::string s = "U+";
    if (static_cast<int>(hex.size()) < prec)
        s.append(static_cast<size_t>(prec) - hex.size(), '0');
    s += hex;
    if (m_flags.sharp && u <= static_cast<uint64_t>(conv::kMaxRune)
        && conv::is_print(static_cast<int32_t>(u))) {
        s += " '";
        conv::append_rune(s, static_cast<int32_t>(u));
        s += '\'';
    }
    bool old_zero = m_flags.zero;
    m_flags.zero = false;
    pad(s);
    m_flags.zero = old_zero;
}

// ---- per-kind verb dispatch (print.go) ----

void Printer::fmt_bool(bool v, char32_t verb)
{
    if (verb == 't' || verb == 'v')
        pad(v ? "true" : "false");
    else
        bad_verb(verb);
}

void Printer::fmt_0x64(uint64_t v, bool leading_0x)
{
    bool sharp = m_flags.sharp;
    m_flags.sharp = leading_0x;
    fmt_integer(v, 16, false, 'v', false);
    m_flags.sharp = sharp;
}

void Printer::fmt_integer_verb(uint64_t v, bool is_signed, char32_t verb)
{
    switch (verb) {
    case 'v':
        if (m_flags.sharp_v && !is_signed)
            fmt_0x64(v, true);
        else
            fmt_integer(v, 10, is_signed, verb, false);
        return;
    case 'd':
        fmt_integer(v, 10, is_signed, verb, false);
        return;
    case 'b':
        fmt_integer(v, 2, is_signed, verb, false);
        return;
    case 'o':
    case 'O':
        fmt_integer(v, 8, is_signed, verb, false);
        return;
    case 'x':
        fmt_integer(v, 16, is_signed, verb, false);
        return;
    case 'X':
        fmt_integer(v, 16, is_signed, verb, true);
        return;
    case 'c':
        fmt_c(v);
        return;
    case 'q':
        fmt_qc(v);
        return;
    case 'U':
        fmt_unicode(v);
        return;
    default:
        bad_verb(verb);
    }
}

void Printer::fmt_float_verb(double v, int size, char32_t verb)
{
    switch (verb) {
    case 'v':
        fmt_float(v, size, 'g', -1);
        return;
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X':
        fmt_float(v, size, verb, -1);
        return;
    case 'f':
    case 'e':
    case 'E':
        fmt_float(v, size, verb, 6);
        return;
    case 'F':
        fmt_float(v, size, 'f', 6);
        return;
    default:
        bad_verb(verb);
    }
}

void Printer::format_string(std::string_view s, char32_t verb)
{
    fmt_string_verb(s, verb);
}

void Printer::fmt_string_verb(std::string_view s, char32_t verb)
{
    switch (verb) {
    case 'v':
        if (m_flags.sharp_v)
            fmt_q(s);
        else
            fmt_s(s);
        return;
    case 's':
        fmt_s(s);
        return;
    case 'x':
        fmt_sbx(s, false);
        return;
    case 'X':
        fmt_sbx(s, true);
        return;
    case 'q':
        fmt_q(s);
        return;
    default:
        bad_verb(verb);
    }
}

// Byte slices and arrays under %s %q %x %X (the only verbs print_list routes here).
void Printer::fmt_bytes(std::string_view b, char32_t verb)
{
    switch (verb) {
    case 's':
        pad(truncate(b));
        return;
    case 'x':
        fmt_sbx(b, false);
        return;
    case 'X':
        fmt_sbx(b, true);
        return;
    default: // 'q'
        fmt_q(b);
        return;
    }
}

void Printer::fmt_pointer(Value v, char32_t verb)
{
    uint64_t u;
    switch (v.type->kind) {
    case gc::Kind::Chan:
    case gc::Kind::Func:
    case gc::Kind::Map:
    case gc::Kind::Pointer:
    case gc::Kind::UnsafePointer:
        std::memcpy(&u, v.ptr, 8);
        break;
    case gc::Kind::Slice:
        u = reinterpret_cast<uint64_t>(static_cast<const vm::Slice*>(v.ptr)->ptr);
        break;
    default:
        bad_verb(verb);
        return;
    }
    switch (verb) {
    case 'v':
        if (m_flags.sharp_v) {
            m_buf += '(';
            m_buf += v.type->name;
            m_buf += ")(";
            if (u == 0)
                m_buf += "nil";
            else
                fmt_0x64(u, true);
            m_buf += ')';
        } else if (u == 0) {
            pad("<nil>");
        } else {
            fmt_0x64(u, !m_flags.sharp);
        }
        return;
    case 'p':
        fmt_0x64(u, !m_flags.sharp);
        return;
    case 'b':
    case 'o':
    case 'd':
    case 'x':
    case 'X':
        fmt_integer_verb(u, false, verb);
        return;
    default:
        bad_verb(verb);
    }
}

// Mirrors time.Duration.String (src/time/time.go): h/m/s with a trimmed fraction of seconds,
// or ms/µs/ns below one second.
std::string duration_string(int64_t d)
{
    if (d == 0)
        return "0s";
    bool neg = d < 0;
    uint64_t u = neg ? 0 - static_cast<uint64_t>(d) : static_cast<uint64_t>(d);
    // The fraction of v / 10^prec without trailing zeros (no point if it is zero).
    auto frac = [](uint64_t v, int prec, std::string& out) {
        std::string digits;
        bool print = false;
        for (int i = 0; i < prec; i++) {
            uint64_t digit = v % 10;
            print = print || digit != 0;
            if (print)
                digits.insert(digits.begin(), static_cast<char>('0' + digit));
            v /= 10;
        }
        if (print)
            out = "." + digits + out;
        return v;
    };
    std::string out;
    if (u < 1000000000) {
        int prec;
        if (u < 1000)
            prec = 0, out = "ns";
        else if (u < 1000000)
            prec = 3, out = "\xC2\xB5s";
        else
            prec = 6, out = "ms";
        u = frac(u, prec, out);
        out = std::to_string(u) + out;
    } else {
        out = "s";
        u = frac(u, 9, out);
        out = std::to_string(u % 60) + out;
        u /= 60;
        if (u > 0) {
            out = std::to_string(u % 60) + "m" + out;
            u /= 60;
            if (u > 0)
                out = std::to_string(u) + "h" + out;
        }
    }
    return neg ? "-" + out : out;
}

} // namespace vitro::stdlib::fmt
