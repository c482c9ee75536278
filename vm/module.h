// vm/module.h — the compiled program as plain data: what lang/compile produces and the
// interpreter runs (DESIGN.md sections 1 and 2).
//
// Overview: a Module holds functions (bytecode, frame size, pointer map, line table),
// 64-bit constants, string constants, type descriptors, the layout of the globals area and
// the natives it calls (by name, resolved against the native registry when the program is
// loaded). It has no behaviour beyond lookups; `vitro build -S` prints it (vm/disasm.h) and
// the verifier (vm/verify.h) checks it in dev builds.
// Invariants: everything a Module points to lives in its arena and stays valid while the
// Module lives; type descriptors are unique per Go type (pointer identity = type identity).
// Frame layout (vm/frame.h): a function's slots are R[0..num_slots); its parameters occupy
// R[0..param_slots) on entry and its results are returned in R[0..result_slots).
#pragma once

#include "gc/type.h"
#include "support/arena.h"
#include "vm/bytecode.h"
#include "vm/value.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vitro::vm {

struct LineEntry {
    uint32_t pc; // first code word with this line
    uint32_t line;
};

struct Function {
    std::string name; // Go's symbol as traces print it: "main.main", "main.(*Node).check", "main.f.func1"
    uint32_t param_slots = 0;
    uint32_t result_slots = 0;
    uint32_t num_slots = 0; // frame size in slots (>= params and results); at most 256
    // Bit i: slot i may hold a heap pointer at some point. Such a slot can transiently hold
    // a non-pointer word (a call header, see vm/frame.h): the collector marks only values that
    // point into allocated heap objects. Slots not in the map never hold heap pointers.
    std::vector<uint64_t> ptrmap;
    // Pointer slots above the parameters, zeroed on entry so that the collector never sees
    // stale words from an earlier frame.
    std::vector<uint8_t> zero_on_entry;
    std::vector<Instr> code;
    std::vector<LineEntry> lines; // sorted by pc
    uint32_t decl_line = 0;
    Closure static_closure { this }; // the func value of a top-level function (LOADFUNC)
    uint32_t defer_epilogue = 0; // functions with defers: pc of the epilogue's RUNDEFER (else 0)
    bool defer_thunk = false; // a deferred call's thunk (recover looks through it)
    // A compiler-made wrapper (method value, itab or method-expression forwarder): transparent
    // to recover, as Go's wrapper functions are.
    bool wrapper = false;

    bool slot_is_pointer(uint32_t i) const { return (ptrmap[i >> 6] >> (i & 63)) & 1; }
    uint32_t line_at(uint32_t pc) const; // the source line of code word pc
};

// A native the module calls: "fmt.Println", "strings.(*Builder).WriteString".
struct NativeRef {
    std::string name;
    uint32_t line = 0, col = 0; // first call site, for "not implemented" errors
    // Referenced only by itab entries and method wrappers (a method set, not a call): when the
    // registry lacks it the program still links, and calling it panics.
    bool optional = false;
};

// A package-level variable, for natives that own one (os.Args) and for debugging.
struct GlobalSymbol {
    std::string name; // "main.counter", "os.Args"
    uint64_t offset;
    const gc::Type* type;
};

struct Module {
    std::string file_name; // as given on the command line
    std::string file_path; // absolute, for goroutine traces
    support::Arena arena; // types, string data, ptrmasks
    std::vector<Function*> functions; // allocated in the arena by make_function
    std::vector<uint64_t> constants;
    std::vector<String> strings; // data in the arena (outside the heap)
    std::vector<const gc::Type*> types;
    // Static itabs (vm/value.h) of the program's conversions to non-empty interfaces, in the
    // arena; the linker resolves their native entries.
    std::vector<Itab*> itabs;
    std::vector<NativeRef> natives;
    std::vector<GlobalSymbol> globals;
    uint64_t globals_size = 0; // bytes; the area is zeroed at start
    std::vector<uint64_t> globals_ptrmask; // one bit per 8-byte word of the globals area
    uint32_t init_function = 0; // runs package initialization (init order, then init funcs)
    uint32_t main_function = 0; // main.main

    Function* make_function(); // appended to functions, allocated in the arena
    const GlobalSymbol* find_global(std::string_view name) const;
};

} // namespace vitro::vm
