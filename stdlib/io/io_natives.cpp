// stdlib/io/io_natives.cpp — io.ReadAll, Copy, CopyN, ReadFull, ReadAtLeast and WriteString
// over any io.Reader/io.Writer (internal::io_read/io_write: natively for the stdlib's types,
// else the script type's Read/Write/WriteString methods).
//
// The loops are Go 1.19's (ReadAll's 512-byte start and append growth, Copy's 32 KiB buffer),
// so the sequence of Read/Write calls a script type sees is Go's, except that Copy does not
// use WriterTo/ReaderFrom shortcuts (the bytes moved are the same). Buffers handed to script
// Read methods are heap objects kept alive with TempRoot.
// Go reference: src/io/io.go.
#include "stdlib/internal/io_util.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/io/io_objects.h"
#include "stdlib/natives.h"

#include <cstring>

namespace vitro::stdlib::io {

namespace {

bool is_eof(vm::Iface e)
{
    return e.data == internal::io_eof().data;
}

// ReadAll(r) ([]byte, error).
void ReadAll(vm::NativeCall& call)
{
    int64_t cap = 512, len = 0;
    auto* buf = static_cast<uint8_t*>(call.heap().alloc_noscan(static_cast<uint64_t>(cap)));
    for (;;) {
        gc::Heap::TempRoot keep(call.heap(), buf);
        if (len == cap) {
            int64_t new_cap = internal::grow_capacity(cap, len + 1, 1);
            auto* grown = static_cast<uint8_t*>(call.heap().alloc_noscan(static_cast<uint64_t>(new_cap)));
            std::memcpy(grown, buf, static_cast<size_t>(len));
            buf = grown;
            cap = new_cap;
        }
        gc::Heap::TempRoot keep2(call.heap(), buf);
        int64_t n;
        vm::Iface err;
        if (!internal::io_read(call, call.iface_arg(0), buf + len, cap - len, n, err))
            return;
        len += n;
        if (err.tab) {
            call.set_slice(0, { buf, len, cap });
            if (is_eof(err))
                internal::set_nil_error(call, 3);
            else
                call.set_iface(3, err);
            return;
        }
    }
}

// copy loop shared by Copy and CopyN (limit < 0: no limit). Results: written, err.
void copy_loop(vm::NativeCall& call, int64_t limit)
{
    constexpr int64_t kBufSize = 32 * 1024;
    int64_t size = kBufSize;
    if (limit >= 0 && limit < size)
        size = limit < 1 ? 1 : limit;
    auto* buf = static_cast<uint8_t*>(call.heap().alloc_noscan(static_cast<uint64_t>(size)));
    gc::Heap::TempRoot keep(call.heap(), buf);
    int64_t written = 0;
    vm::Iface err = { nullptr, nullptr };
    for (;;) {
        int64_t want = size;
        if (limit >= 0 && limit - written < want)
            want = limit - written;
        if (limit >= 0 && want <= 0)
            break;
        int64_t nr;
        vm::Iface er;
        if (!internal::io_read(call, call.iface_arg(2), buf, want, nr, er))
            return;
        if (nr > 0) {
            int64_t nw;
            vm::Iface ew;
            if (!internal::io_write(call, call.iface_arg(0), buf, nr, nw, ew))
                return;
            if (nw < 0 || nr < nw) {
                nw = 0;
                if (!ew.tab)
                    ew = internal::new_error(call, "invalid write result");
            }
            written += nw;
            if (ew.tab) {
                err = ew;
                break;
            }
            if (nr != nw) {
                err = err_short_write();
                break;
            }
        }
        if (er.tab) {
            if (!is_eof(er) || limit >= 0)
                err = er;
            break;
        }
    }
    if (limit >= 0 && written == limit)
        err = { nullptr, nullptr };
    call.set_int(0, written);
    call.set_iface(1, err);
}

void Copy(vm::NativeCall& call)
{
    copy_loop(call, -1);
}

// CopyN(dst, src, n): Copy(dst, LimitReader(src, n)); EOF when fewer than n bytes came.
void CopyN(vm::NativeCall& call)
{
    copy_loop(call, call.int_arg(4));
}

void read_at_least(vm::NativeCall& call, int64_t min)
{
    vm::Slice buf = call.slice_arg(2);
    if (buf.len < min) {
        call.set_int(0, 0);
        call.set_iface(1, err_short_buffer());
        return;
    }
    int64_t n = 0;
    vm::Iface err = { nullptr, nullptr };
    while (n < min && !err.tab) {
        int64_t nn;
        buf = call.slice_arg(2);
        if (!internal::io_read(call, call.iface_arg(0), buf.ptr + n, buf.len - n, nn, err))
            return;
        n += nn;
    }
    if (n >= min)
        err = { nullptr, nullptr };
    else if (n > 0 && is_eof(err))
        err = internal::io_unexpected_eof();
    call.set_int(0, n);
    call.set_iface(1, err);
}

void ReadFull(vm::NativeCall& call)
{
    read_at_least(call, call.slice_arg(2).len);
}

void ReadAtLeast(vm::NativeCall& call)
{
    read_at_least(call, call.int_arg(5));
}

// WriteString(w, s) (n int, err error).
void WriteString(vm::NativeCall& call)
{
    vm::Iface w = call.iface_arg(0);
    vm::String s = call.string_arg(2);
    int64_t n;
    vm::Iface err;
    bool ok;
    if (internal::io_is_string_writer(call, w)) {
        ok = internal::io_write_string(call, w, s, n, err);
    } else {
        vm::Slice bytes = internal::new_bytes(call, s.view()); // Go: w.Write([]byte(s))
        gc::Heap::TempRoot keep(call.heap(), bytes.ptr);
        ok = internal::io_write(call, call.iface_arg(0), bytes.ptr, bytes.len, n, err);
    }
    if (!ok)
        return;
    call.set_int(0, n);
    call.set_iface(1, err);
}

} // namespace

} // namespace vitro::stdlib::io

namespace vitro::stdlib {

namespace io {
void register_readers(vm::NativeRegistry& r); // readers_natives.cpp
void register_pipe(vm::NativeRegistry& r); // pipe_natives.cpp
} // namespace io

void register_io(vm::NativeRegistry& r)
{
    using namespace io;
    register_readers(r);
    register_pipe(r);
    r.add("io.ReadAll", ReadAll);
    r.add("io.Copy", Copy);
    r.add("io.CopyN", CopyN);
    r.add("io.ReadFull", ReadFull);
    r.add("io.ReadAtLeast", ReadAtLeast);
    r.add("io.WriteString", WriteString);
}

} // namespace vitro::stdlib
