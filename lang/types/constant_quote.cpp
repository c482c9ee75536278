// lang/types/constant_quote.cpp — Go's strconv.Quote, for printing string constants in
// diagnostics the way types2 does.
//
// Printability is Go's unicode.IsPrint over the Unicode 13.0 tables (support/unicode.h), the
// same function strconv.Quote and fmt use at run time.
#include "lang/types/constant_internal.h"
#include "support/unicode.h"

#include <algorithm>
#include <iterator>

namespace vitro::lang::types {

namespace {

using support::unicode::is_print;

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
