// gc/collector.cpp — the stop-the-world mark-sweep collector and the heap verifier.
//
// Overview: a precise, non-moving, stop-the-world mark-sweep over the span heap. It runs
// inside an allocation (Heap::Impl::refill / alloc_large, when the live heap would pass the
// goal or the stress interval is reached) or from runtime.GC (Heap::collect(true)).
// Phases (the names of Go's, which this stage runs back to back with the world stopped):
//  1. Sweep termination: release every cached span (its unused slots stop counting as live).
//  2. Mark: the RootProvider visits goroutine stacks (by their pointer maps), globals and
//     runtime structures through a Marker; TempRoots are marked too. Marking a word finds its
//     span in the page map and its slot by division magic, so interior pointers keep their
//     object alive; words that are not into an allocated slot are ignored. A newly marked
//     object of a scan span is pushed on an explicit gray stack (never recursion); draining
//     scans each gray object's pointer words as the heap bitmap gives them (ctz over 64-word
//     groups). Noscan objects are marked and never scanned.
//  3. Mark termination and sweep (eager, in the same pause): per span, alloc_bits := mark_bits,
//     a cleared mark bitmap, freeindex := 0; spans with no marked slot go back to the page
//     heap; partially free spans go on their class's partial list. The pacer then sets
//     live heap := marked bytes and the next goal (gc/pacer.h); gctrace prints the line.
// Invariants: outside a collection every mark bit is clear; after sweep every allocated slot
// of a scan span was reachable at mark time, so (VITRO_VERIFY_HEAP) every pointer word of
// every allocated object is nil, outside the heap or into an allocated object.
// Concurrency: everything runs on the allocating thread with the (single) mutator stopped;
// no write barrier is needed yet (gc::store_ptr is its future home).
// Rejected for now: lazy sweeping (the eager sweep costs one pass over span headers, not
// objects); concurrent mark (the later stage; Go's mgc.go design).
// Go reference: runtime/mgc.go (gcStart, gcMarkTermination, gcSweep), runtime/mgcmark.go
// (markroot, scanobject, greyobject), runtime/mgcsweep.go (sweepLocked.sweep).
#include "gc/heap.h"
#include "gc/heap_impl.h"
#include "support/assert.h"

#include <chrono>

namespace vitro::gc {

namespace {

class RootMarker final : public Marker {
public:
    explicit RootMarker(Heap::Impl& heap)
        : m_heap(heap)
    {
    }
    void mark_word(uint64_t word) override { m_heap.mark_word(word); }

private:
    Heap::Impl& m_heap;
};

uint64_t unix_now_ns()
{
    return static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::system_clock::now().time_since_epoch())
                                     .count());
}

} // namespace

void Heap::Impl::collect(bool forced)
{
    VITRO_CHECK(!m_in_gc);
    m_in_gc = true;
    uint64_t t[4];
    t[0] = now_ns();
    release_all_cached();
    uint64_t heap_before = m_heap_live;
    uint64_t goal_before = m_goal;
    t[1] = now_ns();
    mark_roots();
    drain_gray();
    t[2] = now_ns();
    uint64_t marked = sweep();
    t[3] = now_ns();
    if (m_gogc >= 0) {
        // Keep at most 110% of the next goal mapped (Go's scavenger goal); outside the pause.
        uint64_t goal = gogc_heap_goal(marked, m_last_stacks, m_last_globals, m_gogc);
        m_pages.scavenge(goal + goal / 10);
    }
    finish_cycle(forced, heap_before, goal_before, marked, t);
    m_in_gc = false;
#if VITRO_VERIFY_HEAP
    VITRO_CHECK(verify(stderr) == 0);
#endif
}

void Heap::Impl::mark_roots()
{
    RootMarker marker(*this);
    if (m_roots)
        m_roots->scan_roots(marker);
    for (const void* p : m_temp_roots)
        mark_word(reinterpret_cast<uint64_t>(p));
}

void Heap::Impl::scan_object(uintptr_t base, uint64_t nwords)
{
    const uint64_t* words = reinterpret_cast<const uint64_t*>(base);
    uint64_t pos = m_pages.bit_index(base);
    for (uint64_t i = 0; i < nwords; i += 64) {
        uint64_t n = nwords - i < 64 ? nwords - i : 64;
        uint64_t bits = m_pages.read_bits(pos + i, static_cast<uint32_t>(n));
        while (bits) {
            mark_word(words[i + static_cast<uint64_t>(std::countr_zero(bits))]);
            bits &= bits - 1;
        }
    }
}

void Heap::Impl::drain_gray()
{
    // Objects popped from the gray stack wait in a small FIFO whose entries were prefetched
    // when they entered it, so the scan of one object overlaps the cache misses of the next
    // few (the prefetch-on-grey technique; the stack alone would scan each object right
    // after touching its cache line for the first time).
    constexpr uint32_t kAhead = 8;
    GrayObject ring[kAhead];
    uint32_t head = 0, count = 0;
    for (;;) {
        while (count < kAhead && !m_gray.empty()) {
            GrayObject g = m_gray.back();
            m_gray.pop_back();
            __builtin_prefetch(reinterpret_cast<const void*>(g.base));
            ring[(head + count) % kAhead] = g;
            count++;
        }
        if (count == 0)
            return;
        GrayObject g = ring[head];
        head = (head + 1) % kAhead;
        count--;
        scan_object(g.base, g.nwords);
    }
}

uint64_t Heap::Impl::sweep()
{
    for (Span*& p : m_partial)
        p = nullptr;
    uint64_t marked_bytes = 0;
    for (size_t i = 0; i < m_spans.size();) {
        Span* s = m_spans[i];
        uint32_t marked = s->count_marked();
        uint32_t freed = s->alloc_count - marked;
        m_frees += freed;
        m_freed_bytes += freed * s->elemsize;
        if (marked == 0) {
            free_span(s); // moves the last span to position i
            continue;
        }
        if (VITRO_GC_ASAN && freed)
            poison_freed(s);
        std::swap(s->alloc_bits, s->mark_bits);
        std::memset(s->mark_bits, 0, s->bit_words() * sizeof(uint64_t));
        s->freeindex = 0;
        s->alloc_count = marked;
        if (freed)
            s->needzero = true;
        s->refill_alloc_cache();
        if (marked < s->nelems) {
            s->next = m_partial[s->spanclass];
            m_partial[s->spanclass] = s;
        }
        marked_bytes += marked * s->elemsize;
        i++;
    }
    return marked_bytes;
}

void Heap::Impl::poison_freed(const Span* s)
{
    for (uint32_t i = 0; i < s->nelems; i++)
        if (s->is_allocated(i) && !s->is_marked(i))
            asan_poison(s->base + i * s->elemsize, s->elemsize);
}

void Heap::Impl::finish_cycle(
    bool forced, uint64_t heap_before, uint64_t goal_before, uint64_t marked, const uint64_t (&t)[4])
{
    m_heap_marked = marked;
    m_heap_live = marked;
    m_last_stacks = m_roots ? m_roots->stack_bytes() : 0;
    recompute_goal();

    uint64_t pause = t[3] - t[0];
    uint64_t procs = static_cast<uint64_t>(m_options.gomaxprocs < 1 ? 1 : m_options.gomaxprocs);
    uint64_t end = unix_now_ns();
    m_num_gc++;
    if (forced)
        m_num_forced_gc++;
    m_pause_total_ns += pause;
    m_pause_ns[(m_num_gc - 1) % 256] = pause;
    m_pause_end[(m_num_gc - 1) % 256] = end;
    m_last_gc_unix_ns = end;
    m_gc_cpu_ns += pause * procs;
    if (!m_options.gctrace)
        return;

    CycleTrace trace;
    trace.number = m_num_gc;
    trace.start_ns = t[0];
    uint64_t elapsed = now_ns();
    trace.cpu_percent
        = static_cast<int>(static_cast<double>(m_gc_cpu_ns) / (static_cast<double>(elapsed) * procs) * 100);
    trace.sweep_term_ns = t[1] - t[0];
    trace.mark_ns = t[2] - t[1];
    trace.mark_term_ns = t[3] - t[2];
    trace.sweep_term_cpu_ns = trace.sweep_term_ns * procs;
    trace.background_ns = trace.mark_ns;
    trace.mark_term_cpu_ns = trace.mark_term_ns * procs;
    trace.heap0 = trace.heap1 = heap_before;
    trace.heap2 = marked;
    trace.goal = goal_before;
    if (goal_before == kNoGoal) {
        // GOGC=off: Go prints the memory-limit goal, about MaxInt64 minus non-heap memory.
        trace.goal = static_cast<uint64_t>(INT64_MAX) - m_pages.metadata_committed() - (uint64_t { 1 } << 20);
    }
    trace.stacks = m_last_stacks;
    trace.globals = m_last_globals;
    trace.procs = static_cast<int>(procs);
    trace.forced = forced;
    print_trace(trace);
}

void Heap::Impl::print_trace(const CycleTrace& trace)
{
    std::FILE* out = m_options.trace_out ? m_options.trace_out : stderr;
    std::fputs(format_gctrace(trace).c_str(), out);
    std::fflush(out);
}

// --- verifier -----------------------------------------------------------------------------------

uint64_t Heap::Impl::verify_span(Span* s, std::FILE* report)
{
    uint64_t bad = 0;
    auto complain = [&](const char* what, uint64_t a, uint64_t b) {
        if (bad++ < 10 && report)
            std::fprintf(report, "vitro: heap verifier: %s (0x%llx, 0x%llx)\n", what,
                static_cast<unsigned long long>(a), static_cast<unsigned long long>(b));
    };
    for (uint64_t p = 0; p < s->npages; p++)
        if (m_pages.span_of(s->base + p * kPageSize) != s)
            complain("page map does not point to its span", s->base, p);
    if (!s->cached && s->alloc_count != s->count_allocated())
        complain("span alloc_count disagrees with its bitmap", s->base, s->alloc_count);
    if (!m_in_gc && s->count_marked() != 0)
        complain("mark bit set outside a collection", s->base, s->count_marked());
    if (s->noscan())
        return bad;
    for (uint32_t i = 0; i < s->nelems; i++) {
        if (!s->is_allocated(i))
            continue;
        uintptr_t obj = s->base + i * s->elemsize;
        const uint64_t* words = reinterpret_cast<const uint64_t*>(obj);
        uint64_t pos = m_pages.bit_index(obj);
        for (uint64_t w = 0; w < s->elemsize / 8; w++) {
            if (!m_pages.read_bits(pos + w, 1))
                continue;
            uint64_t v = words[w];
            if (v == 0 || !m_pages.in_heap(v))
                continue;
            Span* t = m_pages.span_of(v);
            uint32_t index = t ? t->object_index(v) : 0;
            if (!t || index >= t->nelems || !t->is_allocated(index))
                complain("pointer to unallocated heap memory (object, value)", obj + w * 8, v);
        }
    }
    return bad;
}

uint64_t Heap::Impl::verify(std::FILE* report)
{
    uint64_t bad = 0;
    for (Span* s : m_spans)
        bad += verify_span(s, report);
    return bad;
}

} // namespace vitro::gc
