// tests/unit/vm/iface_test.cpp — non-empty interfaces: run-time itabs and CALLIFACE dispatch to
// script methods and native methods, on hand-assembled modules.
#include "vm/native.h"
#include "vm/ops.h"
#include "vm_test_util.h"

#include <catch2/catch.hpp>
#include <cstddef>

namespace vitro::test {

namespace {

// The native method used below: returns its receiver's first word plus 1000.
void native_get(vm::NativeCall& call)
{
    call.set_int(0, *static_cast<const int64_t*>(call.ptr_arg(0)) + 1000);
}

} // namespace

TEST_CASE("itabs are built from method tables, cached, and CALLIFACE dispatches", "[vm][iface]")
{
    auto m = new_module();
    // main.(*T).Get: R0 = receiver (the data word), returns *R0.
    vm::Function* get = add_function(
        *m, "main.(*T).Get", 1, 1, 1, { encode_abc(Op::LOAD_64, 0, 0, 0), encode_abc(Op::RET, 0, 1, 0) });
    auto get_index = static_cast<uint32_t>(m->functions.size() - 1);
    // caller(tab, data): CALLIFACE method 0 of the interface in R0..R1 with the window at R5.
    vm::Function* caller = add_function(
        *m, "main.caller", 2, 1, 8, { encode_abc(Op::CALLIFACE, 5, 0, 0), encode_abc(Op::RET, 5, 1, 0) });

    gc::Type elem = make_scalar_type(gc::Kind::Int, 8, "main.T");
    gc::Type ptr = make_scalar_type(gc::Kind::Pointer, 8, "*main.T");
    ptr.flags |= gc::kTypeDirectIface;
    ptr.elem = &elem;
    gc::Method ptr_methods[1] = { { "Get", nullptr, get_index, true, get_index } };
    ptr.methods = ptr_methods;
    gc::Type iface = make_scalar_type(gc::Kind::Interface, 16, "main.Getter");
    gc::Method iface_methods[1] = { { "Get", nullptr, UINT32_MAX, false, UINT32_MAX } };
    iface.methods = iface_methods;
    gc::Type other = make_scalar_type(gc::Kind::Int, 8, "main.Other");

    vm::Runtime rt(*m, gc::Options {});
    std::string_view missing;
    const vm::Itab* tab = vm::find_itab(rt, &ptr, &iface, missing);
    REQUIRE(tab);
    CHECK(tab->type == &ptr);
    CHECK(tab->iface == &iface);
    CHECK(tab->nfun == 1);
    CHECK(tab->fun[0].fn == get);
    CHECK(vm::find_itab(rt, &ptr, &iface, missing) == tab); // cached
    CHECK(vm::find_itab(rt, &other, &iface, missing) == nullptr);
    CHECK(missing == "Get");

    int64_t value = 42;
    vm::Slot args[2] = { reinterpret_cast<vm::Slot>(tab), reinterpret_cast<vm::Slot>(&value) };
    vm::Slot res = 0;
    rt.call(caller, args, 2, &res, 1);
    CHECK(res == 42);

    // A native method entry (how the standard library's static itabs name their methods).
    size_t bytes = offsetof(vm::Itab, fun) + sizeof(vm::ItabEntry);
    alignas(vm::Itab) unsigned char storage[sizeof(vm::Itab) + sizeof(vm::ItabEntry)] = {};
    REQUIRE(bytes <= sizeof storage);
    auto* native_tab = reinterpret_cast<vm::Itab*>(storage);
    native_tab->type = &ptr;
    native_tab->iface = &iface;
    native_tab->nfun = 1;
    native_tab->fun[0] = { nullptr, native_get, vm::kNoNative };
    args[0] = reinterpret_cast<vm::Slot>(native_tab);
    rt.call(caller, args, 2, &res, 1);
    CHECK(res == 1042);
}

TEST_CASE("a method call on a nil non-empty interface is Go's nil dereference", "[vm][iface]")
{
    auto r = run_in_child([] {
        auto m = new_module();
        vm::Function* caller = add_function(
            *m, "main.caller", 2, 1, 8, { encode_abc(Op::CALLIFACE, 5, 0, 0), encode_abc(Op::RET, 5, 1, 0) });
        vm::Runtime rt(*m, gc::Options {});
        vm::Slot args[2] = { 0, 0 };
        vm::Slot res = 0;
        rt.call(caller, args, 2, &res, 1);
    });
    CHECK(r.status == 2);
    CHECK(r.err.rfind("panic: runtime error: invalid memory address or nil pointer dereference\n", 0) == 0);
}

} // namespace vitro::test
