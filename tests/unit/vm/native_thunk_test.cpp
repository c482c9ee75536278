// tests/unit/vm/native_thunk_test.cpp — Runtime::native_thunk: func values made by natives,
// called by value from script code, reading the words their closure captured.
#include "vm/runtime.h"
#include "vm_test_util.h"

#include <catch2/catch.hpp>

using namespace vitro;
using namespace vitro::test;

namespace {

// func(x int) int { return x + captured } with the collector running inside the call: the
// closure in the thunk's frame (R[param_slots]) must survive it.
void add_captured(vm::NativeCall& call)
{
    auto* closure = reinterpret_cast<const vm::Slot*>(call.args[1]);
    call.runtime().heap().collect(true);
    call.set_int(0, call.int_arg(0) + static_cast<int64_t>(closure[1]));
}

} // namespace

TEST_CASE("native thunks are func values that script code calls by value", "[vm][native_thunk]")
{
    auto m = new_module();
    // main.apply(f func(int) int, x int) int { return f(x) }
    vm::Function* apply = add_function(*m, "main.apply", 2, 1, 8,
        { encode_abc(Op::MOVE, 5, 1, 0), encode_abc(Op::CALLFUNC, 5, 0, 0), encode_abc(Op::RET, 5, 1, 0) });
    apply->ptrmap[0] |= 1;
    vm::Runtime rt(*m, gc::Options {});
    vm::NativeRegistry registry;
    std::string error;
    REQUIRE(rt.link(registry, error));

    const vm::Function* thunk = rt.native_thunk("test.adder.func1", add_captured, 1, 1);
    CHECK(rt.native_thunk("test.adder.func1", add_captured, 1, 1) == thunk); // one per name
    CHECK(thunk->name == "test.adder.func1");
    CHECK(thunk->num_slots == 2);
    CHECK(thunk->slot_is_pointer(1));

    for (int64_t addend : { 10, 1000 }) {
        vm::Closure* f = rt.new_native_closure(thunk, 1);
        CHECK(f->fn == thunk);
        reinterpret_cast<vm::Slot*>(f)[1] = static_cast<vm::Slot>(addend);
        vm::Slot args[2] = { reinterpret_cast<vm::Slot>(f), 5 };
        vm::Slot result = 0;
        rt.call(apply, args, 2, &result, 1);
        CHECK(static_cast<int64_t>(result) == 5 + addend);
    }
}
