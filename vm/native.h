// vm/native.h — the interface between the interpreter and natives (stdlib's C++ functions).
//
// A native is `void fn(NativeCall&)`. Its arguments are in the caller's slots in slot form
// (vm/value.h: a string takes 2 slots, a slice 3, an interface 2, a struct or array argument is
// a pointer to a box the native must not keep); it writes its results back from args[0] in
// slot form. Natives run on the calling goroutine. A blocking native (sync, time) parks it
// with NativeCall::park: when the native returns, the interpreter leaves the goroutine; on
// resumption it either runs the native again (retry: Mutex.Lock tries again) or continues
// after the call with whatever results the waker wrote at slot_offset() of its stack. They never throw: a
// run-time panic is raised with NativeCall::panic_*, which records it and returns; the interpreter raises it
// when the native returns. Memory comes from the heap (gc/heap.h); a native that allocates more than once
// must keep its earlier allocations reachable (gc::Heap::TempRoot) because any allocation may collect.
// Natives are registered by name ("fmt.Println", "strings.(*Builder).WriteString") in a
// NativeRegistry; the program's module refers to them by name and is linked at load time.
#pragma once

#include "vm/value.h"

#include <cstdio>
#include <map>
#include <string>
#include <string_view>

namespace vitro::gc {
class Heap;
}

namespace vitro::vm {

class Runtime;
struct Goroutine;
struct Module;

class NativeCall {
public:
    NativeCall(Runtime& rt, Slot* slots)
        : m_rt(rt)
        , args(slots)
    {
    }
    Runtime& runtime() { return m_rt; }
    gc::Heap& heap();
    const Module& module();
    std::FILE* out(); // the program's stdout (buffered; flushed at exit and before stderr writes)

    // Argument accessors (slot index i; multi-slot values start at i).
    int64_t int_arg(int i) const { return static_cast<int64_t>(args[i]); }
    double float_arg(int i) const { return f64_of_slot(args[i]); }
    String string_arg(int i) const
    {
        return { reinterpret_cast<const uint8_t*>(args[i]), static_cast<int64_t>(args[i + 1]) };
    }
    Slice slice_arg(int i) const
    {
        return { reinterpret_cast<uint8_t*>(args[i]), static_cast<int64_t>(args[i + 1]),
            static_cast<int64_t>(args[i + 2]) };
    }
    void* ptr_arg(int i) const { return reinterpret_cast<void*>(args[i]); }
    Iface iface_arg(int i) const
    {
        return { reinterpret_cast<const void*>(args[i]), reinterpret_cast<void*>(args[i + 1]) };
    }

    void set_int(int i, int64_t v) { args[i] = static_cast<Slot>(v); }
    void set_float(int i, double v) { args[i] = slot_of_f64(v); }
    void set_ptr(int i, const void* p) { args[i] = reinterpret_cast<Slot>(p); }
    void set_string(int i, String s)
    {
        args[i] = reinterpret_cast<Slot>(s.ptr), args[i + 1] = static_cast<Slot>(s.len);
    }
    void set_slice(int i, Slice s)
    {
        args[i] = reinterpret_cast<Slot>(s.ptr), args[i + 1] = static_cast<Slot>(s.len),
        args[i + 2] = static_cast<Slot>(s.cap);
    }
    void set_iface(int i, Iface v)
    {
        args[i] = reinterpret_cast<Slot>(v.tab), args[i + 1] = reinterpret_cast<Slot>(v.data);
    }

    // A heap string holding a copy of `text` (empty text allocates nothing).
    String new_string(std::string_view text);

    // Run-time panics, raised when the native returns.
    void panic_runtime_error(std::string_view message); // "runtime error: " + message, as a runtime.Error
    void panic_value(Iface value); // panic(value); value in empty-interface form (tab = Type*)
    void panic_message(std::string_view text); // panic(errors.New(text))-like string panic
    void exit(int code); // os.Exit: flush stdout and end the process with `code`

    // Blocking natives (see the header comment). `reason` is Go's wait reason ("sync.Mutex.Lock",
    // "semacquire", "sleep"); it must be a string literal.
    void park(const char* reason, bool retry);
    void yield(); // runtime.Gosched: back to the tail of the run queue
    // The goroutine running this native, and where args live in its stack (for wakers).
    Goroutine& goroutine();
    uint64_t slot_offset();

private:
    Runtime& m_rt;

public:
    Slot* args;
};

// NativeFn is declared in vm/value.h (itab entries name natives).

class NativeRegistry {
public:
    // A native of a nested package ("crypto/sha256.(*digest).Write") is also found under its
    // package's last path element ("sha256.(*digest).Write"): type names spell packages that way,
    // and itabs and fmt look methods up by type name.
    void add(std::string name, NativeFn fn)
    {
        size_t dot = name.find('.');
        size_t slash = name.rfind('/', dot);
        if (dot != std::string::npos && slash != std::string::npos)
            m_fns.emplace(name.substr(slash + 1), fn); // an explicit registration wins
        m_fns[std::move(name)] = fn;
    }
    NativeFn find(std::string_view name) const
    {
        auto it = m_fns.find(name);
        return it == m_fns.end() ? nullptr : it->second;
    }

private:
    std::map<std::string, NativeFn, std::less<>> m_fns;
};

} // namespace vitro::vm
