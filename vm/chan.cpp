// vm/chan.cpp — channel operations and select (design: chan.h).
#include "vm/chan.h"

#include "vm/ops.h"

#include <cstring>

namespace vitro::vm {

namespace {

const uint64_t kChanMask[1] = { 1 }; // only `buf`

gc::Type make_chan_header_type()
{
    gc::Type t;
    t.size = sizeof(Chan);
    t.ptrdata = 8;
    t.ptrmask = kChanMask;
    t.align = 8;
    t.kind = gc::Kind::Struct;
    t.name = "runtime.hchan";
    return t;
}

const gc::Type kChanHeaderType = make_chan_header_type();

// ---- wait queues (doubly linked through Sudog::next/prev) ----

struct Queue {
    Sudog*& head;
    Sudog*& tail;
};

Queue send_queue(Chan* c)
{
    return { c->sendq_head, c->sendq_tail };
}

Queue recv_queue(Chan* c)
{
    return { c->recvq_head, c->recvq_tail };
}

void enqueue(Queue q, Sudog* s)
{
    s->next = nullptr;
    s->prev = q.tail;
    if (q.tail)
        q.tail->next = s;
    else
        q.head = s;
    q.tail = s;
}

void unlink(Queue q, Sudog* s)
{
    if (s->prev)
        s->prev->next = s->next;
    else
        q.head = s->next;
    if (s->next)
        s->next->prev = s->prev;
    else
        q.tail = s->prev;
    s->next = s->prev = nullptr;
}

Sudog* dequeue(Queue q)
{
    Sudog* s = q.head;
    if (s)
        unlink(q, s);
    return s;
}

// ---- moving values ----

uint8_t* slot_at(Chan* c, int64_t i)
{
    return c->buf + static_cast<uint64_t>(i) * c->elem->size;
}

// A receiver owns what it gets: structs and arrays arrive in a fresh box.
void box_copy_to(Runtime& rt, const gc::Type* t, Slot* dst, const void* src)
{
    void* box = rt.heap().alloc(t);
    typed_copy(box, src, t);
    dst[0] = reinterpret_cast<Slot>(box);
}

void slots_to_slots(Runtime& rt, const gc::Type* t, Slot* dst, const Slot* src)
{
    if (is_aggregate(t))
        box_copy_to(rt, t, dst, reinterpret_cast<const void*>(src[0]));
    else
        std::memcpy(dst, src, slot_count(t) * sizeof(Slot));
}

void memory_to_slots(Runtime& rt, const gc::Type* t, Slot* dst, const void* src)
{
    if (is_aggregate(t))
        box_copy_to(rt, t, dst, src);
    else
        load_value(dst, t, src);
}

void zero_slots(Runtime& rt, const gc::Type* t, Slot* dst)
{
    if (is_aggregate(t))
        dst[0] = reinterpret_cast<Slot>(rt.heap().alloc(t));
    else
        std::memset(dst, 0, slot_count(t) * sizeof(Slot));
}

// Completes a parked goroutine's operation: records select's outcome, takes its other
// sudogs off their channels, returns every sudog to the pool and readies it.
void wake(Scheduler& s, Sudog* done, bool ok)
{
    Goroutine* g = done->g;
    if (done->select_slot) {
        g->stack[done->select_slot] = static_cast<Slot>(static_cast<int64_t>(done->case_index));
        g->stack[done->select_slot + 1] = ok;
    } else if (done->ok_slot) {
        g->stack[done->ok_slot] = ok;
    }
    for (Sudog* sg = g->waiting; sg;) {
        Sudog* next = sg->waitlink;
        if (sg != done)
            unlink(sg->is_send ? send_queue(sg->c) : recv_queue(sg->c), sg);
        s.put_sudog(sg);
        sg = next;
    }
    g->waiting = nullptr;
    s.ready(*g);
}

// Hands the value at `src` (slot form, in some stack) to a parked receiver.
void deliver(Runtime& rt, Chan* c, Sudog* receiver, const Slot* src)
{
    slots_to_slots(rt, c->elem, receiver->g->stack + receiver->slot, src);
    wake(rt.sched(), receiver, true);
}

Sudog* enqueue_waiter(Scheduler& s, Goroutine& g, Chan* c, bool is_send, Slot* value)
{
    Sudog* sg = s.get_sudog();
    sg->g = &g;
    sg->c = c;
    sg->is_send = is_send;
    sg->slot = static_cast<uint64_t>(value - g.stack);
    enqueue(is_send ? send_queue(c) : recv_queue(c), sg);
    sg->waitlink = g.waiting;
    g.waiting = sg;
    return sg;
}

bool can_send(Chan* c)
{
    return c->recvq_head || c->qcount < c->dataqsiz;
}

bool can_recv(Chan* c)
{
    return c->sendq_head || c->qcount > 0 || c->closed;
}

uint64_t g_rand_state = 0x9e3779b97f4a7c15ull;

// Go's cheaprand: a uniform choice among ready cases needs a uniform poll order.
uint32_t cheap_rand(uint32_t n)
{
    g_rand_state ^= g_rand_state << 13;
    g_rand_state ^= g_rand_state >> 7;
    g_rand_state ^= g_rand_state << 17;
    return static_cast<uint32_t>((g_rand_state >> 32) * n >> 32);
}

} // namespace

Chan* chan_make(Runtime& rt, Goroutine& g, const gc::Type* chan_type, int64_t size)
{
    return chan_make_elem(rt, g, chan_type->elem, size);
}

Chan* chan_make_elem(Runtime& rt, Goroutine& g, const gc::Type* elem, int64_t size)
{
    if (size < 0 || (elem->size && static_cast<uint64_t>(size) > (uint64_t(1) << 48) / elem->size)) {
        panic_plain(g, "makechan: size out of range");
        return nullptr;
    }
    auto* c = static_cast<Chan*>(rt.heap().alloc(&kChanHeaderType));
    gc::Heap::TempRoot keep(rt.heap(), c);
    c->elem = elem;
    c->dataqsiz = size;
    c->elem_slots = slot_count(elem);
    if (size > 0 && elem->size > 0) {
        void* buf = rt.heap().alloc_array(elem, static_cast<uint64_t>(size));
        if (!buf) {
            panic_plain(g, "makechan: size out of range");
            return nullptr;
        }
        gc::store_ptr(reinterpret_cast<void**>(&c->buf), buf);
    }
    return c;
}

ChanStatus chan_send(Runtime& rt, Goroutine& g, Chan* c, Slot* value, bool block)
{
    Scheduler& s = rt.sched();
    if (!c) {
        if (block)
            s.park(g, "chan send (nil chan)");
        return ChanStatus::Parked;
    }
    if (c->closed) {
        panic_plain(g, "send on closed channel");
        return ChanStatus::Panicked;
    }
    if (Sudog* receiver = dequeue(recv_queue(c))) {
        deliver(rt, c, receiver, value);
        return ChanStatus::Done;
    }
    if (c->qcount < c->dataqsiz) {
        if (c->buf)
            store_value(slot_at(c, c->sendx), c->elem, value);
        if (++c->sendx == c->dataqsiz)
            c->sendx = 0;
        c->qcount++;
        return ChanStatus::Done;
    }
    if (!block)
        return ChanStatus::Parked;
    enqueue_waiter(s, g, c, true, value);
    s.park(g, "chan send");
    return ChanStatus::Parked;
}

ChanStatus chan_recv(Runtime& rt, Goroutine& g, Chan* c, Slot* dst, Slot* ok_dst, bool block)
{
    Scheduler& s = rt.sched();
    if (!c) {
        if (block)
            s.park(g, "chan receive (nil chan)");
        return ChanStatus::Parked;
    }
    if (Sudog* sender = dequeue(send_queue(c))) {
        const Slot* src = sender->g->stack + sender->slot;
        if (c->dataqsiz == 0) {
            slots_to_slots(rt, c->elem, dst, src);
        } else {
            // The buffer is full: take its head, and the sender's value goes to its tail.
            if (c->buf) {
                memory_to_slots(rt, c->elem, dst, slot_at(c, c->recvx));
                store_value(slot_at(c, c->recvx), c->elem, src);
            } else {
                zero_slots(rt, c->elem, dst);
            }
            if (++c->recvx == c->dataqsiz)
                c->recvx = 0;
            c->sendx = c->recvx;
        }
        if (ok_dst)
            *ok_dst = 1;
        wake(s, sender, true);
        return ChanStatus::Done;
    }
    if (c->qcount > 0) {
        if (c->buf) {
            uint8_t* at = slot_at(c, c->recvx);
            memory_to_slots(rt, c->elem, dst, at);
            std::memset(at, 0, c->elem->size); // no stale pointers for the collector
        } else {
            zero_slots(rt, c->elem, dst);
        }
        if (++c->recvx == c->dataqsiz)
            c->recvx = 0;
        c->qcount--;
        if (ok_dst)
            *ok_dst = 1;
        return ChanStatus::Done;
    }
    if (c->closed) {
        zero_slots(rt, c->elem, dst);
        if (ok_dst)
            *ok_dst = 0;
        return ChanStatus::Done;
    }
    if (!block)
        return ChanStatus::Parked;
    Sudog* sg = enqueue_waiter(s, g, c, false, dst);
    sg->ok_slot = ok_dst ? static_cast<uint64_t>(ok_dst - g.stack) : 0;
    s.park(g, "chan receive");
    return ChanStatus::Parked;
}

bool chan_close(Runtime& rt, Goroutine& g, Chan* c)
{
    if (!c) {
        panic_plain(g, "close of nil channel");
        return false;
    }
    if (c->closed) {
        panic_plain(g, "close of closed channel");
        return false;
    }
    c->closed = 1;
    Scheduler& s = rt.sched();
    while (Sudog* r = dequeue(recv_queue(c))) {
        zero_slots(rt, c->elem, r->g->stack + r->slot);
        wake(s, r, false);
    }
    while (Sudog* w = dequeue(send_queue(c))) {
        w->g->wake_panic = true; // it panics `send on closed channel` when it resumes
        wake(s, w, false);
    }
    return true;
}

bool chan_send_memory(Runtime& rt, Chan* c, const void* value)
{
    if (c->closed)
        return false;
    if (Sudog* receiver = dequeue(recv_queue(c))) {
        memory_to_slots(rt, c->elem, receiver->g->stack + receiver->slot, value);
        wake(rt.sched(), receiver, true);
        return true;
    }
    if (c->qcount >= c->dataqsiz)
        return false;
    if (c->buf)
        typed_copy(slot_at(c, c->sendx), value, c->elem);
    if (++c->sendx == c->dataqsiz)
        c->sendx = 0;
    c->qcount++;
    return true;
}

ChanStatus chan_select(Runtime& rt, Goroutine& g, Slot* R, Slot* cases, uint32_t n, bool has_default)
{
    Scheduler& s = rt.sched();
    // Poll in a random order (Fisher-Yates, as selectgo's pollorder).
    uint16_t order[kMaxSelectCases];
    for (uint32_t i = 0; i < n; i++) {
        uint32_t j = cheap_rand(i + 1);
        order[i] = order[j];
        order[j] = static_cast<uint16_t>(i);
    }
    for (uint32_t k = 0; k < n; k++) {
        uint32_t i = order[k];
        auto* c = reinterpret_cast<Chan*>(cases[3 * i]);
        if (!c)
            continue;
        Slot* value = R + cases[3 * i + 2];
        ChanStatus st;
        Slot ok = 1;
        if (cases[3 * i + 1] == kSelectSend) {
            if (!c->closed && !can_send(c))
                continue;
            st = chan_send(rt, g, c, value, false);
        } else {
            if (!can_recv(c))
                continue;
            st = chan_recv(rt, g, c, value, &ok, false);
        }
        if (st == ChanStatus::Panicked)
            return st;
        cases[0] = static_cast<Slot>(static_cast<int64_t>(i));
        cases[1] = ok;
        return ChanStatus::Done;
    }
    if (has_default) {
        cases[0] = static_cast<Slot>(int64_t(-1));
        cases[1] = 0;
        return ChanStatus::Done;
    }
    bool any = false;
    for (uint32_t i = 0; i < n; i++) {
        auto* c = reinterpret_cast<Chan*>(cases[3 * i]);
        if (!c)
            continue;
        any = true;
        bool is_send = cases[3 * i + 1] == kSelectSend;
        Sudog* sg = enqueue_waiter(s, g, c, is_send, R + cases[3 * i + 2]);
        sg->select_slot = static_cast<uint64_t>(cases - g.stack);
        sg->case_index = static_cast<int32_t>(i);
    }
    s.park(g, any ? "select" : "select (no cases)");
    return ChanStatus::Parked;
}

} // namespace vitro::vm
