// gc/heap.h — the public face of the heap and collector (DESIGN.md sections 4 and 5;
// reference/runtime-design.md sections 4-6). Implementation: gc/*.cpp (see gc/README.md).
//
// Every script object comes from Heap::alloc*; every pointer store into memory that may be in
// the heap goes through gc::store_ptr (the write barrier's one home, barrier-free until the
// concurrent collector). The collector is a precise stop-the-world mark-sweep in this stage:
// an allocation that crosses the heap goal (GOGC, 4 MiB minimum) collects before it returns,
// so every allocation site must have its roots visible to the RootProvider (the VM saves the
// running frame before an allocating instruction; natives pin temporaries with TempRoot).
// Roots: whatever the RootProvider visits (goroutine stacks by their pointer maps, the
// globals area, runtime structures) plus the TempRoot stack. Values visited as roots may be
// anything: a word is marked only if it points into an allocated heap object (interior
// pointers find their object through the page map); other words are ignored.
#pragma once

#include "gc/type.h"
#include "support/config.h"

#include <cstdint>
#include <cstdio>
#include <vector>

namespace vitro::gc {

class Marker {
public:
    virtual ~Marker() = default;
    // Marks the object `word` points into, if any (interior pointers allowed).
    virtual void mark_word(uint64_t word) = 0;
    // Marks through every word of [base, base + nwords) whose bit is set in mask
    // (mask == nullptr: every word).
    void scan_words(const uint64_t* base, uint64_t nwords, const uint64_t* mask)
    {
        for (uint64_t i = 0; i < nwords; i++)
            if (!mask || ((mask[i >> 6] >> (i & 63)) & 1))
                mark_word(base[i]);
    }
};

class RootProvider {
public:
    virtual ~RootProvider() = default;
    virtual void scan_roots(Marker& m) = 0;
    // Scannable bytes outside the heap, for the pacer's goal and gctrace ("S MB stacks,
    // L MB globals").
    virtual uint64_t stack_bytes() const = 0;
    virtual uint64_t global_bytes() const = 0;
};

// Go's runtime.MemStats fields that this stage fills (the rest stay 0).
struct MemStats {
    uint64_t alloc, total_alloc, sys, lookups, mallocs, frees;
    uint64_t heap_alloc, heap_sys, heap_idle, heap_inuse, heap_released, heap_objects;
    uint64_t stack_inuse, stack_sys;
    uint64_t next_gc, last_gc, pause_total_ns;
    uint64_t pause_ns[256], pause_end[256];
    uint32_t num_gc, num_forced_gc;
    double gc_cpu_fraction;
};

struct Options {
    int gogc = 100; // < 0: off (GOGC=off)
    bool gctrace = false; // GODEBUG=gctrace=1
    std::FILE* trace_out = stderr;
    int gomaxprocs = 1; // printed as "P" in gctrace
    // Collect at every Nth allocation (0: only by the heap goal). The gcstress preset
    // (VITRO_GC_STRESS) collects at every allocation.
    uint32_t stress_interval = VITRO_GC_STRESS ? 1 : 0;
};

class Heap {
public:
    explicit Heap(const Options& options);
    ~Heap();
    Heap(const Heap&) = delete;
    Heap& operator=(const Heap&) = delete;

    void set_roots(RootProvider* roots);

    // One zeroed object of type t (t->size bytes; a 0-size type returns the zero-base address).
    void* alloc(const Type* t);
    // n zeroed elements of type elem back to back (make, append); nullptr if the size overflows
    // what the heap can hold (the caller panics with Go's message).
    void* alloc_array(const Type* elem, uint64_t n);
    // `bytes` of pointer-free memory, not zeroed (string data, filled by the caller); nullptr
    // if `bytes` is more than the heap can hold (1 << 48, Go's maxAlloc).
    void* alloc_noscan(uint64_t bytes);

    // Go's roundupsize: the bytes an allocation of `bytes` really occupies (size classes,
    // pages for large objects); growslice uses it as Go does.
    static uint64_t round_up_size(uint64_t bytes);

    void collect(bool forced); // runtime.GC() (forced = true)
    int set_gc_percent(int percent); // debug.SetGCPercent: returns the previous value
    void read_mem_stats(MemStats& out);
    // Completed collections so far (MemStats::num_gc, without the cost of read_mem_stats):
    // sync.Pool empties itself lazily by comparing it with the count it last saw.
    uint32_t num_gc() const;

    // The allocated object p points into (its first byte), or nullptr if p is outside the heap
    // or in free memory. Interior pointers find their object.
    const void* find_object(const void* p) const;
    // Checks that every pointer word of every allocated object in a scan span is nil, outside
    // the heap, or into an allocated object; reports the first few bad words to `report` and
    // returns how many there were (0: the heap is consistent). Run after each collection when
    // VITRO_VERIFY_HEAP is on.
    uint64_t verify_heap(std::FILE* report = stderr);
    // The pacer's current heap goal (bytes; ~0 when GOGC is off) and live heap estimate.
    uint64_t heap_goal() const;
    uint64_t heap_live() const;
    // The address every zero-size allocation returns (Go's zerobase); outside the heap.
    static void* zero_base();

    // Keeps pointers reachable while a native builds something from several allocations.
    class TempRoot {
    public:
        TempRoot(Heap& heap, const void* p);
        ~TempRoot();
        TempRoot(const TempRoot&) = delete;
        TempRoot& operator=(const TempRoot&) = delete;

    private:
        Heap& m_heap;
    };

    struct Impl;

private:
    Impl* m_impl;
};

// The write barrier's one home: every pointer store into memory that may be heap memory.
inline void store_ptr(void** slot, void* value)
{
    *slot = value;
}

} // namespace vitro::gc
