// gc/page_heap.h — the page heap: address space, page runs, the page map and the heap bitmap.
//
// Overview: each Heap reserves one contiguous range of address space (64 GiB, PROT_NONE,
// smaller if the system refuses) and commits it from the bottom in 4 MiB chunks (Go's palloc
// chunk) as the heap grows. Beside it sit two side tables reserved the same way and committed
// with each chunk: the page map (one Span* per 8 KiB page: the in-use span that owns the page,
// or nullptr) and the heap bitmap (one bit per 8-byte heap word: "this word holds a pointer",
// written when an object is allocated in a scan span, from its type's ptrmask). Because the
// range is contiguous, "does word w point into this heap" is one subtraction and compare, and
// "which span" one load: O(1) interior-pointer lookup with no process-global arena index.
// Free page runs live in two ordered sets (by size for best fit, by address for coalescing).
// After each collection the scavenger returns free pages to the OS (highest first) until the
// retained heap is at most 110% of the goal, as Go's background scavenger aims to; a bit
// per page remembers which free pages were released (they read as zero when reused).
// Invariants: every committed page is in exactly one free run or one in-use span; page_map[p]
// is non-null exactly for pages of in-use spans; pages at or above m_dirty_pages have never
// been handed out, so they are still zero from the OS (Go's zeroedBase); bitmap bits matter
// only for allocated objects of scan spans (they are rewritten on every allocation).
// Concurrency: owned by one Heap; used by its single mutator and its stop-the-world collector.
// Rejected: Go's process-wide two-level arena index (needed when arenas are scattered in the
// address space; one reservation per heap makes it unnecessary); Go 1.19's 2-bit heap bitmap
// (the "dead" bit only lets scanning stop early; ctz over 1-bit words skips scalars fast).
// Go reference: runtime/mheap.go (mheap, grow, allocSpan), runtime/malloc.go (arena hints),
// runtime/mpagealloc.go (chunks), runtime/mbitmap.go (heap bitmap).
#pragma once

#include "gc/size_classes.h"
#include "gc/span.h"

#include <cstdint>
#include <map>
#include <set>
#include <utility>
#include <vector>

namespace vitro::gc {

inline constexpr uint64_t kChunkBytes = uint64_t { 4 } << 20; // commit granularity
inline constexpr uint64_t kChunkPages = kChunkBytes / kPageSize;

class PageHeap {
public:
    PageHeap();
    ~PageHeap();
    PageHeap(const PageHeap&) = delete;
    PageHeap& operator=(const PageHeap&) = delete;

    // A run of npages pages, or 0 if the reservation is exhausted. needzero: some page of the
    // run was used before (its memory may hold old data).
    uintptr_t alloc(uint64_t npages, bool& needzero);
    void free(uintptr_t base, uint64_t npages);

    void map_span(Span* s); // page_map entries of s's pages := s
    void unmap_span(const Span* s); // := nullptr

    // The in-use span holding address a, or nullptr (outside the heap, or a free page).
    Span* span_of(uint64_t a) const
    {
        uint64_t off = a - m_base;
        if (off >= m_committed)
            return nullptr;
        return m_page_map[off >> kPageShift];
    }
    // Whether a lies in the committed heap range (allocated or not).
    bool in_heap(uint64_t a) const { return a - m_base < m_committed; }
    uintptr_t base() const { return m_base; }
    uint64_t committed() const { return m_committed; } // bytes of heap committed (HeapSys)
    uint64_t metadata_committed() const { return m_committed / 1024 + m_committed / 64; }
    uint64_t free_pages() const { return m_free_pages; }
    // HeapReleased: free pages returned to the OS plus committed pages never used (Go counts
    // fresh address space as scavenged too).
    uint64_t released_bytes() const
    {
        return m_released_pages * kPageSize + (m_committed - m_dirty_pages * kPageSize);
    }

    // Returns free pages to the OS (madvise DONTNEED), highest addresses first, until the
    // memory retained (pages ever used minus pages released) is at most `retain` bytes.
    // Released pages read as zero, so a span built only from them needs no zeroing.
    void scavenge(uint64_t retain);

    // --- heap bitmap: bit i = heap word at base + 8 i holds a pointer ---
    uint64_t bit_index(uintptr_t a) const { return (a - m_base) >> 3; }
    // The nwords (1..64) bits from bit position pos, in the low bits of the result.
    uint64_t read_bits(uint64_t pos, uint32_t nwords) const
    {
        uint64_t w = pos >> 6, sh = pos & 63;
        uint64_t v = m_bitmap[w] >> sh;
        if (sh + nwords > 64)
            v |= m_bitmap[w + 1] << (64 - sh);
        if (nwords < 64)
            v &= (uint64_t { 1 } << nwords) - 1;
        return v;
    }
    // Replaces the nwords (1..64) bits at pos with the low bits of pattern.
    void write_bits(uint64_t pos, uint32_t nwords, uint64_t pattern)
    {
        uint64_t mask = nwords == 64 ? ~uint64_t { 0 } : (uint64_t { 1 } << nwords) - 1;
        uint64_t w = pos >> 6, sh = pos & 63;
        m_bitmap[w] = (m_bitmap[w] & ~(mask << sh)) | (pattern << sh);
        if (sh + nwords > 64)
            m_bitmap[w + 1] = (m_bitmap[w + 1] & ~(mask >> (64 - sh))) | (pattern >> (64 - sh));
    }
    void clear_bits(uint64_t pos, uint64_t nwords);
    void set_bit(uint64_t pos) { m_bitmap[pos >> 6] |= uint64_t { 1 } << (pos & 63); }

private:
    bool grow(uint64_t npages);
    void insert_run(uint64_t page, uint64_t npages);
    void erase_run(std::map<uint64_t, uint64_t>::iterator it);
    bool released(uint64_t page) const { return (m_released[page >> 6] >> (page & 63)) & 1; }

    uintptr_t m_base = 0; // first heap byte (4 MiB aligned)
    uint64_t m_reserved = 0; // bytes of address space reserved for the heap
    uint64_t m_committed = 0; // bytes committed from m_base (a multiple of kChunkBytes)
    uint64_t m_dirty_pages = 0; // pages below this were handed out at least once
    uint64_t m_free_pages = 0;
    void* m_mapping = nullptr; // the reservation as mapped (includes alignment slop)
    uint64_t m_mapping_bytes = 0;
    Span** m_page_map = nullptr;
    uint64_t* m_bitmap = nullptr;
    uint64_t m_released_pages = 0;
    std::vector<uint64_t> m_released; // bit per committed page: free and returned to the OS
    std::map<uint64_t, uint64_t> m_runs_by_page; // first page -> npages
    std::set<std::pair<uint64_t, uint64_t>> m_runs_by_size; // (npages, first page)
};

} // namespace vitro::gc
