// support/unicode.cpp — lookups over Go's Unicode tables (see unicode.h; Go: src/unicode/letter.go,
// graphic.go). Latin-1 takes Go's fast paths, which give the same answers as the tables.
#include "support/unicode.h"

#include <algorithm>
#include <iterator>

namespace vitro::support::unicode {

namespace {

struct Range {
    uint32_t lo, hi, stride;
};

struct CaseRange {
    uint32_t lo, hi;
    int32_t delta[3]; // upper, lower, title; kUpperLower alternates Upper/Lower pairs
};

struct FoldPair {
    uint32_t from, to;
};

constexpr int32_t kUpperLower = 0x110000;

#include "support/unicode_tables.inc"

template <size_t N> bool in(const Range (&table)[N], int32_t r)
{
    if (r < 0)
        return false;
    auto u = static_cast<uint32_t>(r);
    const Range* it = std::upper_bound(
        std::begin(table), std::end(table), u, [](uint32_t v, const Range& range) { return v < range.lo; });
    if (it == std::begin(table))
        return false;
    --it;
    return u <= it->hi && (it->stride == 1 || (u - it->lo) % it->stride == 0);
}

enum CaseKind { kToUpper, kToLower, kToTitle };

int32_t to_case(CaseKind c, int32_t r)
{
    if (r < 0 || r > kMaxRune)
        return r; // no range holds it: Go's `to` returns r unchanged
    auto u = static_cast<uint32_t>(r);
    const CaseRange* it = std::upper_bound(std::begin(kCaseRanges), std::end(kCaseRanges), u,
        [](uint32_t v, const CaseRange& range) { return v < range.lo; });
    if (it == std::begin(kCaseRanges))
        return r;
    --it;
    if (u > it->hi)
        return r;
    int32_t delta = it->delta[c];
    if (delta > kMaxRune) {
        // Upper/lower pairs starting at lo: even offsets are upper case, odd lower.
        return static_cast<int32_t>(it->lo)
            + (((r - static_cast<int32_t>(it->lo)) & ~1) | (c == kToLower ? 1 : 0));
    }
    return r + delta;
}

} // namespace

bool is_letter(int32_t r)
{
    if (r >= 0 && r < 0x80)
        return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z');
    return in(kLetter, r);
}

bool is_upper(int32_t r)
{
    if (r >= 0 && r < 0x80)
        return r >= 'A' && r <= 'Z';
    return in(kUpper, r);
}

bool is_lower(int32_t r)
{
    if (r >= 0 && r < 0x80)
        return r >= 'a' && r <= 'z';
    return in(kLower, r);
}

bool is_title(int32_t r)
{
    return r >= 0x100 && in(kTitle, r);
}

bool is_mark(int32_t r)
{
    return in(kMark, r);
}

bool is_number(int32_t r)
{
    return in(kNumber, r);
}

bool is_digit(int32_t r)
{
    if (r >= 0 && r < 0x100)
        return r >= '0' && r <= '9';
    return in(kDigit, r);
}

bool is_punct(int32_t r)
{
    return in(kPunct, r);
}

bool is_symbol(int32_t r)
{
    return in(kSymbol, r);
}

bool is_space(int32_t r)
{
    if (r >= 0 && r < 0x100)
        return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
    return in(kWhiteSpace, r);
}

bool is_control(int32_t r)
{
    return r >= 0 && r < 0x100 && in(kControl, r);
}

bool is_graphic(int32_t r)
{
    return is_letter(r) || is_mark(r) || is_number(r) || is_punct(r) || is_symbol(r) || in(kSpace, r);
}

bool is_print(int32_t r)
{
    if (r == ' ')
        return true;
    return is_letter(r) || is_mark(r) || is_number(r) || is_punct(r) || is_symbol(r);
}

int32_t to_upper(int32_t r)
{
    if (r < 0x80) // Go's MaxASCII fast path (negative runes included)
        return r >= 'a' && r <= 'z' ? r - 32 : r;
    return to_case(kToUpper, r);
}

int32_t to_lower(int32_t r)
{
    if (r < 0x80)
        return r >= 'A' && r <= 'Z' ? r + 32 : r;
    return to_case(kToLower, r);
}

int32_t to_title(int32_t r)
{
    if (r < 0x80) // Go's MaxASCII fast path (negative runes included)
        return r >= 'a' && r <= 'z' ? r - 32 : r;
    return to_case(kToTitle, r);
}

int32_t simple_fold(int32_t r)
{
    if (r < 0 || r > kMaxRune)
        return r;
    auto u = static_cast<uint32_t>(r);
    const FoldPair* it = std::lower_bound(std::begin(kCaseOrbit), std::end(kCaseOrbit), u,
        [](const FoldPair& p, uint32_t v) { return p.from < v; });
    if (it != std::end(kCaseOrbit) && it->from == u)
        return static_cast<int32_t>(it->to);
    int32_t l = to_lower(r);
    return l != r ? l : to_upper(r);
}

} // namespace vitro::support::unicode
