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
// anything else points to a box holding the value.
struct Iface {
    const void* tab;
    void* data;
};

struct Itab {
    const gc::Type* type; // first: so that a tab word can always be read as a Type**
    const gc::Type* iface;
    uint32_t fun[1]; // function indexes of the methods, in the interface's method order (really n)
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
