// vm/value.h — how Go values look in frame slots and in memory (DESIGN.md section 3).
//
// A slot is 8 untagged bytes; the compiler knows what each holds. In memory (heap objects,
// globals, boxes) values use Go's amd64 layout (gc/type.h). The structs below are that layout
// for the multi-word values; a value in consecutive slots has the same words in the same order,
// so a string in R[x..x+1] can be read as a String.
#pragma once

#include "gc/type.h"

#include <cstdint>
#include <cstring>
#include <string_view>

namespace vitro::vm {

struct Function;

using Slot = uint64_t;

struct String {
    const uint8_t* ptr; // heap (noscan), module data, or nullptr when len == 0
    int64_t len;
    std::string_view view() const { return { reinterpret_cast<const char*>(ptr), static_cast<size_t>(len) }; }
};

struct Slice {
    uint8_t* ptr; // may point inside its backing array; nullptr for a nil slice
    int64_t len;
    int64_t cap;
};

// An interface value. For an empty interface (any) `tab` is the dynamic type's descriptor;
// for a non-empty interface it is an Itab (whose first word is that descriptor). A nil
// interface has tab == nullptr. `data` holds pointer-shaped values (kTypeDirectIface) directly,
// anything else points to a box holding the value. Which of the two a tab word is follows
// from the static type only: bytecode says it (ASSERT's source type, IFACE_TYPE's flag...),
// natives know their parameter types (an io.Writer or error argument carries an Itab, an `any`
// argument a Type*), and a gc::Type of kind Interface lists its methods (sorted by name), so
// `t->methods.empty()` tells the two apart for values stored in memory (fields, map keys).
struct Iface {
    const void* tab;
    void* data;
};

class NativeCall;
using NativeFn = void (*)(NativeCall&);

inline constexpr uint32_t kNoNative = UINT32_MAX;

// One method of an itab. The receiver convention of every entry is the same: the interface's
// data word is the first argument slot (a pointer for pointer receivers and for boxed values,
// the value itself for pointer-shaped types), then the method's arguments in slot form.
// Script methods whose receiver is not that word (value receivers of boxed types, methods
// promoted through embedded fields) are reached through compiler-generated wrappers. A native
// method ("strings.(*Builder).WriteString", "errors.(*errorString).Error") is called with the
// native ABI (vm/native.h) on the same slots.
struct ItabEntry {
    const Function* fn; // script method or wrapper; nullptr for a native method
    NativeFn native; // the native method when fn is nullptr (resolved at link time)
    uint32_t native_index; // Module::natives index the linker resolves into `native`, or kNoNative
};

// An interface table: the dynamic type, the (non-empty) interface type and one entry per
// interface method, in the interface descriptor's method order (sorted by name). Static itabs
// come from the compiler (Module::itabs) and the standard library (stdlib/internal/types.h);
// interface-to-interface conversions and assertions build them at run time (vm/iface.cpp),
// cached per (type, interface) pair and never freed. Natives that receive a non-empty
// interface read the dynamic type as `static_cast<const Itab*>(tab)->type` and call its
// methods with Runtime::call_method(g, v, index, ...) (index: the method's position in the
// interface's name-sorted method list, e.g. sort.Interface: Len 0, Less 1, Swap 2).
struct Itab {
    const gc::Type* type; // first: so that a tab word can always be read as a Type**
    const gc::Type* iface;
    uint64_t nfun;
    ItabEntry fun[1]; // really nfun entries
};

// A func value is a pointer to a Closure: the function, then captured variables (issue 4).
// Top-level functions use static closures in module data (outside the heap).
struct Closure {
    const Function* fn;
};

inline Slot slot_of_f64(double d)
{
    Slot s;
    std::memcpy(&s, &d, 8);
    return s;
}
inline double f64_of_slot(Slot s)
{
    double d;
    std::memcpy(&d, &s, 8);
    return d;
}

} // namespace vitro::vm
