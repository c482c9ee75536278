// stdlib/sync/sync_natives.cpp — Mutex, RWMutex, WaitGroup, Once, Cond and Pool.
// (map_natives.cpp has Map.) Cond works with any Locker: the natively handled ones hand the
// lock to a signalled waiter, a script Locker's Unlock and Lock methods are called. Pool keeps one private
// slot and a shared stack; collections move it to a victim cache and drop the old victim, as Go 1.13+ does
// (applied lazily at the next Get/Put by comparing collection counts).
//
// Design: the objects keep Go's layouts (decl.go) and their zero values work, so they embed
// and live anywhere; the state words hold the lock state and counters, and waiters queue in
// the scheduler's address-keyed wait queues (vm/sched.h, Go's semtable). Ownership is handed
// off: Unlock with waiters keeps the mutex locked and readies the first waiter, which returns
// from Lock owning it (Go's starvation mode, always: FIFO-fair and deterministic on one P).
// Natives that block park with NativeCall::park and resume after the call, except Once.Do's
// waiters, which run Do again (retry) and then see `done`.
// Concurrency: one P runs all goroutines, so the state words need no atomics yet; the M:N
// issue makes them atomics and puts the queues under a lock, as Go's sema.go.
// Go counterpart: sync/mutex.go, rwmutex.go, waitgroup.go, once.go, cond.go, pool.go;
// runtime/sema.go.
#include "stdlib/internal/ifaces.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"
#include "vm/ops.h"
#include "vm/runtime.h"
#include "vm/sched.h"

#include <cstring>
#include <string_view>
#include <unordered_set>

namespace vitro::stdlib::sync {

namespace {

struct Mutex {
    int32_t state; // bit 0: locked
    uint32_t sema;
};

struct RWMutex {
    Mutex w; // state bit 0: a writer holds it
    uint32_t writer_sem; // its address keys the waiting writers
    uint32_t reader_sem; // its address keys the waiting readers
    int32_t reader_count; // readers holding it
    int32_t reader_wait;
};

struct WaitGroup {
    int64_t counter; // Go's state1 (counter and waiters); the waiters are in the wait queue
    uint32_t sema;
};

struct Once {
    uint32_t done;
    Mutex m;
};

static_assert(sizeof(Mutex) == 8 && sizeof(RWMutex) == 24 && sizeof(Once) == 12);

vm::Scheduler& sched(vm::NativeCall& call)
{
    return call.runtime().sched();
}

// ---- Mutex ----

void lock_or_wait(vm::NativeCall& call, Mutex* m, const char* reason)
{
    if (!(m->state & 1)) {
        m->state |= 1;
        return;
    }
    sched(call).sema_enqueue(m, call.goroutine());
    call.park(reason, false); // resumes owning m (handed off by unlock)
}

void unlock(vm::Runtime& rt, Mutex* m)
{
    if (vm::Goroutine* next = rt.sched().sema_dequeue(m)) {
        rt.sched().ready(*next); // m stays locked: next owns it now
        return;
    }
    m->state &= ~1;
}

void Mutex_Lock(vm::NativeCall& call)
{
    lock_or_wait(call, static_cast<Mutex*>(call.ptr_arg(0)), "semacquire");
}

void Mutex_TryLock(vm::NativeCall& call)
{
    auto* m = static_cast<Mutex*>(call.ptr_arg(0));
    bool ok = !(m->state & 1);
    if (ok)
        m->state |= 1;
    call.set_int(0, ok);
}

void Mutex_Unlock(vm::NativeCall& call)
{
    auto* m = static_cast<Mutex*>(call.ptr_arg(0));
    if (!(m->state & 1))
        call.runtime().fatal_error(call.goroutine(), "sync: unlock of unlocked mutex", "");
    unlock(call.runtime(), m);
}

// ---- RWMutex (writer-preferring, as Go's: a waiting writer blocks new readers) ----

void RWMutex_RLock(vm::NativeCall& call)
{
    auto* rw = static_cast<RWMutex*>(call.ptr_arg(0));
    if (!(rw->w.state & 1) && !sched(call).sema_waiters(&rw->writer_sem)) {
        rw->reader_count++;
        return;
    }
    sched(call).sema_enqueue(&rw->reader_sem, call.goroutine());
    call.park("semacquire", false); // resumes counted as a reader
}

void RWMutex_TryRLock(vm::NativeCall& call)
{
    auto* rw = static_cast<RWMutex*>(call.ptr_arg(0));
    bool ok = !(rw->w.state & 1) && !sched(call).sema_waiters(&rw->writer_sem);
    if (ok)
        rw->reader_count++;
    call.set_int(0, ok);
}

void rw_runlock(vm::NativeCall& call, RWMutex* rw)
{
    if (rw->reader_count <= 0)
        call.runtime().fatal_error(call.goroutine(), "sync: RUnlock of unlocked RWMutex", "");
    if (--rw->reader_count == 0) {
        if (vm::Goroutine* w = sched(call).sema_dequeue(&rw->writer_sem)) {
            rw->w.state |= 1;
            sched(call).ready(*w);
        }
    }
}

void RWMutex_RUnlock(vm::NativeCall& call)
{
    rw_runlock(call, static_cast<RWMutex*>(call.ptr_arg(0)));
}

void RWMutex_Lock(vm::NativeCall& call)
{
    auto* rw = static_cast<RWMutex*>(call.ptr_arg(0));
    if (!(rw->w.state & 1) && rw->reader_count == 0) {
        rw->w.state |= 1;
        return;
    }
    sched(call).sema_enqueue(&rw->writer_sem, call.goroutine());
    call.park("semacquire", false); // resumes holding the write lock
}

void RWMutex_TryLock(vm::NativeCall& call)
{
    auto* rw = static_cast<RWMutex*>(call.ptr_arg(0));
    bool ok = !(rw->w.state & 1) && rw->reader_count == 0;
    if (ok)
        rw->w.state |= 1;
    call.set_int(0, ok);
}

void rw_unlock(vm::NativeCall& call, RWMutex* rw)
{
    if (!(rw->w.state & 1))
        call.runtime().fatal_error(call.goroutine(), "sync: Unlock of unlocked RWMutex", "");
    rw->w.state &= ~1;
    vm::Scheduler& s = sched(call);
    bool readers = false;
    while (vm::Goroutine* r = s.sema_dequeue(&rw->reader_sem)) {
        rw->reader_count++;
        s.ready(*r);
        readers = true;
    }
    if (!readers) {
        if (vm::Goroutine* w = s.sema_dequeue(&rw->writer_sem)) {
            rw->w.state |= 1;
            s.ready(*w);
        }
    }
}

void RWMutex_Unlock(vm::NativeCall& call)
{
    rw_unlock(call, static_cast<RWMutex*>(call.ptr_arg(0)));
}

// RLocker: a *sync.rlocker (the RWMutex's own address) whose Lock and Unlock are RLock and
// RUnlock; its itab finds "sync.(*rlocker).Lock" by name.
const gc::Type kRlockerType = internal::make_struct_type("sync.rlocker", 24, 0, nullptr, gc::kTypeNamed);
const gc::Type kRlockerPtrType = internal::make_pointer_type(&kRlockerType, "*sync.rlocker");

void RWMutex_RLocker(vm::NativeCall& call)
{
    call.set_iface(0, internal::make_iface(call, &kRlockerPtrType, &internal::kLockerIface, call.ptr_arg(0)));
}

// ---- WaitGroup ----

void wait_group_add(vm::NativeCall& call, int64_t delta)
{
    auto* wg = static_cast<WaitGroup*>(call.ptr_arg(0));
    wg->counter += delta;
    if (wg->counter < 0) {
        call.panic_message("sync: negative WaitGroup counter");
        return;
    }
    if (wg->counter == 0)
        while (vm::Goroutine* g = sched(call).sema_dequeue(wg))
            sched(call).ready(*g);
}

void WaitGroup_Add(vm::NativeCall& call)
{
    wait_group_add(call, call.int_arg(1));
}

void WaitGroup_Done(vm::NativeCall& call)
{
    wait_group_add(call, -1);
}

void WaitGroup_Wait(vm::NativeCall& call)
{
    auto* wg = static_cast<WaitGroup*>(call.ptr_arg(0));
    if (wg->counter == 0)
        return;
    sched(call).sema_enqueue(wg, call.goroutine());
    call.park("semacquire", false);
}

// ---- Once ----

void Once_Do(vm::NativeCall& call)
{
    auto* o = static_cast<Once*>(call.ptr_arg(0));
    if (o->done)
        return;
    if (o->m.state & 1) { // another goroutine is running f: wait, then look at done again
        sched(call).sema_enqueue(&o->m, call.goroutine());
        call.park("semacquire", true);
        return;
    }
    auto* f = static_cast<const vm::Closure*>(call.ptr_arg(1));
    o->m.state |= 1;
    vm::Runtime& rt = call.runtime();
    vm::Goroutine& g = call.goroutine();
    bool ok = f ? rt.call_value(g, f, nullptr, 0, nullptr, 0) : (vm::panic_nil(g), false);
    o->done = 1; // also after a panic, as Go's deferred store
    o->m.state &= ~1;
    while (vm::Goroutine* w = sched(call).sema_dequeue(&o->m))
        sched(call).ready(*w);
    (void)ok; // a panic is in g.panic: the interpreter raises it when we return
}

// ---- Cond ----

struct Cond {
    vm::Iface l; // Locker
    uint32_t wait, notify;
    uint64_t lock, head, tail, checker;
};
static_assert(sizeof(Cond) == 56);

const uint64_t kCondMask[1] = { 0b10 }; // L's data word
const gc::Type kCondType = internal::make_struct_type("sync.Cond", sizeof(Cond), 16, kCondMask, 0);

// What c.L is: the natively handled lockers get their lock handed to a signalled waiter (as
// Mutex.Unlock does); any other Locker (a script type) has its Unlock and Lock methods called.
enum class LockerKind { Mutex, ReadLock, WriteLock, Other, Nil };

LockerKind locker_kind(const Cond* c)
{
    if (!c->l.tab || !c->l.data)
        return LockerKind::Nil;
    std::string_view n = vm::dynamic_type(c->l.tab, true)->name;
    if (n == "*sync.Mutex")
        return LockerKind::Mutex;
    if (n == "*sync.rlocker")
        return LockerKind::ReadLock;
    if (n == "*sync.RWMutex")
        return LockerKind::WriteLock;
    return LockerKind::Other;
}

// Goroutines woken from Wait on a script Locker: Wait runs again (retry) and calls L.Lock().
std::unordered_set<const vm::Goroutine*>& relocking()
{
    static std::unordered_set<const vm::Goroutine*> set;
    return set;
}

// Calls c.L.Lock() or Unlock() through its itab; false if it panicked.
bool call_locker(vm::NativeCall& call, const Cond* c, std::string_view name)
{
    const auto* tab = static_cast<const vm::Itab*>(c->l.tab);
    for (uint32_t i = 0; i < tab->iface->methods.size(); i++)
        if (tab->iface->methods[i].name == name)
            return internal::call_iface_method(call, c->l, i, nullptr, 0, nullptr, 0);
    return false;
}

void NewCond(vm::NativeCall& call)
{
    vm::Iface l = call.iface_arg(0);
    auto* c = static_cast<Cond*>(call.heap().alloc(&kCondType));
    c->l.tab = l.tab;
    gc::store_ptr(&c->l.data, l.data);
    call.set_ptr(0, c);
}

void Cond_Wait(vm::NativeCall& call)
{
    auto* c = static_cast<Cond*>(call.ptr_arg(0));
    vm::Goroutine& g = call.goroutine();
    switch (locker_kind(c)) {
    case LockerKind::Nil:
        call.panic_runtime_error("invalid memory address or nil pointer dereference");
        return;
    case LockerKind::Mutex: {
        auto* m = static_cast<Mutex*>(c->l.data);
        if (!(m->state & 1))
            call.runtime().fatal_error(g, "sync: unlock of unlocked mutex", "");
        unlock(call.runtime(), m);
        break;
    }
    case LockerKind::ReadLock:
        rw_runlock(call, static_cast<RWMutex*>(c->l.data));
        break;
    case LockerKind::WriteLock:
        rw_unlock(call, static_cast<RWMutex*>(c->l.data));
        break;
    case LockerKind::Other:
        if (relocking().erase(&g)) { // signalled: take L again, then return
            call_locker(call, c, "Lock");
            return;
        }
        if (!call_locker(call, c, "Unlock"))
            return;
        relocking().insert(&g);
        sched(call).sema_enqueue(&c->notify, g);
        call.park("sync.Cond.Wait", true);
        return;
    }
    sched(call).sema_enqueue(&c->notify, g);
    call.park("sync.Cond.Wait", false); // resumes holding c.L again (see wake_waiter)
}

// A signalled waiter must hold c.L again before it runs: take the lock for it now, or queue
// it where the lock's release hands the lock over.
void wake_waiter(vm::NativeCall& call, Cond* c, vm::Goroutine& w)
{
    vm::Scheduler& s = sched(call);
    switch (locker_kind(c)) {
    case LockerKind::Mutex: {
        auto* m = static_cast<Mutex*>(c->l.data);
        if (!(m->state & 1)) {
            m->state |= 1;
            s.ready(w);
        } else {
            s.sema_enqueue(m, w);
        }
        return;
    }
    case LockerKind::ReadLock: {
        auto* rw = static_cast<RWMutex*>(c->l.data);
        if (!(rw->w.state & 1) && !s.sema_waiters(&rw->writer_sem)) {
            rw->reader_count++;
            s.ready(w);
        } else {
            s.sema_enqueue(&rw->reader_sem, w); // resumes counted as a reader
        }
        return;
    }
    case LockerKind::WriteLock: {
        auto* rw = static_cast<RWMutex*>(c->l.data);
        if (!(rw->w.state & 1) && rw->reader_count == 0) {
            rw->w.state |= 1;
            s.ready(w);
        } else {
            s.sema_enqueue(&rw->writer_sem, w); // resumes holding the write lock
        }
        return;
    }
    case LockerKind::Other:
    case LockerKind::Nil:
        s.ready(w); // Wait runs again and locks L itself
        return;
    }
}

void Cond_Signal(vm::NativeCall& call)
{
    auto* c = static_cast<Cond*>(call.ptr_arg(0));
    if (vm::Goroutine* w = sched(call).sema_dequeue(&c->notify))
        wake_waiter(call, c, *w);
}

void Cond_Broadcast(vm::NativeCall& call)
{
    auto* c = static_cast<Cond*>(call.ptr_arg(0));
    while (vm::Goroutine* w = sched(call).sema_dequeue(&c->notify))
        wake_waiter(call, c, *w);
}

// ---- Pool: a private slot and a shared stack of `any`, in a heap object hung off `local` ----

struct PoolLocal {
    vm::Iface priv;
    vm::Iface* shared;
    int64_t len, cap;
};

struct Pool {
    PoolLocal* local;
    uint64_t local_size;
    void* victim;
    uint64_t victim_size;
    const vm::Closure* new_fn;
};
static_assert(sizeof(Pool) == 40);

const uint64_t kPoolLocalMask[1] = { 0b110 }; // priv.data, shared
const uint64_t kAnyMask[1] = { 0b10 };
const gc::Type kPoolLocalType = internal::make_struct_type("sync.poolLocal", 40, 24, kPoolLocalMask, 0);
const gc::Type kAnyType = internal::make_type(gc::Kind::Interface, "interface {}", 16, 16, kAnyMask, 0);

// Go's poolCleanup, applied lazily: at each collection the primary cache becomes the victim
// cache and the old victim is dropped. `victim_size` holds the collection count the caches
// were last aged to (plus one; 0: never used).
void age_pool(vm::NativeCall& call, Pool* p)
{
    uint64_t now = uint64_t(call.heap().num_gc()) + 1;
    uint64_t then = p->victim_size;
    p->victim_size = now;
    if (then == 0 || then == now)
        return;
    if (now - then == 1)
        gc::store_ptr(&p->victim, p->local);
    else
        gc::store_ptr(&p->victim, nullptr);
    gc::store_ptr(reinterpret_cast<void**>(&p->local), nullptr);
    p->local_size = 0;
}

void Pool_Put(vm::NativeCall& call)
{
    auto* p = static_cast<Pool*>(call.ptr_arg(0));
    vm::Iface x = call.iface_arg(1);
    if (!x.tab)
        return;
    age_pool(call, p);
    gc::Heap& heap = call.heap();
    gc::Heap::TempRoot keep(heap, x.data);
    if (!p->local) {
        auto* l = static_cast<PoolLocal*>(heap.alloc(&kPoolLocalType));
        gc::store_ptr(reinterpret_cast<void**>(&p->local), l);
        p->local_size = 1;
    }
    PoolLocal* l = p->local;
    if (!l->priv.tab) {
        l->priv.tab = x.tab;
        gc::store_ptr(&l->priv.data, x.data);
        return;
    }
    if (l->len == l->cap) {
        int64_t cap = l->cap ? 2 * l->cap : 4;
        auto* arr = static_cast<vm::Iface*>(heap.alloc_array(&kAnyType, static_cast<uint64_t>(cap)));
        for (int64_t i = 0; i < l->len; i++) {
            arr[i].tab = l->shared[i].tab;
            gc::store_ptr(&arr[i].data, l->shared[i].data);
        }
        gc::store_ptr(reinterpret_cast<void**>(&l->shared), arr);
        l->cap = cap;
    }
    l->shared[l->len].tab = x.tab;
    gc::store_ptr(&l->shared[l->len].data, x.data);
    l->len++;
}

void Pool_Get(vm::NativeCall& call)
{
    auto* p = static_cast<Pool*>(call.ptr_arg(0));
    age_pool(call, p);
    if (PoolLocal* l = p->local) { // private, then the shared stack's head (LIFO)
        if (l->priv.tab) {
            call.set_iface(0, l->priv);
            l->priv = vm::Iface {};
            return;
        }
        if (l->len > 0) {
            l->len--;
            call.set_iface(0, l->shared[l->len]);
            l->shared[l->len] = vm::Iface {};
            return;
        }
    }
    if (auto* v = static_cast<PoolLocal*>(p->victim)) { // getSlow: private, then the tail (FIFO)
        if (v->priv.tab) {
            call.set_iface(0, v->priv);
            v->priv = vm::Iface {};
            return;
        }
        if (v->len > 0) {
            call.set_iface(0, v->shared[0]);
            for (int64_t i = 1; i < v->len; i++) {
                v->shared[i - 1].tab = v->shared[i].tab;
                gc::store_ptr(&v->shared[i - 1].data, v->shared[i].data);
            }
            v->len--;
            v->shared[v->len] = vm::Iface {};
            return;
        }
    }
    if (!p->new_fn) {
        call.set_iface(0, vm::Iface {});
        return;
    }
    vm::Slot result[2] = {};
    const vm::Closure* fn = p->new_fn;
    if (internal::call_func(call, fn, nullptr, 0, result, 2)) // may move the stack: re-points args
        call.set_iface(0, { reinterpret_cast<const void*>(result[0]), reinterpret_cast<void*>(result[1]) });
}

} // namespace

} // namespace vitro::stdlib::sync

namespace vitro::stdlib {

namespace sync {
void register_sync_map(vm::NativeRegistry& r); // map_natives.cpp
}

void register_sync(vm::NativeRegistry& r)
{
    using namespace sync;
    register_sync_map(r);
    r.add("sync.(*Mutex).Lock", Mutex_Lock);
    r.add("sync.(*Mutex).TryLock", Mutex_TryLock);
    r.add("sync.(*Mutex).Unlock", Mutex_Unlock);
    r.add("sync.(*RWMutex).RLock", RWMutex_RLock);
    r.add("sync.(*RWMutex).TryRLock", RWMutex_TryRLock);
    r.add("sync.(*RWMutex).RUnlock", RWMutex_RUnlock);
    r.add("sync.(*RWMutex).Lock", RWMutex_Lock);
    r.add("sync.(*RWMutex).TryLock", RWMutex_TryLock);
    r.add("sync.(*RWMutex).Unlock", RWMutex_Unlock);
    r.add("sync.(*RWMutex).RLocker", RWMutex_RLocker);
    r.add("sync.(*rlocker).Lock", RWMutex_RLock);
    r.add("sync.(*rlocker).Unlock", RWMutex_RUnlock);
    r.add("sync.(*WaitGroup).Add", WaitGroup_Add);
    r.add("sync.(*WaitGroup).Done", WaitGroup_Done);
    r.add("sync.(*WaitGroup).Wait", WaitGroup_Wait);
    r.add("sync.(*Once).Do", Once_Do);
    r.add("sync.NewCond", NewCond);
    r.add("sync.(*Cond).Wait", Cond_Wait);
    r.add("sync.(*Cond).Signal", Cond_Signal);
    r.add("sync.(*Cond).Broadcast", Cond_Broadcast);
    r.add("sync.(*Pool).Put", Pool_Put);
    r.add("sync.(*Pool).Get", Pool_Get);
}

} // namespace vitro::stdlib
