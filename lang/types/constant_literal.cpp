// lang/types/constant_literal.cpp — literal text to Constant (go/constant MakeFromLiteral with
// strconv's ParseInt, Unquote and UnquoteChar rules) and Go's string quoting (strconv.Quote).
//
// Float literals: go/constant parses the literal into a 512-bit big.Float and keeps the exact
// rational when that float's binary exponent is below 4096 in magnitude, else the float. Here
// the exponent is first estimated from the digit count and the exponent part, so a literal
// like 1e1000000000 is rejected (Unknown) or 1e-1000000000 becomes 0 without any big
// computation; only values near the "small" range build the exact rational, and the rest are
// computed by repeated squaring at 576 bits and rounded to 512.
#include "lang/types/constant_internal.h"

#include <cmath>

namespace vitro::lang::types {

using Access = ConstantAccess;

namespace {

// Numeric literal text longer than this is not evaluated (types2 already rejects anything
// over 10,000 bytes as "excessively long constant"); this only bounds the work.
constexpr size_t kMaxNumericLiteral = 1 << 16;

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

// strconv's underscoreOK: '_' may only separate digits (or a base prefix and a digit).
bool underscores_ok(std::string_view s)
{
    char saw = '^'; // '^' start, '0' digit or prefix, '_' underscore, '!' anything else
    size_t i = 0;
    bool hex = false;
    if (s.size() >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
        i = 2;
        saw = '0';
        hex = lower(s[1]) == 'x';
    }
    for (; i < s.size(); i++) {
        char c = s[i];
        if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
            saw = '0';
        } else if (c == '_') {
            if (saw != '0')
                return false;
            saw = '_';
        } else {
            if (saw == '_')
                return false;
            saw = '!';
        }
    }
    return saw != '_';
}

int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (lower(c) >= 'a' && lower(c) <= 'f')
        return lower(c) - 'a' + 10;
    return 99;
}

// Digits of `base` (with '_' separators) into an int64 when it fits, else a BigInt.
Constant parse_int_digits(std::string_view digits, unsigned base)
{
    uint64_t acc = 0;
    bool any = false;
    for (char c : digits) {
        if (c == '_')
            continue;
        int d = digit_value(c);
        if (d >= int(base))
            return Constant();
        if (acc > (UINT64_MAX - unsigned(d)) / base) { // too big for the fast path
            auto big = BigInt::parse(digits, base);
            return big ? Access::make_int(std::move(*big)) : Constant();
        }
        acc = acc * base + unsigned(d);
        any = true;
    }
    return any ? Constant::make_uint64(acc) : Constant();
}

// The decimal exponent after 'e' or 'p' ("-12", "+3"); nullopt if malformed or beyond int64,
// where big.Float's scanner fails too.
std::optional<int64_t> parse_exponent(std::string_view s)
{
    bool neg = false;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        neg = s[0] == '-';
        s.remove_prefix(1);
    }
    int64_t v = 0;
    bool any = false;
    for (char c : s) {
        if (c == '_')
            continue;
        if (c < '0' || c > '9')
            return std::nullopt;
        int d = c - '0';
        if (__builtin_mul_overflow(v, 10, &v) || __builtin_add_overflow(v, neg ? -d : d, &v))
            return std::nullopt;
        any = true;
    }
    if (!any)
        return std::nullopt;
    return v;
}

// A float literal split into mantissa digits and exponent: the value is mant·base**exp with
// base 10 (decimal) or 2 (hex).
struct FloatParts {
    BigInt mant;
    int64_t exp = 0;
    bool hex = false;
};

std::optional<FloatParts> split_float(std::string_view text)
{
    FloatParts parts;
    parts.hex = text.size() >= 2 && text[0] == '0' && lower(text[1]) == 'x';
    if (parts.hex)
        text.remove_prefix(2);
    char exp_char = parts.hex ? 'p' : 'e';
    size_t e = 0;
    while (e < text.size() && lower(text[e]) != exp_char)
        e++;
    std::string digits;
    int64_t frac = 0;
    bool seen_dot = false;
    for (char c : text.substr(0, e)) {
        if (c == '.') {
            if (seen_dot)
                return std::nullopt;
            seen_dot = true;
        } else if (c != '_') {
            digits += c;
            frac += seen_dot ? 1 : 0;
        }
    }
    auto mant = BigInt::parse(digits, parts.hex ? 16 : 10);
    if (!mant)
        return std::nullopt;
    parts.mant = std::move(*mant);
    int64_t exp = 0;
    if (e < text.size()) {
        auto v = parse_exponent(text.substr(e + 1));
        if (!v)
            return std::nullopt;
        exp = *v;
    }
    if (__builtin_sub_overflow(exp, parts.hex ? 4 * frac : frac, &parts.exp))
        return std::nullopt;
    // big.Float's scanner rejects a binary exponent (digits' bits plus the scaled exponent)
    // beyond its int32 range before it looks at the decimal scale: "exponent overflow".
    int64_t exp2 = 0;
    int64_t bits = int64_t(parts.mant.bit_len());
    if (!parts.mant.is_zero()
        && (__builtin_add_overflow(bits, parts.exp, &exp2) || exp2 < kMinGoExponent || exp2 > kMaxGoExponent))
        return std::nullopt;
    return parts;
}

// The exact rational value of a float literal whose magnitude is near the "small" range.
Rat exact_float_value(const FloatParts& p)
{
    uint64_t base = p.hex ? 2 : 10;
    BigInt scale = BigInt::pow(base, uint64_t(p.exp < 0 ? -p.exp : p.exp));
    if (p.exp >= 0)
        return rat_from_int(p.mant * scale);
    return rat_make(p.mant, scale);
}

// The 512-bit float nearest to a float literal far outside the "small" range.
BinFloat approximate_float_value(const FloatParts& p)
{
    if (p.hex) {
        BinFloat f = float_from_int(p.mant);
        f.exp += p.exp;
        return f;
    }
    // 64 guard bits keep the error of ~60 roundings well below the final rounding.
    constexpr uint64_t kWork = kFloatPrecision + 64;
    BinFloat ten = float_from_int(BigInt::from_uint64(10), kWork);
    BinFloat scale = float_pow(ten, uint64_t(p.exp < 0 ? -p.exp : p.exp), kWork);
    BinFloat m = float_from_int(p.mant, kWork);
    BinFloat v = p.exp >= 0 ? float_mul(m, scale, kWork) : float_quo(m, scale, kWork);
    return float_add(v, BinFloat()); // round to kFloatPrecision
}

Constant float_zero()
{
    return Access::make_exact_rat(Rat());
}

} // namespace

Constant int_from_literal(std::string_view text)
{
    if (text.empty() || text.size() > kMaxNumericLiteral || !underscores_ok(text))
        return Constant();
    if (text.size() >= 2 && text[0] == '0') {
        switch (lower(text[1])) {
        case 'x':
            return parse_int_digits(text.substr(2), 16);
        case 'o':
            return parse_int_digits(text.substr(2), 8);
        case 'b':
            return parse_int_digits(text.substr(2), 2);
        default:
            return parse_int_digits(text.substr(1), 8); // legacy octal 0777
        }
    }
    return parse_int_digits(text, 10);
}

Constant float_from_literal(std::string_view text)
{
    if (text.empty() || text.size() > kMaxNumericLiteral || !underscores_ok(text))
        return Constant();
    auto parts = split_float(text);
    if (!parts)
        return Constant();
    if (parts->mant.is_zero())
        return float_zero();
    // log2 of the value, within a few units: digits plus the scaled exponent.
    double log2_base = parts->hex ? 1.0 : 3.321928094887362;
    double estimate = double(parts->mant.bit_len()) + double(parts->exp) * log2_base;
    constexpr double kSlack = 64;
    if (estimate > double(kMaxGoExponent) + kSlack)
        return Constant(); // big.Float overflows: types2 says "malformed constant"
    if (estimate < double(kMinGoExponent) - kSlack)
        return float_zero(); // underflows to 0, which Go then reads as the literal "0"
    if (std::fabs(estimate) < double(kMaxRatBits) - kSlack)
        return Access::make_exact_rat(exact_float_value(*parts)); // certainly "small"
    if (std::fabs(estimate) < double(kMaxRatBits) + kSlack) {
        Rat exact = exact_float_value(*parts);
        BinFloat rounded = float_from_rat(exact);
        if (float_is_small(rounded))
            return Access::make_exact_rat(std::move(exact));
        return Access::make_float(std::move(rounded));
    }
    BinFloat f = approximate_float_value(*parts);
    if (float_go_exponent(f) < kMinGoExponent)
        return float_zero();
    return Access::make_float(std::move(f));
}

Constant rune_from_literal(std::string_view text)
{
    if (text.size() < 2)
        return Constant();
    int32_t value = 0;
    bool multibyte = false;
    std::string_view tail;
    if (!unquote_char(text.substr(1, text.size() - 2), '\'', &value, &multibyte, &tail))
        return Constant();
    return Constant::make_int64(value);
}

Constant string_from_literal(std::string_view text)
{
    if (text.size() < 2 || text.back() != text.front())
        return Constant();
    std::string_view body = text.substr(1, text.size() - 2);
    if (text.front() == '`') {
        if (body.find('`') != std::string_view::npos)
            return Constant();
        std::string out;
        out.reserve(body.size());
        for (char c : body) {
            if (c != '\r') // carriage returns are dropped from raw strings
                out += c;
        }
        return Constant::make_string(out);
    }
    if (text.front() != '"')
        return Constant();
    std::string out;
    out.reserve(body.size());
    while (!body.empty()) {
        int32_t r = 0;
        bool multibyte = false;
        if (body[0] == '\n' || !unquote_char(body, '"', &r, &multibyte, &body))
            return Constant();
        if (r < 0x80 || !multibyte)
            out += char(r); // \x and octal escapes are single bytes
        else
            append_utf8(out, r);
    }
    return Constant::make_string(out);
}

// ---------------------------------------------------------------------------------------------
// UTF-8 and escapes

int32_t decode_rune(std::string_view s, size_t* size)
{
    constexpr int32_t kError = 0xFFFD;
    *size = s.empty() ? 0 : 1;
    if (s.empty())
        return kError;
    auto b = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
    unsigned c = b(0);
    if (c < 0x80)
        return int32_t(c);
    auto cont = [&](size_t i) { return i < s.size() && (b(i) & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF && cont(1)) {
        *size = 2;
        return int32_t(((c & 0x1F) << 6) | (b(1) & 0x3F));
    }
    if (c >= 0xE0 && c <= 0xEF && cont(1) && cont(2)) {
        int32_t r = int32_t(((c & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F));
        if (r < 0x800 || (r >= 0xD800 && r <= 0xDFFF))
            return kError; // overlong or surrogate
        *size = 3;
        return r;
    }
    if (c >= 0xF0 && c <= 0xF4 && cont(1) && cont(2) && cont(3)) {
        int32_t r
            = int32_t(((c & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F));
        if (r < 0x10000 || r > 0x10FFFF)
            return kError;
        *size = 4;
        return r;
    }
    return kError;
}

void append_utf8(std::string& out, int32_t r)
{
    auto u = uint32_t(r);
    if (u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF))
        u = 0xFFFD;
    if (u < 0x80) {
        out += char(u);
    } else if (u < 0x800) {
        out += char(0xC0 | (u >> 6));
        out += char(0x80 | (u & 0x3F));
    } else if (u < 0x10000) {
        out += char(0xE0 | (u >> 12));
        out += char(0x80 | ((u >> 6) & 0x3F));
        out += char(0x80 | (u & 0x3F));
    } else {
        out += char(0xF0 | (u >> 18));
        out += char(0x80 | ((u >> 12) & 0x3F));
        out += char(0x80 | ((u >> 6) & 0x3F));
        out += char(0x80 | (u & 0x3F));
    }
}

namespace {

bool simple_escape(char c, int32_t* value)
{
    switch (c) {
    case 'a':
        *value = '\a';
        return true;
    case 'b':
        *value = '\b';
        return true;
    case 'f':
        *value = '\f';
        return true;
    case 'n':
        *value = '\n';
        return true;
    case 'r':
        *value = '\r';
        return true;
    case 't':
        *value = '\t';
        return true;
    case 'v':
        *value = '\v';
        return true;
    case '\\':
        *value = '\\';
        return true;
    default:
        return false;
    }
}

// \xHH, \uHHHH, \UHHHHHHHH after the backslash and letter.
bool hex_escape(char letter, std::string_view& s, int32_t* value, bool* multibyte)
{
    size_t n = letter == 'x' ? 2 : (letter == 'u' ? 4 : 8);
    if (s.size() < n)
        return false;
    uint32_t v = 0;
    for (size_t j = 0; j < n; j++) {
        int d = digit_value(s[j]);
        if (d > 15)
            return false;
        v = (v << 4) | uint32_t(d);
    }
    s.remove_prefix(n);
    if (letter != 'x' && (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)))
        return false;
    *value = int32_t(v);
    *multibyte = letter != 'x';
    return true;
}

} // namespace

bool unquote_char(std::string_view s, char quote, int32_t* value, bool* multibyte, std::string_view* tail)
{
    *multibyte = false;
    if (s.empty() || (s[0] == quote && (quote == '\'' || quote == '"')))
        return false;
    if (static_cast<unsigned char>(s[0]) >= 0x80) {
        size_t size = 0;
        *value = decode_rune(s, &size);
        *multibyte = true;
        *tail = s.substr(size);
        return true;
    }
    if (s[0] != '\\') {
        *value = s[0];
        *tail = s.substr(1);
        return true;
    }
    if (s.size() < 2)
        return false;
    char c = s[1];
    s.remove_prefix(2);
    if (simple_escape(c, value)) {
        // done
    } else if (c == 'x' || c == 'u' || c == 'U') {
        if (!hex_escape(c, s, value, multibyte))
            return false;
    } else if (c >= '0' && c <= '7') {
        if (s.size() < 2 || s[0] < '0' || s[0] > '7' || s[1] < '0' || s[1] > '7')
            return false;
        int32_t v = ((c - '0') << 6) | ((s[0] - '0') << 3) | (s[1] - '0');
        if (v > 255)
            return false;
        s.remove_prefix(2);
        *value = v;
    } else if (c == '\'' || c == '"') {
        if (c != quote)
            return false;
        *value = c;
    } else {
        return false;
    }
    *tail = s;
    return true;
}

} // namespace vitro::lang::types
