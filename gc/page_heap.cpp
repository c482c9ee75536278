// gc/page_heap.cpp — address-space reservation, chunk commit, page runs (see page_heap.h).
#include "gc/page_heap.h"

#include "support/assert.h"

#include <algorithm>
#include <cstring>
#include <sys/mman.h>

namespace vitro::gc {

namespace {

// Reservation sizes tried in turn: big enough for any benchmark, small enough to fit under
// an address-space limit (ulimit -v) if the first is refused.
constexpr uint64_t kReserveTries[] = { uint64_t { 64 } << 30, uint64_t { 16 } << 30, uint64_t { 4 } << 30,
    uint64_t { 1 } << 30, uint64_t { 256 } << 20 };

// Smaller free runs are not worth a system call each (Go scavenges 64 KiB at a time too).
constexpr uint64_t kMinScavengePages = 8;

void* reserve(uint64_t bytes)
{
    void* p = mmap(nullptr, bytes, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    return p == MAP_FAILED ? nullptr : p;
}

bool commit(void* p, uint64_t bytes)
{
    return mprotect(p, bytes, PROT_READ | PROT_WRITE) == 0;
}

} // namespace

PageHeap::PageHeap()
{
    for (uint64_t bytes : kReserveTries) {
        // One mapping holds the heap (plus 4 MiB of slop to align it), then the page map,
        // then the bitmap: a single munmap releases everything.
        uint64_t map_bytes = bytes / kPageSize * sizeof(Span*);
        uint64_t bitmap_bytes = bytes / 64;
        uint64_t total = bytes + kChunkBytes + map_bytes + bitmap_bytes;
        void* p = reserve(total);
        if (!p)
            continue;
        m_mapping = p;
        m_mapping_bytes = total;
        m_reserved = bytes;
        uintptr_t start = reinterpret_cast<uintptr_t>(p);
        m_base = (start + kChunkBytes - 1) & ~(kChunkBytes - 1);
        m_page_map = reinterpret_cast<Span**>(start + kChunkBytes + bytes);
        m_bitmap = reinterpret_cast<uint64_t*>(start + kChunkBytes + bytes + map_bytes);
        return;
    }
    VITRO_CHECK(m_mapping != nullptr); // no address space for even the smallest heap
}

PageHeap::~PageHeap()
{
    if (m_mapping)
        munmap(m_mapping, m_mapping_bytes);
}

bool PageHeap::grow(uint64_t npages)
{
    uint64_t bytes = (npages * kPageSize + kChunkBytes - 1) & ~(kChunkBytes - 1);
    if (bytes > m_reserved - m_committed)
        return false;
    uint64_t first_page = m_committed / kPageSize;
    bool ok = commit(reinterpret_cast<void*>(m_base + m_committed), bytes)
        && commit(m_page_map + first_page, bytes / kPageSize * sizeof(Span*))
        && commit(m_bitmap + m_committed / 512, bytes / 64);
    if (!ok)
        return false;
    m_committed += bytes;
    m_released.resize(m_committed / kPageSize / 64 + 1);
    insert_run(first_page, bytes / kPageSize);
    return true;
}

void PageHeap::insert_run(uint64_t page, uint64_t npages)
{
    // Coalesce with the run that ends at `page` and the one that starts after it.
    auto next = m_runs_by_page.lower_bound(page);
    if (next != m_runs_by_page.begin()) {
        auto prev = std::prev(next);
        if (prev->first + prev->second == page) {
            page = prev->first;
            npages += prev->second;
            erase_run(prev);
        }
    }
    if (next != m_runs_by_page.end() && next->first == page + npages) {
        npages += next->second;
        erase_run(next);
    }
    m_runs_by_page.emplace(page, npages);
    m_runs_by_size.emplace(npages, page);
    m_free_pages += npages;
}

void PageHeap::erase_run(std::map<uint64_t, uint64_t>::iterator it)
{
    m_runs_by_size.erase({ it->second, it->first });
    m_free_pages -= it->second;
    m_runs_by_page.erase(it);
}

uintptr_t PageHeap::alloc(uint64_t npages, bool& needzero)
{
    auto fit = m_runs_by_size.lower_bound({ npages, 0 });
    if (fit == m_runs_by_size.end()) {
        if (!grow(npages))
            return 0;
        fit = m_runs_by_size.lower_bound({ npages, 0 });
        VITRO_CHECK(fit != m_runs_by_size.end());
    }
    uint64_t page = fit->second, run = fit->first;
    erase_run(m_runs_by_page.find(page));
    if (run > npages)
        insert_run(page + npages, run - npages);
    needzero = false;
    for (uint64_t p = page; p < page + npages; p++) {
        if (released(p)) {
            m_released[p >> 6] &= ~(uint64_t { 1 } << (p & 63));
            m_released_pages--;
        } else if (p < m_dirty_pages) {
            needzero = true;
        }
    }
    if (page + npages > m_dirty_pages)
        m_dirty_pages = page + npages;
    return m_base + page * kPageSize;
}

void PageHeap::free(uintptr_t base, uint64_t npages)
{
    insert_run((base - m_base) / kPageSize, npages);
}

void PageHeap::scavenge(uint64_t retain)
{
    // Highest addresses first: allocation prefers the lowest address among equal fits, so
    // the top of the heap is the least likely to be reused soon (Go's scavenger does the
    // same). Only pages below m_dirty_pages were ever touched; the rest cost no memory.
    for (auto it = m_runs_by_page.rbegin(); it != m_runs_by_page.rend(); ++it) {
        if (m_committed - released_bytes() <= retain)
            return;
        uint64_t page = it->first;
        uint64_t end = std::min(page + it->second, m_dirty_pages);
        if (page >= end || end - page < kMinScavengePages)
            continue;
        uint64_t newly = 0;
        for (uint64_t p = page; p < end; p++) {
            if (!released(p)) {
                m_released[p >> 6] |= uint64_t { 1 } << (p & 63);
                newly++;
            }
        }
        if (newly == 0)
            continue;
        madvise(reinterpret_cast<void*>(m_base + page * kPageSize), (end - page) * kPageSize, MADV_DONTNEED);
        m_released_pages += newly;
    }
}

void PageHeap::map_span(Span* s)
{
    Span** e = m_page_map + (s->base - m_base) / kPageSize;
    for (uint64_t i = 0; i < s->npages; i++)
        e[i] = s;
}

void PageHeap::unmap_span(const Span* s)
{
    std::memset(m_page_map + (s->base - m_base) / kPageSize, 0, s->npages * sizeof(Span*));
}

void PageHeap::clear_bits(uint64_t pos, uint64_t nwords)
{
    while (nwords > 0 && (pos & 63) != 0) {
        m_bitmap[pos >> 6] &= ~(uint64_t { 1 } << (pos & 63));
        pos++;
        nwords--;
    }
    std::memset(m_bitmap + (pos >> 6), 0, (nwords >> 6) * 8);
    pos += nwords & ~uint64_t { 63 };
    for (nwords &= 63; nwords > 0; nwords--, pos++)
        m_bitmap[pos >> 6] &= ~(uint64_t { 1 } << (pos & 63));
}

} // namespace vitro::gc
