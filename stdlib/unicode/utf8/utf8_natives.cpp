// stdlib/unicode/utf8/utf8_natives.cpp — package unicode/utf8 (Go 1.19): encoding, decoding,
// counting and validation of UTF-8 in strings and []byte.
//
// Decoding is strconv's decode_rune (Go's DecodeRuneInString: invalid or short sequences are
// (RuneError, 1)); DecodeLastRune follows Go's backward scan of at most UTFMax bytes.
// Go reference: src/unicode/utf8/utf8.go.
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"
#include "stdlib/strconv/conv.h"

#include <string>
#include <string_view>

namespace vitro::stdlib::utf8 {

namespace {

namespace conv = vitro::stdlib::strconv;
using std::string_view;

string_view bytes_arg(vm::NativeCall& call, int i)
{
    vm::Slice s = call.slice_arg(i);
    return { reinterpret_cast<const char*>(s.ptr), static_cast<size_t>(s.len) };
}

string_view string_arg(vm::NativeCall& call, int i)
{
    return call.string_arg(i).view();
}

void set_rune_size(vm::NativeCall& call, int32_t r, int size)
{
    call.set_int(0, r);
    call.set_int(1, size);
}

void decode(vm::NativeCall& call, string_view s)
{
    int size;
    int32_t r = conv::decode_rune(s, &size);
    set_rune_size(call, r, size);
}

void decode_last(vm::NativeCall& call, string_view s)
{
    if (s.empty()) {
        set_rune_size(call, conv::kRuneError, 0);
        return;
    }
    auto end = static_cast<int64_t>(s.size());
    int64_t start = end - 1;
    if (static_cast<uint8_t>(s[static_cast<size_t>(start)]) < 0x80) {
        set_rune_size(call, static_cast<uint8_t>(s[static_cast<size_t>(start)]), 1);
        return;
    }
    int64_t lim = end - 4 < 0 ? 0 : end - 4;
    for (start--; start >= lim; start--) {
        if ((static_cast<uint8_t>(s[static_cast<size_t>(start)]) & 0xC0) != 0x80)
            break;
    }
    if (start < 0)
        start = 0;
    int size;
    int32_t r = conv::decode_rune(s.substr(static_cast<size_t>(start)), &size);
    if (start + size != end) {
        set_rune_size(call, conv::kRuneError, 1);
        return;
    }
    set_rune_size(call, r, size);
}

bool full_rune(string_view s)
{
    if (s.empty())
        return false;
    auto c0 = static_cast<uint8_t>(s[0]);
    if (c0 < 0x80 || c0 < 0xC2 || c0 > 0xF4)
        return true; // ASCII or an invalid first byte: a one-byte error
    int n = c0 >= 0xF0 ? 4 : c0 >= 0xE0 ? 3 : 2;
    if (static_cast<int>(s.size()) >= n)
        return true;
    // A short prefix is full if its second byte is already invalid.
    if (s.size() > 1) {
        uint8_t lo = 0x80, hi = 0xBF;
        if (c0 == 0xE0)
            lo = 0xA0;
        else if (c0 == 0xED)
            hi = 0x9F;
        else if (c0 == 0xF0)
            lo = 0x90;
        else if (c0 == 0xF4)
            hi = 0x8F;
        auto c1 = static_cast<uint8_t>(s[1]);
        if (c1 < lo || c1 > hi)
            return true;
        if (s.size() > 2 && (static_cast<uint8_t>(s[2]) & 0xC0) != 0x80)
            return true;
    }
    return false;
}

bool valid(string_view s)
{
    for (size_t i = 0; i < s.size();) {
        int size;
        int32_t r = conv::decode_rune(s.substr(i), &size);
        if (r == conv::kRuneError && size == 1)
            return false;
        i += static_cast<size_t>(size);
    }
    return true;
}

int rune_len(int32_t r)
{
    if (r < 0)
        return -1;
    if (r < 0x80)
        return 1;
    if (r < 0x800)
        return 2;
    if (r >= 0xD800 && r <= 0xDFFF)
        return -1;
    if (r < 0x10000)
        return 3;
    if (r <= conv::kMaxRune)
        return 4;
    return -1;
}

void DecodeRune(vm::NativeCall& call)
{
    decode(call, bytes_arg(call, 0));
}
void DecodeRuneInString(vm::NativeCall& call)
{
    decode(call, string_arg(call, 0));
}
void DecodeLastRune(vm::NativeCall& call)
{
    decode_last(call, bytes_arg(call, 0));
}
void DecodeLastRuneInString(vm::NativeCall& call)
{
    decode_last(call, string_arg(call, 0));
}
void FullRune(vm::NativeCall& call)
{
    call.set_int(0, full_rune(bytes_arg(call, 0)));
}
void FullRuneInString(vm::NativeCall& call)
{
    call.set_int(0, full_rune(string_arg(call, 0)));
}
void RuneCount(vm::NativeCall& call)
{
    call.set_int(0, conv::rune_count(bytes_arg(call, 0)));
}
void RuneCountInString(vm::NativeCall& call)
{
    call.set_int(0, conv::rune_count(string_arg(call, 0)));
}
void RuneLen(vm::NativeCall& call)
{
    call.set_int(0, rune_len(static_cast<int32_t>(call.int_arg(0))));
}
void RuneStart(vm::NativeCall& call)
{
    call.set_int(0, (call.int_arg(0) & 0xC0) != 0x80);
}
void Valid(vm::NativeCall& call)
{
    call.set_int(0, valid(bytes_arg(call, 0)));
}
void ValidString(vm::NativeCall& call)
{
    call.set_int(0, valid(string_arg(call, 0)));
}
void ValidRune(vm::NativeCall& call)
{
    call.set_int(0, conv::valid_rune(static_cast<int32_t>(call.int_arg(0))));
}

// EncodeRune(p, r): writes into p; an index out of range panics as Go's does.
void EncodeRune(vm::NativeCall& call)
{
    vm::Slice p = call.slice_arg(0);
    std::string enc;
    conv::append_rune(enc, static_cast<int32_t>(call.int_arg(3)));
    if (p.len < static_cast<int64_t>(enc.size())) {
        call.panic_runtime_error(
            "index out of range [" + std::to_string(p.len) + "] with length " + std::to_string(p.len));
        return;
    }
    for (size_t i = 0; i < enc.size(); i++)
        p.ptr[i] = static_cast<uint8_t>(enc[i]);
    call.set_int(0, static_cast<int64_t>(enc.size()));
}

void AppendRune(vm::NativeCall& call)
{
    vm::Slice p = call.slice_arg(0);
    std::string enc;
    conv::append_rune(enc, static_cast<int32_t>(call.int_arg(3)));
    call.set_slice(0, internal::append_bytes(call, p, enc));
}

} // namespace

} // namespace vitro::stdlib::utf8

namespace vitro::stdlib {

void register_utf8(vm::NativeRegistry& r)
{
    using namespace utf8;
    r.add("unicode/utf8.DecodeRune", DecodeRune);
    r.add("unicode/utf8.DecodeRuneInString", DecodeRuneInString);
    r.add("unicode/utf8.DecodeLastRune", DecodeLastRune);
    r.add("unicode/utf8.DecodeLastRuneInString", DecodeLastRuneInString);
    r.add("unicode/utf8.FullRune", FullRune);
    r.add("unicode/utf8.FullRuneInString", FullRuneInString);
    r.add("unicode/utf8.RuneCount", RuneCount);
    r.add("unicode/utf8.RuneCountInString", RuneCountInString);
    r.add("unicode/utf8.RuneLen", RuneLen);
    r.add("unicode/utf8.RuneStart", RuneStart);
    r.add("unicode/utf8.Valid", Valid);
    r.add("unicode/utf8.ValidString", ValidString);
    r.add("unicode/utf8.ValidRune", ValidRune);
    r.add("unicode/utf8.EncodeRune", EncodeRune);
    r.add("unicode/utf8.AppendRune", AppendRune);
}

} // namespace vitro::stdlib
