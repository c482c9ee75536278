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

// The dynamic type of an interface value's tab word: the tab itself for an empty interface, the
// Itab's first word for a non-empty one (vm/value.h). Which one it is comes from the static type
// (an operand flag or type of the instruction, a native's parameter type).
inline const gc::Type* dynamic_type(const void* tab, bool nonempty)
{
    if (!tab)
        return nullptr;
    return nonempty ? static_cast<const Itab*>(tab)->type : static_cast<const gc::Type*>(tab);
}

// The same for a value of interface type `iface` (a gc::Type of kind Interface, whose method
// list is empty exactly for empty interfaces): map keys, struct fields.
inline const gc::Type* dynamic_type_of(const gc::Type* iface, const void* tab)
{
    return dynamic_type(tab, !iface->methods.empty());
}

// Type identity. Descriptors are unique per Go type within the Module, but the standard
// library's static descriptors (stdlib/internal/types.h: *strconv.NumError, *errors.errorString)
// duplicate the Module's for the same types: a standard-library type is identified by its name,
// which is unique for package-level types outside main.
inline bool same_type(const gc::Type* a, const gc::Type* b)
{
    if (a == b)
        return true;
    if (!a || !b || a->kind != b->kind || a->name != b->name || a->size != b->size)
        return false;
    std::string_view n = a->name;
    return n.find('.') != std::string_view::npos && n.find("main.") == std::string_view::npos;
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
// a == b for two empty-interface values (the compiler converts non-empty operands first).
bool equal_ifaces(Goroutine& g, Iface a, Iface b);

// ---- non-empty interfaces (vm/iface.cpp) ----
// x.(target) for x of static interface type `source`: a concrete target gives the value in slot
// form, an interface target the interface (its itab from the cache). Returns false on mismatch,
// with Go's panic recorded when `panics`.
bool assert_type(Runtime& rt, Goroutine& g, Iface x, const gc::Type* source, const gc::Type* target,
    Slot* out, bool panics);
// The itab of dynamic type `dyn` for the non-empty interface `iface` (static or built and cached);
// nullptr when dyn lacks a method, whose name is then left in `missing`.
const Itab* find_itab(Runtime& rt, const gc::Type* dyn, const gc::Type* iface, std::string_view& missing);
// The CALLIFACE slow path: a native method entry. Returns false after a panic.
bool call_native_method(Runtime& rt, Goroutine& g, const ItabEntry& e, Slot* args);

// ---- print/println (to stderr, Go's runtime print format) ----
void print_value(Runtime& rt, const gc::Type* t, const Slot* v);
void print_float(std::FILE* to, double v);
// The text panic prints for an interface value (printpanicval).
std::string panic_value_text(Iface v);

} // namespace vitro::vm
