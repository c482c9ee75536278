// vm/ops.cpp — the interpreter's out-of-line helpers: run-time panics with Go's texts,
// slice growth, string building and conversion, interface boxing, comparison and assertion.
// (print/println: vm/print.cpp.) See vm/ops.h for the overview.
#include "vm/ops.h"

#include <cstring>

namespace vitro::vm {

// ---- panics ----

void panic_runtime(Goroutine& g, std::string message)
{
    g.panic = PanicState {};
    g.panic.active = true;
    g.panic.runtime_error = true;
    g.panic.message = "runtime error: " + message;
}

void panic_plain(Goroutine& g, std::string message)
{
    g.panic = PanicState {};
    g.panic.active = true;
    g.panic.runtime_error = true;
    g.panic.message = std::move(message);
}

void panic_nil(Goroutine& g)
{
    panic_runtime(g, "invalid memory address or nil pointer dereference");
    g.panic.sigsegv = true;
}

void panic_divide(Goroutine& g)
{
    panic_runtime(g, "integer divide by zero");
}

void panic_shift(Goroutine& g)
{
    panic_runtime(g, "negative shift amount");
}

void panic_index(Goroutine& g, int64_t i, int64_t len)
{
    if (i < 0)
        panic_runtime(g, "index out of range [" + std::to_string(i) + "]");
    else
        panic_runtime(g, "index out of range [" + std::to_string(i) + "] with length " + std::to_string(len));
}

void panic_slice(Goroutine& g, int kind, int64_t x, int64_t y)
{
    // Go's boundsErrorFmts / boundsNegErrorFmts (runtime/error.go), codes 1..7.
    static const char* const kFmts[] = { "", "[:%x] with length %y", "[:%x] with capacity %y", "[%x:%y]",
        "[::%x] with length %y", "[::%x] with capacity %y", "[:%x:%y]", "[%x:%y:]" };
    static const char* const kNegFmts[]
        = { "", "[:%x]", "[:%x]", "[%x:]", "[::%x]", "[::%x]", "[:%x:]", "[%x::]" };
    const char* f = x < 0 ? kNegFmts[kind] : kFmts[kind];
    std::string text = "slice bounds out of range ";
    for (; *f; f++) {
        if (*f != '%') {
            text += *f;
            continue;
        }
        f++;
        text += std::to_string(*f == 'x' ? x : y);
    }
    panic_runtime(g, text);
}

void panic_value(Goroutine& g, Iface v)
{
    g.panic = PanicState {};
    g.panic.active = true;
    g.panic.value = v;
}

bool check_slice_bounds(Goroutine& g, bool is_slice, uint32_t flags, const Slot* idx, int64_t len,
    int64_t cap, int64_t& lo, int64_t& hi, int64_t& max)
{
    lo = (flags & kSliceHasLo) ? static_cast<int64_t>(idx[0]) : 0;
    hi = (flags & kSliceHasHi) ? static_cast<int64_t>(idx[1]) : len;
    bool three = flags & kSliceHasMax;
    max = three ? static_cast<int64_t>(idx[2]) : cap;
    // Go checks in reverse order, each against a bound already known to be non-negative.
    if (three) {
        if (max < 0 || max > cap) {
            panic_slice(g, is_slice ? 5 : 4, max, cap);
            return false;
        }
        if (hi < 0 || hi > max) {
            panic_slice(g, 6, hi, max);
            return false;
        }
        if (lo < 0 || lo > hi) {
            panic_slice(g, 7, lo, hi);
            return false;
        }
        return true;
    }
    if (hi < 0 || hi > cap) {
        panic_slice(g, is_slice ? 2 : 1, hi, cap);
        return false;
    }
    if (lo < 0 || lo > hi) {
        panic_slice(g, 3, lo, hi);
        return false;
    }
    return true;
}

// ---- slices ----

namespace {

// Go's maxAlloc on linux/amd64.
constexpr uint64_t kMaxAlloc = uint64_t(1) << 48;

void* alloc_elems(Runtime& rt, const gc::Type* elem, uint64_t n)
{
    if (!elem)
        return rt.heap().alloc_noscan(n); // []byte from append of a string
    if (!elem->has_pointers()) {
        void* p = rt.heap().alloc_noscan(n * elem->size);
        std::memset(p, 0, n * elem->size);
        return p;
    }
    return rt.heap().alloc_array(elem, n);
}

} // namespace

Slice grow_slice(Runtime& rt, const gc::Type* elem, Slice s, int64_t new_len)
{
    uint64_t size = elem ? elem->size : 1;
    int64_t old_cap = s.cap;
    int64_t new_cap = old_cap;
    if (new_len > 2 * old_cap) {
        new_cap = new_len;
    } else if (old_cap < 256) {
        new_cap = 2 * old_cap;
    } else {
        while (new_cap > 0 && new_cap < new_len)
            new_cap += (new_cap + 3 * 256) / 4;
        if (new_cap <= 0)
            new_cap = new_len;
    }
    uint64_t cap = static_cast<uint64_t>(new_cap);
    if (size == 0) {
        // Zero-size elements: no memory, Go points at zerobase.
        return { s.ptr ? s.ptr : static_cast<uint8_t*>(gc::Heap::zero_base()), s.len, new_len };
    }
    uint64_t bytes = gc::Heap::round_up_size(cap * size);
    cap = bytes / size;
    gc::Heap::TempRoot keep(rt.heap(), s.ptr);
    auto* p = static_cast<uint8_t*>(alloc_elems(rt, elem, cap));
    if (!elem && cap > static_cast<uint64_t>(s.len))
        std::memset(p + s.len, 0, cap - s.len); // noscan bytes come unzeroed
    if (s.len)
        std::memcpy(p, s.ptr, s.len * size);
    return { p, s.len, static_cast<int64_t>(cap) };
}

bool make_slice(Runtime& rt, Goroutine& g, const gc::Type* elem, int64_t len, int64_t cap, Slice& out)
{
    uint64_t size = elem->size;
    auto too_big = [&](int64_t n) { return n < 0 || (size && static_cast<uint64_t>(n) > kMaxAlloc / size); };
    if (too_big(cap) || len > cap || len < 0) {
        if (too_big(len))
            panic_runtime(g, "makeslice: len out of range");
        else
            panic_runtime(g, "makeslice: cap out of range");
        return false;
    }
    if (size == 0) {
        out = { static_cast<uint8_t*>(gc::Heap::zero_base()), len, cap };
        return true;
    }
    auto* p = static_cast<uint8_t*>(alloc_elems(rt, elem, static_cast<uint64_t>(cap)));
    out = { p, len, cap };
    return true;
}

// ---- strings ----

String concat_strings(Runtime& rt, const Slot* first, uint32_t count, uint32_t stride)
{
    uint64_t total = 0;
    uint32_t nonempty = 0;
    const Slot* only = nullptr;
    for (uint32_t i = 0; i < count; i++) {
        const Slot* s = first + i * stride;
        if (s[1]) {
            total += s[1];
            nonempty++;
            only = s;
        }
    }
    if (nonempty == 0)
        return { nullptr, 0 };
    if (nonempty == 1) // Go returns the one non-empty operand without copying
        return { reinterpret_cast<const uint8_t*>(only[0]), static_cast<int64_t>(only[1]) };
    auto* p = static_cast<uint8_t*>(rt.heap().alloc_noscan(total));
    uint64_t at = 0;
    for (uint32_t i = 0; i < count; i++) {
        const Slot* s = first + i * stride;
        if (s[1]) {
            std::memcpy(p + at, reinterpret_cast<const void*>(s[0]), s[1]);
            at += s[1];
        }
    }
    return { p, static_cast<int64_t>(total) };
}

Slice string_to_bytes(Runtime& rt, String s)
{
    uint64_t cap = gc::Heap::round_up_size(static_cast<uint64_t>(s.len));
    if (s.len == 0)
        cap = 0;
    auto* p = cap ? static_cast<uint8_t*>(rt.heap().alloc_noscan(cap)) : nullptr;
    if (s.len)
        std::memcpy(p, s.ptr, s.len);
    if (cap > static_cast<uint64_t>(s.len))
        std::memset(p + s.len, 0, cap - s.len);
    if (!p)
        p = static_cast<uint8_t*>(gc::Heap::zero_base()); // []byte("") is empty, not nil
    return { p, s.len, static_cast<int64_t>(cap) };
}

String bytes_to_string(Runtime& rt, Slice b)
{
    if (b.len == 0)
        return { nullptr, 0 };
    auto* p = static_cast<uint8_t*>(rt.heap().alloc_noscan(b.len));
    std::memcpy(p, b.ptr, b.len);
    return { p, b.len };
}

void decode_rune(String s, int64_t i, int64_t& rune, int64_t& next)
{
    const uint8_t* p = s.ptr + i;
    int64_t n = s.len - i;
    uint8_t c = p[0];
    next = i + 1;
    rune = 0xfffd;
    if (c < 0x80) {
        rune = c;
        return;
    }
    // Go's unicode/utf8 rules: no overlongs, no surrogates, nothing above U+10FFFF.
    auto cont = [&](int k) { return k < n && (p[k] & 0xc0) == 0x80; };
    if (c >= 0xc2 && c <= 0xdf) {
        if (cont(1)) {
            rune = (c & 0x1f) << 6 | (p[1] & 0x3f);
            next = i + 2;
        }
        return;
    }
    if (c >= 0xe0 && c <= 0xef) {
        if (n < 2 || !cont(1))
            return;
        if ((c == 0xe0 && p[1] < 0xa0) || (c == 0xed && p[1] > 0x9f))
            return;
        if (!cont(2))
            return;
        rune = (c & 0x0f) << 12 | (p[1] & 0x3f) << 6 | (p[2] & 0x3f);
        next = i + 3;
        return;
    }
    if (c >= 0xf0 && c <= 0xf4) {
        if (n < 2 || !cont(1))
            return;
        if ((c == 0xf0 && p[1] < 0x90) || (c == 0xf4 && p[1] > 0x8f))
            return;
        if (!cont(2) || !cont(3))
            return;
        rune = (c & 0x07) << 18 | (p[1] & 0x3f) << 12 | (p[2] & 0x3f) << 6 | (p[3] & 0x3f);
        next = i + 4;
    }
}

int encode_rune(uint8_t* out, int64_t r)
{
    if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff))
        r = 0xfffd;
    if (r < 0x80) {
        out[0] = static_cast<uint8_t>(r);
        return 1;
    }
    if (r < 0x800) {
        out[0] = static_cast<uint8_t>(0xc0 | r >> 6);
        out[1] = static_cast<uint8_t>(0x80 | (r & 0x3f));
        return 2;
    }
    if (r < 0x10000) {
        out[0] = static_cast<uint8_t>(0xe0 | r >> 12);
        out[1] = static_cast<uint8_t>(0x80 | ((r >> 6) & 0x3f));
        out[2] = static_cast<uint8_t>(0x80 | (r & 0x3f));
        return 3;
    }
    out[0] = static_cast<uint8_t>(0xf0 | r >> 18);
    out[1] = static_cast<uint8_t>(0x80 | ((r >> 12) & 0x3f));
    out[2] = static_cast<uint8_t>(0x80 | ((r >> 6) & 0x3f));
    out[3] = static_cast<uint8_t>(0x80 | (r & 0x3f));
    return 4;
}

Slice string_to_runes(Runtime& rt, String s)
{
    int64_t n = 0;
    for (int64_t i = 0; i < s.len;) {
        int64_t r, next;
        decode_rune(s, i, r, next);
        i = next;
        n++;
    }
    uint64_t bytes = gc::Heap::round_up_size(static_cast<uint64_t>(n) * 4);
    if (n == 0)
        return { static_cast<uint8_t*>(gc::Heap::zero_base()), 0, 0 };
    auto* p = static_cast<uint8_t*>(rt.heap().alloc_noscan(bytes));
    std::memset(p, 0, bytes);
    int64_t k = 0;
    for (int64_t i = 0; i < s.len; k++) {
        int64_t r, next;
        decode_rune(s, i, r, next);
        auto v = static_cast<int32_t>(r);
        std::memcpy(p + k * 4, &v, 4);
        i = next;
    }
    return { p, n, static_cast<int64_t>(bytes / 4) };
}

String runes_to_string(Runtime& rt, Slice r)
{
    uint8_t tmp[4];
    int64_t total = 0;
    for (int64_t i = 0; i < r.len; i++) {
        int32_t v;
        std::memcpy(&v, r.ptr + i * 4, 4);
        total += encode_rune(tmp, v);
    }
    if (!total)
        return { nullptr, 0 };
    auto* p = static_cast<uint8_t*>(rt.heap().alloc_noscan(total));
    int64_t at = 0;
    for (int64_t i = 0; i < r.len; i++) {
        int32_t v;
        std::memcpy(&v, r.ptr + i * 4, 4);
        at += encode_rune(p + at, v);
    }
    return { p, total };
}

String rune_to_string(Runtime& rt, int64_t r)
{
    uint8_t tmp[4];
    int n = encode_rune(tmp, r);
    auto* p = static_cast<uint8_t*>(rt.heap().alloc_noscan(n));
    std::memcpy(p, tmp, n);
    return { p, n };
}

// ---- interfaces ----

namespace {

// Go's staticuint64s: small integers and single bytes convert to interfaces without allocating.
const uint64_t* static_uint64s()
{
    static uint64_t table[256];
    static bool ready = [] {
        for (int i = 0; i < 256; i++)
            table[i] = static_cast<uint64_t>(i);
        return true;
    }();
    (void)ready;
    return table;
}

alignas(16) const uint8_t kZeroVal[1024] = {};

} // namespace

void* box_value(Runtime& rt, const gc::Type* t, const Slot* src)
{
    if (t->size == 0)
        return const_cast<uint8_t*>(kZeroVal);
    switch (t->kind) {
    case gc::Kind::Bool:
    case gc::Kind::Int8:
    case gc::Kind::Uint8:
        return const_cast<uint64_t*>(&static_uint64s()[src[0] & 0xff]);
    case gc::Kind::Int16:
    case gc::Kind::Int32:
    case gc::Kind::Int64:
    case gc::Kind::Int:
    case gc::Kind::Uint16:
    case gc::Kind::Uint32:
    case gc::Kind::Uint64:
    case gc::Kind::Uint:
    case gc::Kind::Uintptr:
        if (src[0] < 256) // little-endian: the value's low bytes are the table entry's
            return const_cast<uint64_t*>(&static_uint64s()[src[0]]);
        break;
    case gc::Kind::String:
        if (src[1] == 0)
            return const_cast<uint8_t*>(kZeroVal);
        break;
    case gc::Kind::Slice:
        if (src[0] == 0)
            return const_cast<uint8_t*>(kZeroVal);
        break;
    default:
        break;
    }
    void* p = rt.heap().alloc(t);
    store_value(p, t, src);
    return p;
}

bool equal_values(Goroutine& g, const gc::Type* t, const void* a, const void* b)
{
    auto* pa = static_cast<const uint8_t*>(a);
    auto* pb = static_cast<const uint8_t*>(b);
    switch (t->kind) {
    case gc::Kind::Float32: {
        float x, y;
        std::memcpy(&x, a, 4), std::memcpy(&y, b, 4);
        return x == y;
    }
    case gc::Kind::Float64: {
        double x, y;
        std::memcpy(&x, a, 8), std::memcpy(&y, b, 8);
        return x == y;
    }
    case gc::Kind::Complex64: {
        float x[2], y[2];
        std::memcpy(x, a, 8), std::memcpy(y, b, 8);
        return x[0] == y[0] && x[1] == y[1];
    }
    case gc::Kind::Complex128: {
        double x[2], y[2];
        std::memcpy(x, a, 16), std::memcpy(y, b, 16);
        return x[0] == y[0] && x[1] == y[1];
    }
    case gc::Kind::String: {
        auto *x = static_cast<const String*>(a), *y = static_cast<const String*>(b);
        return x->len == y->len && (x->ptr == y->ptr || !x->len || !std::memcmp(x->ptr, y->ptr, x->len));
    }
    case gc::Kind::Interface: {
        // Stored interfaces: compare dynamic types (two itabs of one pair may differ).
        Iface x = *static_cast<const Iface*>(a), y = *static_cast<const Iface*>(b);
        bool nonempty = !t->methods.empty();
        return equal_ifaces(
            g, { dynamic_type(x.tab, nonempty), x.data }, { dynamic_type(y.tab, nonempty), y.data });
    }
    case gc::Kind::Array:
        for (uint64_t i = 0; i < t->len; i++)
            if (!equal_values(g, t->elem, pa + i * t->elem->size, pb + i * t->elem->size))
                return false;
        return true;
    case gc::Kind::Struct:
        for (const gc::Field& f : t->fields)
            if (f.name != "_" && !equal_values(g, f.type, pa + f.offset, pb + f.offset))
                return false;
        return true;
    case gc::Kind::Slice:
    case gc::Kind::Map:
    case gc::Kind::Func:
        panic_runtime(g, "comparing uncomparable type " + std::string(t->name));
        return false;
    default:
        return !std::memcmp(a, b, t->size);
    }
}

bool equal_ifaces(Goroutine& g, Iface a, Iface b)
{
    if (a.tab != b.tab
        && !same_type(static_cast<const gc::Type*>(a.tab), static_cast<const gc::Type*>(b.tab)))
        return false;
    if (!a.tab)
        return true;
    const gc::Type* t = dynamic_type(a.tab, false);
    if (t->flags & gc::kTypeDirectIface)
        return a.data == b.data;
    if (!t->comparable()) {
        panic_runtime(g, "comparing uncomparable type " + std::string(t->name));
        return false;
    }
    return equal_values(g, t, a.data, b.data);
}

} // namespace vitro::vm
