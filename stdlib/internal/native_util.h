// stdlib/internal/native_util.h — small helpers every package's natives share: result slots for
// `error` values, heap strings and slices, package globals, and Go's append growth.
#pragma once

#include "gc/heap.h"
#include "stdlib/internal/types.h"
#include "vm/native.h"

#include <cstdint>
#include <string_view>

namespace vitro::vm {
struct Goroutine;
}

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

// append(s, bytes...) for a []byte: grows with Go's rule into a new noscan object when the
// capacity is short. `bytes` may point into s or into any memory the caller keeps reachable.
vm::Slice append_bytes(vm::NativeCall& call, vm::Slice s, std::string_view bytes);

// A new []byte holding a copy of `bytes` (capacity rounded up to the size class, as Go's
// []byte(string) conversion does).
vm::Slice new_bytes(vm::NativeCall& call, std::string_view bytes);

// The goroutine a native runs on (for Runtime::call_value).
vm::Goroutine& current_goroutine(vm::NativeCall& call);

// The two ways natives call back into script code. Both re-point call.args afterwards into the
// goroutine's stack, which the callee may have grown (moved); natives must not keep other
// pointers into their argument slots across a callback. False if the callee panicked (g.panic
// is set: return at once).
// Runtime::call_value for natives: calls func value `fn`.
bool call_func(vm::NativeCall& call, const void* fn, const vm::Slot* args, uint32_t nargs, vm::Slot* results,
    uint32_t nres);
// Runtime::call_method for natives: calls entry `index` of the itab of the non-empty interface
// value v (a script method or a native one) with v's data word as the receiver, then `args`
// (slot form). A nil v panics with the nil-dereference error. To call a method by name on a
// value of any type, see call_method_of (stdlib/internal/ifaces.h).
bool call_iface_method(vm::NativeCall& call, vm::Iface v, uint32_t index, const vm::Slot* args,
    uint32_t nargs, vm::Slot* results, uint32_t nres);

// Calls the func value `fn` with one int-shaped argument and one int-shaped result (the
// callbacks of strings.Map/IndexFunc/FieldsFunc, sort.Search...). False if it panicked.
bool call_int_to_int(vm::NativeCall& call, const void* fn, int64_t arg, int64_t& result);

} // namespace vitro::stdlib::internal
