// stdlib/fmt/methods.h — calling a value's methods from fmt's natives: the Env the formatting
// core runs with in a program (Error/String/GoString of script types and of standard-library
// types whose methods are natives, map iteration), and the general method call that the
// Fprint family uses for io.Writer.Write.
//
// Overview: a method is looked up by name in the dynamic type's method table (gc::Type::methods,
// script methods; `signature` checks the Go signature's spelling, as an interface assertion
// would) and else among the natives registered under Go's symbol name ("pkg.(*T).Name" for a
// pointer type, "pkg.T.Name" for a value, also reached through a pointer). Script methods run
// with vm::Runtime::call_value; their receiver is passed in slot form (a pointer receiver gets
// the pointer; a value receiver reached through a pointer gets the pointee; struct and array
// receivers get a fresh heap copy, since a callee owns its argument boxes).
// Invariants: a panicking method leaves no panic behind: the goroutine's panic state is what it
// was before the call, and the caller gets the panic value printed with %v.
// Concurrency: runs on the calling goroutine; the method may allocate (and so collect) and may
// grow the goroutine stack (NativeCall::args then moves: see rebase in fmt_natives.cpp).
// Go counterpart: src/fmt/print.go (handleMethods, catchPanic), reflect's method calls.
#pragma once

#include "stdlib/fmt/format.h"
#include "vm/value.h"

#include <string>
#include <string_view>

namespace vitro::vm {
class Runtime;
}

namespace vitro::stdlib::fmt {

class RuntimeEnv final : public Env {
public:
    explicit RuntimeEnv(vm::Runtime& rt)
        : m_rt(rt)
    {
    }
    void map_entries(const gc::Type* map_type, const void* map,
        std::vector<std::pair<const void*, const void*>>& out) override;
    MethodCall call_string_method(Value v, std::string_view name, std::string& out) override;
    bool has_string_method(Value v, std::string_view name) override;
    MethodCall call_format(Value v, char32_t verb, Printer& p, std::string& out) override;

    // Calls method `name` of v whose Go signature is spelled `signature` ("func([]uint8) (int,
    // error)") with `args` (slot form, after the receiver) and `nres` result slots. On a panic:
    // with `recover`, `panic_text` is the panic value printed with %v and the goroutine's panic
    // state is restored; without, the panic stays recorded for the native to return with.
    MethodCall call_method(Value v, std::string_view name, std::string_view signature, const vm::Slot* args,
        uint32_t nargs, vm::Slot* results, uint32_t nres, std::string& panic_text, bool recover = true);

private:
    vm::Runtime& m_rt;
};

// The fmt.State a Format method gets (state_natives.cpp): a *fmt.pp object writing into `p`,
// as an interface value in `state`; end_state detaches it when Format returned.
void* new_state(vm::Runtime& rt, Printer* p, vm::Iface& state);
void end_state(void* st);

} // namespace vitro::stdlib::fmt
