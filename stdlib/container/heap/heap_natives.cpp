// stdlib/container/heap/heap_natives.cpp — container/heap's Init, Push, Pop, Remove and Fix.
//
// The heap.Interface argument is a non-empty interface value (its tab an Itab whose interface
// lists Len, Less, Pop, Push, Swap sorted by name). Its methods are called through the itab's
// entries (internal::call_iface_method: script methods on top of this native's frame, natives
// directly), so the program's own Push/Pop/Less/Swap run exactly as Go's heap calls them: up
// and down are Go 1.19's, and the sequence of method calls is the same. A panicking method
// ends the native at once (the interpreter raises the panic in the caller).
// Go reference: src/container/heap/heap.go.
#include "stdlib/internal/ifaces.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"
#include "vm/runtime.h"

#include <string_view>

namespace vitro::stdlib::container_heap {

namespace {

// Thrown out of the heap algorithms when a method panicked (caught at the native's top).
struct MethodPanicked { };

class Heap {
public:
    Heap(vm::NativeCall& call, vm::Iface h)
        : m_call(call)
        , m_h(h)
    {
        const auto* tab = static_cast<const vm::Itab*>(h.tab);
        const gc::Type* iface = tab->iface;
        for (uint32_t i = 0; i < iface->methods.size(); i++) {
            std::string_view n = iface->methods[i].name;
            if (n == "Len")
                m_len = i;
            else if (n == "Less")
                m_less = i;
            else if (n == "Pop")
                m_pop = i;
            else if (n == "Push")
                m_push = i;
            else if (n == "Swap")
                m_swap = i;
        }
    }

    int64_t len()
    {
        vm::Slot out = 0;
        call(m_len, nullptr, 0, &out, 1);
        return static_cast<int64_t>(out);
    }
    bool less(int64_t i, int64_t j)
    {
        vm::Slot args[2] = { static_cast<vm::Slot>(i), static_cast<vm::Slot>(j) }, out = 0;
        call(m_less, args, 2, &out, 1);
        return (out & 0xFF) != 0;
    }
    void swap(int64_t i, int64_t j)
    {
        vm::Slot args[2] = { static_cast<vm::Slot>(i), static_cast<vm::Slot>(j) };
        call(m_swap, args, 2, nullptr, 0);
    }
    void push(vm::Iface x)
    {
        vm::Slot args[2] = { reinterpret_cast<vm::Slot>(x.tab), reinterpret_cast<vm::Slot>(x.data) };
        call(m_push, args, 2, nullptr, 0);
    }
    vm::Iface pop()
    {
        vm::Slot out[2] = {};
        call(m_pop, nullptr, 0, out, 2);
        return { reinterpret_cast<const void*>(out[0]), reinterpret_cast<void*>(out[1]) };
    }

    void up(int64_t j)
    {
        for (;;) {
            int64_t i = (j - 1) / 2; // parent
            if (i == j || !less(j, i))
                break;
            swap(i, j);
            j = i;
        }
    }
    bool down(int64_t i0, int64_t n)
    {
        int64_t i = i0;
        for (;;) {
            int64_t j1 = 2 * i + 1;
            if (j1 >= n || j1 < 0)
                break;
            int64_t j = j1; // left child
            if (int64_t j2 = j1 + 1; j2 < n && less(j2, j1))
                j = j2; // right child
            if (!less(j, i))
                break;
            swap(i, j);
            i = j;
        }
        return i > i0;
    }

private:
    void call(uint32_t index, const vm::Slot* args, uint32_t nargs, vm::Slot* results, uint32_t nres)
    {
        if (!internal::call_iface_method(m_call, m_h, index, args, nargs, results, nres))
            throw MethodPanicked {};
    }

    vm::NativeCall& m_call;
    vm::Iface m_h;
    uint32_t m_len = 0, m_less = 1, m_pop = 2, m_push = 3, m_swap = 4;
};

// Runs body(heap) for the heap.Interface in slots 0..1; false if h is nil (the nil-dereference
// panic is recorded) or a method panicked.
template <typename Body> bool with_heap(vm::NativeCall& call, Body body)
{
    vm::Iface h = call.iface_arg(0);
    if (!h.tab) {
        call.panic_runtime_error("invalid memory address or nil pointer dereference");
        return false;
    }
    try {
        Heap heap(call, h);
        body(heap);
    } catch (const MethodPanicked&) {
        return false;
    }
    return true;
}

void Init(vm::NativeCall& call)
{
    with_heap(call, [](Heap& h) {
        int64_t n = h.len();
        for (int64_t i = n / 2 - 1; i >= 0; i--)
            h.down(i, n);
    });
}

void Push(vm::NativeCall& call)
{
    vm::Iface x = call.iface_arg(2);
    with_heap(call, [&](Heap& h) {
        h.push(x);
        h.up(h.len() - 1);
    });
}

void Pop(vm::NativeCall& call)
{
    vm::Iface result {};
    if (with_heap(call, [&](Heap& h) {
            int64_t n = h.len() - 1;
            h.swap(0, n);
            h.down(0, n);
            result = h.pop();
        }))
        call.set_iface(0, result);
}

void Remove(vm::NativeCall& call)
{
    int64_t i = call.int_arg(2);
    vm::Iface result {};
    if (with_heap(call, [&](Heap& h) {
            int64_t n = h.len() - 1;
            if (n != i) {
                h.swap(i, n);
                if (!h.down(i, n))
                    h.up(i);
            }
            result = h.pop();
        }))
        call.set_iface(0, result);
}

void Fix(vm::NativeCall& call)
{
    int64_t i = call.int_arg(2);
    with_heap(call, [&](Heap& h) {
        if (!h.down(i, h.len()))
            h.up(i);
    });
}

} // namespace

} // namespace vitro::stdlib::container_heap

namespace vitro::stdlib {

void register_container_heap(vm::NativeRegistry& r)
{
    using namespace container_heap;
    r.add("container/heap.Init", Init);
    r.add("container/heap.Push", Push);
    r.add("container/heap.Pop", Pop);
    r.add("container/heap.Remove", Remove);
    r.add("container/heap.Fix", Fix);
}

} // namespace vitro::stdlib
