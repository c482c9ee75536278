// gc/type.h — run-time type descriptors, shared by the compiler, the collector, the
// interpreter, fmt (%T, %v) and the profilers (DESIGN.md section 4, last bullet).
//
// Overview: one immutable Type per distinct Go type of a program, created by the compiler
// (lang/compile) into the Module's arena and never freed while the Module lives. The collector
// reads only size, ptrdata and ptrmask; everything else is for the VM and the standard library.
// Layout rules are Go's (amd64): int/uint/uintptr/pointer/map/chan/func 8 bytes, string 16,
// slice 24, interface 16, structs with Go's field alignment and trailing padding, arrays of
// elements back to back. A heap object of type T is exactly T's bytes in that layout.
// Invariants: ptrdata is a multiple of 8 and covers every pointer word; ptrmask has a bit per
// 8-byte word of the first ptrdata bytes (bit i of word i/64 = word i holds a heap pointer or
// nil); ptrdata == 0 means the type has no pointers (its objects live in noscan spans).
// Pointer words are: pointers, maps, chans, funcs, the data word of strings, slices and
// interfaces (word 0 of a string/slice, word 1 of an interface; the interface's type/itab word
// points outside the heap and is not marked).
// Go reference: runtime/type.go (_type, ptrdata, gcdata), reflect.Kind.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace vitro::gc {

// reflect.Kind, in Go's order (the values print with %v of a reflect.Kind one day).
enum class Kind : uint8_t {
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    Array,
    Chan,
    Func,
    Interface,
    Map,
    Pointer,
    Slice,
    String,
    Struct,
    UnsafePointer,
};

struct Type;
struct Method;

struct Field {
    std::string_view name; // "" never: an embedded field has its type's name
    const Type* type;
    uint64_t offset; // bytes from the start of the struct
    bool embedded;
};

// Type flags.
enum TypeFlags : uint8_t {
    kTypeNamed = 1 << 0, // a defined type (main.Node, time.Duration); name is its qualified name
    kTypeComparable = 1 << 1, // == is defined (map keys, interface comparison)
    kTypeDirectIface = 1 << 2, // stored directly in an interface's data word (pointer-shaped)
};

struct Type {
    uint64_t size = 0; // bytes
    uint64_t ptrdata = 0; // bytes of prefix that can contain pointers (0: no pointers)
    const uint64_t* ptrmask = nullptr; // ptrdata/8 bits (see the header comment)
    uint32_t align = 1; // alignment in bytes (1, 2, 4 or 8)
    Kind kind = Kind::Invalid;
    uint8_t flags = 0;
    std::string_view name; // Go's spelling as %T prints it: "int", "main.Node", "[]*main.Node"
    const Type* elem = nullptr; // Pointer, Slice, Array, Chan: element; Map: value
    const Type* key = nullptr; // Map: key type
    uint64_t len = 0; // Array: length; Interface: number of methods (0: an empty interface)
    std::span<const Field> fields; // Struct: fields in declaration order
    std::span<const Method> methods; // Named types: the method set of T (or *T for pointers); interfaces:
                                     // their methods; sorted by name
    const void* extra = nullptr; // kind-specific data owned by vm/ (map bucket layout, func signature...)

    bool has_pointers() const { return ptrdata != 0; }
    bool named() const { return flags & kTypeNamed; }
    bool comparable() const { return flags & kTypeComparable; }
    // Whether 8-byte word i (i < ptrdata/8) holds a pointer.
    bool pointer_word(uint64_t i) const { return (ptrmask[i >> 6] >> (i & 63)) & 1; }
};

// One method of a named type, for itabs and fmt's String()/Error() lookup.
struct Method {
    std::string_view name;
    const Type* mtype; // the method's signature as a Func type (without receiver)
    uint32_t function; // index of the implementation in the Module (vm::Module::functions)
    bool pointer_receiver; // declared on *T
    // The function an itab calls (vm/value.h ItabEntry): it takes the interface's data word as
    // its receiver. Equal to `function` for pointer receivers and pointer-shaped types, else a
    // compiler-generated wrapper (value receivers of boxed types, promoted methods).
    uint32_t iface_function;
};

} // namespace vitro::gc
