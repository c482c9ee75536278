// stdlib/sync/atomic/atomic_natives.cpp — sync/atomic's functions and the Bool, Int32, Int64,
// Uint32, Uint64, Uintptr and Value types.
//
// Design: every operation is a C++ atomic on the word (std::atomic_ref), so the code stays
// right when the M:N issue runs goroutines on several threads; on one P they cost what plain
// loads and stores cost. Results are returned in canonical slot form (int32 sign-extended,
// uint32 zero-extended). A nil address panics as Go's nil dereference.
// Go counterpart: sync/atomic/doc.go, type.go, value.go (runtime/internal/atomic).
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"
#include "vm/ops.h"
#include "vm/runtime.h"

#include <atomic>

namespace vitro::stdlib::atomic {

namespace {

template <class T> T* addr_or_panic(vm::NativeCall& call)
{
    auto* p = static_cast<T*>(call.ptr_arg(0));
    if (!p)
        vm::panic_nil(call.goroutine());
    return p;
}

template <class T> vm::Slot slot_of(T v)
{
    if constexpr (std::is_signed_v<T>)
        return static_cast<vm::Slot>(static_cast<int64_t>(v));
    else
        return static_cast<vm::Slot>(static_cast<uint64_t>(v));
}

template <class T> void Add(vm::NativeCall& call)
{
    if (T* p = addr_or_panic<T>(call)) {
        T delta = static_cast<T>(call.args[1]);
        call.args[0] = slot_of<T>(std::atomic_ref<T>(*p).fetch_add(delta) + delta);
    }
}

template <class T> void CompareAndSwap(vm::NativeCall& call)
{
    if (T* p = addr_or_panic<T>(call)) {
        T old = static_cast<T>(call.args[1]);
        call.args[0] = std::atomic_ref<T>(*p).compare_exchange_strong(old, static_cast<T>(call.args[2]));
    }
}

template <class T> void Load(vm::NativeCall& call)
{
    if (T* p = addr_or_panic<T>(call))
        call.args[0] = slot_of<T>(std::atomic_ref<T>(*p).load());
}

template <class T> void Store(vm::NativeCall& call)
{
    if (T* p = addr_or_panic<T>(call))
        std::atomic_ref<T>(*p).store(static_cast<T>(call.args[1]));
}

template <class T> void Swap(vm::NativeCall& call)
{
    if (T* p = addr_or_panic<T>(call))
        call.args[0] = slot_of<T>(std::atomic_ref<T>(*p).exchange(static_cast<T>(call.args[1])));
}

// Bool holds a uint32; its slot form is 0/1.
void Bool_Load(vm::NativeCall& call)
{
    if (auto* p = addr_or_panic<uint32_t>(call))
        call.args[0] = std::atomic_ref<uint32_t>(*p).load() != 0;
}

void Bool_Store(vm::NativeCall& call)
{
    if (auto* p = addr_or_panic<uint32_t>(call))
        std::atomic_ref<uint32_t>(*p).store(call.args[1] != 0);
}

void Bool_Swap(vm::NativeCall& call)
{
    if (auto* p = addr_or_panic<uint32_t>(call))
        call.args[0] = std::atomic_ref<uint32_t>(*p).exchange(call.args[1] != 0) != 0;
}

void Bool_CompareAndSwap(vm::NativeCall& call)
{
    if (auto* p = addr_or_panic<uint32_t>(call)) {
        uint32_t old = call.args[1] != 0;
        call.args[0] = std::atomic_ref<uint32_t>(*p).compare_exchange_strong(old, call.args[2] != 0);
    }
}

// Value: an interface word pair; every stored value must have the first one's type.
bool value_check(vm::NativeCall& call, vm::Iface* v, vm::Iface x, const char* op)
{
    if (!x.tab) {
        call.panic_message(std::string("sync/atomic: ") + op + " of nil value into Value");
        return false;
    }
    if (v->tab && vm::dynamic_type(v->tab, false) != vm::dynamic_type(x.tab, false)) {
        call.panic_message(std::string("sync/atomic: ") + op + " of inconsistently typed value into Value");
        return false;
    }
    return true;
}

void Value_Load(vm::NativeCall& call)
{
    if (auto* v = addr_or_panic<vm::Iface>(call))
        call.set_iface(0, *v);
}

void Value_Store(vm::NativeCall& call)
{
    auto* v = addr_or_panic<vm::Iface>(call);
    vm::Iface x = call.iface_arg(1);
    if (!v || !value_check(call, v, x, "store"))
        return;
    v->tab = x.tab;
    gc::store_ptr(&v->data, x.data);
}

void Value_Swap(vm::NativeCall& call)
{
    auto* v = addr_or_panic<vm::Iface>(call);
    vm::Iface x = call.iface_arg(1);
    if (!v || !value_check(call, v, x, "swap"))
        return;
    vm::Iface old = *v;
    v->tab = x.tab;
    gc::store_ptr(&v->data, x.data);
    call.set_iface(0, old);
}

void Value_CompareAndSwap(vm::NativeCall& call)
{
    auto* v = addr_or_panic<vm::Iface>(call);
    vm::Iface old = call.iface_arg(1);
    vm::Iface x = call.iface_arg(3);
    if (!v || !value_check(call, v, x, "compare and swap"))
        return;
    bool eq = vm::equal_ifaces(call.goroutine(), *v, old);
    if (call.goroutine().panic.active)
        return;
    if (eq) {
        v->tab = x.tab;
        gc::store_ptr(&v->data, x.data);
    }
    call.args[0] = eq;
}

template <class T> void add_type(vm::NativeRegistry& r, const std::string& fn, const std::string& type)
{
    r.add("sync/atomic.Add" + fn, Add<T>);
    r.add("sync/atomic.CompareAndSwap" + fn, CompareAndSwap<T>);
    r.add("sync/atomic.Load" + fn, Load<T>);
    r.add("sync/atomic.Store" + fn, Store<T>);
    r.add("sync/atomic.Swap" + fn, Swap<T>);
    std::string m = "sync/atomic.(*" + type + ").";
    r.add(m + "Add", Add<T>);
    r.add(m + "CompareAndSwap", CompareAndSwap<T>);
    r.add(m + "Load", Load<T>);
    r.add(m + "Store", Store<T>);
    r.add(m + "Swap", Swap<T>);
}

} // namespace

} // namespace vitro::stdlib::atomic

namespace vitro::stdlib {

void register_atomic(vm::NativeRegistry& r)
{
    using namespace atomic;
    add_type<int32_t>(r, "Int32", "Int32");
    add_type<int64_t>(r, "Int64", "Int64");
    add_type<uint32_t>(r, "Uint32", "Uint32");
    add_type<uint64_t>(r, "Uint64", "Uint64");
    add_type<uint64_t>(r, "Uintptr", "Uintptr");
    r.add("sync/atomic.(*Bool).Load", Bool_Load);
    r.add("sync/atomic.(*Bool).Store", Bool_Store);
    r.add("sync/atomic.(*Bool).Swap", Bool_Swap);
    r.add("sync/atomic.(*Bool).CompareAndSwap", Bool_CompareAndSwap);
    r.add("sync/atomic.(*Value).Load", Value_Load);
    r.add("sync/atomic.(*Value).Store", Value_Store);
    r.add("sync/atomic.(*Value).Swap", Value_Swap);
    r.add("sync/atomic.(*Value).CompareAndSwap", Value_CompareAndSwap);
}

} // namespace vitro::stdlib
