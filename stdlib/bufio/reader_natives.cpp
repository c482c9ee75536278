// stdlib/bufio/reader_natives.cpp — bufio.Reader (Go 1.19's algorithms: fill, ReadSlice and
// the functions built on it) and bufio's error variables.
//
// Layout (Go's): struct { buf []byte; rd io.Reader; r, w int; err error; lastByte int;
// lastRuneSize int }, 88 bytes. The underlying reader is read through internal::io_read
// (natively for the stdlib's types, else its Read method); every call that may run script code
// re-reads the receiver from the argument slots afterwards.
// Go reference: src/bufio/bufio.go.
#include "stdlib/bufio/bufio_errors.h"
#include "stdlib/internal/io_util.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"
#include "stdlib/strconv/conv.h"

#include <cstddef>
#include <cstring>
#include <string>

namespace vitro::stdlib::bufio {

namespace {

namespace conv = vitro::stdlib::strconv;

struct Reader {
    vm::Slice buf;
    vm::Iface rd;
    int64_t r, w;
    vm::Iface err;
    int64_t last_byte;
    int64_t last_rune_size;
};
static_assert(sizeof(Reader) == 88 && offsetof(Reader, err) == 56);

constexpr uint64_t kReaderMask = 0x199; // buf.ptr, rd, err
const gc::Type kReaderType = internal::make_struct_type("bufio.Reader", 88, 72, &kReaderMask, 0);

constexpr int kMaxConsecutiveEmptyReads = 100;

Reader* reader(vm::NativeCall& call)
{
    return static_cast<Reader*>(call.ptr_arg(0));
}

void set_err_field(Reader* b, vm::Iface e)
{
    b->err.tab = e.tab;
    gc::store_ptr(&b->err.data, e.data);
}

vm::Iface read_err(Reader* b)
{
    vm::Iface e = b->err;
    b->err = { nullptr, nullptr };
    return e;
}

void new_reader(vm::NativeCall& call, int64_t size)
{
    if (size < 16)
        size = 16;
    auto* mem = static_cast<uint8_t*>(call.heap().alloc_noscan(static_cast<uint64_t>(size)));
    gc::Heap::TempRoot keep(call.heap(), mem);
    auto* b = static_cast<Reader*>(call.heap().alloc(&kReaderType));
    gc::store_ptr(reinterpret_cast<void**>(&b->buf.ptr), mem);
    b->buf.len = b->buf.cap = size;
    vm::Iface rd = call.iface_arg(0);
    b->rd.tab = rd.tab;
    gc::store_ptr(&b->rd.data, rd.data);
    b->last_byte = -1;
    b->last_rune_size = -1;
    call.set_ptr(0, b);
}

void NewReader(vm::NativeCall& call)
{
    new_reader(call, 4096);
}

void NewReaderSize(vm::NativeCall& call)
{
    new_reader(call, call.int_arg(2));
}

// fill: false if a script Read panicked; b is re-read from the arguments.
bool fill(vm::NativeCall& call, Reader*& b)
{
    if (b->r > 0) {
        std::memmove(b->buf.ptr, b->buf.ptr + b->r, static_cast<size_t>(b->w - b->r));
        b->w -= b->r;
        b->r = 0;
    }
    if (b->w >= b->buf.len) {
        call.panic_message("bufio: tried to fill full buffer");
        return false;
    }
    for (int i = kMaxConsecutiveEmptyReads; i > 0; i--) {
        int64_t n;
        vm::Iface err;
        if (!internal::io_read(call, b->rd, b->buf.ptr + b->w, b->buf.len - b->w, n, err))
            return false;
        b = reader(call);
        if (n < 0) {
            call.panic_message("bufio: reader returned negative count from Read");
            return false;
        }
        b->w += n;
        if (err.tab) {
            set_err_field(b, err);
            return true;
        }
        if (n > 0)
            return true;
    }
    set_err_field(b, internal::new_error(call, "multiple Read calls return no data or error"));
    return true;
}

// ReadSlice; line is a view into the buffer. False if a callback panicked.
bool read_slice(vm::NativeCall& call, Reader*& b, uint8_t delim, vm::Slice& line, vm::Iface& err)
{
    int64_t s = 0;
    err = { nullptr, nullptr };
    for (;;) {
        const auto* start = b->buf.ptr + b->r + s;
        const void* hit = std::memchr(start, delim, static_cast<size_t>(b->w - b->r - s));
        if (hit) {
            int64_t i = static_cast<const uint8_t*>(hit) - (b->buf.ptr + b->r);
            line = { b->buf.ptr + b->r, i + 1, b->buf.cap - b->r };
            b->r += i + 1;
            break;
        }
        if (b->err.tab) {
            line = { b->buf.ptr + b->r, b->w - b->r, b->buf.cap - b->r };
            b->r = b->w;
            err = read_err(b);
            break;
        }
        if (b->w - b->r >= b->buf.len) {
            b->r = b->w;
            line = b->buf;
            err = err_buffer_full();
            break;
        }
        s = b->w - b->r;
        if (!fill(call, b))
            return false;
    }
    if (line.len > 0) {
        b->last_byte = line.ptr[line.len - 1];
        b->last_rune_size = -1;
    }
    return true;
}

// collectFragments + concatenation: the bytes up to and including delim.
bool read_until(vm::NativeCall& call, uint8_t delim, std::string& out, vm::Iface& err)
{
    Reader* b = reader(call);
    for (;;) {
        vm::Slice frag;
        vm::Iface e;
        if (!read_slice(call, b, delim, frag, e))
            return false;
        out.append(reinterpret_cast<const char*>(frag.ptr), static_cast<size_t>(frag.len));
        if (!e.tab)
            break;
        if (e.data != err_buffer_full().data) {
            err = e;
            return true;
        }
    }
    err = { nullptr, nullptr };
    return true;
}

void ReadString(vm::NativeCall& call)
{
    std::string out;
    vm::Iface err;
    if (!read_until(call, static_cast<uint8_t>(call.int_arg(1)), out, err))
        return;
    gc::Heap::TempRoot keep(call.heap(), err.data);
    call.set_string(0, call.new_string(out));
    call.set_iface(2, err);
}

void ReadBytes(vm::NativeCall& call)
{
    std::string out;
    vm::Iface err;
    if (!read_until(call, static_cast<uint8_t>(call.int_arg(1)), out, err))
        return;
    gc::Heap::TempRoot keep(call.heap(), err.data);
    call.set_slice(0, out.empty() && err.tab ? vm::Slice { nullptr, 0, 0 } : internal::new_bytes(call, out));
    call.set_iface(3, err);
}

void ReadSlice(vm::NativeCall& call)
{
    Reader* b = reader(call);
    vm::Slice line;
    vm::Iface err;
    if (!read_slice(call, b, static_cast<uint8_t>(call.int_arg(1)), line, err))
        return;
    call.set_slice(0, line);
    call.set_iface(3, err);
}

void ReadLine(vm::NativeCall& call)
{
    Reader* b = reader(call);
    vm::Slice line;
    vm::Iface err;
    if (!read_slice(call, b, '\n', line, err))
        return;
    if (err.tab && err.data == err_buffer_full().data) {
        if (line.len > 0 && line.ptr[line.len - 1] == '\r') {
            b->r--;
            line.len--;
        }
        call.set_slice(0, line);
        call.set_int(3, 1);
        internal::set_nil_error(call, 4);
        return;
    }
    if (line.len == 0) {
        if (err.tab)
            line = { nullptr, 0, 0 };
        call.set_slice(0, line);
        call.set_int(3, 0);
        call.set_iface(4, err);
        return;
    }
    if (line.ptr[line.len - 1] == '\n') {
        int64_t drop = line.len > 1 && line.ptr[line.len - 2] == '\r' ? 2 : 1;
        line.len -= drop;
    }
    call.set_slice(0, line);
    call.set_int(3, 0);
    internal::set_nil_error(call, 4);
}

bool full_rune(const uint8_t* p, int64_t n)
{
    if (n <= 0)
        return false;
    int size;
    int32_t r = conv::decode_rune({ reinterpret_cast<const char*>(p), static_cast<size_t>(n) }, &size);
    if (!(r == conv::kRuneError && size == 1))
        return true;
    int need = p[0] >= 0xF0 ? 4 : p[0] >= 0xE0 ? 3 : p[0] >= 0xC0 ? 2 : 1;
    return n >= need || need == 1;
}

void ReadRune(vm::NativeCall& call)
{
    Reader* b = reader(call);
    while (b->r + 4 > b->w && !full_rune(b->buf.ptr + b->r, b->w - b->r) && !b->err.tab
        && b->w - b->r < b->buf.len) {
        if (!fill(call, b))
            return;
    }
    b->last_rune_size = -1;
    if (b->r == b->w) {
        vm::Iface e = read_err(b);
        call.set_int(0, 0);
        call.set_int(1, 0);
        call.set_iface(2, e);
        return;
    }
    int size = 1;
    int32_t r = b->buf.ptr[b->r];
    if (r >= 0x80)
        r = conv::decode_rune(
            { reinterpret_cast<const char*>(b->buf.ptr + b->r), static_cast<size_t>(b->w - b->r) }, &size);
    b->r += size;
    b->last_byte = b->buf.ptr[b->r - 1];
    b->last_rune_size = size;
    call.set_int(0, r);
    call.set_int(1, size);
    internal::set_nil_error(call, 2);
}

void ReadByte(vm::NativeCall& call)
{
    Reader* b = reader(call);
    b->last_rune_size = -1;
    while (b->r == b->w) {
        if (b->err.tab) {
            vm::Iface e = read_err(b);
            call.set_int(0, 0);
            call.set_iface(1, e);
            return;
        }
        if (!fill(call, b))
            return;
    }
    uint8_t c = b->buf.ptr[b->r++];
    b->last_byte = c;
    call.set_int(0, c);
    internal::set_nil_error(call, 1);
}

void UnreadByte(vm::NativeCall& call)
{
    Reader* b = reader(call);
    if (b->last_byte < 0 || (b->r == 0 && b->w > 0)) {
        call.set_iface(0, err_invalid_unread_byte());
        return;
    }
    if (b->r > 0)
        b->r--;
    else
        b->w = 1;
    b->buf.ptr[b->r] = static_cast<uint8_t>(b->last_byte);
    b->last_byte = -1;
    b->last_rune_size = -1;
    internal::set_nil_error(call, 0);
}

void UnreadRune(vm::NativeCall& call)
{
    Reader* b = reader(call);
    if (b->last_rune_size < 0 || b->r < b->last_rune_size) {
        call.set_iface(0, err_invalid_unread_rune());
        return;
    }
    b->r -= b->last_rune_size;
    b->last_byte = -1;
    b->last_rune_size = -1;
    internal::set_nil_error(call, 0);
}

void Read(vm::NativeCall& call)
{
    Reader* b = reader(call);
    vm::Slice p = call.slice_arg(1);
    if (p.len == 0) {
        call.set_int(0, 0);
        call.set_iface(1, b->w - b->r > 0 ? vm::Iface { nullptr, nullptr } : read_err(b));
        return;
    }
    if (b->r == b->w) {
        if (b->err.tab) {
            vm::Iface e = read_err(b);
            call.set_int(0, 0);
            call.set_iface(1, e);
            return;
        }
        if (p.len >= b->buf.len) {
            int64_t n;
            vm::Iface err;
            if (!internal::io_read(call, b->rd, p.ptr, p.len, n, err))
                return;
            b = reader(call);
            set_err_field(b, err);
            if (n > 0) {
                b->last_byte = call.slice_arg(1).ptr[n - 1];
                b->last_rune_size = -1;
            }
            vm::Iface e = read_err(b);
            call.set_int(0, n);
            call.set_iface(1, e);
            return;
        }
        b->r = b->w = 0;
        int64_t n;
        vm::Iface err;
        if (!internal::io_read(call, b->rd, b->buf.ptr, b->buf.len, n, err))
            return;
        b = reader(call);
        set_err_field(b, err);
        if (n == 0) {
            vm::Iface e = read_err(b);
            call.set_int(0, 0);
            call.set_iface(1, e);
            return;
        }
        b->w += n;
    }
    p = call.slice_arg(1);
    int64_t n = std::min(p.len, b->w - b->r);
    std::memmove(p.ptr, b->buf.ptr + b->r, static_cast<size_t>(n));
    b->r += n;
    b->last_byte = b->buf.ptr[b->r - 1];
    b->last_rune_size = -1;
    call.set_int(0, n);
    internal::set_nil_error(call, 1);
}

void Peek(vm::NativeCall& call)
{
    Reader* b = reader(call);
    int64_t n = call.int_arg(1);
    if (n < 0) {
        call.set_slice(0, { nullptr, 0, 0 });
        call.set_iface(3, err_negative_count());
        return;
    }
    b->last_byte = -1;
    b->last_rune_size = -1;
    while (b->w - b->r < n && b->w - b->r < b->buf.len && !b->err.tab) {
        if (!fill(call, b))
            return;
    }
    if (n > b->buf.len) {
        call.set_slice(0, { b->buf.ptr + b->r, b->w - b->r, b->buf.cap - b->r });
        call.set_iface(3, err_buffer_full());
        return;
    }
    vm::Iface err = { nullptr, nullptr };
    if (int64_t avail = b->w - b->r; avail < n) {
        n = avail;
        err = read_err(b);
        if (!err.tab)
            err = err_buffer_full();
    }
    call.set_slice(0, { b->buf.ptr + b->r, n, b->buf.cap - b->r });
    call.set_iface(3, err);
}

void Buffered(vm::NativeCall& call)
{
    Reader* b = reader(call);
    call.set_int(0, b->w - b->r);
}

void Size(vm::NativeCall& call)
{
    call.set_int(0, reader(call)->buf.len);
}

void Reset(vm::NativeCall& call)
{
    Reader* b = reader(call);
    vm::Iface rd = call.iface_arg(1);
    b->rd.tab = rd.tab;
    gc::store_ptr(&b->rd.data, rd.data);
    b->r = b->w = 0;
    b->err = { nullptr, nullptr };
    b->last_byte = -1;
    b->last_rune_size = -1;
}

// Discard(n) (discarded int, err error).
void Discard(vm::NativeCall& call)
{
    Reader* b = reader(call);
    int64_t n = call.int_arg(1);
    if (n < 0) {
        call.set_int(0, 0);
        call.set_iface(1, err_negative_count());
        return;
    }
    b->last_byte = -1;
    b->last_rune_size = -1;
    int64_t remain = n;
    for (;;) {
        int64_t skip = b->w - b->r;
        if (skip == 0) {
            if (!fill(call, b))
                return;
            skip = b->w - b->r;
        }
        if (skip > remain)
            skip = remain;
        b->r += skip;
        remain -= skip;
        if (remain == 0) {
            call.set_int(0, n);
            internal::set_nil_error(call, 1);
            return;
        }
        if (b->err.tab) {
            vm::Iface e = read_err(b);
            call.set_int(0, n - remain);
            call.set_iface(1, e);
            return;
        }
    }
}

} // namespace

void register_bufio_reader(vm::NativeRegistry& r)
{
    r.add("bufio.NewReader", NewReader);
    r.add("bufio.NewReaderSize", NewReaderSize);
    r.add("bufio.(*Reader).ReadString", ReadString);
    r.add("bufio.(*Reader).ReadBytes", ReadBytes);
    r.add("bufio.(*Reader).ReadSlice", ReadSlice);
    r.add("bufio.(*Reader).ReadLine", ReadLine);
    r.add("bufio.(*Reader).ReadRune", ReadRune);
    r.add("bufio.(*Reader).ReadByte", ReadByte);
    r.add("bufio.(*Reader).UnreadByte", UnreadByte);
    r.add("bufio.(*Reader).UnreadRune", UnreadRune);
    r.add("bufio.(*Reader).Read", Read);
    r.add("bufio.(*Reader).Peek", Peek);
    r.add("bufio.(*Reader).Buffered", Buffered);
    r.add("bufio.(*Reader).Size", Size);
    r.add("bufio.(*Reader).Reset", Reset);
    r.add("bufio.(*Reader).Discard", Discard);
}

} // namespace vitro::stdlib::bufio
