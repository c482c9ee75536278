// stdlib/io/pipe_natives.cpp — io.Pipe: a synchronous in-memory pipe between goroutines.
//
// Overview: PipeReader and PipeWriter point to one shared `pipe` heap object holding a FIFO of
// written chunks (each a copy of one Write's bytes), the two close errors and the active
// writer. A Read takes bytes from the first chunk only, so reads and writes match one to one
// except when several Reads consume one Write, as in Go. Who may block decides the protocol:
//   - Script code calling Read/Write (CALLNATIVE or CALLIFACE of the native methods) parks with
//     NativeCall::park(retry): Read waits for a chunk; Write appends its chunk and waits until
//     readers consumed it (or a close), exactly Go's blocking behaviour.
//   - Other natives (io.Copy, bufio.Scanner, fmt.Fprint through internal::io_read/io_write)
//     cannot park their caller: a native Read blocks with Scheduler::block_in_native, and a
//     native Write appends its chunk and returns at once (its bytes are delivered in order;
//     only the moment the Write returns differs from Go, which waits for the reader).
// Wait queues are the scheduler's semaphore queues keyed by addresses inside the pipe object:
// readers waiting for data (rkey), writers waiting for the active writer to finish (wslot), the
// active writer waiting for its chunk to drain (wdone). A woken goroutine re-checks the state.
// Close semantics are Go's: the first error given to each side's CloseWithError wins; reads
// after the writer closed return the buffered chunks, then its error (EOF for Close); writes
// after either close return ErrClosedPipe or the reader's error.
// Invariants: `writer` is set exactly while a script Write waits for `writer_chunk`; a chunk is
// `consumed` once it left the queue fully read.
// Concurrency: one P; wakers only ready goroutines.
// Go reference: src/io/pipe.go.
#include "stdlib/internal/io_util.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/io/io_objects.h"
#include "stdlib/natives.h"
#include "vm/sched.h"

#include <algorithm>
#include <cstring>

namespace vitro::stdlib::io {

namespace {

struct Chunk {
    Chunk* next;
    uint8_t* data;
    int64_t len;
    int64_t off;
    int64_t consumed;
};
static_assert(sizeof(Chunk) == 40);

struct Pipe {
    Chunk* head;
    Chunk* tail;
    vm::Iface rerr;
    vm::Iface werr;
    int64_t done;
    vm::Goroutine* writer; // not a heap pointer
    Chunk* writer_chunk;
    uint64_t rkey, wslot, wdone; // wait-queue keys (their addresses)
};
static_assert(sizeof(Pipe) == 96 && offsetof(Pipe, writer_chunk) == 64);

struct End {
    Pipe* p;
};

constexpr uint64_t kMaskChunk = 0x3; // next, data
constexpr uint64_t kMaskPipe = 0x12B; // head, tail, rerr.data, werr.data, writer_chunk

const gc::Type kChunkType = internal::make_struct_type("io.pipeChunk", 40, 16, &kMaskChunk, gc::kTypeNamed);
const gc::Type kPipeType = internal::make_struct_type("io.pipe", 96, 72, &kMaskPipe, gc::kTypeNamed);
const gc::Type kPipeReaderType
    = internal::make_struct_type("io.PipeReader", 8, 8, &internal::kMaskFirstWord, gc::kTypeNamed);
const gc::Type kPipeWriterType
    = internal::make_struct_type("io.PipeWriter", 8, 8, &internal::kMaskFirstWord, gc::kTypeNamed);

vm::Scheduler& sched(vm::NativeCall& call)
{
    return call.runtime().sched();
}

void wake_one(vm::NativeCall& call, uint64_t* key)
{
    if (vm::Goroutine* g = sched(call).sema_dequeue(key))
        sched(call).ready(*g);
}

void wake_all(vm::NativeCall& call, uint64_t* key)
{
    while (vm::Goroutine* g = sched(call).sema_dequeue(key))
        sched(call).ready(*g);
}

Pipe* pipe_of(vm::NativeCall& call, const void* end)
{
    Pipe* p = end ? static_cast<const End*>(end)->p : nullptr;
    if (!p)
        call.panic_runtime_error("invalid memory address or nil pointer dereference");
    return p;
}

vm::Iface write_close_error(const Pipe* p)
{
    if (!p->werr.tab && p->rerr.tab)
        return p->rerr;
    return err_closed_pipe();
}

// Appends a copy of `data` to the queue and wakes a reader.
Chunk* append_chunk(vm::NativeCall& call, Pipe* p, const uint8_t* data, int64_t len)
{
    uint8_t* copy = nullptr;
    if (len > 0) {
        copy = static_cast<uint8_t*>(call.heap().alloc_noscan(static_cast<uint64_t>(len)));
        std::memcpy(copy, data, static_cast<size_t>(len));
    }
    gc::Heap::TempRoot keep(call.heap(), copy);
    auto* c = static_cast<Chunk*>(call.heap().alloc(&kChunkType));
    gc::store_ptr(reinterpret_cast<void**>(&c->data), copy);
    c->len = len;
    if (p->tail)
        gc::store_ptr(reinterpret_cast<void**>(&p->tail->next), c);
    else
        gc::store_ptr(reinterpret_cast<void**>(&p->head), c);
    gc::store_ptr(reinterpret_cast<void**>(&p->tail), c);
    wake_one(call, &p->rkey);
    return c;
}

void unlink_chunk(Pipe* p, Chunk* c)
{
    Chunk* prev = nullptr;
    for (Chunk* x = p->head; x; prev = x, x = x->next) {
        if (x != c)
            continue;
        if (prev)
            gc::store_ptr(reinterpret_cast<void**>(&prev->next), x->next);
        else
            gc::store_ptr(reinterpret_cast<void**>(&p->head), x->next);
        if (p->tail == x)
            gc::store_ptr(reinterpret_cast<void**>(&p->tail), prev);
        return;
    }
}

// One read attempt: false when the reader must wait.
bool try_read(vm::NativeCall& call, Pipe* p, uint8_t* b, int64_t len, int64_t& n, vm::Iface& err)
{
    n = 0;
    err = { nullptr, nullptr };
    if (p->rerr.tab) {
        err = err_closed_pipe();
        return true;
    }
    if (Chunk* c = p->head) {
        int64_t k = std::min(len, c->len - c->off);
        if (k > 0)
            std::memmove(b, c->data + c->off, static_cast<size_t>(k));
        c->off += k;
        n = k;
        if (c->off == c->len) {
            gc::store_ptr(reinterpret_cast<void**>(&p->head), c->next);
            if (!p->head)
                gc::store_ptr(reinterpret_cast<void**>(&p->tail), nullptr);
            c->consumed = 1;
            if (c == p->writer_chunk)
                wake_one(call, &p->wdone);
        }
        if (p->head) // more data: another waiting reader may take it
            wake_one(call, &p->rkey);
        return true;
    }
    if (p->werr.tab) {
        err = p->werr;
        return true;
    }
    return false;
}

// The writer whose chunk drained (or whose pipe closed) is done: let the next one in.
void finish_writer(vm::NativeCall& call, Pipe* p)
{
    p->writer = nullptr;
    gc::store_ptr(reinterpret_cast<void**>(&p->writer_chunk), nullptr);
    wake_one(call, &p->wslot);
}

void close_side(vm::NativeCall& call, Pipe* p, vm::Iface& side, vm::Iface err)
{
    if (!side.tab) {
        side.tab = err.tab;
        gc::store_ptr(&side.data, err.data);
    }
    p->done = 1;
    wake_all(call, &p->rkey);
    wake_all(call, &p->wslot);
    wake_all(call, &p->wdone);
}

// ---- natives ----

void Pipe_(vm::NativeCall& call)
{
    auto* p = static_cast<Pipe*>(call.heap().alloc(&kPipeType));
    gc::Heap::TempRoot keep(call.heap(), p);
    auto* r = static_cast<End*>(call.heap().alloc(&kPipeReaderType));
    gc::Heap::TempRoot keep_r(call.heap(), r);
    auto* w = static_cast<End*>(call.heap().alloc(&kPipeWriterType));
    gc::store_ptr(reinterpret_cast<void**>(&r->p), p);
    gc::store_ptr(reinterpret_cast<void**>(&w->p), p);
    call.set_ptr(0, r);
    call.set_ptr(1, w);
}

// (*PipeReader).Read from script code: parks until a chunk or a close comes.
void PipeReader_Read(vm::NativeCall& call)
{
    Pipe* p = pipe_of(call, call.ptr_arg(0));
    if (!p)
        return;
    vm::Slice b = call.slice_arg(1);
    int64_t n;
    vm::Iface err;
    if (try_read(call, p, b.ptr, b.len, n, err)) {
        call.set_int(0, n);
        call.set_iface(1, err);
        return;
    }
    sched(call).sema_enqueue(&p->rkey, call.goroutine());
    call.park("select", true);
}

// The same from another native: blocks in place.
void pipe_read_handler(vm::NativeCall& call, void* self, uint8_t* b, int64_t len, int64_t& n, vm::Iface& err)
{
    Pipe* p = pipe_of(call, self);
    if (!p)
        return;
    while (!try_read(call, p, b, len, n, err)) {
        vm::Goroutine& g = call.goroutine();
        sched(call).sema_enqueue(&p->rkey, g);
        sched(call).block_in_native(g, "select");
    }
}

// (*PipeWriter).Write from script code: parks until readers consumed the bytes.
void PipeWriter_Write(vm::NativeCall& call)
{
    Pipe* p = pipe_of(call, call.ptr_arg(0));
    if (!p)
        return;
    vm::Goroutine& g = call.goroutine();
    vm::Slice b = call.slice_arg(1);
    if (p->writer == &g) { // resumed
        Chunk* c = p->writer_chunk;
        if (c->consumed) {
            finish_writer(call, p);
            call.set_int(0, b.len);
            internal::set_nil_error(call, 1);
            return;
        }
        if (p->done) {
            int64_t n = c->off;
            unlink_chunk(p, c);
            finish_writer(call, p);
            call.set_int(0, n);
            call.set_iface(1, write_close_error(p));
            return;
        }
        sched(call).sema_enqueue(&p->wdone, g);
        call.park("select", true);
        return;
    }
    if (p->done) {
        call.set_int(0, 0);
        call.set_iface(1, write_close_error(p));
        return;
    }
    if (p->writer) { // Go's wrMu: one Write at a time
        sched(call).sema_enqueue(&p->wslot, g);
        call.park("sync.Mutex.Lock", true);
        return;
    }
    Chunk* c = append_chunk(call, p, b.ptr, b.len);
    p->writer = &g;
    gc::store_ptr(reinterpret_cast<void**>(&p->writer_chunk), c);
    sched(call).sema_enqueue(&p->wdone, g);
    call.park("select", true);
}

// The same from another native (fmt.Fprint, bufio.Writer.Flush): queues the bytes and returns.
void pipe_write_handler(vm::NativeCall& call, void* self, std::string_view data, int64_t& n, vm::Iface& err)
{
    Pipe* p = pipe_of(call, self);
    if (!p)
        return;
    if (p->done) {
        n = 0;
        err = write_close_error(p);
        return;
    }
    append_chunk(call, p, reinterpret_cast<const uint8_t*>(data.data()), static_cast<int64_t>(data.size()));
    n = static_cast<int64_t>(data.size());
    err = { nullptr, nullptr };
}

void close_read(vm::NativeCall& call, vm::Iface err)
{
    Pipe* p = pipe_of(call, call.ptr_arg(0));
    if (!p)
        return;
    close_side(call, p, p->rerr, err.tab ? err : err_closed_pipe());
    internal::set_nil_error(call, 0);
}

void close_write(vm::NativeCall& call, vm::Iface err)
{
    Pipe* p = pipe_of(call, call.ptr_arg(0));
    if (!p)
        return;
    close_side(call, p, p->werr, err.tab ? err : internal::io_eof());
    internal::set_nil_error(call, 0);
}

void PipeReader_Close(vm::NativeCall& call)
{
    close_read(call, { nullptr, nullptr });
}

void PipeReader_CloseWithError(vm::NativeCall& call)
{
    close_read(call, call.iface_arg(1));
}

void PipeWriter_Close(vm::NativeCall& call)
{
    close_write(call, { nullptr, nullptr });
}

void PipeWriter_CloseWithError(vm::NativeCall& call)
{
    close_write(call, call.iface_arg(1));
}

} // namespace

void register_pipe(vm::NativeRegistry& r)
{
    r.add("io.Pipe", Pipe_);
    r.add("io.(*PipeReader).Read", PipeReader_Read);
    r.add("io.(*PipeReader).Close", PipeReader_Close);
    r.add("io.(*PipeReader).CloseWithError", PipeReader_CloseWithError);
    r.add("io.(*PipeWriter).Write", PipeWriter_Write);
    r.add("io.(*PipeWriter).Close", PipeWriter_Close);
    r.add("io.(*PipeWriter).CloseWithError", PipeWriter_CloseWithError);
    internal::register_native_reader("*io.PipeReader", pipe_read_handler);
    internal::register_native_writer("*io.PipeWriter", pipe_write_handler);
}

} // namespace vitro::stdlib::io
