// stdlib/internal/native_util.cpp — helpers shared by the natives (see native_util.h).
#include "stdlib/internal/native_util.h"

#include "vm/module.h"
#include "vm/ops.h"
#include "vm/runtime.h"

#include <cstring>
#include <vector>

namespace vitro::stdlib::internal {

void* global_address(vm::Runtime& rt, std::string_view name)
{
    const vm::GlobalSymbol* g = rt.module().find_global(name);
    return g ? rt.globals() + g->offset : nullptr;
}

vm::Iface new_error(vm::NativeCall& call, std::string_view text)
{
    vm::String s = call.new_string(text);
    gc::Heap::TempRoot keep(call.heap(), s.ptr);
    auto* e = static_cast<ErrorString*>(call.heap().alloc(&kErrorStringType));
    store_string(e->s, s);
    return { &kErrorStringItab, e };
}

vm::Iface new_num_error(vm::NativeCall& call, std::string_view func, vm::String num, vm::Iface err)
{
    auto* e = static_cast<NumError*>(call.heap().alloc(&kNumErrorType));
    e->func = view_string(func); // static data, outside the heap
    store_string(e->num, num);
    e->err.tab = err.tab;
    gc::store_ptr(&e->err.data, err.data);
    return { &kNumErrorItab, e };
}

int64_t grow_capacity(int64_t old_cap, int64_t new_len, uint64_t elem_size)
{
    int64_t new_cap = old_cap;
    int64_t double_cap = new_cap + new_cap;
    if (new_len > double_cap) {
        new_cap = new_len;
    } else {
        constexpr int64_t kThreshold = 256;
        if (old_cap < kThreshold) {
            new_cap = double_cap;
        } else {
            // From 2x for small slices towards 1.25x for large ones.
            while (0 < new_cap && new_cap < new_len)
                new_cap += (new_cap + 3 * kThreshold) / 4;
            if (new_cap <= 0)
                new_cap = new_len;
        }
    }
    if (elem_size == 0)
        return new_cap;
    uint64_t bytes = gc::Heap::round_up_size(static_cast<uint64_t>(new_cap) * elem_size);
    return static_cast<int64_t>(bytes / elem_size);
}

vm::Slice append_bytes(vm::NativeCall& call, vm::Slice s, std::string_view bytes)
{
    auto n = static_cast<int64_t>(bytes.size());
    if (n == 0)
        return s;
    if (s.len + n <= s.cap) {
        std::memmove(s.ptr + s.len, bytes.data(), bytes.size());
        s.len += n;
        return s;
    }
    int64_t cap = grow_capacity(s.cap, s.len + n, 1);
    auto* mem = static_cast<uint8_t*>(call.heap().alloc_noscan(static_cast<uint64_t>(cap)));
    if (s.len > 0)
        std::memcpy(mem, s.ptr, static_cast<size_t>(s.len));
    std::memcpy(mem + s.len, bytes.data(), bytes.size());
    return { mem, s.len + n, cap };
}

vm::Slice new_bytes(vm::NativeCall& call, std::string_view bytes)
{
    if (bytes.empty())
        return { static_cast<uint8_t*>(gc::Heap::zero_base()), 0, 0 };
    auto cap = static_cast<int64_t>(gc::Heap::round_up_size(bytes.size()));
    auto* mem = static_cast<uint8_t*>(call.heap().alloc_noscan(static_cast<uint64_t>(cap)));
    std::memcpy(mem, bytes.data(), bytes.size());
    return { mem, static_cast<int64_t>(bytes.size()), cap };
}

vm::Goroutine& current_goroutine(vm::NativeCall& call)
{
    return call.runtime().current();
}

namespace {

// Runs `callback` (a call into script code on the current goroutine) and then re-points
// call.args into the goroutine's stack if they were in it: the callee may have grown (moved)
// the stack. A native called by another native with slots outside the stack keeps them.
template <typename Callback> bool keeping_args(vm::NativeCall& call, Callback callback)
{
    vm::Runtime& rt = call.runtime();
    vm::Goroutine& g = rt.current();
    bool in_stack = call.args >= g.stack && call.args < g.stack + g.stack_slots;
    ptrdiff_t offset = call.args - g.stack;
    bool ok = callback(rt, g);
    if (in_stack)
        call.args = g.stack + offset;
    return ok;
}

} // namespace

bool call_func(vm::NativeCall& call, const void* fn, const vm::Slot* args, uint32_t nargs, vm::Slot* results,
    uint32_t nres)
{
    return keeping_args(call, [&](vm::Runtime& rt, vm::Goroutine& g) {
        return rt.call_value(g, static_cast<const vm::Closure*>(fn), args, nargs, results, nres);
    });
}

bool call_iface_method(vm::NativeCall& call, vm::Iface v, uint32_t index, const vm::Slot* args,
    uint32_t nargs, vm::Slot* results, uint32_t nres)
{
    return keeping_args(call, [&](vm::Runtime& rt, vm::Goroutine& g) {
        return rt.call_method(g, v, index, args, nargs, results, nres);
    });
}

bool call_int_to_int(vm::NativeCall& call, const void* fn, int64_t arg, int64_t& result)
{
    vm::Slot in = static_cast<vm::Slot>(arg), out = 0;
    if (!call_func(call, fn, &in, 1, &out, 1))
        return false;
    result = static_cast<int64_t>(out);
    return true;
}

} // namespace vitro::stdlib::internal
