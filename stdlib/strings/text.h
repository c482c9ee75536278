// stdlib/strings/text.h — the algorithms of packages strings and bytes over byte strings.
//
// Both packages do the same thing to a string and to a []byte; these functions work on
// std::string_view and return parts of their input (views into it) or new std::strings, and
// the natives of each package turn them into Go values (substrings and subslices share the
// argument's memory as Go's do). Callbacks (IndexFunc, Map...) are passed as predicates that
// may fail (a panicking script function): `false` from the callback stops the walk and the
// function reports failure. Go reference: src/strings/strings.go, src/bytes/bytes.go.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace vitro::stdlib::text {

using std::string_view;

// A rune predicate that can fail: returns false if the callback panicked; *out is the answer.
using RunePred = std::function<bool(int32_t r, bool* out)>;
using RuneMap = std::function<bool(int32_t r, int32_t* out)>;

int64_t count(string_view s, string_view sep);
// genSplit: sep_save 0 (Split/SplitN) or len(sep) (SplitAfter*); n < 0 for all.
std::vector<string_view> split(string_view s, string_view sep, int64_t sep_save, int64_t n);
std::vector<string_view> fields(string_view s);
bool fields_func(string_view s, const RunePred& f, std::vector<string_view>& out);

int64_t index_rune(string_view s, int32_t r);
int64_t index_any(string_view s, string_view chars);
int64_t last_index_any(string_view s, string_view chars);
bool contains_any(string_view s, string_view chars);
// IndexFunc/LastIndexFunc(s, f) with f's result compared to `truth`: false if f panicked.
bool index_func(string_view s, const RunePred& f, bool truth, int64_t& out);
bool last_index_func(string_view s, const RunePred& f, bool truth, int64_t& out);

string_view trim_space(string_view s);
string_view trim_left(string_view s, string_view cutset);
string_view trim_right(string_view s, string_view cutset);
bool trim_left_func(string_view s, const RunePred& f, string_view& out);
bool trim_right_func(string_view s, const RunePred& f, string_view& out);

// The last rune of s (Go's DecodeLastRuneInString).
int32_t decode_last_rune(string_view s, int* size);

// Case mapping over Go's Unicode tables; `changed` reports whether the result differs.
std::string to_upper(string_view s, bool& changed);
std::string to_lower(string_view s, bool& changed);
std::string to_title(string_view s, bool& changed);
std::string title(string_view s); // strings.Title (deprecated word-start capitalisation)
bool map_runes(string_view s, const RuneMap& f, std::string& out, bool& changed);
std::string to_valid_utf8(string_view s, string_view replacement);

bool equal_fold(string_view a, string_view b);
// Replace(s, old, new, n); `changed` false when the result is s itself.
std::string replace(string_view s, string_view old_s, string_view new_s, int64_t n, bool& changed);
std::string repeat(string_view s, int64_t n);

} // namespace vitro::stdlib::text
