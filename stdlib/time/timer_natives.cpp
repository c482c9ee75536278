// stdlib/time/timer_natives.cpp — Sleep, After, Tick, NewTimer, NewTicker and the Stop and
// Reset methods of Timer and Ticker.
//
// AfterFunc's timer starts its func in a new goroutine when due.
// Design: every timer lives in the P's timer heap (vm/sched.h), never in a thread. Sleep parks
// the goroutine with a timer that readies it. A Timer or Ticker is a script object in Go's
// layout whose runtimeTimer part holds the state: `when` (0: not pending) and `seq`, the
// sequence number of its live heap entry; Stop and Reset bump `seq`, which turns older heap
// entries stale (lazy deletion). A due timer sends time.Now() on its buffered channel without
// blocking (Go's sendTime), and a ticker re-arms itself at the next multiple of its period.
// Go counterpart: time/sleep.go, time/tick.go, runtime/time.go.
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"
#include "vm/chan.h"
#include "vm/runtime.h"
#include "vm/sched.h"

#include <cstddef>

namespace vitro::stdlib::time {

void now_value(void* out); // time_natives.cpp

namespace {

// Go's Timer and Ticker: {C <-chan Time; r runtimeTimer}.
struct TimerObj {
    vm::Chan* c;
    uint64_t pp;
    int64_t when; // monotonic ns while pending, else 0
    int64_t period;
    void* f;
    vm::Iface arg;
    uint64_t seq;
    int64_t nextwhen;
    uint32_t status;
};
static_assert(sizeof(TimerObj) == 80 && offsetof(TimerObj, seq) == 56);

const uint64_t kTimerMask[1] = { 0x71 }; // c, f, arg
const gc::Type kTimerType = internal::make_struct_type("time.Timer", sizeof(TimerObj), 56, kTimerMask, 0);
const gc::Type kTickerType = internal::make_struct_type("time.Ticker", sizeof(TimerObj), 56, kTimerMask, 0);

int64_t fire(vm::Runtime& rt, const vm::TimerEntry& t, int64_t now)
{
    auto* owner = static_cast<TimerObj*>(t.owner);
    if (owner && owner->seq != t.seq)
        return 0; // stopped or reset since
    uint64_t value[3];
    now_value(value);
    vm::chan_send_memory(rt, static_cast<vm::Chan*>(t.c), value);
    if (t.period <= 0) {
        if (owner)
            owner->when = 0;
        return 0;
    }
    int64_t next = t.when + t.period * (1 + (now - t.when) / t.period);
    if (owner)
        owner->when = next;
    return next;
}

// AfterFunc: a due timer starts f in its own goroutine (Go's goFunc).
int64_t fire_func(vm::Runtime& rt, const vm::TimerEntry& t, int64_t)
{
    auto* owner = static_cast<TimerObj*>(t.owner);
    if (owner->seq != t.seq)
        return 0;
    owner->when = 0;
    rt.sched().spawn(static_cast<const vm::Closure*>(owner->f), nullptr, 0);
    return 0;
}

void arm(vm::Runtime& rt, TimerObj* obj, vm::Chan* c, int64_t d, int64_t period)
{
    vm::Scheduler& s = rt.sched();
    vm::TimerEntry e;
    e.when = vm::nanotime() + (d > 0 ? d : 0);
    e.seq = s.next_seq();
    e.fire = obj && obj->f ? fire_func : fire;
    e.c = c;
    e.owner = obj;
    e.period = period;
    if (obj) {
        obj->seq = e.seq;
        obj->when = e.when;
        obj->period = period;
    }
    s.add_timer(e);
}

// A Timer or Ticker object with its channel (capacity 1, as Go's); nullptr after a panic.
TimerObj* new_timer(vm::NativeCall& call, const gc::Type* type, int64_t d, int64_t period)
{
    vm::Runtime& rt = call.runtime();
    vm::Chan* c = vm::chan_make_elem(rt, call.goroutine(), &internal::kTimeType, 1);
    if (!c)
        return nullptr;
    gc::Heap::TempRoot keep(call.heap(), c);
    auto* obj = static_cast<TimerObj*>(call.heap().alloc(type));
    gc::store_ptr(reinterpret_cast<void**>(&obj->c), c);
    arm(rt, obj, c, d, period);
    return obj;
}

void Sleep(vm::NativeCall& call)
{
    int64_t d = call.int_arg(0);
    if (d <= 0)
        return;
    vm::Scheduler& s = call.runtime().sched();
    vm::Goroutine& g = call.goroutine();
    vm::TimerEntry e;
    e.when = vm::nanotime() + d;
    e.seq = s.next_seq();
    e.g = &g;
    g.sleep_seq = e.seq;
    s.add_timer(e);
    call.park("sleep", false);
}

void NewTimer(vm::NativeCall& call)
{
    call.set_ptr(0, new_timer(call, &kTimerType, call.int_arg(0), 0));
}

void AfterFunc(vm::NativeCall& call)
{
    auto* f = static_cast<const vm::Closure*>(call.ptr_arg(1));
    gc::Heap::TempRoot keep(call.heap(), f);
    auto* obj = static_cast<TimerObj*>(call.heap().alloc(&kTimerType));
    gc::store_ptr(&obj->f, const_cast<vm::Closure*>(f));
    arm(call.runtime(), obj, nullptr, call.int_arg(0), 0);
    call.set_ptr(0, obj);
}

void After(vm::NativeCall& call)
{
    TimerObj* t = new_timer(call, &kTimerType, call.int_arg(0), 0);
    call.set_ptr(0, t ? t->c : nullptr);
}

void NewTicker(vm::NativeCall& call)
{
    int64_t d = call.int_arg(0);
    if (d <= 0) {
        call.panic_message("non-positive interval for NewTicker");
        return;
    }
    call.set_ptr(0, new_timer(call, &kTickerType, d, d));
}

void Tick(vm::NativeCall& call)
{
    int64_t d = call.int_arg(0);
    TimerObj* t = d > 0 ? new_timer(call, &kTickerType, d, d) : nullptr;
    call.set_ptr(0, t ? t->c : nullptr);
}

// Stop: whether the timer was pending; its heap entry turns stale.
bool stop(vm::NativeCall& call, TimerObj* t)
{
    bool active = t->when != 0;
    t->seq = call.runtime().sched().next_seq();
    t->when = 0;
    return active;
}

void Timer_Stop(vm::NativeCall& call)
{
    auto* t = static_cast<TimerObj*>(call.ptr_arg(0));
    call.set_int(0, stop(call, t));
}

void Timer_Reset(vm::NativeCall& call)
{
    auto* t = static_cast<TimerObj*>(call.ptr_arg(0));
    bool active = stop(call, t);
    arm(call.runtime(), t, t->c, call.int_arg(1), 0);
    call.set_int(0, active);
}

void Ticker_Stop(vm::NativeCall& call)
{
    stop(call, static_cast<TimerObj*>(call.ptr_arg(0)));
}

void Ticker_Reset(vm::NativeCall& call)
{
    auto* t = static_cast<TimerObj*>(call.ptr_arg(0));
    int64_t d = call.int_arg(1);
    if (d <= 0) {
        call.panic_message("non-positive interval for Ticker.Reset");
        return;
    }
    stop(call, t);
    arm(call.runtime(), t, t->c, d, d);
}

} // namespace

void register_timers(vm::NativeRegistry& r)
{
    r.add("time.Sleep", Sleep);
    r.add("time.NewTimer", NewTimer);
    r.add("time.After", After);
    r.add("time.AfterFunc", AfterFunc);
    r.add("time.NewTicker", NewTicker);
    r.add("time.Tick", Tick);
    r.add("time.(*Timer).Stop", Timer_Stop);
    r.add("time.(*Timer).Reset", Timer_Reset);
    r.add("time.(*Ticker).Stop", Ticker_Stop);
    r.add("time.(*Ticker).Reset", Ticker_Reset);
}

} // namespace vitro::stdlib::time
