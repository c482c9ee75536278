// stdlib/math/bits/bits_natives.cpp — package math/bits (Go 1.19): counting, rotation,
// reversal and multi-word arithmetic on unsigned integers of 8 to 64 bits (uint is 64 bits).
//
// Arguments arrive zero-extended in their slots; each function works on the low `bits` bits.
// Div panics with Go's run-time errors (integer divide by zero, integer overflow).
// Go reference: src/math/bits/bits.go.
#include "stdlib/natives.h"

#include <bit>
#include <cstdint>
#include <string>

namespace vitro::stdlib::bits {

namespace {

uint64_t u(vm::NativeCall& call, int i)
{
    return static_cast<uint64_t>(call.int_arg(i));
}

void set_u(vm::NativeCall& call, int i, uint64_t v)
{
    call.set_int(i, static_cast<int64_t>(v));
}

template <int W> uint64_t mask(uint64_t x)
{
    return W == 64 ? x : x & ((uint64_t(1) << W) - 1);
}

template <int W> void LeadingZeros(vm::NativeCall& call)
{
    call.set_int(0, std::countl_zero(mask<W>(u(call, 0))) - (64 - W));
}

template <int W> void TrailingZeros(vm::NativeCall& call)
{
    uint64_t x = mask<W>(u(call, 0));
    call.set_int(0, x == 0 ? W : std::countr_zero(x));
}

template <int W> void OnesCount(vm::NativeCall& call)
{
    call.set_int(0, std::popcount(mask<W>(u(call, 0))));
}

template <int W> void Len(vm::NativeCall& call)
{
    call.set_int(0, 64 - std::countl_zero(mask<W>(u(call, 0))));
}

template <int W> void RotateLeft(vm::NativeCall& call)
{
    uint64_t x = mask<W>(u(call, 0));
    int64_t k = call.int_arg(1);
    unsigned s = static_cast<unsigned>(k & (W - 1));
    uint64_t r = s == 0 ? x : mask<W>((x << s) | (x >> (W - s)));
    set_u(call, 0, r);
}

template <int W> void Reverse(vm::NativeCall& call)
{
    uint64_t x = mask<W>(u(call, 0)), r = 0;
    for (int i = 0; i < W; i++)
        r |= ((x >> i) & 1) << (W - 1 - i);
    set_u(call, 0, r);
}

template <int W> void ReverseBytes(vm::NativeCall& call)
{
    uint64_t x = mask<W>(u(call, 0)), r = 0;
    for (int i = 0; i < W / 8; i++)
        r |= ((x >> (8 * i)) & 0xFF) << (W - 8 - 8 * i);
    set_u(call, 0, r);
}

template <int W> void Add(vm::NativeCall& call)
{
    uint64_t x = u(call, 0), y = u(call, 1), c = u(call, 2);
    if constexpr (W == 64) {
        uint64_t sum = x + y + c;
        set_u(call, 0, sum);
        set_u(call, 1, ((x & y) | ((x | y) & ~sum)) >> 63);
    } else {
        uint64_t sum = x + y + c;
        set_u(call, 0, mask<32>(sum));
        set_u(call, 1, sum >> 32);
    }
}

template <int W> void Sub(vm::NativeCall& call)
{
    uint64_t x = u(call, 0), y = u(call, 1), b = u(call, 2);
    uint64_t diff = mask<W>(x - y - b);
    set_u(call, 0, diff);
    set_u(call, 1, (((~x & y) | (~(x ^ y) & diff)) >> (W - 1)) & 1);
}

template <int W> void Mul(vm::NativeCall& call)
{
    if constexpr (W == 64) {
        unsigned __int128 p = static_cast<unsigned __int128>(u(call, 0)) * u(call, 1);
        set_u(call, 0, static_cast<uint64_t>(p >> 64));
        set_u(call, 1, static_cast<uint64_t>(p));
    } else {
        uint64_t p = mask<32>(u(call, 0)) * mask<32>(u(call, 1));
        set_u(call, 0, p >> 32);
        set_u(call, 1, mask<32>(p));
    }
}

template <int W> void Div(vm::NativeCall& call)
{
    uint64_t hi = mask<W>(u(call, 0)), lo = mask<W>(u(call, 1)), y = mask<W>(u(call, 2));
    if (y == 0) {
        call.panic_runtime_error("integer divide by zero");
        return;
    }
    if (y <= hi) {
        call.panic_runtime_error("integer overflow");
        return;
    }
    unsigned __int128 n = (static_cast<unsigned __int128>(hi) << W) | lo;
    set_u(call, 0, static_cast<uint64_t>(n / y));
    set_u(call, 1, static_cast<uint64_t>(n % y));
}

template <int W> void Rem(vm::NativeCall& call)
{
    uint64_t hi = mask<W>(u(call, 0)), lo = mask<W>(u(call, 1)), y = mask<W>(u(call, 2));
    if (y == 0) {
        call.panic_runtime_error("integer divide by zero");
        return;
    }
    unsigned __int128 n = ((static_cast<unsigned __int128>(hi % y)) << W) | lo;
    set_u(call, 0, static_cast<uint64_t>(n % y));
}

} // namespace

} // namespace vitro::stdlib::bits

namespace vitro::stdlib {

void register_bits(vm::NativeRegistry& r)
{
    using namespace bits;
    auto sized
        = [&](const char* base, vm::NativeFn f8, vm::NativeFn f16, vm::NativeFn f32, vm::NativeFn f64) {
              std::string b = std::string("math/bits.") + base;
              r.add(b, f64);
              if (f8)
                  r.add(b + "8", f8);
              r.add(b + "16", f16);
              r.add(b + "32", f32);
              r.add(b + "64", f64);
          };
    sized("LeadingZeros", LeadingZeros<8>, LeadingZeros<16>, LeadingZeros<32>, LeadingZeros<64>);
    sized("TrailingZeros", TrailingZeros<8>, TrailingZeros<16>, TrailingZeros<32>, TrailingZeros<64>);
    sized("OnesCount", OnesCount<8>, OnesCount<16>, OnesCount<32>, OnesCount<64>);
    sized("Len", Len<8>, Len<16>, Len<32>, Len<64>);
    sized("RotateLeft", RotateLeft<8>, RotateLeft<16>, RotateLeft<32>, RotateLeft<64>);
    sized("Reverse", Reverse<8>, Reverse<16>, Reverse<32>, Reverse<64>);
    r.add("math/bits.ReverseBytes", ReverseBytes<64>);
    r.add("math/bits.ReverseBytes16", ReverseBytes<16>);
    r.add("math/bits.ReverseBytes32", ReverseBytes<32>);
    r.add("math/bits.ReverseBytes64", ReverseBytes<64>);
    struct Wide {
        const char* name;
        vm::NativeFn f32, f64;
    };
    const Wide wide[] = { { "Add", Add<32>, Add<64> }, { "Sub", Sub<32>, Sub<64> },
        { "Mul", Mul<32>, Mul<64> }, { "Div", Div<32>, Div<64> }, { "Rem", Rem<32>, Rem<64> } };
    for (const Wide& w : wide) {
        std::string b = std::string("math/bits.") + w.name;
        r.add(b, w.f64);
        r.add(b + "32", w.f32);
        r.add(b + "64", w.f64);
    }
}

} // namespace vitro::stdlib
