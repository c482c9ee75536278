// stdlib/runtime/debug/debug_natives.cpp — runtime/debug beyond SetGCPercent and FreeOSMemory
// (those are in stdlib/runtime/runtime_natives.cpp): SetMemoryLimit, SetMaxStack,
// SetMaxThreads, SetPanicOnFault, SetTraceback, Stack and PrintStack.
//
// The settings are recorded and their previous values returned with Go's defaults
// (memory limit math.MaxInt64, max stack 1,000,000,000 bytes, 10,000 threads); the collector
// does not enforce a soft memory limit yet and vitro has no threads to cap. Stack/PrintStack
// write vitro's goroutine trace (Runtime::print_trace), whose frames are the program's own
// (Go would also list runtime/debug.Stack itself).
// Single goroutine at a time (one P): the settings are plain statics.
// Go reference: src/runtime/debug/garbage.go, stack.go, src/runtime/mgcpacer.go (memoryLimit).
#include "stdlib/natives.h"
#include "vm/runtime.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>

namespace vitro::stdlib::debug {

namespace {

int64_t g_memory_limit = std::numeric_limits<int64_t>::max();
int64_t g_max_stack = 1000000000;
int64_t g_max_threads = 10000;
bool g_panic_on_fault = false;

void SetMemoryLimit(vm::NativeCall& call)
{
    int64_t limit = call.int_arg(0);
    int64_t prev = g_memory_limit;
    if (limit >= 0)
        g_memory_limit = limit;
    call.set_int(0, prev);
}

void SetMaxStack(vm::NativeCall& call)
{
    int64_t prev = g_max_stack;
    g_max_stack = call.int_arg(0);
    call.set_int(0, prev);
}

void SetMaxThreads(vm::NativeCall& call)
{
    int64_t prev = g_max_threads;
    g_max_threads = call.int_arg(0);
    call.set_int(0, prev);
}

void SetPanicOnFault(vm::NativeCall& call)
{
    bool prev = g_panic_on_fault;
    g_panic_on_fault = call.int_arg(0) & 0xFF;
    call.set_int(0, prev);
}

void SetTraceback(vm::NativeCall&) { }

void PrintStack(vm::NativeCall& call)
{
    vm::Runtime& rt = call.runtime();
    rt.flush_out();
    rt.print_trace(rt.current(), stderr);
    std::fflush(stderr);
}

void Stack(vm::NativeCall& call)
{
    vm::Runtime& rt = call.runtime();
    char* data = nullptr;
    size_t size = 0;
    std::FILE* mem = open_memstream(&data, &size);
    if (mem) {
        rt.print_trace(rt.current(), mem);
        std::fclose(mem);
    }
    std::string_view text(data ? data : "", size);
    vm::String s = call.new_string(text);
    std::free(data);
    // []byte(string): the heap string's bytes become the slice (never written by Go code
    // before the caller owns them).
    call.set_slice(0, { const_cast<uint8_t*>(s.ptr), s.len, s.len });
}

} // namespace

} // namespace vitro::stdlib::debug

namespace vitro::stdlib {

void register_debug(vm::NativeRegistry& r)
{
    using namespace debug;
    r.add("runtime/debug.SetMemoryLimit", SetMemoryLimit);
    r.add("runtime/debug.SetMaxStack", SetMaxStack);
    r.add("runtime/debug.SetMaxThreads", SetMaxThreads);
    r.add("runtime/debug.SetPanicOnFault", SetPanicOnFault);
    r.add("runtime/debug.SetTraceback", SetTraceback);
    r.add("runtime/debug.PrintStack", PrintStack);
    r.add("runtime/debug.Stack", Stack);
}

} // namespace vitro::stdlib
