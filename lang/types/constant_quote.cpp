// lang/types/constant_quote.cpp — Go's strconv.Quote, for printing string constants in
// diagnostics the way types2 does.
//
// unicode.IsPrint needs Unicode's category tables, which we do not carry; kNotPrintable lists
// the ranges that matter in practice (controls, spaces other than U+0020, format characters,
// surrogates, private use, noncharacters and the large unassigned blocks). An unassigned code
// point elsewhere prints as itself where Go would escape it: a harmless difference in a
// message about an odd string.
#include "lang/types/constant_internal.h"

#include <algorithm>
#include <iterator>

namespace vitro::lang::types {

namespace {

struct RuneRange {
    int32_t lo, hi;
};

// Sorted, non-overlapping.
constexpr RuneRange kNotPrintable[] = {
    { 0x0000, 0x001F },
    { 0x007F, 0x00A0 },
    { 0x00AD, 0x00AD },
    { 0x0378, 0x0379 },
    { 0x0380, 0x0383 },
    { 0x038B, 0x038B },
    { 0x038D, 0x038D },
    { 0x03A2, 0x03A2 },
    { 0x0600, 0x0605 },
    { 0x061C, 0x061C },
    { 0x06DD, 0x06DD },
    { 0x070F, 0x070F },
    { 0x08E2, 0x08E2 },
    { 0x1680, 0x1680 },
    { 0x180E, 0x180E },
    { 0x2000, 0x200F },
    { 0x2028, 0x202F },
    { 0x205F, 0x206F },
    { 0x3000, 0x3000 },
    { 0xD800, 0xF8FF },
    { 0xFDD0, 0xFDEF },
    { 0xFEFF, 0xFEFF },
    { 0xFFF0, 0xFFFB },
    { 0x110BD, 0x110BD },
    { 0x110CD, 0x110CD },
    { 0x13430, 0x13438 },
    { 0x1BCA0, 0x1BCA3 },
    { 0x1D173, 0x1D17A },
    { 0x2FA1E, 0x2FFFF },
    { 0x3134B, 0xE00FF },
    { 0xE01F0, 0x10FFFF },
};

bool is_print(int32_t r)
{
    if (r >= 0x20 && r < 0x7F)
        return true;
    if ((r & 0xFFFE) == 0xFFFE)
        return false; // the two noncharacters at the end of every plane
    auto it = std::upper_bound(std::begin(kNotPrintable), std::end(kNotPrintable), r,
        [](int32_t v, const RuneRange& range) { return v < range.lo; });
    if (it == std::begin(kNotPrintable))
        return true;
    --it;
    return r > it->hi;
}

void append_hex(std::string& out, uint32_t v, int digits)
{
    static constexpr char kHex[] = "0123456789abcdef";
    for (int i = digits - 1; i >= 0; i--)
        out += kHex[(v >> (4 * i)) & 0xF];
}

void append_escaped_rune(std::string& out, int32_t r)
{
    if (r == '"' || r == '\\') {
        out += '\\';
        out += char(r);
        return;
    }
    if (is_print(r)) {
        append_utf8(out, r);
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
    default:
        break;
    }
    if (r < ' ' || r == 0x7F) {
        out += "\\x";
        append_hex(out, uint32_t(r), 2);
    } else if (r < 0x10000) {
        out += "\\u";
        append_hex(out, uint32_t(r), 4);
    } else {
        out += "\\U";
        append_hex(out, uint32_t(r), 8);
    }
}

} // namespace

std::string go_quote(std::string_view s)
{
    std::string out;
    out.reserve(s.size() + 2);
    out += '"';
    while (!s.empty()) {
        size_t width = 1;
        int32_t r = static_cast<unsigned char>(s[0]);
        if (r >= 0x80)
            r = decode_rune(s, &width);
        if (width == 1 && r == 0xFFFD) { // a byte that is not UTF-8
            out += "\\x";
            append_hex(out, static_cast<unsigned char>(s[0]), 2);
        } else {
            append_escaped_rune(out, r);
        }
        s.remove_prefix(width);
    }
    out += '"';
    return out;
}

} // namespace vitro::lang::types
