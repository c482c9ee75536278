// vm/ops.h — the interpreter's helpers: moving values between slot form and memory form,
// and the out-of-line slow paths (run-time panics, strings, slices, interfaces, print).
//
// Overview: slot form (vm/value.h) widens every scalar to a slot and holds structs and arrays
// as a pointer to their memory; memory form is Go's amd64 layout (gc/type.h). store_value and
// load_value convert between them by type. The slow paths live in vm/ops.cpp, marked cold so
// the dispatch loop keeps its locals in registers; each records a panic in the goroutine and
// returns, and the interpreter then unwinds.
// Go counterpart: runtime/slice.go (growslice), string.go, iface.go, panic.go, print.go.
#pragma once

#include "gc/heap.h"
#include "vm/runtime.h"
#include "vm/value.h"

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>

#define VITRO_COLD [[gnu::cold, gnu::noinline]]

namespace vitro::vm {

// Joins pieces into one string (g++ 12 at -O3 warns falsely on chains of `"lit" + std::string`).
inline std::string concat(std::initializer_list<std::string_view> parts)
{
    std::string out;
    for (std::string_view p : parts)
        out.append(p);
    return out;
}

// Slots a value of type t occupies in slot form.
inline uint32_t slot_count(const gc::Type* t)
{
    switch (t->kind) {
    case gc::Kind::String:
    case gc::Kind::Interface:
    case gc::Kind::Complex128:
    case gc::Kind::Complex64:
        return 2;
    case gc::Kind::Slice:
        return 3;
    default:
        return 1;
    }
}

inline bool is_aggregate(const gc::Type* t)
{
    return t->kind == gc::Kind::Struct || t->kind == gc::Kind::Array;
}

// Writes the slot-form value at src into memory at dst (pointer words through store_ptr).
inline void store_value(void* dst, const gc::Type* t, const Slot* src)
{
    auto* d = static_cast<uint8_t*>(dst);
    switch (t->kind) {
    case gc::Kind::Float32: {
        float f = static_cast<float>(f64_of_slot(src[0]));
        std::memcpy(d, &f, 4);
        return;
    }
    case gc::Kind::Complex64: {
        float f[2] = { static_cast<float>(f64_of_slot(src[0])), static_cast<float>(f64_of_slot(src[1])) };
        std::memcpy(d, f, 8);
        return;
    }
    case gc::Kind::String:
    case gc::Kind::Slice:
    case gc::Kind::Interface:
    case gc::Kind::Pointer:
    case gc::Kind::Map:
    case gc::Kind::Chan:
    case gc::Kind::Func:
    case gc::Kind::UnsafePointer:
        std::memcpy(d, src, t->size); // pointer words: store_ptr is a plain store in this stage
        return;
    case gc::Kind::Struct:
    case gc::Kind::Array:
        if (t->size)
            std::memmove(d, reinterpret_cast<const void*>(src[0]), t->size);
        return;
    default:
        std::memcpy(d, src, t->size); // little-endian: the low bytes of the canonical slot
        return;
    }
}

// Reads a value of type t at src into slot form (structs and arrays: a pointer to src).
inline void load_value(Slot* dst, const gc::Type* t, const void* src)
{
    const auto* s = static_cast<const uint8_t*>(src);
    switch (t->kind) {
    case gc::Kind::Bool:
    case gc::Kind::Uint8:
        dst[0] = *s;
        return;
    case gc::Kind::Int8:
        dst[0] = static_cast<Slot>(static_cast<int64_t>(static_cast<int8_t>(*s)));
        return;
    case gc::Kind::Int16: {
        int16_t v;
        std::memcpy(&v, s, 2);
        dst[0] = static_cast<Slot>(static_cast<int64_t>(v));
        return;
    }
    case gc::Kind::Uint16: {
        uint16_t v;
        std::memcpy(&v, s, 2);
        dst[0] = v;
        return;
    }
    case gc::Kind::Int32: {
        int32_t v;
        std::memcpy(&v, s, 4);
        dst[0] = static_cast<Slot>(static_cast<int64_t>(v));
        return;
    }
    case gc::Kind::Uint32: {
        uint32_t v;
        std::memcpy(&v, s, 4);
        dst[0] = v;
        return;
    }
    case gc::Kind::Float32: {
        float f;
        std::memcpy(&f, s, 4);
        dst[0] = slot_of_f64(f);
        return;
    }
    case gc::Kind::Complex64: {
        float f[2];
        std::memcpy(f, s, 8);
        dst[0] = slot_of_f64(f[0]);
        dst[1] = slot_of_f64(f[1]);
        return;
    }
    case gc::Kind::Struct:
    case gc::Kind::Array:
        dst[0] = reinterpret_cast<Slot>(src);
        return;
    default:
        std::memcpy(dst, s, slot_count(t) * 8);
        return;
    }
}

// Copies a value of type t (typedmemmove; pointer words through store_ptr in later stages).
inline void typed_copy(void* dst, const void* src, const gc::Type* t)
{
    if (dst != src && t->size)
        std::memmove(dst, src, t->size);
}

// The dynamic type of an interface's tab word. An empty interface's tab is the type; a
// non-empty one's is an Itab (the standard library builds them for error values). The
// opcodes do not say which kind of interface an operand is, so the two are told apart by
// shape: an Itab's first two words are pointers (above 4 GiB in every Linux x86-64 process
// layout) and the second points to an interface type, while a Type's first two words are its
// size and ptrdata, which no real type makes that large. (Reported to the lead: a contract
// fix would let the opcodes carry the operand's interface kind.)
inline bool tab_is_itab(const void* tab)
{
    const auto* w = static_cast<const uint64_t*>(tab);
    constexpr uint64_t kBig = uint64_t(1) << 32;
    return w[0] >= kBig && w[1] >= kBig
        && reinterpret_cast<const gc::Type*>(w[1])->kind == gc::Kind::Interface;
}

inline const gc::Type* dynamic_type(const void* tab)
{
    if (!tab)
        return nullptr;
    return tab_is_itab(tab) ? static_cast<const Itab*>(tab)->type : static_cast<const gc::Type*>(tab);
}

// ---- run-time panics (record the panic in g; the interpreter unwinds) ----
VITRO_COLD void panic_runtime(Goroutine& g, std::string message); // "runtime error: " + message
VITRO_COLD void panic_plain(Goroutine& g, std::string message); // runtime.plainError
VITRO_COLD void panic_nil(Goroutine& g);
VITRO_COLD void panic_divide(Goroutine& g);
VITRO_COLD void panic_shift(Goroutine& g);
VITRO_COLD void panic_index(Goroutine& g, int64_t i, int64_t len);
// Bounds failure of a slice expression; kind is Go's boundsErrorCode (1..7).
VITRO_COLD void panic_slice(Goroutine& g, int kind, int64_t x, int64_t y);
VITRO_COLD void panic_value(Goroutine& g, Iface v);

// Go's slice-expression checks; returns false after recording the panic.
// is_slice selects "with capacity" for the cap checks (strings and arrays: "with length").
bool check_slice_bounds(Goroutine& g, bool is_slice, uint32_t flags, const Slot* idx, int64_t len,
    int64_t cap, int64_t& lo, int64_t& hi, int64_t& max);

// ---- slices and strings (may allocate: callers save their frame first) ----
// append(s, n more elements): grows with Go's rule when needed; the new elements are left for
// the caller to write at s.ptr + old_len * elem->size. Returns false after a panic.
VITRO_COLD Slice grow_slice(Runtime& rt, const gc::Type* elem, Slice s, int64_t new_len);
bool make_slice(Runtime& rt, Goroutine& g, const gc::Type* elem, int64_t len, int64_t cap, Slice& out);
String concat_strings(Runtime& rt, const Slot* first, uint32_t count, uint32_t stride);
Slice string_to_bytes(Runtime& rt, String s);
String bytes_to_string(Runtime& rt, Slice b);
Slice string_to_runes(Runtime& rt, String s);
String runes_to_string(Runtime& rt, Slice r);
String rune_to_string(Runtime& rt, int64_t r);
// Decodes one rune of s at byte index i (Go's rules: invalid -> U+FFFD width 1).
void decode_rune(String s, int64_t i, int64_t& rune, int64_t& next);
int encode_rune(uint8_t* out, int64_t r);

// ---- interfaces ----
// Slot-form value R[src..] of type t to an interface data word (boxes non-pointer shapes).
void* box_value(Runtime& rt, const gc::Type* t, const Slot* src);
// a == b for two values of type t in memory; false + panic when uncomparable.
bool equal_values(Goroutine& g, const gc::Type* t, const void* a, const void* b);
bool equal_ifaces(Goroutine& g, Iface a, Iface b);
// x.(T); returns false on mismatch (with a panic recorded when `panics`).
bool assert_type(Goroutine& g, Iface x, const gc::Type* target, Slot* out, bool panics);

// ---- print/println (to stderr, Go's runtime print format) ----
void print_value(Runtime& rt, const gc::Type* t, const Slot* v);
void print_float(std::FILE* to, double v);
// The text panic prints for an interface value (printpanicval).
std::string panic_value_text(Iface v);

} // namespace vitro::vm
