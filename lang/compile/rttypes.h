// lang/compile/rttypes.h — run-time type descriptors (gc::Type) for the checker's types.
//
// Overview: TypeTable turns a types::Type into the unique gc::Type of the Module (pointer
// identity = type identity, as gc/type.h requires): named types are keyed by their
// declaration, the others structurally. Layouts follow Go on amd64 (sizes, alignment, field
// offsets, the one byte of padding after a final zero-size field), ptrdata and ptrmask mark
// the pointer words, names are what %T prints ("main.Node", "[]*main.Node", "interface {}").
// Method tables are filled by the compiler (set_methods) once function indexes are known.
// Also here: slot counts and pointer words of the slot form of a type (vm/value.h).
#pragma once

#include "gc/type.h"
#include "lang/types/types.h"
#include "vm/module.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace vitro::lang::codegen {

struct Layout {
    uint64_t size = 0;
    uint32_t align = 1;
};

// Go's amd64 size and alignment.
Layout layout_of(const types::Type* t);
// The byte offset of field i of a struct type (underlying Struct).
uint64_t field_offset(const types::Struct* s, size_t i);
// Slots of the slot form: 2 for strings and interfaces, 3 for slices, 0 for an empty tuple,
// the sum for tuples, 1 otherwise (structs and arrays are box pointers).
int slot_count(const types::Type* t);
// Whether slot i of the slot form may hold a heap pointer.
bool slot_is_pointer(const types::Type* t, int i);
// For untyped constants: the default type (int, float64, string, bool, rune = int32).
const types::Type* default_type(const types::Type* t);

class TypeTable {
public:
    explicit TypeTable(vm::Module& m)
        : m_module(m)
    {
    }
    // The descriptor of `t` (created on first use) and its index in Module::types.
    const gc::Type* get(const types::Type* t);
    uint32_t index(const types::Type* t);
    uint32_t index_of(const gc::Type* t);
    // [n]elem for a synthesized array (variadic arguments, slice literals).
    const gc::Type* array_of(const types::Type* elem, int64_t n);
    // The descriptor of a closure object with `words` captured words (closure.cpp).
    uint32_t closure_type(uint32_t words);
    // A func type descriptor by name (method signatures).
    const gc::Type* func_type(const types::Signature* sig);
    // Every Named type seen so far (the compiler fills their method tables).
    const std::vector<const types::Named*>& named_types() const { return m_named; }
    void set_methods(const types::Type* t, std::vector<gc::Method> methods);
    // Every interface type seen so far (their descriptors list their methods: iface.cpp).
    const std::vector<const types::Type*>& interface_types() const { return m_ifaces; }

private:
    std::string key(const types::Type* t);
    gc::Type* make(const types::Type* t);
    void fill_ptrmask(gc::Type* g, const types::Type* t);

    vm::Module& m_module;
    std::unordered_map<std::string, gc::Type*> m_by_key;
    std::unordered_map<const gc::Type*, uint32_t> m_index;
    std::vector<const types::Named*> m_named;
    std::vector<const types::Type*> m_ifaces;
};

// Go's spelling of a type as the runtime prints it (%T, panics).
std::string rt_name(const types::Type* t);

} // namespace vitro::lang::codegen
