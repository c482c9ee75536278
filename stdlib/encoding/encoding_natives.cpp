// stdlib/encoding/encoding_natives.cpp — Go 1.19's encoding/hex and encoding/base64.
//
// hex: lowercase encoding; decoding accepts both cases and fails with ErrLength on odd input or
// "encoding/hex: invalid byte: U+0067 'g'" at the first bad byte (Decode reports the bytes
// decoded before it, as Go does). base64: the standard and URL alphabets, padded or raw (the
// Encoding value's kind: 0 std, 1 url, 2 raw std, 3 raw url); decoding skips '\r' and '\n' and
// reports "illegal base64 data at input byte N" with Go's N. Errors other than ErrLength are
// plain errors with Go's text (not InvalidByteError / CorruptInputError values).
// init_encoding points base64's four variables at static Encoding objects (outside the heap)
// and hex.ErrLength at a static error. Concurrency: pure functions.
// Go reference: src/encoding/hex/hex.go, src/encoding/base64/base64.go.
#include "stdlib/internal/native_util.h"
#include "stdlib/internal/types.h"
#include "stdlib/natives.h"
#include "vm/runtime.h"

#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

namespace vitro::stdlib::encoding {

namespace {

using std::string_view;

constexpr string_view kOddLength = "encoding/hex: odd length hex string";
const internal::ErrorString kErrLength { { reinterpret_cast<const uint8_t*>(kOddLength.data()),
    static_cast<int64_t>(kOddLength.size()) } };

vm::Iface err_length()
{
    return { &internal::kErrorStringItab, const_cast<internal::ErrorString*>(&kErrLength) };
}

string_view bytes_of(vm::Slice s)
{
    return { reinterpret_cast<const char*>(s.ptr), static_cast<size_t>(s.len) };
}

std::string hex_encode(string_view src)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    out.reserve(src.size() * 2);
    for (unsigned char c : src) {
        out += kDigits[c >> 4];
        out += kDigits[c & 15];
    }
    return out;
}

int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Go's hex.Decode: the decoded bytes and the error text ("" for none, "len" for ErrLength).
std::string hex_decode(string_view src, std::string& err)
{
    std::string out;
    size_t i = 1;
    for (; i < src.size(); i += 2) {
        int a = hex_value(src[i - 1]), b = hex_value(src[i]);
        if (a < 0 || b < 0) {
            auto bad = static_cast<unsigned char>(a < 0 ? src[i - 1] : src[i]);
            char buf[64];
            std::snprintf(buf, sizeof buf, "encoding/hex: invalid byte: U+%04X '%c'", bad, bad);
            err = bad < 0x80 && bad >= 0x20 ? std::string(buf) : "";
            if (err.empty()) {
                std::snprintf(buf, sizeof buf, "encoding/hex: invalid byte: U+%04X", bad);
                err = buf;
            }
            return out;
        }
        out += static_cast<char>(a << 4 | b);
    }
    if (src.size() % 2 == 1) {
        if (hex_value(src[i - 1]) < 0) {
            auto bad = static_cast<unsigned char>(src[i - 1]);
            char buf[64];
            std::snprintf(buf, sizeof buf, "encoding/hex: invalid byte: U+%04X '%c'", bad, bad);
            err = buf;
        } else {
            err = "len";
        }
    }
    return out;
}

void set_decode_error(vm::NativeCall& call, int slot, const std::string& err)
{
    if (err.empty())
        internal::set_nil_error(call, slot);
    else if (err == "len")
        call.set_iface(slot, err_length());
    else
        call.set_iface(slot, internal::new_error(call, err));
}

void EncodeToString(vm::NativeCall& call)
{
    call.set_string(0, call.new_string(hex_encode(bytes_of(call.slice_arg(0)))));
}

void Encode(vm::NativeCall& call)
{
    vm::Slice dst = call.slice_arg(0);
    std::string out = hex_encode(bytes_of(call.slice_arg(3)));
    if (static_cast<int64_t>(out.size()) > dst.len) {
        call.panic_runtime_error(
            "index out of range [" + std::to_string(dst.len) + "] with length " + std::to_string(dst.len));
        return;
    }
    std::memcpy(dst.ptr, out.data(), out.size());
    call.set_int(0, static_cast<int64_t>(out.size()));
}

void DecodeString(vm::NativeCall& call)
{
    std::string err;
    std::string out = hex_decode(call.string_arg(0).view(), err);
    vm::Slice bytes = internal::new_bytes(call, out);
    gc::Heap::TempRoot keep(call.heap(), bytes.ptr); // the error may allocate
    set_decode_error(call, 3, err);
    call.set_slice(0, bytes);
}

void Decode(vm::NativeCall& call)
{
    vm::Slice dst = call.slice_arg(0);
    std::string err;
    std::string out = hex_decode(bytes_of(call.slice_arg(3)), err);
    size_t n = std::min(out.size(), static_cast<size_t>(dst.len));
    if (n)
        std::memcpy(dst.ptr, out.data(), n);
    call.set_int(0, static_cast<int64_t>(out.size()));
    set_decode_error(call, 1, err);
}

void EncodedLen(vm::NativeCall& call)
{
    call.set_int(0, call.int_arg(0) * 2);
}

void DecodedLen(vm::NativeCall& call)
{
    call.set_int(0, call.int_arg(0) / 2);
}

// ---- base64 ----

struct Encoding {
    int64_t kind;
};
const Encoding kEncodings[4] = { { 0 }, { 1 }, { 2 }, { 3 } };

bool url_of(int64_t kind)
{
    return kind == 1 || kind == 3;
}
bool padded(int64_t kind)
{
    return kind < 2;
}
const char* alphabet(int64_t kind)
{
    return url_of(kind) ? "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
                        : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
}

int64_t kind_of(vm::NativeCall& call)
{
    auto* e = static_cast<const Encoding*>(call.ptr_arg(0));
    return e ? e->kind : 0;
}

std::string b64_encode(int64_t kind, string_view src)
{
    const char* a = alphabet(kind);
    std::string out;
    size_t i = 0;
    for (; i + 3 <= src.size(); i += 3) {
        uint32_t v = static_cast<uint8_t>(src[i]) << 16 | static_cast<uint8_t>(src[i + 1]) << 8
            | static_cast<uint8_t>(src[i + 2]);
        out += a[v >> 18 & 63];
        out += a[v >> 12 & 63];
        out += a[v >> 6 & 63];
        out += a[v & 63];
    }
    size_t rem = src.size() - i;
    if (rem > 0) {
        uint32_t v = static_cast<uint8_t>(src[i]) << 16;
        if (rem == 2)
            v |= static_cast<uint8_t>(src[i + 1]) << 8;
        out += a[v >> 18 & 63];
        out += a[v >> 12 & 63];
        if (rem == 2)
            out += a[v >> 6 & 63];
        if (padded(kind))
            out.append(rem == 2 ? 1 : 2, '=');
    }
    return out;
}

int64_t b64_encoded_len(int64_t kind, int64_t n)
{
    return padded(kind) ? (n + 2) / 3 * 4 : (n * 8 + 5) / 6;
}

int64_t b64_decoded_len(int64_t kind, int64_t n)
{
    return padded(kind) ? n / 4 * 3 : n * 6 / 8;
}

// Go's decodeQuantum loop; returns the bytes and sets `bad` to the failing input offset (-1: ok).
std::string b64_decode(int64_t kind, string_view src, int64_t& bad)
{
    const char* a = alphabet(kind);
    int8_t map[256];
    std::memset(map, -1, sizeof map);
    for (int i = 0; i < 64; i++)
        map[static_cast<uint8_t>(a[i])] = static_cast<int8_t>(i);
    std::string out;
    bad = -1;
    size_t si = 0;
    while (si < src.size()) {
        uint8_t dbuf[4] = {};
        size_t dlen = 4;
        for (size_t j = 0; j < 4; j++) {
            if (si == src.size()) {
                if (j == 0) {
                    return out;
                }
                if (j == 1 || padded(kind)) {
                    bad = static_cast<int64_t>(si - j);
                    return out;
                }
                dlen = j;
                break;
            }
            char in = src[si];
            si++;
            if (in == '\n' || in == '\r') {
                j--;
                continue;
            }
            int8_t v = map[static_cast<uint8_t>(in)];
            if (v >= 0) {
                dbuf[j] = static_cast<uint8_t>(v);
                continue;
            }
            if (in != '=' || !padded(kind)) {
                bad = static_cast<int64_t>(si - 1);
                return out;
            }
            // padding
            switch (j) {
            case 0:
            case 1:
                bad = static_cast<int64_t>(si - 1);
                return out;
            case 2:
                while (si < src.size() && (src[si] == '\n' || src[si] == '\r'))
                    si++;
                if (si == src.size()) {
                    bad = static_cast<int64_t>(src.size());
                    return out;
                }
                if (src[si] != '=') {
                    bad = static_cast<int64_t>(si - 1);
                    return out;
                }
                si++;
            }
            while (si < src.size() && (src[si] == '\n' || src[si] == '\r'))
                si++;
            if (si < src.size())
                bad = static_cast<int64_t>(si);
            dlen = j;
            break;
        }
        uint32_t val = dbuf[0] << 18 | dbuf[1] << 12 | dbuf[2] << 6 | dbuf[3];
        uint8_t b[3]
            = { static_cast<uint8_t>(val >> 16), static_cast<uint8_t>(val >> 8), static_cast<uint8_t>(val) };
        if (dlen >= 2)
            out += static_cast<char>(b[0]);
        if (dlen >= 3)
            out += static_cast<char>(b[1]);
        if (dlen >= 4)
            out += static_cast<char>(b[2]);
        if (bad >= 0 || dlen < 4)
            return out;
    }
    return out;
}

void set_b64_error(vm::NativeCall& call, int slot, int64_t bad)
{
    if (bad < 0)
        internal::set_nil_error(call, slot);
    else
        call.set_iface(
            slot, internal::new_error(call, "illegal base64 data at input byte " + std::to_string(bad)));
}

void B64EncodeToString(vm::NativeCall& call)
{
    call.set_string(0, call.new_string(b64_encode(kind_of(call), bytes_of(call.slice_arg(1)))));
}

void B64Encode(vm::NativeCall& call)
{
    vm::Slice dst = call.slice_arg(1);
    std::string out = b64_encode(kind_of(call), bytes_of(call.slice_arg(4)));
    if (static_cast<int64_t>(out.size()) > dst.len) {
        call.panic_runtime_error(
            "index out of range [" + std::to_string(dst.len) + "] with length " + std::to_string(dst.len));
        return;
    }
    std::memcpy(dst.ptr, out.data(), out.size());
}

void B64DecodeString(vm::NativeCall& call)
{
    int64_t bad;
    std::string out = b64_decode(kind_of(call), call.string_arg(1).view(), bad);
    vm::Slice bytes = internal::new_bytes(call, out);
    gc::Heap::TempRoot keep(call.heap(), bytes.ptr); // the error may allocate
    set_b64_error(call, 3, bad);
    call.set_slice(0, bytes);
}

void B64Decode(vm::NativeCall& call)
{
    vm::Slice dst = call.slice_arg(1);
    int64_t bad;
    std::string out = b64_decode(kind_of(call), bytes_of(call.slice_arg(4)), bad);
    size_t n = std::min(out.size(), static_cast<size_t>(dst.len));
    if (n)
        std::memcpy(dst.ptr, out.data(), n);
    call.set_int(0, static_cast<int64_t>(n));
    set_b64_error(call, 1, bad);
}

void B64EncodedLen(vm::NativeCall& call)
{
    call.set_int(0, b64_encoded_len(kind_of(call), call.int_arg(1)));
}

void B64DecodedLen(vm::NativeCall& call)
{
    call.set_int(0, b64_decoded_len(kind_of(call), call.int_arg(1)));
}

} // namespace

void init_encoding(vm::Runtime& rt)
{
    const char* names[] = { "encoding/base64.StdEncoding", "encoding/base64.URLEncoding",
        "encoding/base64.RawStdEncoding", "encoding/base64.RawURLEncoding" };
    for (int i = 0; i < 4; i++)
        if (void* slot = internal::global_address(rt, names[i])) {
            const void* p = &kEncodings[i]; // static, outside the heap
            std::memcpy(slot, &p, sizeof p);
        }
    if (void* slot = internal::global_address(rt, "encoding/hex.ErrLength")) {
        vm::Iface e = err_length();
        std::memcpy(slot, &e, sizeof e);
    }
}

} // namespace vitro::stdlib::encoding

namespace vitro::stdlib {

void register_encoding(vm::NativeRegistry& r)
{
    using namespace encoding;
    r.add("encoding/hex.EncodeToString", EncodeToString);
    r.add("encoding/hex.Encode", Encode);
    r.add("encoding/hex.DecodeString", DecodeString);
    r.add("encoding/hex.Decode", Decode);
    r.add("encoding/hex.EncodedLen", EncodedLen);
    r.add("encoding/hex.DecodedLen", DecodedLen);
    r.add("encoding/base64.(*Encoding).EncodeToString", B64EncodeToString);
    r.add("encoding/base64.(*Encoding).Encode", B64Encode);
    r.add("encoding/base64.(*Encoding).DecodeString", B64DecodeString);
    r.add("encoding/base64.(*Encoding).Decode", B64Decode);
    r.add("encoding/base64.(*Encoding).EncodedLen", B64EncodedLen);
    r.add("encoding/base64.(*Encoding).DecodedLen", B64DecodedLen);
}

} // namespace vitro::stdlib
