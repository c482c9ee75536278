// stdlib/crypto/sha256/sha256_natives.cpp — Go 1.19's crypto/sha256 (FIPS 180-4 SHA-256).
//
// Sum256 returns its [32]byte in a fresh heap box (aggregates travel as one slot holding a
// pointer). A digest (decl.go: struct{data []byte}) accumulates the written bytes; Sum hashes
// them and appends the 32 bytes to its argument, leaving the digest unchanged, as Go does.
// Concurrency: pure functions on the scheduler thread. Go reference: src/crypto/sha256.
#include "stdlib/internal/io_util.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"

#include <array>
#include <cstring>
#include <string>
#include <string_view>

namespace vitro::stdlib::sha256 {

namespace {

constexpr uint32_t kK[64]
    = { 0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
          0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
          0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
          0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
          0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
          0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
          0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
          0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2 };

uint32_t rotr(uint32_t x, int n)
{
    return (x >> n) | (x << (32 - n));
}

std::array<uint8_t, 32> sum256(std::string_view data)
{
    uint32_t h[8]
        = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
    std::string msg(data);
    uint64_t bits = static_cast<uint64_t>(data.size()) * 8;
    msg += static_cast<char>(0x80);
    while (msg.size() % 64 != 56)
        msg += '\0';
    for (int i = 7; i >= 0; i--)
        msg += static_cast<char>(bits >> (8 * i));
    for (size_t off = 0; off < msg.size(); off += 64) {
        uint32_t w[64];
        for (int i = 0; i < 16; i++) {
            const auto* p = reinterpret_cast<const uint8_t*>(msg.data() + off + 4 * i);
            w[i] = uint32_t { p[0] } << 24 | uint32_t { p[1] } << 16 | uint32_t { p[2] } << 8 | p[3];
        }
        for (int i = 16; i < 64; i++) {
            uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
            uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
        for (int i = 0; i < 64; i++) {
            uint32_t t1 = hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + kK[i] + w[i];
            uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
            hh = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
        h[5] += f;
        h[6] += g;
        h[7] += hh;
    }
    std::array<uint8_t, 32> out;
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 4; j++)
            out[static_cast<size_t>(4 * i + j)] = static_cast<uint8_t>(h[i] >> (24 - 8 * j));
    return out;
}

std::string_view bytes_of(vm::Slice s)
{
    return { reinterpret_cast<const char*>(s.ptr), static_cast<size_t>(s.len) };
}

struct Digest {
    vm::Slice data;
};

constexpr uint64_t kDigestMask = 0x1; // data.ptr
const gc::Type kDigestType = internal::make_struct_type("sha256.digest", sizeof(Digest), 8, &kDigestMask, 0);

Digest* self(vm::NativeCall& call)
{
    auto* d = static_cast<Digest*>(call.ptr_arg(0));
    if (!d)
        call.panic_runtime_error("invalid memory address or nil pointer dereference");
    return d;
}

void Sum256(vm::NativeCall& call)
{
    std::array<uint8_t, 32> sum = sum256(bytes_of(call.slice_arg(0)));
    void* box = call.heap().alloc_noscan(32);
    std::memcpy(box, sum.data(), 32);
    call.set_ptr(0, box);
}

void New(vm::NativeCall& call)
{
    call.set_ptr(0, call.heap().alloc(&kDigestType));
}

void append(vm::NativeCall& call, Digest* d, std::string_view p)
{
    vm::Slice grown = internal::append_bytes(call, d->data, p);
    d->data.len = grown.len;
    d->data.cap = grown.cap;
    gc::store_ptr(reinterpret_cast<void**>(&d->data.ptr), grown.ptr);
}

void Write(vm::NativeCall& call)
{
    Digest* d = self(call);
    if (!d)
        return;
    vm::Slice p = call.slice_arg(1);
    append(call, d, bytes_of(p));
    call.set_int(0, p.len);
    internal::set_nil_error(call, 1);
}

void native_write(vm::NativeCall& call, void* obj, std::string_view data, int64_t& n, vm::Iface& err)
{
    append(call, static_cast<Digest*>(obj), data);
    n = static_cast<int64_t>(data.size());
    err = {};
}

void Sum(vm::NativeCall& call)
{
    Digest* d = self(call);
    if (!d)
        return;
    std::array<uint8_t, 32> sum = sum256(bytes_of(d->data));
    call.set_slice(0,
        internal::append_bytes(call, call.slice_arg(1),
            std::string_view(reinterpret_cast<const char*>(sum.data()), sum.size())));
}

void Reset(vm::NativeCall& call)
{
    if (Digest* d = self(call))
        d->data.len = 0;
}

void Size(vm::NativeCall& call)
{
    call.set_int(0, 32);
}

void BlockSize(vm::NativeCall& call)
{
    call.set_int(0, 64);
}

} // namespace

} // namespace vitro::stdlib::sha256

namespace vitro::stdlib {

void register_sha256(vm::NativeRegistry& r)
{
    using namespace sha256;
    r.add("crypto/sha256.Sum256", Sum256);
    r.add("crypto/sha256.New", New);
    r.add("crypto/sha256.(*digest).Write", Write);
    r.add("crypto/sha256.(*digest).Sum", Sum);
    r.add("crypto/sha256.(*digest).Reset", Reset);
    r.add("crypto/sha256.(*digest).Size", Size);
    r.add("crypto/sha256.(*digest).BlockSize", BlockSize);
    internal::register_native_writer("*sha256.digest", native_write);
}

} // namespace vitro::stdlib
