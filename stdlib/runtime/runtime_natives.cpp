// stdlib/runtime/runtime_natives.cpp — runtime and runtime/debug: GC, ReadMemStats,
// NumGoroutine, GOMAXPROCS, NumCPU, Gosched, Goexit, KeepAlive; debug.SetGCPercent,
// FreeOSMemory.
//
// ReadMemStats fills the script's runtime.MemStats (Go's layout, mirrored by MemStatsGo) from
// gc::Heap::read_mem_stats. NumGoroutine counts the scheduler's live goroutines; Gosched
// yields to the tail of the run queue; Goexit unwinds the goroutine (vm/panic.cpp).
// Goroutines run on one P in this stage, so GOMAXPROCS reports (and keeps) 1.
// Go reference: src/runtime/mstats.go (MemStats, ReadMemStats), src/runtime/debug.go.
#include "gc/heap.h"
#include "stdlib/natives.h"
#include "vm/runtime.h"
#include "vm/sched.h"

#include <cstddef>
#include <memory>
#include <sched.h>
#include <thread>

namespace vitro::stdlib::runtime {

namespace {

struct BySizeGo {
    uint32_t size;
    uint64_t mallocs;
    uint64_t frees;
};

// runtime.MemStats in Go's amd64 layout (offsets checked against Go 1.19's unsafe.Offsetof).
struct MemStatsGo {
    uint64_t alloc, total_alloc, sys, lookups, mallocs, frees;
    uint64_t heap_alloc, heap_sys, heap_idle, heap_inuse, heap_released, heap_objects;
    uint64_t stack_inuse, stack_sys, mspan_inuse, mspan_sys, mcache_inuse, mcache_sys;
    uint64_t buck_hash_sys, gc_sys, other_sys, next_gc, last_gc, pause_total_ns;
    uint64_t pause_ns[256];
    uint64_t pause_end[256];
    uint32_t num_gc, num_forced_gc;
    double gc_cpu_fraction;
    bool enable_gc, debug_gc;
    BySizeGo by_size[61];
};
static_assert(sizeof(MemStatsGo) == 5776);
static_assert(offsetof(MemStatsGo, pause_ns) == 192 && offsetof(MemStatsGo, pause_end) == 2240);
static_assert(offsetof(MemStatsGo, num_gc) == 4288 && offsetof(MemStatsGo, gc_cpu_fraction) == 4296);
static_assert(offsetof(MemStatsGo, enable_gc) == 4304 && offsetof(MemStatsGo, by_size) == 4312);

void GC(vm::NativeCall& call)
{
    call.heap().collect(true);
}

void ReadMemStats(vm::NativeCall& call)
{
    auto* m = static_cast<MemStatsGo*>(call.ptr_arg(0));
    if (!m) {
        call.panic_runtime_error("invalid memory address or nil pointer dereference");
        return;
    }
    auto s = std::make_unique<gc::MemStats>();
    call.heap().read_mem_stats(*s);
    *m = MemStatsGo {};
    m->alloc = s->alloc, m->total_alloc = s->total_alloc, m->sys = s->sys, m->lookups = s->lookups;
    m->mallocs = s->mallocs, m->frees = s->frees;
    m->heap_alloc = s->heap_alloc, m->heap_sys = s->heap_sys, m->heap_idle = s->heap_idle;
    m->heap_inuse = s->heap_inuse, m->heap_released = s->heap_released, m->heap_objects = s->heap_objects;
    m->stack_inuse = s->stack_inuse, m->stack_sys = s->stack_sys;
    m->next_gc = s->next_gc, m->last_gc = s->last_gc, m->pause_total_ns = s->pause_total_ns;
    for (int i = 0; i < 256; i++) {
        m->pause_ns[i] = s->pause_ns[i];
        m->pause_end[i] = s->pause_end[i];
    }
    m->num_gc = s->num_gc, m->num_forced_gc = s->num_forced_gc;
    m->gc_cpu_fraction = s->gc_cpu_fraction;
    m->enable_gc = true; // Go always reports true
}

void NumGoroutine(vm::NativeCall& call)
{
    call.set_int(0, call.runtime().sched().num_goroutine());
}

void Gosched(vm::NativeCall& call)
{
    call.yield();
}

void Goexit(vm::NativeCall& call)
{
    vm::begin_goexit(call.goroutine());
}

void GOMAXPROCS(vm::NativeCall& call)
{
    call.set_int(0, 1);
}

// Go's NumCPU: the CPUs this process may run on (its affinity mask).
void NumCPU(vm::NativeCall& call)
{
    cpu_set_t set;
    int n = 0;
    if (sched_getaffinity(0, sizeof set, &set) == 0)
        n = CPU_COUNT(&set);
    if (n <= 0)
        n = static_cast<int>(std::thread::hardware_concurrency());
    call.set_int(0, n > 0 ? n : 1);
}

void Nothing(vm::NativeCall&) { }

void SetGCPercent(vm::NativeCall& call)
{
    call.set_int(0, call.heap().set_gc_percent(static_cast<int>(call.int_arg(0))));
}

void FreeOSMemory(vm::NativeCall& call)
{
    call.heap().collect(true);
}

} // namespace

} // namespace vitro::stdlib::runtime

namespace vitro::stdlib {

void register_runtime(vm::NativeRegistry& r)
{
    using namespace runtime;
    r.add("runtime.GC", GC);
    r.add("runtime.ReadMemStats", ReadMemStats);
    r.add("runtime.NumGoroutine", NumGoroutine);
    r.add("runtime.GOMAXPROCS", GOMAXPROCS);
    r.add("runtime.NumCPU", NumCPU);
    r.add("runtime.Gosched", Gosched);
    r.add("runtime.Goexit", Goexit);
    r.add("runtime.KeepAlive", Nothing);
    r.add("runtime/debug.SetGCPercent", SetGCPercent);
    r.add("runtime/debug.FreeOSMemory", FreeOSMemory);
}

} // namespace vitro::stdlib
