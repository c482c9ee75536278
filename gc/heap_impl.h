// gc/heap_impl.h — Heap::Impl, the state of one heap, and the allocation fast path.
//
// Overview: Impl owns the page heap, the span pool, one cached span per span class (Go's
// mcache, one per heap while there is one P), the per-class lists of partially free swept
// spans (Go's mcentral), the list of all in-use spans (for sweeping), the pacer state and the
// statistics. Allocation of a small object takes the next free slot of the cached span with
// count-trailing-zeros on alloc_cache (take_small); only when the span is exhausted does the
// slow path (heap.cpp) release it, maybe collect, and cache another. Statistics follow Go's
// accounting: when a span is cached, all its free slots count as allocated (heap_live,
// mallocs, total_alloc) and the ones still unused are subtracted when it is released, so the
// fast path updates no counter. A slot's heap-bitmap bits are written when it is allocated.
// Pointer-free objects under 16 bytes are packed into 16-byte blocks (Go's tiny allocator):
// the block is the collector's object, so any live piece keeps the whole block.
// Invariants: m_cache[c] is never null (the empty sentinel span when nothing is cached); a
// cached span is in no partial list; m_heap_live = bytes marked by the last cycle + bytes of
// slots handed to caches and large objects since; m_in_gc while a collection runs (any
// allocation then is a bug).
// Concurrency: single-threaded (one P); a collection runs inside the allocating call.
// Go reference: runtime/malloc.go (mallocgc, nextFreeFast), runtime/mcache.go (refill,
// releaseAll), runtime/mcentral.go.
#pragma once

#include "gc/heap.h"
#include "gc/pacer.h"
#include "gc/page_heap.h"
#include "gc/span.h"

#include <bit>
#include <chrono>
#include <cstring>
#include <memory>
#include <vector>

// Under AddressSanitizer free slots and free pages are poisoned, so a stale pointer into
// memory the collector freed is reported (objects live in our spans, invisible to ASan).
#if defined(__SANITIZE_ADDRESS__)
#    define VITRO_GC_ASAN 1
#elif defined(__has_feature)
#    if __has_feature(address_sanitizer)
#        define VITRO_GC_ASAN 1
#    endif
#endif
#ifndef VITRO_GC_ASAN
#    define VITRO_GC_ASAN 0
#endif
#if VITRO_GC_ASAN
#    include <sanitizer/asan_interface.h>
#endif

namespace vitro::gc {

inline void asan_poison([[maybe_unused]] uintptr_t addr, [[maybe_unused]] uint64_t bytes)
{
#if VITRO_GC_ASAN
    ASAN_POISON_MEMORY_REGION(reinterpret_cast<void*>(addr), bytes);
#endif
}

inline void asan_unpoison([[maybe_unused]] uintptr_t addr, [[maybe_unused]] uint64_t bytes)
{
#if VITRO_GC_ASAN
    ASAN_UNPOISON_MEMORY_REGION(reinterpret_cast<void*>(addr), bytes);
#endif
}

inline constexpr uint64_t kTinySize = 16; // Go's maxTinySize
inline constexpr uint32_t kTinySpanClass = 2 << 1 | 1; // 16-byte noscan

struct GrayObject {
    uintptr_t base;
    uint64_t nwords;
};

// Small slot handed out by take_small: its address and whether it may hold old bytes.
struct SmallSlot {
    uintptr_t addr;
    bool needzero;
};

struct Heap::Impl {
    explicit Impl(const Options& options);
    ~Impl();

    // --- allocation (heap.cpp) ---
    SmallSlot take_small(uint32_t spanclass)
    {
        Span* s = m_cache[spanclass];
        uint64_t cache = s->alloc_cache;
        if (cache != 0) [[likely]] {
            uint32_t bit = static_cast<uint32_t>(std::countr_zero(cache));
            uint32_t index = s->freeindex + bit;
            // The last slot of a 64-slot group goes through the slow path, which reloads
            // alloc_cache (mirrors nextFreeFast).
            if (index < s->nelems && ((index + 1) & 63) != 0) [[likely]] {
                s->alloc_cache = cache >> (bit + 1);
                s->freeindex = index + 1;
                return { s->base + index * s->elemsize, s->needzero };
            }
        }
        return take_small_slow(spanclass);
    }
    SmallSlot take_small_slow(uint32_t spanclass);
    // Go's tiny allocator: pointer-free objects under 16 bytes share 16-byte blocks.
    void* alloc_tiny(uint64_t size)
    {
        uint64_t off = m_tiny_offset;
        if ((size & 7) == 0)
            off = (off + 7) & ~uint64_t { 7 };
        else if ((size & 3) == 0)
            off = (off + 3) & ~uint64_t { 3 };
        else if ((size & 1) == 0)
            off = (off + 1) & ~uint64_t { 1 };
        if (off + size <= kTinySize && m_tiny != 0) {
            m_tiny_offset = off + size;
            m_tiny_allocs++;
            asan_unpoison(m_tiny + off, size);
            return reinterpret_cast<void*>(m_tiny + off);
        }
        return alloc_tiny_block(size);
    }
    void* alloc_tiny_block(uint64_t size);
    Span* refill(uint32_t spanclass);
    void release_cached(uint32_t spanclass);
    void release_all_cached();
    Span* new_span(uint32_t spanclass);
    void* alloc_large(uint64_t bytes, bool noscan, bool zero);
    void maybe_collect(uint64_t upcoming_bytes);
    Span* take_span_struct();
    void free_span(Span* s); // back to the page heap and the pool; removed from m_spans
    void write_array_bits(uintptr_t addr, const Type* elem, uint64_t n, uint64_t slot_words);
    [[noreturn]] void out_of_memory(uint64_t bytes);

    // --- collection (collector.cpp) ---
    void collect(bool forced);
    [[gnu::always_inline]] void mark_word(uint64_t w)
    {
        Span* s = m_pages.span_of(w);
        if (!s)
            return;
        uint32_t index = s->object_index(w);
        if (index >= s->nelems)
            return;
        uint64_t bit = uint64_t { 1 } << (index & 63);
        uint64_t& word = s->mark_bits[index >> 6];
        if ((word & bit) || !s->is_allocated(index))
            return;
        word |= bit;
        if (!s->noscan())
            m_gray.push_back({ s->base + index * s->elemsize, s->elemsize >> 3 });
    }
    void mark_roots();
    void drain_gray();
    void scan_object(uintptr_t base, uint64_t nwords);
    uint64_t sweep(); // returns bytes marked
    void poison_freed(const Span* s);
    void finish_cycle(
        bool forced, uint64_t heap_before, uint64_t goal_before, uint64_t marked, const uint64_t (&t)[4]);
    void print_trace(const CycleTrace& trace);
    uint64_t verify(std::FILE* report);
    uint64_t verify_span(Span* s, std::FILE* report);
    uint64_t now_ns() const;
    void recompute_goal();

    Options m_options;
    PageHeap m_pages;
    RootProvider* m_roots = nullptr;
    Span m_empty_span; // the sentinel cached when nothing is: no free slot, never allocated
    Span* m_cache[kNumSpanClasses];
    Span* m_partial[kNumSpanClasses] = {};
    std::vector<Span*> m_spans; // every in-use span; Span::all_index is its position
    std::vector<std::unique_ptr<Span[]>> m_span_chunks; // span pool storage
    Span* m_free_spans = nullptr; // span pool free list
    std::vector<const void*> m_temp_roots;
    std::vector<GrayObject> m_gray;
    bool m_in_gc = false;
    uintptr_t m_tiny = 0; // current tiny block (0: none; dropped at every collection)
    uint64_t m_tiny_offset = 0; // bytes of it in use
    uint32_t m_stress_interval = 0; // collect every N slow-path allocations (0: off)
    uint32_t m_stress_count = 0;

    // Pacer state (bytes).
    int m_gogc = 100;
    uint64_t m_heap_live = 0;
    uint64_t m_heap_marked = 0;
    uint64_t m_goal = kDefaultHeapMinimum;
    uint64_t m_last_stacks = 0, m_last_globals = 0;

    // Statistics (Go's MemStats counters).
    uint64_t m_mallocs = 0, m_frees = 0; // objects
    uint64_t m_tiny_allocs = 0; // tiny objects placed in an existing block (Go counts them
                                // as both allocated and freed)
    uint64_t m_total_alloc = 0, m_freed_bytes = 0; // bytes
    uint64_t m_pages_inuse = 0;
    uint64_t m_span_structs = 0;
    uint32_t m_num_gc = 0, m_num_forced_gc = 0;
    uint64_t m_pause_total_ns = 0, m_last_gc_unix_ns = 0, m_gc_cpu_ns = 0;
    uint64_t m_pause_ns[256] = {}, m_pause_end[256] = {};
    std::chrono::steady_clock::time_point m_start;
};

} // namespace vitro::gc
