// lang/compile/compile.h — the code generator: a checked Package to a vm::Module.
//
// Overview: one pass over each function body emits register bytecode (vm/opcodes.def).
//  - Registers. Parameters occupy R[0..param_slots) (vm/frame.h); every other local gets a
//    fixed slot when its declaration runs and keeps it until its block ends; temporaries are
//    allocated stack-wise above the locals (Lua's `freereg`) and released when the expression
//    or statement that needed them is done. A slot may be reused by a later local of another
//    type; Function::ptrmap marks every slot that may ever hold a heap pointer (a pointer slot
//    can transiently hold a call header or an integer, which the collector tolerates) and
//    zero_on_entry lists the pointer slots above the parameters.
//  - Values in slots (vm/value.h): integers canonical 64-bit (EXT_* after arithmetic on
//    narrow types), float32 rounded with ROUND_F32, strings 2 slots, slices 3, interfaces 2.
//    Struct and array values are pointers to boxes. A box is owned by exactly one variable:
//    `var v T` allocates one each time the declaration runs (NEW), binding or assigning a
//    value copies it (COPY / BOX), passing a value copies it into a fresh box, and a returned
//    value is always a fresh box. Expressions that already produce a fresh box (composite
//    literals, call results) are bound without a copy. `&v` of such a variable is its box.
//    A scalar local whose address is taken (`&x`, or a pointer-method call on it) lives in a
//    heap cell; its slot holds the cell's address.
//  - Calls: a window at the top of the registers in use: R[A-3..A-1] stay free for the
//    callee's header, arguments go to R[A..], results come back in R[A..]. Imported package
//    functions and methods are CALLNATIVE with Module::natives names such as "fmt.Println",
//    "strings.(*Builder).WriteString" or "time.Time.Sub"; a variadic ...T parameter receives a
//    slice built from a fresh [n]T array (NEW, stores, SLICEHDR).
//  - Control flow: loops test at the top and end with LOOP (the back-edge safepoint);
//    conditions use the fused compare-and-branch opcodes where the operands allow it.
//  - Types: one gc::Type per distinct Go type (lang/compile/rttypes.h), in Go's amd64 layout,
//    with ptrdata/ptrmask, %T names, fields, and method tables for named types.
//  - Line table: every statement and every expression that may panic or call records its
//    line, so panics and traces print Go's lines. Function names are Go's symbols
//    ("main.main", "main.(*Node).check", "main.Point.String").
//  - Package initialization: Module::init_function stores the package-level initializers in
//    Package::init_order, then calls the init funcs in source order.
//  - Closures (closure.cpp): variables captured by a function literal live in heap cells (or
//    their boxes); a closure object holds their addresses; a literal reads them through its
//    closure context R[param_slots]. Method values and imported functions used as values get
//    wrapper functions ("main.T.M-fm"); interface, promoted and imported method expressions
//    are forwarders compiled from a synthetic call (methodval.cpp).
//  - Evaluation order (order.cpp): within a statement, calls run before plain operands are
//    read, as gc orders them (`fmt.Println(c.n, c.Inc())` prints the new c.n).
//  - defer/recover (defer.cpp): deferred calls are thunk closures on the goroutine's defer
//    list; a function with defers returns through an epilogue (RUNDEFER, results, RET) that a
//    panic also enters (vm/panic.cpp).
// Unsupported constructs get `vitro: <construct> is not supported yet` at their position and
// compile() returns nullptr; no partial module escapes.
// Invariants: never crashes on a checked package; a returned Module verifies.
// Go counterpart: cmd/compile/internal/ssagen (walk + ssa), far simpler: no SSA, no inlining.
#pragma once

#include "lang/types/package.h"
#include "support/diagnostics.h"
#include "support/source.h"
#include "vm/module.h"

#include <memory>

namespace vitro::lang {

// Compiles a checked `package main`. Returns nullptr (with diagnostics) when something in
// the program is outside what the code generator supports yet.
std::unique_ptr<vm::Module> compile(
    types::Package* pkg, const support::SourceFile& file, support::Diagnostics& diags);

} // namespace vitro::lang
