// vm/sched.h — goroutines on one P: creation, run queues, park/ready, time slices, timers,
// deadlock detection (runtime-design.md section 7).
//
// Overview: the Scheduler owns every Goroutine (allg) and plays Go's one P: `runnext` plus a
// local FIFO run queue, a free list of dead goroutines that keep their stacks (starting one
// allocates nothing in the common case), and a binary heap of timers. The M is the
// thread that calls drive(): it runs interpret() on one goroutine at a time; interpret returns
// when the goroutine finishes its entry frame, parks (channel operation, blocking native,
// sleep) or yields (Gosched, preemption), and drive() picks the next one. A goroutine readied
// by the running one goes to runnext and inherits the time slice (the tick does not advance),
// so a channel ping-pong never waits for a queue turn (Go's runqput(next=true)).
// Time slices: sysmon, a thread started with the first `go` statement, sets the poll word when
// the same scheduling tick has lasted 10 ms; the next safepoint (function entry, loop
// back-edge) yields to the tail of the run queue if anything else can run.
// Nested entries: Runtime::call_value runs script code on top of a native's C frame. If that
// code parks, call_value drives the scheduler from there until its goroutine is runnable
// again; goroutines parked under a deeper C frame are skipped by shallower loops.
// Invariants: a goroutine is in at most one of runnext, the run queue and the free list;
// status Runnable <=> it is in runnext or the run queue. Values parked in channel operations
// stay in the parked goroutine's stack slots (sudogs hold slot offsets), so the root scan of
// stacks covers them.
// Concurrency: everything here belongs to the P and is touched only by the thread running
// it; sysmon reads `m_tick` and writes the poll word (both atomics). A later M:N issue adds
// Ps (each with this state), a global queue and stealing without changing the interface.
// Go counterpart: runtime/proc.go (newproc, gopark, goready, schedule, findrunnable,
// checkdead, sysmon), runtime/time.go (timers), runtime/traceback.go (goroutine headers).
#pragma once

#include "vm/runtime.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace vitro::vm {

struct Chan;

// One waiting goroutine in a channel's queue (Go's sudog). Pooled by the scheduler.
struct Sudog {
    Goroutine* g = nullptr;
    Chan* c = nullptr;
    Sudog* next = nullptr; // in the channel's queue
    Sudog* prev = nullptr;
    Sudog* waitlink = nullptr; // g.waiting list (select)
    uint64_t slot = 0; // g.stack offset: the value sent, or where a received value goes
    uint64_t ok_slot = 0; // receive: offset of the `ok` slot (0: none)
    uint64_t select_slot = 0; // select: offset of R[A] (chosen case, ok), 0 otherwise
    int32_t case_index = -1; // select: which case this sudog is
    bool is_send = false;
    bool success = false; // woken by a value transfer (false: by close)
};

struct TimerEntry;
// What a due timer does (stdlib/time: send the time on a channel, restart a ticker). Returns
// the next time it is due, or 0 when it is done.
using TimerFn = int64_t (*)(Runtime& rt, const TimerEntry& t, int64_t now);

// A timer in the P's heap. Lazy deletion: a stopped or reset timer is marked by bumping the
// sequence number its owner holds (or g->sleep_seq); stale entries are dropped by `fire`.
struct TimerEntry {
    int64_t when = 0; // monotonic ns
    uint64_t seq = 0;
    Goroutine* g = nullptr; // time.Sleep: ready g if g->sleep_seq == seq
    TimerFn fire = nullptr; // otherwise
    void* c = nullptr; // heap objects the timer keeps alive (a channel, the script's Timer)
    void* owner = nullptr;
    int64_t period = 0;
};

// Current monotonic time in ns.
int64_t nanotime();
// Wall-clock time in ns since the Unix epoch.
int64_t walltime();

class Scheduler {
public:
    explicit Scheduler(Runtime& rt);
    ~Scheduler();
    Scheduler(const Scheduler&) = delete;
    Scheduler& operator=(const Scheduler&) = delete;

    Goroutine& current() { return *m_current; }
    Goroutine& main_goroutine() { return *m_main; }

    // newproc: a goroutine that will run func value `fn` with `nargs` argument slots; it goes
    // to runnext. The creator's frame (for traces) is the current goroutine's.
    Goroutine& spawn(const Closure* fn, const Slot* args, uint32_t nargs);
    // goready: g becomes runnable in runnext (the previous runnext moves to the queue tail).
    void ready(Goroutine& g);
    // gopark bookkeeping: marks g Waiting for `reason`; the caller then leaves interpret.
    void park(Goroutine& g, const char* reason);
    // Gosched / preemption: g goes to the tail of the run queue.
    void yield(Goroutine& g);
    // A safepoint saw the poll word set: true if g must leave interpret (it yielded).
    bool preempt_requested(Goroutine& g);

    // Runs goroutines until `target` returns from its entry frame (main's init and main, a
    // nested call_value). `target` is either ready to run now (status Running) or parked.
    void drive(Goroutine& target);

    // Blocks g, which is running a native that cannot return to the interpreter to park (a
    // native reached from another native: io.Copy reading an io.Pipe), until a waker readies
    // it: parks g for `reason`, then runs the other goroutines from this C frame (a nested
    // drive, as in Runtime::call_value) and returns with g running again. The caller queues g
    // where its waker finds it (sema_enqueue) before the call and re-checks its condition after.
    // A goroutine blocked here can only resume once every deeper nested drive has returned.
    void block_in_native(Goroutine& g, const char* reason);

    // Timers.
    void add_timer(const TimerEntry& t);
    // Deletes the pending timer whose seq is `seq` (a cancelled context's deadline; `seq` must
    // not have fired yet): it never fires, and the heap drops deleted entries in batches (Go's
    // deleted timers), so that they neither pile up nor keep the scheduler waiting for nothing
    // instead of reporting a deadlock. False if it was already deleted.
    bool delete_timer(uint64_t seq);
    uint64_t next_seq() { return ++m_seq; }
    bool has_timers() const { return !m_timers.empty(); }

    // Wait queues keyed by address (Go's semtable), for sync's slow paths: the caller parks
    // g (NativeCall::park) after queueing it; wakers pop in FIFO order and ready.
    void sema_enqueue(const void* addr, Goroutine& g) { m_sema[addr].push_back(&g); }
    Goroutine* sema_dequeue(const void* addr);
    size_t sema_waiters(const void* addr) const;

    int64_t num_goroutine() const { return m_live; }
    size_t goroutines_allocated() const { return m_allg.size(); } // live + free list
    Sudog* get_sudog();
    void put_sudog(Sudog* s);

    // Root scan and accounting (Runtime's RootProvider delegates here).
    template <class Fn> void for_each_live(Fn fn) const
    {
        for (Goroutine* g : m_allg)
            if (g->status != GStatus::Dead)
                fn(*g);
    }
    void scan_timers(gc::Marker& m) const;
    uint64_t stack_bytes() const;

private:
    Goroutine* new_goroutine();
    Goroutine* next_to_run(Goroutine& target);
    Goroutine* pop_runnable(Goroutine& target);
    void push_tail(Goroutine& g);
    void finish(Goroutine& g);
    bool run_timers(int64_t now);
    [[noreturn]] void deadlock();
    void start_sysmon();
    void sysmon_loop();

    Runtime& m_rt;
    std::vector<Goroutine*> m_allg; // every goroutine ever made (dead ones are reused)
    Goroutine* m_main = nullptr;
    Goroutine* m_current = nullptr;
    Goroutine* m_runnext = nullptr;
    Goroutine* m_head = nullptr; // local run queue (FIFO through schedlink)
    Goroutine* m_tail = nullptr;
    Goroutine* m_free = nullptr; // dead goroutines with their stacks
    int64_t m_next_id = 1;
    int64_t m_live = 0;
    bool m_main_goexit = false; // main called runtime.Goexit (deadlock's message)
    std::vector<TimerEntry> m_timers; // binary min-heap by `when`
    std::unordered_set<uint64_t> m_deleted_timers; // seqs of entries still in m_timers that never fire
    uint64_t m_seq = 0;
    std::vector<Sudog*> m_sudog_pool; // free sudogs (owned by m_sudogs)
    std::vector<std::unique_ptr<Sudog>> m_sudogs;
    std::unordered_map<const void*, std::deque<Goroutine*>> m_sema;
    std::atomic<uint64_t> m_tick { 0 }; // advances at each schedule that does not inherit the slice
    // sysmon's thread and its wake-up (members, not globals: std::exit ends the process with
    // sysmon still waiting, and must not destroy what it waits on).
    std::atomic<bool> m_stop { false };
    std::mutex m_sysmon_mu;
    std::condition_variable m_sysmon_cv;
    std::thread m_sysmon;
};

} // namespace vitro::vm
