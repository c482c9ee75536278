// stdlib/internal/native_util.h — small helpers every package's natives share: result slots for
// `error` values, heap strings and slices, package globals, and Go's append growth.
#pragma once

#include "gc/heap.h"
#include "stdlib/internal/types.h"
#include "vm/native.h"

#include <cstdint>
#include <string_view>

namespace vitro::stdlib::internal {

inline void set_nil_error(vm::NativeCall& call, int i)
{
    call.args[i] = 0;
    call.args[i + 1] = 0;
}

// A string header for s. An empty string gets a nil pointer: a substring at the end of its
// backing object would otherwise point one past it (Go's compiler avoids that pointer too).
inline vm::String view_string(std::string_view s)
{
    if (s.empty())
        return { nullptr, 0 };
    return { reinterpret_cast<const uint8_t*>(s.data()), static_cast<int64_t>(s.size()) };
}

// Stores a string header into memory that may be in the heap (the pointer word through the
// write barrier's one home).
inline void store_string(vm::String& dst, vm::String s)
{
    gc::store_ptr(reinterpret_cast<void**>(&dst), const_cast<uint8_t*>(s.ptr));
    dst.len = s.len;
}

// The address of package variable `name` ("os.Stdout") in the running program's globals area,
// or nullptr when the program does not have it.
void* global_address(vm::Runtime& rt, std::string_view name);

// A new error value errors.New(text) (copies text into the heap).
vm::Iface new_error(vm::NativeCall& call, std::string_view text);

// A *strconv.NumError for function `func` (a static name such as "Atoi") parsing `num`
// (script memory, kept by reference as Go does) that failed with `err`.
vm::Iface new_num_error(vm::NativeCall& call, std::string_view func, vm::String num, vm::Iface err);

// Go's growslice capacity rule (src/runtime/slice.go, Go 1.19) for a slice of old_cap elements
// of elem_size bytes that must hold new_len, rounded up to the allocator's size class.
int64_t grow_capacity(int64_t old_cap, int64_t new_len, uint64_t elem_size);

} // namespace vitro::stdlib::internal
