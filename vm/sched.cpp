// vm/sched.cpp — the Scheduler: goroutine creation and reuse, runnext and the run queue,
// park/ready/yield, drive (the M's schedule loop), timers, sysmon and deadlock detection
// (design: sched.h).
#include "vm/sched.h"

#include "support/assert.h"
#include "vm/chan.h"
#include "vm/frame.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <ctime>

namespace vitro::vm {

namespace {

// sysmon's time slice (Go's forcePreemptNS).
constexpr int64_t kTimeSliceNs = 10'000'000;
// A dead goroutine keeps a stack up to this size; a bigger one goes back to the initial size.
constexpr uint64_t kKeepStackSlots = 1024;

} // namespace

int64_t nanotime()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

int64_t walltime()
{
    timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return static_cast<int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

Scheduler::Scheduler(Runtime& rt)
    : m_rt(rt)
{
    m_main = new_goroutine();
    m_main->status = GStatus::Running;
    m_current = m_main;
}

Scheduler::~Scheduler()
{
    if (m_sysmon.joinable()) {
        {
            std::lock_guard<std::mutex> lock(m_sysmon_mu);
            m_stop = true;
        }
        m_sysmon_cv.notify_all();
        m_sysmon.join();
    }
    for (Goroutine* g : m_allg) {
        std::free(g->stack);
        delete g;
    }
}

// ---- goroutines ----

Goroutine* Scheduler::new_goroutine()
{
    Goroutine* g = m_free;
    if (g) {
        m_free = g->schedlink;
    } else {
        g = new Goroutine;
        g->stack_slots = kInitialStackSlots;
        g->stack = static_cast<Slot*>(std::calloc(g->stack_slots, sizeof(Slot)));
        VITRO_CHECK(g->stack);
        m_allg.push_back(g);
    }
    g->schedlink = nullptr;
    g->id = m_next_id++;
    g->panic = PanicState {};
    g->retry_native = false;
    g->nested = 0;
    g->waiting = nullptr;
    g->wait_reason = "";
    m_live++;
    return g;
}

Goroutine& Scheduler::spawn(const Closure* closure, const Slot* args, uint32_t nargs)
{
    const Function* fn = closure->fn;
    Goroutine* g = new_goroutine();
    // Bottom sentinel at slots 0..2, the entry frame at base 6 (as Runtime::call).
    uint64_t base = 2 * kFrameHeader;
    uint64_t width = std::max(fn->num_slots, fn->param_slots + 1);
    uint64_t need = base + width + kFrameHeader;
    if (need > g->stack_slots)
        m_rt.grow_stack(*g, need);
    Slot* s = g->stack;
    s[0] = s[1] = s[2] = 0;
    s[base - kHeaderReturnPc] = 0;
    s[base - kHeaderCallerBase] = kFrameHeader;
    s[base - kHeaderFunction] = reinterpret_cast<Slot>(fn);
    std::memset(s + base, 0, width * sizeof(Slot));
    if (nargs)
        std::memcpy(s + base, args, nargs * sizeof(Slot));
    s[base + fn->param_slots] = reinterpret_cast<Slot>(closure);
    g->base = base;
    g->pc = 0;
    g->start_fn = fn;
    Goroutine& cur = *m_current;
    g->creator_fn = reinterpret_cast<const Function*>(cur.stack[cur.base - kHeaderFunction]);
    g->creator_line = g->creator_fn ? g->creator_fn->line_at(cur.pc ? cur.pc - 1 : 0) : 0;
    ready(*g);
    if (!m_sysmon.joinable())
        start_sysmon();
    return *g;
}

void Scheduler::finish(Goroutine& g)
{
    g.status = GStatus::Dead;
    m_live--;
    if (g.stack_slots > kKeepStackSlots) {
        std::free(g.stack);
        g.stack_slots = kInitialStackSlots;
        g.stack = static_cast<Slot*>(std::calloc(g.stack_slots, sizeof(Slot)));
        VITRO_CHECK(g.stack);
    }
    g.panic = PanicState {};
    g.schedlink = m_free;
    m_free = &g;
}

Sudog* Scheduler::get_sudog()
{
    if (m_sudog_pool.empty()) {
        // Owned by m_sudogs: goroutines still parked when main returns keep theirs till the end.
        m_sudogs.push_back(std::make_unique<Sudog>());
        return m_sudogs.back().get();
    }
    Sudog* s = m_sudog_pool.back();
    m_sudog_pool.pop_back();
    return s;
}

void Scheduler::put_sudog(Sudog* s)
{
    *s = Sudog {};
    m_sudog_pool.push_back(s);
}

Goroutine* Scheduler::sema_dequeue(const void* addr)
{
    auto it = m_sema.find(addr);
    if (it == m_sema.end())
        return nullptr;
    Goroutine* g = it->second.front();
    it->second.pop_front();
    if (it->second.empty())
        m_sema.erase(it);
    return g;
}

size_t Scheduler::sema_waiters(const void* addr) const
{
    auto it = m_sema.find(addr);
    return it == m_sema.end() ? 0 : it->second.size();
}

// ---- run queue ----

void Scheduler::push_tail(Goroutine& g)
{
    g.schedlink = nullptr;
    if (m_tail)
        m_tail->schedlink = &g;
    else
        m_head = &g;
    m_tail = &g;
}

void Scheduler::ready(Goroutine& g)
{
    g.status = GStatus::Runnable;
    g.wait_reason = "";
    if (m_runnext)
        push_tail(*m_runnext);
    m_runnext = &g;
}

void Scheduler::park(Goroutine& g, const char* reason)
{
    g.status = GStatus::Waiting;
    g.wait_reason = reason;
}

void Scheduler::yield(Goroutine& g)
{
    g.status = GStatus::Runnable;
    // The yielding goroutine goes behind everything that waits, runnext included (Go puts it
    // on the global queue, which a single P reaches after its local work).
    if (m_runnext) {
        push_tail(*m_runnext);
        m_runnext = nullptr;
    }
    push_tail(g);
}

bool Scheduler::preempt_requested(Goroutine& g)
{
    m_rt.poll_word()->store(0, std::memory_order_relaxed);
    bool due = !m_timers.empty() && m_timers.front().when <= nanotime();
    if (!m_runnext && !m_head && !due)
        return false;
    yield(g);
    return true;
}

Goroutine* Scheduler::pop_runnable(Goroutine& target)
{
    // A goroutine parked under a deeper C frame (a nested call_value below this drive) cannot
    // resume here: set it aside and put it back behind the others.
    Goroutine* skipped_head = nullptr;
    Goroutine* skipped_tail = nullptr;
    Goroutine* found = nullptr;
    for (;;) {
        Goroutine* g = nullptr;
        if (m_runnext) {
            g = m_runnext;
            m_runnext = nullptr;
        } else if (m_head) {
            g = m_head;
            m_head = g->schedlink;
            if (!m_head)
                m_tail = nullptr;
            m_tick.fetch_add(1, std::memory_order_relaxed);
        } else {
            break;
        }
        g->schedlink = nullptr;
        if (g->nested > 0 && g != &target) {
            if (skipped_tail)
                skipped_tail->schedlink = g;
            else
                skipped_head = g;
            skipped_tail = g;
            continue;
        }
        found = g;
        break;
    }
    while (skipped_head) {
        Goroutine* next = skipped_head->schedlink;
        push_tail(*skipped_head);
        skipped_head = next;
    }
    return found;
}

Goroutine* Scheduler::next_to_run(Goroutine& target)
{
    for (;;) {
        if (!m_timers.empty())
            run_timers(nanotime());
        if (Goroutine* g = pop_runnable(target))
            return g;
        if (!m_timers.empty()) {
            int64_t wait = m_timers.front().when - nanotime();
            if (wait > 0) {
                timespec ts { static_cast<time_t>(wait / 1'000'000'000),
                    static_cast<long>(wait % 1'000'000'000) };
                nanosleep(&ts, nullptr);
            }
            continue;
        }
        deadlock();
    }
}

void Scheduler::drive(Goroutine& target)
{
    Goroutine* g = &target;
    if (target.status != GStatus::Running)
        g = next_to_run(target);
    for (;;) {
        m_current = g;
        g->status = GStatus::Running;
        interpret(m_rt, *g);
        if (g->status == GStatus::Running) {
            if (g->panic.active && g->panic.goexit && g->nested == 0) {
                // runtime.Goexit ran the goroutine's deferred calls: it ends here. After
                // main's, the program runs on until the other goroutines end or block.
                g->panic = PanicState {};
                if (g == m_main) {
                    m_main_goexit = true;
                    g->status = GStatus::Dead;
                    m_live--;
                } else {
                    finish(*g);
                }
                g = next_to_run(target);
                continue;
            }
            if (g == &target)
                return;
            if (g->panic.active)
                m_rt.fatal_panic(*g); // a goroutine's entry ended in a panic nobody recovered
            if (g == m_main)
                m_rt.exit(0); // main.main returned while a nested call waited
            finish(*g);
        }
        g = next_to_run(target);
    }
}

void Scheduler::block_in_native(Goroutine& g, const char* reason)
{
    park(g, reason);
    g.nested++;
    for (Goroutine* next = next_to_run(g); next != &g; next = next_to_run(g)) {
        m_current = next;
        next->status = GStatus::Running;
        interpret(m_rt, *next);
        if (next->status == GStatus::Running) {
            if (next->panic.active)
                m_rt.fatal_panic(*next);
            if (next == m_main)
                m_rt.exit(0);
            finish(*next);
        }
    }
    g.nested--;
    m_current = &g;
    g.status = GStatus::Running;
}

// ---- timers ----

namespace {

bool timer_later(const TimerEntry& a, const TimerEntry& b)
{
    return a.when > b.when;
}

} // namespace

void Scheduler::add_timer(const TimerEntry& t)
{
    m_timers.push_back(t);
    std::push_heap(m_timers.begin(), m_timers.end(), timer_later);
}

bool Scheduler::delete_timer(uint64_t seq)
{
    if (!m_deleted_timers.insert(seq).second)
        return false;
    // Go's cleantimers/clearDeletedTimers: compact once a quarter of the heap is deleted, so
    // deleting is O(1) amortized and a heap of deleted timers never delays deadlock detection.
    if (m_deleted_timers.size() * 4 > m_timers.size()) {
        std::erase_if(m_timers, [&](const TimerEntry& t) { return m_deleted_timers.count(t.seq) != 0; });
        m_deleted_timers.clear();
        std::make_heap(m_timers.begin(), m_timers.end(), timer_later);
    }
    return true;
}

bool Scheduler::run_timers(int64_t now)
{
    bool fired = false;
    while (!m_timers.empty() && m_timers.front().when <= now) {
        std::pop_heap(m_timers.begin(), m_timers.end(), timer_later);
        TimerEntry t = m_timers.back();
        m_timers.pop_back();
        if (!m_deleted_timers.empty() && m_deleted_timers.erase(t.seq))
            continue;
        if (t.g) {
            if (t.g->sleep_seq == t.seq && t.g->status == GStatus::Waiting) {
                ready(*t.g);
                fired = true;
            }
            continue;
        }
        gc::Heap::TempRoot keep_c(m_rt.heap(), t.c), keep_owner(m_rt.heap(), t.owner);
        int64_t next = t.fire(m_rt, t, now);
        fired = true;
        if (next > 0) {
            t.when = next;
            add_timer(t);
        }
    }
    return fired;
}

void Scheduler::scan_timers(gc::Marker& m) const
{
    for (const TimerEntry& t : m_timers) {
        m.mark_word(reinterpret_cast<uint64_t>(t.c));
        m.mark_word(reinterpret_cast<uint64_t>(t.owner));
    }
}

uint64_t Scheduler::stack_bytes() const
{
    uint64_t n = 0;
    for (Goroutine* g : m_allg)
        if (g->status != GStatus::Dead) // the free list's stacks are not scanned
            n += g->stack_slots * sizeof(Slot);
    return n;
}

// ---- sysmon ----

void Scheduler::start_sysmon()
{
    m_sysmon = std::thread([this] { sysmon_loop(); });
}

void Scheduler::sysmon_loop()
{
    uint64_t last = m_tick.load(std::memory_order_relaxed);
    std::unique_lock<std::mutex> lock(m_sysmon_mu);
    while (!m_stop) {
        m_sysmon_cv.wait_for(lock, std::chrono::nanoseconds(kTimeSliceNs), [this] { return m_stop.load(); });
        if (m_stop)
            break;
        uint64_t tick = m_tick.load(std::memory_order_relaxed);
        if (tick == last)
            m_rt.poll_word()->store(1, std::memory_order_relaxed);
        last = tick;
    }
}

// ---- deadlock ----

void Scheduler::deadlock()
{
    m_rt.flush_out();
    Goroutine* first = m_main;
    if (m_main_goexit) {
        first = nullptr;
        for_each_live([&](Goroutine& g) { first = first ? first : &g; });
        if (!first) { // Go's checkdead with no goroutine left
            std::fprintf(stderr, "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
            std::fflush(stderr);
            std::_Exit(2);
        }
    }
    std::fprintf(stderr, "fatal error: all goroutines are asleep - deadlock!\n\n");
    m_rt.print_all_traces(*first, stderr);
    std::fflush(stderr);
    std::_Exit(2);
}

} // namespace vitro::vm
