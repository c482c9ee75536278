// stdlib/strconv/conv_float.cpp — FormatFloat and ParseFloat (see conv.h for the approach).
//
// Go reference: src/strconv/ftoa.go (genericFtoa, formatDigits, fmtE, fmtF, fmtB, fmtX) and
// src/strconv/atof.go (readFloat's syntax, special values, ErrRange on overflow).
#include "stdlib/strconv/conv.h"

#include <algorithm>
#include <bit>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace vitro::stdlib::strconv {

namespace {

// Decimal digits of |v| without trailing zeros: value = 0.d[0]d[1]... * 10^dp. Zero has no
// digits and dp 0 (as Go's decimalSlice).
struct Digits {
    std::string d;
    int dp = 0;
};

// Parses std::to_chars' scientific output "d[.ddd]e±XX" into Digits.
Digits digits_from_scientific(const char* first, const char* last)
{
    Digits out;
    const char* e = std::find(first, last, 'e');
    for (const char* p = first; p < e; p++)
        if (*p != '.')
            out.d.push_back(*p);
    int exp = 0;
    std::from_chars(e + 1 + (e[1] == '+'), last, exp);
    while (!out.d.empty() && out.d.back() == '0')
        out.d.pop_back();
    out.dp = out.d.empty() ? 0 : exp + 1;
    return out;
}

// The digits of |v| rounded to `count` significant digits (count < 0: shortest round-trip).
Digits make_digits(double v, int bit_size, int count)
{
    std::string buf(static_cast<size_t>(std::max(count, 0)) + 40, '\0');
    char* first = buf.data();
    char* last = buf.data() + buf.size();
    std::to_chars_result r;
    if (count < 0 && bit_size == 32)
        r = std::to_chars(first, last, static_cast<float>(std::fabs(v)), std::chars_format::scientific);
    else if (count < 0)
        r = std::to_chars(first, last, std::fabs(v), std::chars_format::scientific);
    else
        r = std::to_chars(first, last, std::fabs(v), std::chars_format::scientific, count - 1);
    return digits_from_scientific(first, r.ptr);
}

// %e: -d.ddddde±dd
void fmt_e(std::string& out, bool neg, const Digits& d, int prec, char fmt)
{
    if (neg)
        out.push_back('-');
    out.push_back(d.d.empty() ? '0' : d.d[0]);
    if (prec > 0) {
        out.push_back('.');
        int nd = static_cast<int>(d.d.size());
        for (int i = 1; i <= prec; i++)
            out.push_back(i < nd ? d.d[static_cast<size_t>(i)] : '0');
    }
    out.push_back(fmt);
    int exp = d.d.empty() ? 0 : d.dp - 1;
    out.push_back(exp < 0 ? '-' : '+');
    exp = std::abs(exp);
    if (exp < 10)
        out.push_back('0');
    out += std::to_string(exp);
}

// %f: -ddddddd.ddddd
void fmt_f(std::string& out, bool neg, const Digits& d, int prec)
{
    if (neg)
        out.push_back('-');
    int nd = static_cast<int>(d.d.size());
    if (d.dp > 0) {
        for (int i = 0; i < d.dp; i++)
            out.push_back(i < nd ? d.d[static_cast<size_t>(i)] : '0');
    } else {
        out.push_back('0');
    }
    if (prec > 0) {
        out.push_back('.');
        for (int i = 0; i < prec; i++) {
            int j = d.dp + i;
            out.push_back(j >= 0 && j < nd ? d.d[static_cast<size_t>(j)] : '0');
        }
    }
}

// Go's formatDigits: the layout of already-rounded digits.
void format_digits(std::string& out, bool shortest, bool neg, const Digits& d, int prec, char fmt)
{
    int nd = static_cast<int>(d.d.size());
    switch (fmt) {
    case 'e':
    case 'E':
        fmt_e(out, neg, d, prec, fmt);
        return;
    case 'f':
        fmt_f(out, neg, d, prec);
        return;
    default: { // 'g', 'G'
        int eprec = prec;
        if (eprec > nd && nd >= d.dp)
            eprec = nd;
        // With the shortest digits, %e is chosen by precision 6 (Go's rule).
        if (shortest)
            eprec = 6;
        int exp = d.dp - 1;
        if (exp < -4 || exp >= eprec) {
            if (prec > nd)
                prec = nd;
            fmt_e(out, neg, d, prec - 1, fmt == 'g' ? 'e' : 'E');
            return;
        }
        if (prec > d.dp)
            prec = nd;
        fmt_f(out, neg, d, std::max(prec - d.dp, 0));
        return;
    }
    }
}

struct FloatBits {
    bool neg;
    uint64_t mant; // with the implicit top bit
    int exp; // binary exponent of the mantissa's lowest bit plus mantbits (Go's exp after bias)
    int mantbits;
};

FloatBits float_bits(double v, int bit_size)
{
    FloatBits fb {};
    int expbits, bias;
    uint64_t bits;
    if (bit_size == 32) {
        bits = std::bit_cast<uint32_t>(static_cast<float>(v));
        fb.mantbits = 23, expbits = 8, bias = -127;
    } else {
        bits = std::bit_cast<uint64_t>(v);
        fb.mantbits = 52, expbits = 11, bias = -1023;
    }
    fb.neg = (bits >> (expbits + fb.mantbits)) != 0;
    int exp = static_cast<int>(bits >> fb.mantbits) & ((1 << expbits) - 1);
    fb.mant = bits & ((uint64_t(1) << fb.mantbits) - 1);
    if (exp == 0)
        exp++;
    else
        fb.mant |= uint64_t(1) << fb.mantbits;
    fb.exp = exp + bias;
    return fb;
}

// %b: -ddddp±ddd (decimal mantissa and binary exponent).
void fmt_b(std::string& out, const FloatBits& fb)
{
    if (fb.neg)
        out.push_back('-');
    out += std::to_string(fb.mant);
    out.push_back('p');
    int exp = fb.exp - fb.mantbits;
    if (exp >= 0)
        out.push_back('+');
    out += std::to_string(exp);
}

// %x: -0x1.yyyyp±dd (hexadecimal mantissa, binary exponent), rounded to prec hex digits.
void fmt_x(std::string& out, int prec, char fmt, FloatBits fb)
{
    uint64_t mant = fb.mant;
    int exp = mant == 0 ? 0 : fb.exp;
    mant <<= 60 - fb.mantbits;
    while (mant != 0 && (mant & (uint64_t(1) << 60)) == 0) {
        mant <<= 1;
        exp--;
    }
    if (prec >= 0 && prec < 15) {
        unsigned shift = static_cast<unsigned>(prec * 4);
        uint64_t extra = (mant << shift) & ((uint64_t(1) << 60) - 1);
        mant >>= 60 - shift;
        if ((extra | (mant & 1)) > (uint64_t(1) << 59))
            mant++;
        mant <<= 60 - shift;
        if (mant & (uint64_t(1) << 61)) {
            mant >>= 1;
            exp++;
        }
    }
    const char* hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    if (fb.neg)
        out.push_back('-');
    out.push_back('0');
    out.push_back(fmt);
    out.push_back(static_cast<char>('0' + ((mant >> 60) & 1)));
    mant <<= 4;
    if ((prec < 0 && mant != 0) || prec > 0) {
        out.push_back('.');
        for (int i = 0; prec < 0 ? mant != 0 : i < prec; i++) {
            out.push_back(hex[(mant >> 60) & 15]);
            mant <<= 4;
        }
    }
    out.push_back(fmt == 'X' ? 'P' : 'p');
    out.push_back(exp < 0 ? '-' : '+');
    exp = std::abs(exp);
    if (exp < 10)
        out.push_back('0');
    out += std::to_string(exp);
}

// %f with an explicit precision: digits rounded at a fixed position after the point.
void fmt_fixed(std::string& out, double v, bool neg, int prec)
{
    std::string buf(static_cast<size_t>(prec) + 330, '\0');
    auto r = std::to_chars(buf.data(), buf.data() + buf.size(), std::fabs(v), std::chars_format::fixed, prec);
    if (neg)
        out.push_back('-');
    out.append(buf.data(), r.ptr);
}

} // namespace

void append_float(std::string& out, double v, char fmt, int prec, int bit_size)
{
    if (bit_size == 32)
        v = static_cast<float>(v);
    if (std::isnan(v)) {
        out += "NaN";
        return;
    }
    if (std::isinf(v)) {
        out += v < 0 ? "-Inf" : "+Inf";
        return;
    }
    FloatBits fb = float_bits(v, bit_size);
    if (fmt == 'b') {
        fmt_b(out, fb);
        return;
    }
    if (fmt == 'x' || fmt == 'X') {
        fmt_x(out, prec, fmt, fb);
        return;
    }
    if (fmt != 'e' && fmt != 'E' && fmt != 'f' && fmt != 'g' && fmt != 'G') {
        out.push_back('%');
        out.push_back(fmt);
        return;
    }
    bool shortest = prec < 0;
    Digits d;
    if (shortest) {
        d = make_digits(v, bit_size, -1);
        int nd = static_cast<int>(d.d.size());
        prec = (fmt == 'e' || fmt == 'E') ? std::max(nd - 1, 0) : fmt == 'f' ? std::max(nd - d.dp, 0) : nd;
    } else if (fmt == 'f') {
        fmt_fixed(out, v, fb.neg, prec);
        return;
    } else {
        if ((fmt == 'g' || fmt == 'G') && prec == 0)
            prec = 1;
        d = make_digits(v, bit_size, (fmt == 'e' || fmt == 'E') ? prec + 1 : prec);
    }
    format_digits(out, shortest, fb.neg, d, prec, fmt);
}

namespace {

bool equal_fold(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); i++)
        if (std::tolower(static_cast<unsigned char>(a[i])) != b[i])
            return false;
    return true;
}

// Go's float syntax (atof.go readFloat), minus hexadecimal mantissas: digits with at most one
// point and at least one digit, an optional exponent; '_' only with a base prefix, so never
// here. Returns false on anything else.
bool decimal_float_syntax(std::string_view s)
{
    size_t i = 0;
    bool digits = false, point = false;
    for (; i < s.size(); i++) {
        char c = s[i];
        if (c >= '0' && c <= '9')
            digits = true;
        else if (c == '.' && !point)
            point = true;
        else
            break;
    }
    if (!digits)
        return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            i++;
        size_t start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            i++;
        if (i == start)
            return false;
    }
    return i == s.size();
}

} // namespace

FloatResult parse_float(std::string_view s, int bit_size)
{
    // Underscores may separate digits (Go 1.13 literal syntax); they carry no value.
    std::string without;
    if (s.find('_') != std::string_view::npos) {
        if (!underscore_ok(s))
            return { 0, NumErr::Syntax };
        for (char c : s)
            if (c != '_')
                without.push_back(c);
        s = without;
    }
    std::string_view body = s;
    bool neg = false;
    if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
        neg = body[0] == '-';
        body.remove_prefix(1);
    }
    double inf = neg ? -HUGE_VAL : HUGE_VAL;
    if (equal_fold(body, "inf") || equal_fold(body, "infinity"))
        return { inf, NumErr::None };
    if (equal_fold(s, "nan"))
        return { std::nan(""), NumErr::None };
    bool hex = body.size() > 2 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X');
    if (!hex && !decimal_float_syntax(body))
        return { 0, NumErr::Syntax };
    // strtod handles decimal and hexadecimal (which Go requires to have a 'p' exponent).
    if (hex && body.find_first_of("pP") == std::string_view::npos)
        return { 0, NumErr::Syntax };
    std::string copy(s);
    char* end = nullptr;
    errno = 0;
    double v;
    if (bit_size == 32)
        v = std::strtof(copy.c_str(), &end);
    else
        v = std::strtod(copy.c_str(), &end);
    if (end != copy.c_str() + copy.size())
        return { 0, NumErr::Syntax };
    if (std::isinf(v))
        return { v, NumErr::Range };
    return { v, NumErr::None };
}

} // namespace vitro::stdlib::strconv
