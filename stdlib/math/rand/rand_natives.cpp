// stdlib/math/rand/rand_natives.cpp — math/rand with Go 1.19's generator, so that programs
// print Go's numbers: the top-level functions use a source seeded with 1 (Go 1.19's default)
// until rand.Seed, and rand.New(rand.NewSource(s)) gives Go's sequence for seed s.
//
// The source is Go's additive lagged Fibonacci generator (rngSource: 607 words, tap 273,
// seeded through seedrand and the rngCooked table, rng_cooked.inc). Rand's methods are Go's
// (Int63n/Int31n rejection loops, int31n for Shuffle, Float64's retry, Perm's inside-out
// shuffle). A *rand.Rand made by New holds the Source interface; sources other than the ones
// NewSource returns are called through their Int63 method.
// Layouts (Go's): Rand { src Source; s64 Source64; readVal int64; readPos int8 } (48 bytes).
// NormFloat64/ExpFloat64 use Go's ziggurat tables (ziggurat_tables.inc) and Go's Log/Exp
// (stdlib/math/go_math.h); Read and Zipf are not implemented yet.
// Go reference: src/math/rand/rng.go, rand.go.
#include "stdlib/internal/ifaces.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/math/go_math.h"
#include "stdlib/natives.h"
#include "vm/ops.h"

#include <cstring>
#include <string>
#include <vector>

namespace vitro::stdlib::rand {

namespace {

#include "stdlib/math/rand/rng_cooked.inc"

constexpr int kRngLen = 607;
constexpr int kRngTap = 273;
constexpr int64_t kInt32Max = (int64_t(1) << 31) - 1;

struct RngSource {
    int64_t tap;
    int64_t feed;
    int64_t vec[kRngLen];
};

int32_t seedrand(int32_t x)
{
    constexpr int32_t A = 48271, Q = 44488, R = 3399;
    int32_t hi = x / Q, lo = x % Q;
    x = A * lo - R * hi;
    if (x < 0)
        x += static_cast<int32_t>(kInt32Max);
    return x;
}

void seed(RngSource& rng, int64_t s)
{
    rng.tap = 0;
    rng.feed = kRngLen - kRngTap;
    s = s % kInt32Max;
    if (s < 0)
        s += kInt32Max;
    if (s == 0)
        s = 89482311;
    auto x = static_cast<int32_t>(s);
    for (int i = -20; i < kRngLen; i++) {
        x = seedrand(x);
        if (i >= 0) {
            int64_t u = static_cast<int64_t>(x) << 40;
            x = seedrand(x);
            u ^= static_cast<int64_t>(x) << 20;
            x = seedrand(x);
            u ^= static_cast<int64_t>(x);
            u ^= kRngCooked[i];
            rng.vec[i] = u;
        }
    }
}

uint64_t next_uint64(RngSource& rng)
{
    if (--rng.tap < 0)
        rng.tap += kRngLen;
    if (--rng.feed < 0)
        rng.feed += kRngLen;
    auto x = static_cast<int64_t>(
        static_cast<uint64_t>(rng.vec[rng.feed]) + static_cast<uint64_t>(rng.vec[rng.tap]));
    rng.vec[rng.feed] = x;
    return static_cast<uint64_t>(x);
}

RngSource& global_source()
{
    static RngSource src = [] {
        RngSource s {};
        seed(s, 1);
        return s;
    }();
    return src;
}

const gc::Type kRngSourceType
    = internal::make_struct_type("rand.rngSource", sizeof(RngSource), 0, nullptr, 0);
const gc::Type kRngSourcePtrType = internal::make_pointer_type(&kRngSourceType, "*rand.rngSource");
const gc::Method kSourceMethods[] = { internal::iface_method("Int63"), internal::iface_method("Seed") };
const gc::Type kSourceIface = internal::make_iface_type("rand.Source", kSourceMethods);
// The one method a script Source is called through.
const gc::Method kInt63Methods[] = { internal::iface_method("Int63") };
const gc::Type kInt63Iface = internal::make_iface_type("interface { Int63() int64 }", kInt63Methods);

struct Rand {
    vm::Iface src;
    vm::Iface s64;
    int64_t read_val;
    int8_t read_pos;
};
static_assert(sizeof(Rand) == 48);
constexpr uint64_t kRandMask = 0xF;
const gc::Type kRandType = internal::make_struct_type("rand.Rand", 48, 32, &kRandMask, 0);

// The generator behind a call: the global source, or the *Rand receiver's source. Script
// sources go through their Int63 method (a panic there sets `failed`).
class Gen {
public:
    explicit Gen(vm::NativeCall& call, bool method)
        : m_call(call)
        , m_method(method)
    {
    }

    int64_t int63()
    {
        if (RngSource* s = native())
            return static_cast<int64_t>(next_uint64(*s) & ~(uint64_t(1) << 63));
        return script_int63();
    }

    uint64_t uint64()
    {
        if (RngSource* s = native())
            return next_uint64(*s);
        // A Source without Uint64: Rand.Uint64's two Int63 calls.
        auto a = static_cast<uint64_t>(script_int63());
        auto b = static_cast<uint64_t>(script_int63());
        return a >> 31 | b << 32;
    }

    bool failed = false;

private:
    vm::NativeCall& m_call;
    bool m_method;

    RngSource* native()
    {
        if (!m_method)
            return &global_source();
        const auto* r = static_cast<const Rand*>(m_call.ptr_arg(0));
        if (vm::dynamic_type(r->src.tab, true) == &kRngSourcePtrType)
            return static_cast<RngSource*>(r->src.data);
        return nullptr;
    }

    int64_t script_int63()
    {
        const auto* r = static_cast<const Rand*>(m_call.ptr_arg(0));
        const gc::Type* t = vm::dynamic_type(r->src.tab, true);
        if (!t || failed) {
            failed = true;
            return 0;
        }
        vm::Slot res = 0;
        bool found;
        if (!internal::call_method_of(m_call, t, r->src.data, &kInt63Iface, nullptr, 0, &res, 1, found)
            || !found) {
            failed = true;
            if (!found)
                m_call.panic_runtime_error("invalid memory address or nil pointer dereference");
            return 0;
        }
        return static_cast<int64_t>(res);
    }
};

int64_t int63n(Gen& g, int64_t n)
{
    if ((n & (n - 1)) == 0)
        return g.int63() & (n - 1);
    auto max = static_cast<int64_t>((uint64_t(1) << 63) - 1 - (uint64_t(1) << 63) % static_cast<uint64_t>(n));
    int64_t v = g.int63();
    while (v > max && !g.failed)
        v = g.int63();
    return v % n;
}

int32_t int31(Gen& g)
{
    return static_cast<int32_t>(g.int63() >> 32);
}

int32_t int31n(Gen& g, int32_t n)
{
    if ((n & (n - 1)) == 0)
        return int31(g) & (n - 1);
    auto max = static_cast<int32_t>((uint32_t(1) << 31) - 1 - (uint32_t(1) << 31) % static_cast<uint32_t>(n));
    int32_t v = int31(g);
    while (v > max && !g.failed)
        v = int31(g);
    return v % n;
}

uint32_t uint32(Gen& g)
{
    return static_cast<uint32_t>(g.int63() >> 31);
}

// Shuffle's int31n (Lemire's method).
int32_t int31n_lemire(Gen& g, int32_t n)
{
    uint32_t v = uint32(g);
    uint64_t prod = static_cast<uint64_t>(v) * static_cast<uint64_t>(n);
    auto low = static_cast<uint32_t>(prod);
    if (low < static_cast<uint32_t>(n)) {
        uint32_t thresh = static_cast<uint32_t>(-n) % static_cast<uint32_t>(n);
        while (low < thresh && !g.failed) {
            v = uint32(g);
            prod = static_cast<uint64_t>(v) * static_cast<uint64_t>(n);
            low = static_cast<uint32_t>(prod);
        }
    }
    return static_cast<int32_t>(prod >> 32);
}

int64_t intn(Gen& g, int64_t n)
{
    if (n <= kInt32Max)
        return int31n(g, static_cast<int32_t>(n));
    return int63n(g, n);
}

double float64(Gen& g)
{
    for (;;) {
        double f = static_cast<double>(g.int63()) / 9223372036854775808.0;
        if (f != 1 || g.failed)
            return f;
    }
}

// Argument slot of the first parameter: 1 for methods (after the receiver), else 0.
template <bool M> constexpr int first()
{
    return M ? 1 : 0;
}

// Draws an integer from the global or the receiver's source and returns it, unless the source
// (a script Source) panicked.
template <bool M, class Draw> void int_result(vm::NativeCall& call, Draw draw)
{
    Gen g(call, M);
    auto v = draw(g);
    if (!g.failed)
        call.set_int(0, static_cast<int64_t>(v));
}

// The bound n of Int63n/Int31n/Intn; false (after Go's panic) unless it is positive.
template <bool M> bool positive_bound(vm::NativeCall& call, const char* fn, int64_t& n)
{
    n = call.int_arg(first<M>());
    if (n > 0)
        return true;
    call.panic_message(std::string("invalid argument to ") + fn);
    return false;
}

template <bool M> void Int63(vm::NativeCall& call)
{
    int_result<M>(call, [](Gen& g) { return g.int63(); });
}

template <bool M> void Uint32(vm::NativeCall& call)
{
    int_result<M>(call, [](Gen& g) { return uint32(g); });
}

template <bool M> void Uint64(vm::NativeCall& call)
{
    int_result<M>(call, [](Gen& g) { return g.uint64(); });
}

template <bool M> void Int31(vm::NativeCall& call)
{
    int_result<M>(call, [](Gen& g) { return int31(g); });
}

template <bool M> void Int(vm::NativeCall& call)
{
    int_result<M>(call, [](Gen& g) { return static_cast<uint64_t>(g.int63()) << 1 >> 1; });
}

template <bool M> void Int63n(vm::NativeCall& call)
{
    int64_t n;
    if (positive_bound<M>(call, "Int63n", n))
        int_result<M>(call, [n](Gen& g) { return int63n(g, n); });
}

template <bool M> void Int31n(vm::NativeCall& call)
{
    // Go's Int31n takes an int32: the bound is the argument's low 32 bits.
    auto n32 = static_cast<int32_t>(call.int_arg(first<M>()));
    if (n32 <= 0) {
        call.panic_message("invalid argument to Int31n");
        return;
    }
    int_result<M>(call, [n32](Gen& g) { return int31n(g, n32); });
}

template <bool M> void Intn(vm::NativeCall& call)
{
    int64_t n;
    if (positive_bound<M>(call, "Intn", n))
        int_result<M>(call, [n](Gen& g) { return intn(g, n); });
}

template <bool M> void Float64(vm::NativeCall& call)
{
    Gen g(call, M);
    double f = float64(g);
    if (!g.failed)
        call.set_float(0, f);
}

template <bool M> void Float32(vm::NativeCall& call)
{
    Gen g(call, M);
    for (;;) {
        auto f = static_cast<float>(float64(g));
        if (g.failed)
            return;
        if (f != 1) {
            call.set_float(0, f);
            return;
        }
    }
}

#include "stdlib/math/rand/ziggurat_tables.inc"

// NormFloat64: Go 1.19's ziggurat (Marsaglia-Tsang), float32 tables and arithmetic as in Go.
double norm_float64(Gen& g)
{
    constexpr double kRn = 3.442619855899;
    for (;;) {
        auto j = static_cast<int32_t>(uint32(g)); // possibly negative
        int32_t i = j & 0x7F;
        double x = static_cast<double>(j) * static_cast<double>(k_wn[i]);
        uint32_t abs_j = j < 0 ? static_cast<uint32_t>(-static_cast<int64_t>(j)) : static_cast<uint32_t>(j);
        if (g.failed)
            return 0;
        if (abs_j < k_kn[i])
            return x;
        if (i == 0) {
            for (;;) {
                x = -math::go_log(float64(g)) * (1.0 / kRn);
                double y = -math::go_log(float64(g));
                if (y + y >= x * x || g.failed)
                    break;
            }
            return j > 0 ? kRn + x : -kRn - x;
        }
        float u = static_cast<float>(float64(g));
        if (k_fn[i] + u * (k_fn[i - 1] - k_fn[i]) < static_cast<float>(math::go_exp(-.5 * x * x)))
            return x;
    }
}

// ExpFloat64: the exponential ziggurat.
double exp_float64(Gen& g)
{
    constexpr double kRe = 7.69711747013104972;
    for (;;) {
        uint32_t j = uint32(g);
        uint32_t i = j & 0xFF;
        double x = static_cast<double>(j) * static_cast<double>(k_we[i]);
        if (g.failed)
            return 0;
        if (j < k_ke[i])
            return x;
        if (i == 0)
            return kRe - math::go_log(float64(g));
        float u = static_cast<float>(float64(g));
        if (k_fe[i] + u * (k_fe[i - 1] - k_fe[i]) < static_cast<float>(math::go_exp(-x)))
            return x;
    }
}

template <bool M> void NormFloat64(vm::NativeCall& call)
{
    Gen g(call, M);
    double f = norm_float64(g);
    if (!g.failed)
        call.set_float(0, f);
}

template <bool M> void ExpFloat64(vm::NativeCall& call)
{
    Gen g(call, M);
    double f = exp_float64(g);
    if (!g.failed)
        call.set_float(0, f);
}

template <bool M> void Perm(vm::NativeCall& call)
{
    int64_t n = call.int_arg(first<M>());
    if (n < 0) {
        call.panic_runtime_error("makeslice: len out of range");
        return;
    }
    Gen g(call, M);
    std::vector<int64_t> m(static_cast<size_t>(n));
    for (int64_t i = 0; i < n && !g.failed; i++) {
        int64_t j = intn(g, i + 1);
        m[static_cast<size_t>(i)] = m[static_cast<size_t>(j)];
        m[static_cast<size_t>(j)] = i;
    }
    if (g.failed)
        return;
    void* mem
        = n ? call.heap().alloc_array(&internal::kIntType, static_cast<uint64_t>(n)) : gc::Heap::zero_base();
    if (n)
        std::memcpy(mem, m.data(), static_cast<size_t>(n) * 8);
    call.set_slice(0, { static_cast<uint8_t*>(mem), n, n });
}

template <bool M> void Shuffle(vm::NativeCall& call)
{
    int64_t n = call.int_arg(first<M>());
    if (n < 0) {
        call.panic_message("invalid argument to Shuffle");
        return;
    }
    const void* swap = call.ptr_arg(first<M>() + 1);
    Gen g(call, M);
    int64_t i = n - 1;
    for (; i > kInt32Max - 1; i--) {
        int64_t j = int63n(g, i + 1);
        vm::Slot args[2] = { static_cast<vm::Slot>(i), static_cast<vm::Slot>(j) };
        if (g.failed || !internal::call_func(call, swap, args, 2, nullptr, 0))
            return;
    }
    for (; i > 0; i--) {
        int64_t j = int31n_lemire(g, static_cast<int32_t>(i + 1));
        vm::Slot args[2] = { static_cast<vm::Slot>(i), static_cast<vm::Slot>(j) };
        if (g.failed || !internal::call_func(call, swap, args, 2, nullptr, 0))
            return;
    }
}

void Seed(vm::NativeCall& call)
{
    seed(global_source(), call.int_arg(0));
}

void Rand_Seed(vm::NativeCall& call)
{
    auto* r = static_cast<Rand*>(call.ptr_arg(0));
    if (vm::dynamic_type(r->src.tab, true) == &kRngSourcePtrType)
        seed(*static_cast<RngSource*>(r->src.data), call.int_arg(1));
    r->read_pos = 0;
}

void NewSource(vm::NativeCall& call)
{
    int64_t s = call.int_arg(0);
    auto* src = static_cast<RngSource*>(call.heap().alloc(&kRngSourceType));
    seed(*src, s);
    call.set_iface(0, internal::make_iface(call, &kRngSourcePtrType, &kSourceIface, src));
}

// The methods of *rngSource, for script code calling them through a rand.Source
// (registered under the type's own name, "rand.(*rngSource).Int63", which itabs look up).
void RngSource_Int63(vm::NativeCall& call)
{
    auto* s = static_cast<RngSource*>(call.ptr_arg(0));
    call.set_int(0, static_cast<int64_t>(next_uint64(*s) & ~(uint64_t(1) << 63)));
}

void RngSource_Uint64(vm::NativeCall& call)
{
    call.set_int(0, static_cast<int64_t>(next_uint64(*static_cast<RngSource*>(call.ptr_arg(0)))));
}

void RngSource_Seed(vm::NativeCall& call)
{
    seed(*static_cast<RngSource*>(call.ptr_arg(0)), call.int_arg(1));
}

void New(vm::NativeCall& call)
{
    auto* r = static_cast<Rand*>(call.heap().alloc(&kRandType));
    vm::Iface src = call.iface_arg(0);
    r->src.tab = src.tab;
    gc::store_ptr(&r->src.data, src.data);
    call.set_ptr(0, r);
}

} // namespace

} // namespace vitro::stdlib::rand

namespace vitro::stdlib {

void register_rand(vm::NativeRegistry& r)
{
    using namespace rand;
    r.add("math/rand.Seed", Seed);
    r.add("math/rand.NewSource", NewSource);
    r.add("math/rand.New", New);
    r.add("math/rand.(*Rand).Seed", Rand_Seed);
    r.add("math/rand.(*rngSource).Int63", RngSource_Int63);
    r.add("math/rand.(*rngSource).Uint64", RngSource_Uint64);
    r.add("math/rand.(*rngSource).Seed", RngSource_Seed);
#define VITRO_RAND_FN(name)                                                                                  \
    r.add("math/rand." #name, name<false>);                                                                  \
    r.add("math/rand.(*Rand)." #name, name<true>);
    VITRO_RAND_FN(Int63)
    VITRO_RAND_FN(Uint32)
    VITRO_RAND_FN(Uint64)
    VITRO_RAND_FN(Int31)
    VITRO_RAND_FN(Int)
    VITRO_RAND_FN(Int63n)
    VITRO_RAND_FN(Int31n)
    VITRO_RAND_FN(Intn)
    VITRO_RAND_FN(Float64)
    VITRO_RAND_FN(Float32)
    VITRO_RAND_FN(Perm)
    VITRO_RAND_FN(NormFloat64)
    VITRO_RAND_FN(ExpFloat64)
    VITRO_RAND_FN(Shuffle)
#undef VITRO_RAND_FN
}

} // namespace vitro::stdlib
