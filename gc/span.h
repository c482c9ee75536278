// gc/span.h — a span: a run of 8 KiB pages holding objects of one span class (Go's mspan).
//
// Overview: a small-object span holds nelems slots of elemsize bytes back to back from base
// (Go's class sizes and pages per span, gc/size_classes.h); a large-object span holds exactly
// one object of npages * 8 KiB. Each span keeps two bitmaps of one bit per slot: alloc_bits
// (which slots held an object when the span was last swept) and mark_bits (which slots the
// current cycle reached). Sweeping swaps them and clears the new mark bitmap (Go's "allocBits
// = gcmarkBits"), so no pause clears bitmaps. The allocator walks free slots with freeindex
// and alloc_cache, Go's 64-bit inverted window of alloc_bits.
// Invariants: slot i is allocated iff i < freeindex or alloc_bits[i] (Go's isFree); bits of
// alloc_cache for slots below freeindex have been shifted out; mark bits are set only on
// allocated slots; a span in state InUse has its pages in the page map and all others do not.
// Concurrency: one mutator thread per heap for now; spans are touched only by the owning
// Heap (allocation and stop-the-world collection).
// Go reference: runtime/mheap.go (mspan), runtime/mbitmap.go (nextFreeIndex, isFree).
#pragma once

#include "gc/size_classes.h"

#include <bit>
#include <cstdint>

namespace vitro::gc {

inline constexpr uint32_t kMaxSpanObjects = 1024; // Go's bound (class 1: 8 KiB / 8 B)
inline constexpr uint32_t kSpanBitWords = kMaxSpanObjects / 64;

enum class SpanState : uint8_t {
    Free, // on the span pool's free list; its pages belong to the page heap
    InUse, // holds objects (or is cached for allocation); its pages map to it in the page map
};

struct Span {
    Span() = default;
    Span(const Span&) = delete; // alloc_bits/mark_bits point into the span itself
    Span& operator=(const Span&) = delete;

    uintptr_t base = 0; // address of slot 0 (page-aligned)
    uint64_t npages = 0;
    uint64_t elemsize = 0; // bytes per slot (large: npages * kPageSize)
    uint32_t divmagic = 0; // slot index = (offset * divmagic) >> 32 (0 for large spans)
    uint32_t nelems = 0; // slots (large: 1)
    uint32_t freeindex = 0; // next slot the allocator looks at
    uint32_t alloc_count = 0; // allocated slots as of the last sweep or cache release
    uint64_t alloc_cache = 0; // ~alloc_bits from freeindex on (bit 0 = slot freeindex)
    uint8_t spanclass = 0; // (size class << 1) | noscan; size class 0 = large
    SpanState state = SpanState::Free;
    bool needzero = false; // slots may hold old data (pages were used before)
    bool cached = false; // is the heap's current span for its class
    uint32_t all_index = 0; // position in the heap's list of in-use spans
    Span* next = nullptr; // partial list of its class, or the pool's free list
    uint64_t* alloc_bits = m_bits[0];
    uint64_t* mark_bits = m_bits[1];
    uint64_t m_bits[2][kSpanBitWords] = {};

    bool noscan() const { return spanclass & 1; }
    uint32_t size_class() const { return spanclass >> 1; }
    uint32_t bit_words() const { return (nelems + 63) / 64; }

    uint32_t object_index(uintptr_t addr) const
    {
        return static_cast<uint32_t>(((addr - base) * divmagic) >> 32);
    }
    bool is_allocated(uint32_t i) const { return i < freeindex || ((alloc_bits[i >> 6] >> (i & 63)) & 1); }
    bool is_marked(uint32_t i) const { return (mark_bits[i >> 6] >> (i & 63)) & 1; }

    // Loads alloc_cache with the free slots of the 64-slot group that holds freeindex.
    void refill_alloc_cache() { alloc_cache = ~alloc_bits[freeindex >> 6] >> (freeindex & 63); }

    // Index of the next free slot, advancing freeindex past it, or nelems if the span is full
    // (mirrors nextFreeIndex, runtime/mbitmap.go).
    uint32_t next_free_index()
    {
        uint32_t index = freeindex;
        if (index == nelems)
            return index;
        uint64_t cache = alloc_cache;
        while (cache == 0) {
            index = (index + 64) & ~63u;
            if (index >= nelems) {
                freeindex = nelems;
                return nelems;
            }
            cache = ~alloc_bits[index >> 6];
        }
        uint32_t bit = static_cast<uint32_t>(std::countr_zero(cache));
        uint32_t result = index + bit;
        if (result >= nelems) {
            freeindex = nelems;
            return nelems;
        }
        alloc_cache = (cache >> bit) >> 1; // bit + 1 may be 64
        freeindex = result + 1;
        if ((freeindex & 63) == 0 && freeindex != nelems)
            refill_alloc_cache();
        return result;
    }

    // Slots allocated right now (slots below freeindex plus alloc bits above it).
    uint32_t count_allocated() const
    {
        if (freeindex >= nelems)
            return nelems;
        uint32_t n = freeindex;
        uint32_t w = freeindex >> 6;
        n += static_cast<uint32_t>(std::popcount(alloc_bits[w] & (~uint64_t { 0 } << (freeindex & 63))));
        for (w++; w < bit_words(); w++)
            n += static_cast<uint32_t>(std::popcount(alloc_bits[w]));
        return n;
    }

    uint32_t count_marked() const
    {
        uint32_t n = 0;
        for (uint32_t w = 0; w < bit_words(); w++)
            n += static_cast<uint32_t>(std::popcount(mark_bits[w]));
        return n;
    }
};

} // namespace vitro::gc
