// stdlib/strconv/conv.cpp — UTF-8, quoting and integer conversions (see conv.h).
//
// Go reference: src/unicode/utf8/utf8.go (DecodeRuneInString, EncodeRune), src/strconv/quote.go
// (appendQuotedWith, appendEscapedRune, CanBackquote), src/strconv/itoa.go, src/strconv/atoi.go
// (ParseUint, ParseInt, underscoreOK).
#include "stdlib/strconv/conv.h"

#include "support/unicode.h"

#include <array>

namespace vitro::stdlib::strconv {

bool valid_rune(int32_t r)
{
    return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= kMaxRune);
}

int32_t decode_rune(std::string_view s, int* size)
{
    if (s.empty()) {
        *size = 0;
        return kRuneError;
    }
    auto b = [&](size_t i) { return static_cast<uint8_t>(s[i]); };
    uint8_t c0 = b(0);
    *size = 1;
    if (c0 < 0x80)
        return c0;
    int n = c0 >= 0xF0 ? 4 : c0 >= 0xE0 ? 3 : c0 >= 0xC2 ? 2 : 0;
    if (n == 0 || c0 > 0xF4 || s.size() < static_cast<size_t>(n))
        return kRuneError;
    // The accepted range of the second byte depends on the first (no overlongs, no surrogates,
    // nothing above U+10FFFF).
    uint8_t lo = 0x80, hi = 0xBF;
    if (c0 == 0xE0)
        lo = 0xA0;
    else if (c0 == 0xED)
        hi = 0x9F;
    else if (c0 == 0xF0)
        lo = 0x90;
    else if (c0 == 0xF4)
        hi = 0x8F;
    if (b(1) < lo || b(1) > hi)
        return kRuneError;
    int32_t r = c0 & (0xFF >> (n + 1));
    for (int i = 1; i < n; i++) {
        if (i > 1 && (b(static_cast<size_t>(i)) & 0xC0) != 0x80)
            return kRuneError;
        r = (r << 6) | (b(static_cast<size_t>(i)) & 0x3F);
    }
    *size = n;
    return r;
}

void append_rune(std::string& out, int32_t r)
{
    auto u = static_cast<uint32_t>(valid_rune(r) ? r : kRuneError);
    if (u < 0x80) {
        out.push_back(static_cast<char>(u));
    } else if (u < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (u >> 6)));
        out.push_back(static_cast<char>(0x80 | (u & 0x3F)));
    } else if (u < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (u >> 12)));
        out.push_back(static_cast<char>(0x80 | ((u >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (u & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (u >> 18)));
        out.push_back(static_cast<char>(0x80 | ((u >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((u >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (u & 0x3F)));
    }
}

int64_t rune_count(std::string_view s)
{
    int64_t n = 0;
    for (size_t i = 0; i < s.size(); n++) {
        if (static_cast<uint8_t>(s[i]) < 0x80) {
            i++;
            continue;
        }
        int size;
        decode_rune(s.substr(i), &size);
        i += static_cast<size_t>(size);
    }
    return n;
}

bool is_print(int32_t r)
{
    return support::unicode::is_print(r);
}

bool can_backquote(std::string_view s)
{
    for (size_t i = 0; i < s.size();) {
        int width;
        int32_t r = decode_rune(s.substr(i), &width);
        i += static_cast<size_t>(width);
        if (width > 1) {
            if (r == 0xFEFF)
                return false;
            continue;
        }
        if (r == kRuneError)
            return false;
        if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F)
            return false;
    }
    return true;
}

namespace {

constexpr char kLowerHex[] = "0123456789abcdef";

void append_hex(std::string& out, uint32_t v, int digits)
{
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        out.push_back(kLowerHex[(v >> shift) & 0xF]);
}

void append_escaped_rune(std::string& out, int32_t r, char quote, bool ascii_only, bool graphic_only)
{
    if (r == quote || r == '\\') {
        out.push_back('\\');
        out.push_back(static_cast<char>(r));
        return;
    }
    if (ascii_only ? (r < 0x80 && is_print(r))
                   : (is_print(r) || (graphic_only && support::unicode::is_graphic(r)))) {
        append_rune(out, r);
        return;
    }
    switch (r) {
    case '\a':
        out += "\\a";
        return;
    case '\b':
        out += "\\b";
        return;
    case '\f':
        out += "\\f";
        return;
    case '\n':
        out += "\\n";
        return;
    case '\r':
        out += "\\r";
        return;
    case '\t':
        out += "\\t";
        return;
    case '\v':
        out += "\\v";
        return;
    }
    if (r < ' ' || r == 0x7F) {
        out += "\\x";
        append_hex(out, static_cast<uint32_t>(r), 2);
        return;
    }
    if (!valid_rune(r))
        r = kRuneError;
    if (r < 0x10000) {
        out += "\\u";
        append_hex(out, static_cast<uint32_t>(r), 4);
    } else {
        out += "\\U";
        append_hex(out, static_cast<uint32_t>(r), 8);
    }
}

} // namespace

void append_quote(std::string& out, std::string_view s, bool ascii_only, bool graphic_only)
{
    out.push_back('"');
    for (size_t i = 0; i < s.size();) {
        int width;
        int32_t r = decode_rune(s.substr(i), &width);
        if (width == 1 && r == kRuneError) {
            out += "\\x";
            append_hex(out, static_cast<uint8_t>(s[i]), 2);
            i++;
            continue;
        }
        append_escaped_rune(out, r, '"', ascii_only, graphic_only);
        i += static_cast<size_t>(width);
    }
    out.push_back('"');
}

void append_quote_rune(std::string& out, int32_t r, bool ascii_only, bool graphic_only)
{
    if (!valid_rune(r))
        r = kRuneError;
    out.push_back('\'');
    append_escaped_rune(out, r, '\'', ascii_only, graphic_only);
    out.push_back('\'');
}

void append_uint(std::string& out, uint64_t v, int base)
{
    std::array<char, 64> buf;
    size_t i = buf.size();
    auto b = static_cast<uint64_t>(base);
    do {
        buf[--i] = "0123456789abcdefghijklmnopqrstuvwxyz"[v % b];
        v /= b;
    } while (v != 0);
    out.append(buf.data() + i, buf.size() - i);
}

void append_int(std::string& out, int64_t v, int base)
{
    if (v < 0) {
        out.push_back('-');
        append_uint(out, 0 - static_cast<uint64_t>(v), base);
    } else {
        append_uint(out, static_cast<uint64_t>(v), base);
    }
}

namespace {

char lower(char c)
{
    return static_cast<char>(c | ('x' - 'X'));
}

} // namespace

bool underscore_ok(std::string_view s)
{
    char saw = '^'; // ^ start, 0 digit or prefix, _ underscore, ! other
    size_t i = 0;
    if (!s.empty() && (s[0] == '-' || s[0] == '+'))
        s.remove_prefix(1);
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
            continue;
        }
        if (c == '_') {
            if (saw != '0')
                return false;
            saw = '_';
            continue;
        }
        if (saw == '_')
            return false;
        saw = '!';
    }
    return saw != '_';
}

UintResult parse_uint(std::string_view s, int base, int bit_size)
{
    if (s.empty())
        return { 0, NumErr::Syntax };
    bool base0 = base == 0;
    std::string_view s0 = s;
    if (base == 0) {
        base = 10;
        if (s[0] == '0') {
            if (s.size() >= 3 && lower(s[1]) == 'b')
                base = 2, s.remove_prefix(2);
            else if (s.size() >= 3 && lower(s[1]) == 'o')
                base = 8, s.remove_prefix(2);
            else if (s.size() >= 3 && lower(s[1]) == 'x')
                base = 16, s.remove_prefix(2);
            else
                base = 8, s.remove_prefix(1);
        }
    } else if (base < 2 || base > 36) {
        return { 0, NumErr::Base };
    }
    if (bit_size == 0)
        bit_size = 64;
    else if (bit_size < 0 || bit_size > 64)
        return { 0, NumErr::BitSize };
    auto ubase = static_cast<uint64_t>(base);
    uint64_t cutoff = UINT64_MAX / ubase + 1;
    uint64_t max_val = bit_size == 64 ? UINT64_MAX : (uint64_t(1) << bit_size) - 1;
    bool underscores = false;
    uint64_t n = 0;
    for (char c : s) {
        uint64_t d;
        if (c == '_' && base0) {
            underscores = true;
            continue;
        } else if (c >= '0' && c <= '9') {
            d = static_cast<uint64_t>(c - '0');
        } else if (lower(c) >= 'a' && lower(c) <= 'z') {
            d = static_cast<uint64_t>(lower(c) - 'a' + 10);
        } else {
            return { 0, NumErr::Syntax };
        }
        if (d >= ubase)
            return { 0, NumErr::Syntax };
        if (n >= cutoff)
            return { max_val, NumErr::Range };
        n *= ubase;
        uint64_t n1 = n + d;
        if (n1 < n || n1 > max_val)
            return { max_val, NumErr::Range };
        n = n1;
    }
    if (underscores && !underscore_ok(s0))
        return { 0, NumErr::Syntax };
    return { n, NumErr::None };
}

IntResult parse_int(std::string_view s, int base, int bit_size)
{
    if (s.empty())
        return { 0, NumErr::Syntax };
    bool neg = false;
    if (s[0] == '+' || s[0] == '-') {
        neg = s[0] == '-';
        s.remove_prefix(1);
    }
    UintResult u = parse_uint(s, base, bit_size);
    if (u.err != NumErr::None && u.err != NumErr::Range)
        return { 0, u.err };
    if (bit_size == 0)
        bit_size = 64;
    uint64_t cutoff = uint64_t(1) << (bit_size - 1);
    if (!neg && u.value >= cutoff)
        return { static_cast<int64_t>(cutoff - 1), NumErr::Range };
    if (neg && u.value > cutoff)
        return { static_cast<int64_t>(0 - cutoff), NumErr::Range };
    return { neg ? static_cast<int64_t>(0 - u.value) : static_cast<int64_t>(u.value), NumErr::None };
}

} // namespace vitro::stdlib::strconv
