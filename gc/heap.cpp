// gc/heap.cpp — the allocator: Heap's public API, size-class allocation, span caches, large
// objects, statistics.
//
// Overview: Heap::alloc maps the request to a span class — Go's size class (gc/size_classes.h)
// shifted left, with the low bit set when the type has no pointers (noscan) — and takes the
// next free slot of the span cached for that class (Impl::take_small, a count-trailing-zeros
// and two stores). The slot is zeroed only if its span's pages were used before (fresh pages
// from the OS are zero; Go's needzero), and for scan classes its heap-bitmap bits are written
// from the type's ptrmask (replicated per element for arrays), so the collector never needs
// the type. Objects above 32 KiB get a span of their own (alloc_large). When the cached span
// is full, refill releases it, collects if the allocation would carry the live heap past the
// goal (gc/pacer.h) or the stress interval is reached, and caches a swept partial span or a
// new one. Collection (gc/collector.cpp) runs inside that allocation, before the new memory
// exists, so the caller's roots must be visible to the RootProvider or pinned by TempRoot.
// Invariants: see gc/heap_impl.h (cache accounting) and gc/span.h (slot states).
// Concurrency: one mutator per heap, no locks (one P in this stage).
// Rejected: a Type* per slot (8 bytes per object: +50% for 16-byte objects; the bitmap costs
// 1/64 of the heap); object headers (they would shift Go's size classes and B/op).
// Go reference: runtime/malloc.go (mallocgc, largeAlloc), runtime/mcache.go (refill,
// releaseAll), runtime/msize.go (roundupsize), runtime/mstats.go (ReadMemStats).
#include "gc/heap.h"

#include "gc/heap_impl.h"
#include "support/assert.h"

#include <chrono>
#include <climits>
#include <cstdlib>

namespace vitro::gc {

namespace {

alignas(16) uint64_t g_zero_base[2]; // Go's zerobase: never written (size-0 objects)

// Zeroes a small slot; the common sizes compile to a few stores instead of a memset call.
inline void zero_slot(uintptr_t addr, uint64_t bytes)
{
    void* p = reinterpret_cast<void*>(addr);
    switch (bytes) {
    case 8:
        std::memset(p, 0, 8);
        return;
    case 16:
        std::memset(p, 0, 16);
        return;
    case 24:
        std::memset(p, 0, 24);
        return;
    case 32:
        std::memset(p, 0, 32);
        return;
    case 48:
        std::memset(p, 0, 48);
        return;
    case 64:
        std::memset(p, 0, 64);
        return;
    default:
        std::memset(p, 0, bytes);
    }
}

// The low `ptrdata / 8` bits of a type's ptrmask (types of at most 64 words).
inline uint64_t small_pattern(const Type* t)
{
    uint64_t pattern = t->ptrmask[0];
    uint64_t words = t->ptrdata >> 3;
    return words < 64 ? pattern & ((uint64_t { 1 } << words) - 1) : pattern;
}

} // namespace

// --- Impl --------------------------------------------------------------------------------------

Heap::Impl::Impl(const Options& options)
    : m_options(options)
    , m_stress_interval(options.stress_interval)
    , m_gogc(options.gogc < 0 ? -1 : options.gogc)
    , m_start(std::chrono::steady_clock::now())
{
    for (Span*& c : m_cache)
        c = &m_empty_span;
    m_empty_span.state = SpanState::InUse;
    m_gray.reserve(4096);
    recompute_goal();
}

Heap::Impl::~Impl() = default;

void Heap::Impl::recompute_goal()
{
    if (m_roots)
        m_last_globals = m_roots->global_bytes();
    m_goal = gogc_heap_goal(m_heap_marked, m_last_stacks, m_last_globals, m_gogc);
}

Span* Heap::Impl::take_span_struct()
{
    if (!m_free_spans) {
        constexpr size_t kChunk = 64;
        m_span_chunks.push_back(std::make_unique<Span[]>(kChunk));
        for (size_t i = 0; i < kChunk; i++) {
            m_span_chunks.back()[i].next = m_free_spans;
            m_free_spans = &m_span_chunks.back()[i];
        }
        m_span_structs += kChunk;
    }
    Span* s = m_free_spans;
    m_free_spans = s->next;
    s->next = nullptr;
    s->alloc_bits = s->m_bits[0];
    s->mark_bits = s->m_bits[1];
    std::memset(s->m_bits, 0, sizeof s->m_bits);
    s->cached = false;
    return s;
}

void Heap::Impl::free_span(Span* s)
{
    asan_poison(s->base, s->npages * kPageSize);
    m_pages.unmap_span(s);
    m_pages.free(s->base, s->npages);
    m_pages_inuse -= s->npages;
    Span* last = m_spans.back();
    m_spans[s->all_index] = last;
    last->all_index = s->all_index;
    m_spans.pop_back();
    s->state = SpanState::Free;
    s->next = m_free_spans;
    m_free_spans = s;
}

void Heap::Impl::out_of_memory(uint64_t bytes)
{
    std::fflush(stdout);
    std::fprintf(stderr,
        "runtime: out of memory: cannot allocate %llu-byte block (%llu in use)\nfatal error: out of memory\n",
        static_cast<unsigned long long>(bytes), static_cast<unsigned long long>(m_pages.committed()));
    std::exit(2);
}

Span* Heap::Impl::new_span(uint32_t spanclass)
{
    uint32_t c = spanclass >> 1;
    uint64_t npages = kClassToPages[c];
    bool needzero = false;
    uintptr_t base = m_pages.alloc(npages, needzero);
    if (!base)
        out_of_memory(npages * kPageSize);
    Span* s = take_span_struct();
    s->base = base;
    s->npages = npages;
    s->elemsize = kClassToSize[c];
    s->divmagic = kClassToDivMagic[c];
    s->nelems = class_objects(c);
    s->freeindex = 0;
    s->alloc_count = 0;
    s->alloc_cache = ~uint64_t { 0 };
    s->spanclass = static_cast<uint8_t>(spanclass);
    s->state = SpanState::InUse;
    s->needzero = needzero;
    s->all_index = static_cast<uint32_t>(m_spans.size());
    m_spans.push_back(s);
    m_pages.map_span(s);
    m_pages_inuse += npages;
    asan_poison(base, npages * kPageSize); // slots are unpoisoned one by one as allocated
    return s;
}

void Heap::Impl::maybe_collect(uint64_t upcoming_bytes)
{
    if (m_stress_interval) {
        if (++m_stress_count >= m_stress_interval) {
            m_stress_count = 0;
            collect(false);
        }
        return;
    }
    if (m_heap_live + upcoming_bytes > m_goal)
        collect(false);
}

void Heap::Impl::release_cached(uint32_t spanclass)
{
    Span* s = m_cache[spanclass];
    m_cache[spanclass] = &m_empty_span;
    uint32_t allocated = s->count_allocated();
    uint64_t unused = s->nelems - allocated;
    m_heap_live -= unused * s->elemsize;
    m_total_alloc -= unused * s->elemsize;
    m_mallocs -= unused;
    s->alloc_count = allocated;
    s->cached = false;
    if (allocated < s->nelems) {
        s->next = m_partial[spanclass];
        m_partial[spanclass] = s;
    }
}

void Heap::Impl::release_all_cached()
{
    m_tiny = 0; // the block may be swept; its free tail is simply lost (as in Go)
    m_tiny_offset = 0;
    for (uint32_t c = 0; c < kNumSpanClasses; c++)
        if (m_cache[c] != &m_empty_span)
            release_cached(c);
}

Span* Heap::Impl::refill(uint32_t spanclass)
{
    VITRO_CHECK(!m_in_gc); // the collector and root scanning never allocate
    if (m_cache[spanclass] != &m_empty_span)
        release_cached(spanclass);
    maybe_collect(kClassToPages[spanclass >> 1] * kPageSize);
    Span* s = m_partial[spanclass];
    if (s)
        m_partial[spanclass] = s->next;
    else
        s = new_span(spanclass);
    s->next = nullptr;
    uint64_t free_slots = s->nelems - s->alloc_count;
    m_heap_live += free_slots * s->elemsize;
    m_total_alloc += free_slots * s->elemsize;
    m_mallocs += free_slots;
    s->cached = true;
    m_cache[spanclass] = s;
    return s;
}

SmallSlot Heap::Impl::take_small_slow(uint32_t spanclass)
{
    Span* s = m_cache[spanclass];
    uint32_t index = s->next_free_index();
    if (index < s->nelems)
        return { s->base + index * s->elemsize, s->needzero };
    s = refill(spanclass);
    index = s->next_free_index();
    VITRO_CHECK(index < s->nelems);
    SmallSlot slot { s->base + index * s->elemsize, s->needzero };
    if (m_stress_interval)
        release_cached(spanclass); // so that the next allocation comes back here
    return slot;
}

void* Heap::Impl::alloc_tiny_block(uint64_t size)
{
    SmallSlot slot = take_small(kTinySpanClass);
    asan_unpoison(slot.addr, kTinySize);
    std::memset(reinterpret_cast<void*>(slot.addr), 0, kTinySize);
    asan_poison(slot.addr + size, kTinySize - size);
    // Keep whichever block has more room left (mirrors mallocgc). Under stress no block is
    // kept, so that every tiny allocation goes through refill (and collects).
    if ((size < m_tiny_offset || m_tiny == 0) && !m_stress_interval) {
        m_tiny = slot.addr;
        m_tiny_offset = size;
    }
    return reinterpret_cast<void*>(slot.addr);
}

void* Heap::Impl::alloc_large(uint64_t bytes, bool noscan, bool zero)
{
    VITRO_CHECK(!m_in_gc);
    uint64_t npages = (bytes + kPageSize - 1) >> kPageShift;
    maybe_collect(npages * kPageSize);
    bool needzero = false;
    uintptr_t base = m_pages.alloc(npages, needzero);
    if (!base)
        out_of_memory(bytes);
    Span* s = take_span_struct();
    s->base = base;
    s->npages = npages;
    s->elemsize = npages * kPageSize;
    s->divmagic = 0; // every offset is slot 0
    s->nelems = 1;
    s->freeindex = 1;
    s->alloc_count = 1;
    s->alloc_cache = 0;
    s->spanclass = noscan ? 1 : 0;
    s->state = SpanState::InUse;
    s->needzero = needzero;
    s->all_index = static_cast<uint32_t>(m_spans.size());
    m_spans.push_back(s);
    m_pages.map_span(s);
    m_pages_inuse += npages;
    m_heap_live += s->elemsize;
    m_total_alloc += s->elemsize;
    m_mallocs++;
    asan_unpoison(base, s->elemsize);
    if (zero && needzero)
        std::memset(reinterpret_cast<void*>(base), 0, s->elemsize);
    return reinterpret_cast<void*>(base);
}

void Heap::Impl::write_array_bits(uintptr_t addr, const Type* elem, uint64_t n, uint64_t slot_words)
{
    uint64_t pos = m_pages.bit_index(addr);
    m_pages.clear_bits(pos, slot_words);
    uint64_t elem_words = elem->size >> 3;
    uint64_t mask_words = (elem->ptrdata / 8 + 63) / 64;
    uint64_t ptr_words = elem->ptrdata >> 3;
    for (uint64_t i = 0; i < n; i++, pos += elem_words) {
        for (uint64_t w = 0; w < mask_words; w++) {
            uint64_t bits = elem->ptrmask[w];
            if (w * 64 + 64 > ptr_words)
                bits &= (uint64_t { 1 } << (ptr_words - w * 64)) - 1;
            while (bits) {
                m_pages.set_bit(pos + w * 64 + static_cast<uint64_t>(std::countr_zero(bits)));
                bits &= bits - 1;
            }
        }
    }
}

uint64_t Heap::Impl::now_ns() const
{
    return static_cast<uint64_t>(
        std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - m_start)
            .count());
}

// --- Heap ---------------------------------------------------------------------------------------

Heap::Heap(const Options& options)
    : m_impl(new Impl(options))
{
}

Heap::~Heap()
{
    delete m_impl;
}

void Heap::set_roots(RootProvider* roots)
{
    m_impl->m_roots = roots;
    m_impl->recompute_goal();
}

void* Heap::zero_base()
{
    return g_zero_base;
}

void* Heap::alloc(const Type* t)
{
    Impl& h = *m_impl;
    uint64_t size = t->size;
    bool noscan = t->ptrdata == 0;
    if (size - 1 >= kMaxSmallSize) [[unlikely]] {
        if (size == 0)
            return zero_base();
        void* p = h.alloc_large(size, noscan, true);
        if (!noscan)
            h.write_array_bits(reinterpret_cast<uintptr_t>(p), t, 1,
                h.m_pages.span_of(reinterpret_cast<uintptr_t>(p))->elemsize >> 3);
        return p;
    }
    if (noscan && size < kTinySize)
        return h.alloc_tiny(size);
    uint32_t sizeclass = size_class_of(size);
    SmallSlot slot = h.take_small(sizeclass << 1 | noscan);
    uint64_t elemsize = kClassToSize[sizeclass];
    asan_unpoison(slot.addr, elemsize);
    if (slot.needzero)
        zero_slot(slot.addr, elemsize);
    if (!noscan) {
        if (elemsize <= 512)
            h.m_pages.write_bits(
                h.m_pages.bit_index(slot.addr), static_cast<uint32_t>(elemsize >> 3), small_pattern(t));
        else
            h.write_array_bits(slot.addr, t, 1, elemsize >> 3);
    }
    return reinterpret_cast<void*>(slot.addr);
}

void* Heap::alloc_array(const Type* elem, uint64_t n)
{
    Impl& h = *m_impl;
    uint64_t esize = elem->size;
    uint64_t bytes = 0;
    if (__builtin_mul_overflow(esize, n, &bytes) || bytes > kMaxAlloc)
        return nullptr;
    if (bytes == 0)
        return zero_base();
    bool noscan = elem->ptrdata == 0;
    if (bytes > kMaxSmallSize) {
        void* p = h.alloc_large(bytes, noscan, true);
        if (!noscan)
            h.write_array_bits(reinterpret_cast<uintptr_t>(p), elem, n,
                h.m_pages.span_of(reinterpret_cast<uintptr_t>(p))->elemsize >> 3);
        return p;
    }
    if (noscan && bytes < kTinySize)
        return h.alloc_tiny(bytes);
    uint32_t sizeclass = size_class_of(bytes);
    SmallSlot slot = h.take_small(sizeclass << 1 | noscan);
    uint64_t elemsize = kClassToSize[sizeclass];
    asan_unpoison(slot.addr, elemsize);
    if (slot.needzero)
        zero_slot(slot.addr, elemsize);
    if (!noscan) {
        if (elemsize <= 512) {
            uint64_t one = small_pattern(elem), pattern = 0, step = esize >> 3;
            for (uint64_t i = 0; i < n; i++)
                pattern |= one << (i * step);
            h.m_pages.write_bits(
                h.m_pages.bit_index(slot.addr), static_cast<uint32_t>(elemsize >> 3), pattern);
        } else {
            h.write_array_bits(slot.addr, elem, n, elemsize >> 3);
        }
    }
    return reinterpret_cast<void*>(slot.addr);
}

void* Heap::alloc_noscan(uint64_t bytes)
{
    Impl& h = *m_impl;
    if (bytes - 1 >= kMaxSmallSize) [[unlikely]] {
        if (bytes == 0)
            return zero_base();
        if (bytes > kMaxAlloc)
            return nullptr;
        return h.alloc_large(bytes, true, false);
    }
    if (bytes < kTinySize)
        return h.alloc_tiny(bytes);
    uint32_t sizeclass = size_class_of(bytes);
    uintptr_t addr = h.take_small(sizeclass << 1 | 1).addr;
    asan_unpoison(addr, kClassToSize[sizeclass]);
    return reinterpret_cast<void*>(addr);
}

uint64_t Heap::round_up_size(uint64_t bytes)
{
    if (bytes < kMaxSmallSize)
        return bytes == 0 ? 0 : kClassToSize[size_class_of(bytes)];
    if (bytes + kPageSize < bytes)
        return bytes;
    return (bytes + kPageSize - 1) & ~(kPageSize - 1);
}

void Heap::collect(bool forced)
{
    m_impl->collect(forced);
}

int Heap::set_gc_percent(int percent)
{
    int old = m_impl->m_gogc;
    m_impl->m_gogc = percent < 0 ? -1 : percent;
    m_impl->recompute_goal();
    return old;
}

uint64_t Heap::heap_goal() const
{
    return m_impl->m_goal;
}

uint64_t Heap::heap_live() const
{
    return m_impl->m_heap_live;
}

const void* Heap::find_object(const void* p) const
{
    uintptr_t a = reinterpret_cast<uintptr_t>(p);
    Span* s = m_impl->m_pages.span_of(a);
    if (!s)
        return nullptr;
    uint32_t index = s->object_index(a);
    if (index >= s->nelems || !s->is_allocated(index))
        return nullptr;
    return reinterpret_cast<const void*>(s->base + index * s->elemsize);
}

uint64_t Heap::verify_heap(std::FILE* report)
{
    return m_impl->verify(report);
}

uint32_t Heap::num_gc() const
{
    return m_impl->m_num_gc;
}

void Heap::read_mem_stats(MemStats& out)
{
    const Impl& h = *m_impl;
    // Slots of cached spans still unused were counted as allocated when cached; take them
    // back out (Go flushes the mcaches the same way in ReadMemStats).
    uint64_t unused_objects = 0, unused_bytes = 0;
    for (const Span* s : h.m_cache) {
        if (s == &h.m_empty_span)
            continue;
        uint64_t unused = s->nelems - s->count_allocated();
        unused_objects += unused;
        unused_bytes += unused * s->elemsize;
    }
    out = MemStats {};
    out.mallocs = h.m_mallocs - unused_objects + h.m_tiny_allocs;
    out.frees = h.m_frees + h.m_tiny_allocs;
    out.total_alloc = h.m_total_alloc - unused_bytes;
    out.heap_alloc = out.alloc = out.total_alloc - h.m_freed_bytes;
    out.heap_objects = out.mallocs - out.frees;
    out.heap_sys = h.m_pages.committed();
    out.heap_inuse = h.m_pages_inuse * kPageSize;
    out.heap_idle = out.heap_sys - out.heap_inuse;
    out.heap_released = h.m_pages.released_bytes();
    out.stack_inuse = out.stack_sys = h.m_roots ? h.m_roots->stack_bytes() : 0;
    out.sys = out.heap_sys + out.stack_sys + h.m_pages.metadata_committed() + h.m_span_structs * sizeof(Span);
    if (h.m_goal == kNoGoal) {
        // Go reports the memory-limit goal: MaxInt64 minus non-heap memory minus 1 MiB headroom.
        uint64_t non_heap = out.sys - out.heap_idle - out.heap_alloc;
        out.next_gc = static_cast<uint64_t>(INT64_MAX) - non_heap - (uint64_t { 1 } << 20);
    } else {
        out.next_gc = h.m_goal;
    }
    out.last_gc = h.m_last_gc_unix_ns;
    out.pause_total_ns = h.m_pause_total_ns;
    std::memcpy(out.pause_ns, h.m_pause_ns, sizeof out.pause_ns);
    std::memcpy(out.pause_end, h.m_pause_end, sizeof out.pause_end);
    out.num_gc = h.m_num_gc;
    out.num_forced_gc = h.m_num_forced_gc;
    uint64_t elapsed = h.now_ns();
    out.gc_cpu_fraction = elapsed == 0
        ? 0.0
        : static_cast<double>(h.m_gc_cpu_ns) / (static_cast<double>(elapsed) * h.m_options.gomaxprocs);
}

// --- TempRoot -----------------------------------------------------------------------------------

Heap::TempRoot::TempRoot(Heap& heap, const void* p)
    : m_heap(heap)
{
    m_heap.m_impl->m_temp_roots.push_back(p);
}

Heap::TempRoot::~TempRoot()
{
    m_heap.m_impl->m_temp_roots.pop_back();
}

} // namespace vitro::gc
