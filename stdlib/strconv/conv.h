// stdlib/strconv/conv.h — strconv's conversions as pure functions over std::string, shared by the
// strconv natives and fmt (which formats numbers and quotes strings the way strconv does).
//
// Float formatting: Go's ftoa (src/strconv/ftoa.go) first produces decimal digits — the
// shortest that round-trip for precision -1 (Ryu), or correctly rounded to a digit count — and
// then lays them out (%e, %f, %g). Here std::to_chars produces the same digits (shortest
// round-trip, or exactly rounded with ties to even, as Go's Ryu-fixed and big-decimal paths
// round), and format_digits lays them out with Go's rules. UTF-8 and quoting follow
// src/unicode/utf8 and src/strconv/quote.go; is_print is Go's unicode.IsPrint over the Unicode
// 13.0 tables (support/unicode.h).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace vitro::stdlib::strconv {

inline constexpr int32_t kRuneError = 0xFFFD;
inline constexpr int32_t kMaxRune = 0x10FFFF;

// Decodes the rune at the start of s (Go's utf8.DecodeRuneInString): invalid or truncated
// encodings give (kRuneError, 1); an empty s gives (kRuneError, 0).
int32_t decode_rune(std::string_view s, int* size);
void append_rune(std::string& out, int32_t r); // invalid runes encode as U+FFFD
int64_t rune_count(std::string_view s);
bool valid_rune(int32_t r);

bool is_print(int32_t r);
bool can_backquote(std::string_view s);
// graphic_only: QuoteToGraphic's rule (unicode.IsGraphic runes stay unescaped).
void append_quote(std::string& out, std::string_view s, bool ascii_only, bool graphic_only = false);
void append_quote_rune(std::string& out, int32_t r, bool ascii_only, bool graphic_only = false);

// Unquote's pieces (src/strconv/quote.go): UnquoteChar decodes the first character or escape of
// s for a literal quoted by `quote` (0 for none); false on a syntax error. unquote handles a
// whole literal ("...", `...` or '...'); false on a syntax error. quoted_prefix_len is the
// length of the quoted literal at the start of s, or -1.
bool unquote_char(std::string_view& s, char quote, int32_t& value, bool& multibyte);
bool unquote(std::string_view s, std::string& out);
int64_t quoted_prefix_len(std::string_view s);

void append_int(std::string& out, int64_t v, int base); // base 2..36
void append_uint(std::string& out, uint64_t v, int base);
// FormatFloat: fmt is one of b e E f g G x X; prec < 0 means shortest; bit_size 32 or 64.
void append_float(std::string& out, double v, char fmt, int prec, int bit_size);

// Why a parse failed: the Err of Go's *NumError.
enum class NumErr : uint8_t {
    None,
    Syntax, // strconv.ErrSyntax
    Range, // strconv.ErrRange
    Base, // "invalid base N"
    BitSize, // "invalid bit size N"
};

struct IntResult {
    int64_t value;
    NumErr err;
};
struct UintResult {
    uint64_t value;
    NumErr err;
};
struct FloatResult {
    double value;
    NumErr err;
};

// Go's underscoreOK: '_' only between digits, or between a base prefix and a digit.
bool underscore_ok(std::string_view s);

IntResult parse_int(std::string_view s, int base, int bit_size);
UintResult parse_uint(std::string_view s, int base, int bit_size);
FloatResult parse_float(std::string_view s, int bit_size);

} // namespace vitro::stdlib::strconv
