// support/unicode.h — Go 1.19's Unicode 13.0 classes and case mappings (package unicode).
//
// One implementation for every place that must agree with Go: the compiler's constant quoting
// (%q of constants), strconv's Quote/IsPrint, fmt's %q/%U, and the unicode/strings natives.
// The tables (support/unicode_tables.inc) are generated from Go's own unicode package by
// tools/gen_unicode; lookups are binary searches over {lo, hi, stride} ranges as in Go's
// unicode.Is. Pure functions over constant data: thread-safe.
#pragma once

#include <cstdint>

namespace vitro::support::unicode {

inline constexpr int32_t kMaxRune = 0x10FFFF;
inline constexpr int32_t kReplacementChar = 0xFFFD;

bool is_letter(int32_t r); // unicode.IsLetter (category L)
bool is_upper(int32_t r); // unicode.IsUpper (Lu)
bool is_lower(int32_t r); // unicode.IsLower (Ll)
bool is_title(int32_t r); // unicode.IsTitle (Lt)
bool is_mark(int32_t r); // unicode.IsMark (M)
bool is_number(int32_t r); // unicode.IsNumber (N)
bool is_digit(int32_t r); // unicode.IsDigit (Nd)
bool is_punct(int32_t r); // unicode.IsPunct (P)
bool is_symbol(int32_t r); // unicode.IsSymbol (S)
bool is_space(int32_t r); // unicode.IsSpace (White_Space; Latin-1 fast path as Go)
bool is_control(int32_t r); // unicode.IsControl (C0/C1 controls)
bool is_graphic(int32_t r); // unicode.IsGraphic: L, M, N, P, S, Zs
bool is_print(int32_t r); // unicode.IsPrint (= strconv.IsPrint): L, M, N, P, S and U+0020

int32_t to_upper(int32_t r); // unicode.ToUpper
int32_t to_lower(int32_t r); // unicode.ToLower
int32_t to_title(int32_t r); // unicode.ToTitle
int32_t simple_fold(int32_t r); // unicode.SimpleFold

} // namespace vitro::support::unicode
