// stdlib/bytes/buffer_natives.cpp — bytes.Buffer: a byte slice with a read offset.
//
// Layout (Go's): struct { buf []byte; off int; lastRead readOp(int8) }, 40 bytes, word 0 the
// only pointer. Growth follows Go's (*Buffer).grow exactly (64-byte first buffer, slide the
// unread bytes down when half the capacity is free, else growSlice to 2*cap+n rounded to the
// size class), so Cap() prints what Go prints. lastRead remembers the last read for
// UnreadByte/UnreadRune (opRead = -1, opInvalid = 0, opReadRune1..4 = 1..4).
// ReadFrom/WriteTo reach their io.Reader/io.Writer through internal::io_read/io_write.
// Go reference: src/bytes/buffer.go.
#include "stdlib/internal/io_util.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"
#include "stdlib/strconv/conv.h"

#include <cstddef>
#include <cstring>
#include <string>

namespace vitro::stdlib::bytes {

void register_bytes_funcs(vm::NativeRegistry& r);
void register_bytes_reader(vm::NativeRegistry& r);

namespace {

namespace conv = vitro::stdlib::strconv;

struct Buffer {
    vm::Slice buf;
    int64_t off;
    int8_t last_read;
};
static_assert(sizeof(Buffer) == 40 && offsetof(Buffer, off) == 24);

constexpr int8_t kOpRead = -1;
constexpr int8_t kOpInvalid = 0;
constexpr int64_t kSmallBufferSize = 64;

const gc::Type kBufferType = internal::make_struct_type("bytes.Buffer", 40, 8, &internal::kMaskFirstWord, 0);

Buffer* recv(vm::NativeCall& call)
{
    return static_cast<Buffer*>(call.ptr_arg(0));
}

int64_t unread_len(const Buffer* b)
{
    return b->buf.len - b->off;
}

void set_buf(Buffer* b, uint8_t* ptr, int64_t len, int64_t cap)
{
    gc::store_ptr(reinterpret_cast<void**>(&b->buf.ptr), ptr);
    b->buf.len = len;
    b->buf.cap = cap;
}

void reset(Buffer* b)
{
    b->buf.len = 0;
    b->off = 0;
    b->last_read = kOpInvalid;
}

// Go's grow: makes room for n more bytes; returns the index where they go. The receiver is
// reachable from the caller's argument slots across the allocation.
int64_t grow(vm::NativeCall& call, Buffer* b, int64_t n)
{
    int64_t m = unread_len(b);
    if (m == 0 && b->off != 0)
        reset(b);
    if (n <= b->buf.cap - b->buf.len) { // tryGrowByReslice
        int64_t l = b->buf.len;
        b->buf.len = l + n;
        return l;
    }
    if (b->buf.ptr == nullptr && n <= kSmallBufferSize) {
        auto* mem = static_cast<uint8_t*>(call.heap().alloc_noscan(kSmallBufferSize));
        set_buf(b, mem, n, kSmallBufferSize);
        return 0;
    }
    int64_t c = b->buf.cap;
    if (n <= c / 2 - m) {
        std::memmove(b->buf.ptr, b->buf.ptr + b->off, static_cast<size_t>(m));
    } else {
        // growSlice(b.buf[b.off:], b.off+n): capacity 2*cap(b.buf[off:]) at least.
        int64_t want = m + b->off + n;
        int64_t old_cap = c - b->off;
        if (want < 2 * old_cap)
            want = 2 * old_cap;
        auto cap = static_cast<int64_t>(gc::Heap::round_up_size(static_cast<uint64_t>(want)));
        auto* mem = static_cast<uint8_t*>(call.heap().alloc_noscan(static_cast<uint64_t>(cap)));
        if (m > 0)
            std::memcpy(mem, b->buf.ptr + b->off, static_cast<size_t>(m));
        set_buf(b, mem, m, cap);
    }
    b->off = 0;
    b->buf.len = m + n;
    return m;
}

void write_bytes(vm::NativeCall& call, Buffer* b, const uint8_t* p, int64_t n)
{
    b->last_read = kOpInvalid;
    // p may point into b's own unread bytes: copy first when growing could move them.
    std::string copy(reinterpret_cast<const char*>(p), static_cast<size_t>(n));
    int64_t at;
    if (n <= b->buf.cap - b->buf.len) { // tryGrowByReslice first, as Go's Write* do
        at = b->buf.len;
        b->buf.len += n;
    } else {
        at = grow(call, b, n);
    }
    if (n > 0)
        std::memcpy(b->buf.ptr + at, copy.data(), copy.size());
}

void Write(vm::NativeCall& call)
{
    vm::Slice p = call.slice_arg(1);
    write_bytes(call, recv(call), p.ptr, p.len);
    call.set_int(0, p.len);
    internal::set_nil_error(call, 1);
}

void WriteString(vm::NativeCall& call)
{
    vm::String s = call.string_arg(1);
    write_bytes(call, recv(call), s.ptr, s.len);
    call.set_int(0, s.len);
    internal::set_nil_error(call, 1);
}

void WriteByte(vm::NativeCall& call)
{
    auto c = static_cast<uint8_t>(call.int_arg(1));
    write_bytes(call, recv(call), &c, 1);
    internal::set_nil_error(call, 0);
}

void WriteRune(vm::NativeCall& call)
{
    std::string enc;
    conv::append_rune(enc, static_cast<int32_t>(call.int_arg(1)));
    write_bytes(
        call, recv(call), reinterpret_cast<const uint8_t*>(enc.data()), static_cast<int64_t>(enc.size()));
    call.set_int(0, static_cast<int64_t>(enc.size()));
    internal::set_nil_error(call, 1);
}

void String(vm::NativeCall& call)
{
    Buffer* b = recv(call);
    if (!b) {
        call.set_string(0, internal::view_string("<nil>"));
        return;
    }
    std::string_view v(
        reinterpret_cast<const char*>(b->buf.ptr + b->off), static_cast<size_t>(unread_len(b)));
    call.set_string(0, call.new_string(v));
}

void Bytes(vm::NativeCall& call)
{
    Buffer* b = recv(call);
    call.set_slice(0, { b->buf.ptr + b->off, unread_len(b), b->buf.cap - b->off });
}

void Len(vm::NativeCall& call)
{
    call.set_int(0, unread_len(recv(call)));
}

void Cap(vm::NativeCall& call)
{
    call.set_int(0, recv(call)->buf.cap);
}

void Reset(vm::NativeCall& call)
{
    reset(recv(call));
}

void Truncate(vm::NativeCall& call)
{
    Buffer* b = recv(call);
    int64_t n = call.int_arg(1);
    if (n == 0) {
        reset(b);
        return;
    }
    b->last_read = kOpInvalid;
    if (n < 0 || n > unread_len(b)) {
        call.panic_message("bytes.Buffer: truncation out of range");
        return;
    }
    b->buf.len = b->off + n;
}

void Grow(vm::NativeCall& call)
{
    Buffer* b = recv(call);
    int64_t n = call.int_arg(1);
    if (n < 0) {
        call.panic_message("bytes.Buffer.Grow: negative count");
        return;
    }
    int64_t m = grow(call, b, n);
    b->buf.len = m;
}

// Read(p) (n int, err error).
void Read(vm::NativeCall& call)
{
    Buffer* b = recv(call);
    vm::Slice p = call.slice_arg(1);
    b->last_read = kOpInvalid;
    if (unread_len(b) == 0) {
        reset(b);
        call.set_int(0, 0);
        if (p.len == 0)
            internal::set_nil_error(call, 1);
        else
            call.set_iface(1, internal::io_eof());
        return;
    }
    int64_t n = std::min(p.len, unread_len(b));
    std::memmove(p.ptr, b->buf.ptr + b->off, static_cast<size_t>(n));
    b->off += n;
    if (n > 0)
        b->last_read = kOpRead;
    call.set_int(0, n);
    internal::set_nil_error(call, 1);
}

void Next(vm::NativeCall& call)
{
    Buffer* b = recv(call);
    int64_t n = call.int_arg(1);
    b->last_read = kOpInvalid;
    int64_t m = unread_len(b);
    if (n > m)
        n = m;
    call.set_slice(0, { b->buf.ptr + b->off, n, b->buf.cap - b->off });
    b->off += n;
    if (n > 0)
        b->last_read = kOpRead;
}

void ReadByte(vm::NativeCall& call)
{
    Buffer* b = recv(call);
    if (unread_len(b) == 0) {
        reset(b);
        call.set_int(0, 0);
        call.set_iface(1, internal::io_eof());
        return;
    }
    uint8_t c = b->buf.ptr[b->off];
    b->off++;
    b->last_read = kOpRead;
    call.set_int(0, c);
    internal::set_nil_error(call, 1);
}

void ReadRune(vm::NativeCall& call)
{
    Buffer* b = recv(call);
    if (unread_len(b) == 0) {
        reset(b);
        call.set_int(0, 0);
        call.set_int(1, 0);
        call.set_iface(2, internal::io_eof());
        return;
    }
    std::string_view v(
        reinterpret_cast<const char*>(b->buf.ptr + b->off), static_cast<size_t>(unread_len(b)));
    int size;
    int32_t r = conv::decode_rune(v, &size);
    b->off += size;
    b->last_read = static_cast<int8_t>(size);
    call.set_int(0, r);
    call.set_int(1, size);
    internal::set_nil_error(call, 2);
}

void UnreadByte(vm::NativeCall& call)
{
    Buffer* b = recv(call);
    if (b->last_read == kOpInvalid) {
        call.set_iface(0,
            internal::new_error(
                call, "bytes.Buffer: UnreadByte: previous operation was not a successful read"));
        return;
    }
    b->last_read = kOpInvalid;
    if (b->off > 0)
        b->off--;
    internal::set_nil_error(call, 0);
}

void UnreadRune(vm::NativeCall& call)
{
    Buffer* b = recv(call);
    if (b->last_read <= kOpInvalid) {
        call.set_iface(0,
            internal::new_error(
                call, "bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune"));
        return;
    }
    if (b->off >= b->last_read)
        b->off -= b->last_read;
    b->last_read = kOpInvalid;
    internal::set_nil_error(call, 0);
}

// readSlice(delim): the unread bytes up to and including delim (all of them and io.EOF when
// delim is absent).
std::string_view read_slice(Buffer* b, uint8_t delim, bool& found)
{
    std::string_view v(
        reinterpret_cast<const char*>(b->buf.ptr + b->off), static_cast<size_t>(unread_len(b)));
    size_t i = v.find(static_cast<char>(delim));
    found = i != std::string_view::npos;
    size_t end = found ? i + 1 : v.size();
    b->off += static_cast<int64_t>(end);
    b->last_read = kOpRead;
    return v.substr(0, end);
}

void ReadString(vm::NativeCall& call)
{
    Buffer* b = recv(call);
    bool found;
    std::string_view line = read_slice(b, static_cast<uint8_t>(call.int_arg(1)), found);
    call.set_string(0, call.new_string(line));
    if (found)
        internal::set_nil_error(call, 2);
    else
        call.set_iface(2, internal::io_eof());
}

void ReadBytes(vm::NativeCall& call)
{
    Buffer* b = recv(call);
    bool found;
    std::string_view line = read_slice(b, static_cast<uint8_t>(call.int_arg(1)), found);
    vm::Slice out = line.empty() ? vm::Slice { nullptr, 0, 0 } : internal::new_bytes(call, line);
    call.set_slice(0, out);
    if (found)
        internal::set_nil_error(call, 3);
    else
        call.set_iface(3, internal::io_eof());
}

// WriteTo(w io.Writer) (n int64, err error).
void WriteTo(vm::NativeCall& call)
{
    Buffer* b = recv(call);
    b->last_read = kOpInvalid;
    int64_t n = 0;
    if (int64_t want = unread_len(b); want > 0) {
        int64_t m;
        vm::Iface e;
        if (!internal::io_write(call, call.iface_arg(1), b->buf.ptr + b->off, want, m, e))
            return;
        b = recv(call);
        if (m > want) {
            call.panic_message("bytes.Buffer.WriteTo: invalid Write count");
            return;
        }
        b->off += m;
        n = m;
        if (e.tab || m != want) {
            call.set_int(0, n);
            call.set_iface(1, e.tab ? e : internal::new_error(call, "short write"));
            return;
        }
    }
    reset(b);
    call.set_int(0, n);
    internal::set_nil_error(call, 1);
}

// ReadFrom(r io.Reader) (n int64, err error): reads until EOF, growing by MinRead (512).
void ReadFrom(vm::NativeCall& call)
{
    Buffer* b = recv(call);
    b->last_read = kOpInvalid;
    int64_t n = 0;
    for (;;) {
        int64_t i = grow(call, b, 512);
        b->buf.len = i;
        int64_t m;
        vm::Iface e;
        if (!internal::io_read(call, call.iface_arg(1), b->buf.ptr + i, b->buf.cap - i, m, e))
            return;
        b = recv(call);
        if (m < 0) {
            call.panic_message("bytes.Buffer: reader returned negative count from Read");
            return;
        }
        b->buf.len = i + m;
        n += m;
        if (e.tab) {
            call.set_int(0, n);
            if (e.data == internal::io_eof().data)
                internal::set_nil_error(call, 1);
            else
                call.set_iface(1, e);
            return;
        }
    }
}

void NewBuffer(vm::NativeCall& call)
{
    vm::Slice buf = call.slice_arg(0);
    auto* b = static_cast<Buffer*>(call.heap().alloc(&kBufferType));
    set_buf(b, buf.ptr, buf.len, buf.cap);
    call.set_ptr(0, b);
}

void NewBufferString(vm::NativeCall& call)
{
    vm::String s = call.string_arg(0);
    vm::Slice bytes = internal::new_bytes(call, s.view());
    gc::Heap::TempRoot keep(call.heap(), bytes.ptr);
    auto* b = static_cast<Buffer*>(call.heap().alloc(&kBufferType));
    if (bytes.len > 0)
        set_buf(b, bytes.ptr, bytes.len, bytes.cap);
    call.set_ptr(0, b);
}

void buffer_write(vm::NativeCall& call, void* self, std::string_view data, int64_t& n, vm::Iface& err)
{
    write_bytes(call, static_cast<Buffer*>(self), reinterpret_cast<const uint8_t*>(data.data()),
        static_cast<int64_t>(data.size()));
    n = static_cast<int64_t>(data.size());
    err = { nullptr, nullptr };
}

void buffer_read(vm::NativeCall&, void* self, uint8_t* p, int64_t len, int64_t& n, vm::Iface& err)
{
    auto* b = static_cast<Buffer*>(self);
    b->last_read = kOpInvalid;
    n = 0;
    err = { nullptr, nullptr };
    if (unread_len(b) == 0) {
        reset(b);
        if (len > 0)
            err = internal::io_eof();
        return;
    }
    n = std::min(len, unread_len(b));
    std::memmove(p, b->buf.ptr + b->off, static_cast<size_t>(n));
    b->off += n;
    if (n > 0)
        b->last_read = kOpRead;
}

} // namespace

} // namespace vitro::stdlib::bytes

namespace vitro::stdlib {

void register_bytes(vm::NativeRegistry& r)
{
    using namespace bytes;
    register_bytes_funcs(r);
    register_bytes_reader(r);
    internal::register_native_reader("*bytes.Buffer", buffer_read);
    internal::register_native_writer("*bytes.Buffer", buffer_write);
    r.add("bytes.(*Buffer).Write", Write);
    r.add("bytes.(*Buffer).WriteString", WriteString);
    r.add("bytes.(*Buffer).WriteByte", WriteByte);
    r.add("bytes.(*Buffer).WriteRune", WriteRune);
    r.add("bytes.(*Buffer).String", String);
    r.add("bytes.(*Buffer).Bytes", Bytes);
    r.add("bytes.(*Buffer).Len", Len);
    r.add("bytes.(*Buffer).Cap", Cap);
    r.add("bytes.(*Buffer).Reset", Reset);
    r.add("bytes.(*Buffer).Truncate", Truncate);
    r.add("bytes.(*Buffer).Grow", Grow);
    r.add("bytes.(*Buffer).Read", Read);
    r.add("bytes.(*Buffer).Next", Next);
    r.add("bytes.(*Buffer).ReadByte", ReadByte);
    r.add("bytes.(*Buffer).ReadRune", ReadRune);
    r.add("bytes.(*Buffer).UnreadByte", UnreadByte);
    r.add("bytes.(*Buffer).UnreadRune", UnreadRune);
    r.add("bytes.(*Buffer).ReadString", ReadString);
    r.add("bytes.(*Buffer).ReadBytes", ReadBytes);
    r.add("bytes.(*Buffer).WriteTo", WriteTo);
    r.add("bytes.(*Buffer).ReadFrom", ReadFrom);
    r.add("bytes.NewBuffer", NewBuffer);
    r.add("bytes.NewBufferString", NewBufferString);
}

} // namespace vitro::stdlib
