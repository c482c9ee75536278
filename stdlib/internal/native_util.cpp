// stdlib/internal/native_util.cpp — helpers shared by the natives (see native_util.h).
#include "stdlib/internal/native_util.h"

#include "vm/module.h"
#include "vm/runtime.h"

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

} // namespace vitro::stdlib::internal
