// lang/types/constant_internal.h — what constant.cpp and constant_literal.cpp share: the
// payload behind a Constant, the go/constant-style factories that pick a representation, and
// Go's string quoting. Not for use outside lang/types/constant*.cpp and their tests.
#pragma once

#include "lang/types/bigint.h"
#include "lang/types/constant.h"
#include "lang/types/constant_float.h"

#include <string>
#include <string_view>
#include <variant>

namespace vitro::lang::types {

struct ConstPayload {
    std::variant<std::string, BigInt, Rat, BinFloat> value;
};

struct ConstantAccess {
    // go/constant makeInt: int64 inline when it fits.
    static Constant make_int(BigInt v);
    // go/constant makeRat: a rational while both parts are below 4096 bits, else a float.
    static Constant make_rat(Rat r);
    // A rational kept as is (MakeFromLiteral keeps a literal's exact value whatever its size).
    static Constant make_exact_rat(Rat r);
    // go/constant makeFloat: zero (either sign) is 0, a value beyond big.Float's exponent
    // range is Unknown when too large and 0 when too small.
    static Constant make_float(BinFloat f);

    static const ConstPayload& payload(const Constant& c) { return *c.m_payload; }
    static Constant::Repr repr(const Constant& c) { return c.m_repr; }
    static int64_t small(const Constant& c) { return c.m_small; }
    static const BigInt& big_int(const Constant& c) { return std::get<BigInt>(c.m_payload->value); }
    static const Rat& rat(const Constant& c) { return std::get<Rat>(c.m_payload->value); }
    static const BinFloat& bin_float(const Constant& c) { return std::get<BinFloat>(c.m_payload->value); }

    // Numeric values widened to a representation (go/constant i64toi, itor, rtof...): the
    // value must be numeric and not wider than the target.
    static BigInt to_big_int(const Constant& c);
    static Rat to_rat(const Constant& c);
    static BinFloat to_bin_float(const Constant& c);
};

// strconv.Quote: a double-quoted Go string literal for the bytes of s, with Go's escapes
// (\a \b \f \n \r \t \v \\ \", \xHH for bytes that are not UTF-8, \u/\U for runes that are
// not printable). Printability of non-ASCII runes follows unicode.IsPrint approximately: the
// control, format, surrogate, private-use and noncharacter ranges are escaped, everything
// else is printed as is.
std::string go_quote(std::string_view s);

// strconv.UnquoteChar: decodes one character or escape at the start of s for a literal
// quoted with `quote`. Returns false where Go returns an error.
bool unquote_char(std::string_view s, char quote, int32_t* value, bool* multibyte, std::string_view* tail);

// utf8.DecodeRuneInString: (0xFFFD, 1) for invalid input, (0xFFFD, 0) for empty input.
int32_t decode_rune(std::string_view s, size_t* size);
void append_utf8(std::string& out, int32_t rune);

// MakeFromLiteral for each literal kind (the text is the whole literal).
Constant int_from_literal(std::string_view text);
Constant float_from_literal(std::string_view text);
Constant rune_from_literal(std::string_view text);
Constant string_from_literal(std::string_view text);

} // namespace vitro::lang::types
