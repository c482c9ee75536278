// vm/chan.h — channels: make, send, receive, close, len/cap, select (runtime-design.md 7.6-7.7).
//
// Overview: a channel is a heap object (Go's hchan) whose descriptor marks only `buf`, the
// ring buffer allocated as an array of the element type, so buffered values are scanned
// precisely. Wait queues hold pooled Sudogs (outside the heap) that name a goroutine and a
// slot offset in its stack: a value waiting to be sent stays in the sender's registers, and a
// receiver's destination registers are written by the partner that completes the operation
// (direct hand-off), after which the partner readies it into runnext. Values travel in slot
// form between stacks and in memory form in the buffer; struct and array elements are copied
// into a fresh box on receive (a receiver owns what it gets).
// Invariants: qcount > 0 implies recvq is empty, qcount < dataqsiz implies sendq is empty;
// every queued Sudog's goroutine is Waiting; a closed channel has an empty sendq.
// Concurrency: one P runs everything, so there is no lock yet; the M:N issue adds Go's
// per-channel lock (and address-ordered locking in select) around the same code paths.
// Go counterpart: runtime/chan.go, runtime/select.go.
#pragma once

#include "vm/sched.h"

namespace vitro::vm {

struct Chan {
    uint8_t* buf; // the only pointer word (descriptor below): dataqsiz elements
    const gc::Type* elem; // element type (module data, outside the heap)
    int64_t qcount;
    int64_t dataqsiz;
    int64_t sendx;
    int64_t recvx;
    Sudog* recvq_head;
    Sudog* recvq_tail;
    Sudog* sendq_head;
    Sudog* sendq_tail;
    uint32_t closed;
    uint32_t elem_slots;
};

// make(chan T, size); nullptr after a panic (`makechan: size out of range`).
Chan* chan_make(Runtime& rt, Goroutine& g, const gc::Type* chan_type, int64_t size);
// The same from the element type (natives: time.After's chan Time).
Chan* chan_make_elem(Runtime& rt, Goroutine& g, const gc::Type* elem, int64_t size);

// The results of an operation that may block: Done (completed now), Parked (g is Waiting and
// must leave the interpreter; a partner finishes the operation), Panicked (g.panic is set).
enum class ChanStatus : uint8_t { Done, Parked, Panicked };

// ch <- R[value..]. With `block` false (select's default), returns Parked without parking
// when the send cannot complete.
ChanStatus chan_send(Runtime& rt, Goroutine& g, Chan* c, Slot* value, bool block);
// R[dst..] = <-ch; ok_dst (may be null) gets whether a value was received (false: closed).
ChanStatus chan_recv(Runtime& rt, Goroutine& g, Chan* c, Slot* dst, Slot* ok_dst, bool block);
// close(ch); false after a panic.
bool chan_close(Runtime& rt, Goroutine& g, Chan* c);
// A non-blocking send of a value in memory form (timers); false if it would block.
bool chan_send_memory(Runtime& rt, Chan* c, const void* value);

// select over n cases at `cases` (in the frame R): each is 3 slots {chan, kind (1 send,
// 2 receive), value register index in R}. The chosen case index goes to cases[0], a receive's
// ok to cases[1]; -1 when `has_default` and nothing was ready. A receive's value goes to its
// value register. Go's algorithm on one P: poll every case in a random order (a uniform
// choice among the ready ones), else queue a sudog on every channel and park; the first
// partner wins and takes the other sudogs off their channels.
ChanStatus chan_select(Runtime& rt, Goroutine& g, Slot* R, Slot* cases, uint32_t n, bool has_default);

// A frame has at most 256 slots, so at most 85 cases of 3 slots.
inline constexpr uint32_t kMaxSelectCases = 86;

inline constexpr Slot kSelectSend = 1;
inline constexpr Slot kSelectRecv = 2;

} // namespace vitro::vm
