// stdlib/bufio/scanner_natives.cpp — bufio.Scanner, the split functions and bufio.Writer.
//
// Scanner follows Go 1.19's Scan loop exactly (buffer start 4096 bytes, doubling up to
// maxTokenSize, the empty-token and no-progress guards), so tokens and errors are Go's. The
// built-in split functions (ScanLines, ScanWords, ScanRunes, ScanBytes) run natively when the
// split func value is one of them (recognised by function name); other split funcs are called
// through internal::call_func. Writer follows Go's Write/WriteString/Flush (direct writes of
// large data when the buffer is empty), so the interleaving with other output is Go's.
// Reads and writes go through internal::io_read/io_write.
// Layouts (Go's): Scanner 128 bytes, Writer 64 bytes (see the structs below).
// Go reference: src/bufio/scan.go, src/bufio/bufio.go.
#include "stdlib/bufio/bufio_errors.h"
#include "stdlib/internal/io_util.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"
#include "stdlib/strconv/conv.h"
#include "support/unicode.h"
#include "vm/module.h"

#include <cstddef>
#include <cstring>
#include <string>

namespace vitro::stdlib::bufio {

void register_bufio_reader(vm::NativeRegistry& r);

namespace {

namespace conv = vitro::stdlib::strconv;

struct Scanner {
    vm::Iface r;
    const void* split;
    int64_t max_token_size;
    vm::Slice token;
    vm::Slice buf;
    int64_t start;
    int64_t end;
    vm::Iface err;
    int64_t empties;
    bool scan_called;
    bool done;
};
static_assert(sizeof(Scanner) == 128 && offsetof(Scanner, buf) == 56 && offsetof(Scanner, err) == 96);

struct Writer {
    vm::Iface err;
    vm::Slice buf;
    int64_t n;
    vm::Iface wr;
};
static_assert(sizeof(Writer) == 64 && offsetof(Writer, wr) == 48);

constexpr uint64_t kScannerMask = 0x3097; // r, split, token.ptr, buf.ptr, err
constexpr uint64_t kWriterMask = 0xC7; // err, buf.ptr, wr

const gc::Type kScannerType = internal::make_struct_type("bufio.Scanner", 128, 112, &kScannerMask, 0);
const gc::Type kWriterType = internal::make_struct_type("bufio.Writer", 64, 64, &kWriterMask, 0);

constexpr int64_t kMaxScanTokenSize = 64 * 1024;
constexpr int64_t kStartBufSize = 4096;
constexpr int kMaxConsecutiveEmptyReads = 100;

void set_iface_field(vm::Iface& dst, vm::Iface v)
{
    dst.tab = v.tab;
    gc::store_ptr(&dst.data, v.data);
}

void set_slice_field(vm::Slice& dst, vm::Slice v)
{
    gc::store_ptr(reinterpret_cast<void**>(&dst.ptr), v.ptr);
    dst.len = v.len;
    dst.cap = v.cap;
}

bool is_eof(vm::Iface e)
{
    return e.data == internal::io_eof().data && e.tab == internal::io_eof().tab;
}

vm::Iface static_error(vm::NativeCall& call, std::string_view text)
{
    return internal::new_error(call, text);
}

// ---- split functions: (data, atEOF) -> (advance, token view or none, error text) ----

struct SplitResult {
    int64_t advance = 0;
    bool has_token = false;
    int64_t token_off = 0, token_len = 0; // within data
    bool error_rune = false; // ScanRunes' encoded RuneError token
};

SplitResult scan_lines(std::string_view data, bool at_eof)
{
    SplitResult r;
    if (at_eof && data.empty())
        return r;
    auto drop_cr
        = [&](int64_t len) { return len > 0 && data[static_cast<size_t>(len - 1)] == '\r' ? len - 1 : len; };
    size_t i = data.find('\n');
    if (i != std::string_view::npos) {
        r.advance = static_cast<int64_t>(i) + 1;
        r.has_token = true;
        r.token_len = drop_cr(static_cast<int64_t>(i));
        return r;
    }
    if (at_eof) {
        r.advance = static_cast<int64_t>(data.size());
        r.has_token = true;
        r.token_len = drop_cr(static_cast<int64_t>(data.size()));
    }
    return r;
}

SplitResult scan_words(std::string_view data, bool at_eof)
{
    SplitResult r;
    size_t start = 0;
    while (start < data.size()) {
        int width;
        int32_t c = conv::decode_rune(data.substr(start), &width);
        if (!support::unicode::is_space(c))
            break;
        start += static_cast<size_t>(width);
    }
    for (size_t i = start; i < data.size();) {
        int width;
        int32_t c = conv::decode_rune(data.substr(i), &width);
        if (support::unicode::is_space(c)) {
            r.advance = static_cast<int64_t>(i) + width;
            r.has_token = true;
            r.token_off = static_cast<int64_t>(start);
            r.token_len = static_cast<int64_t>(i - start);
            return r;
        }
        i += static_cast<size_t>(width);
    }
    if (at_eof && data.size() > start) {
        r.advance = static_cast<int64_t>(data.size());
        r.has_token = true;
        r.token_off = static_cast<int64_t>(start);
        r.token_len = static_cast<int64_t>(data.size() - start);
        return r;
    }
    r.advance = static_cast<int64_t>(start);
    return r;
}

bool full_rune(std::string_view s)
{
    int size;
    int32_t r = conv::decode_rune(s, &size);
    if (!(r == conv::kRuneError && size == 1))
        return true;
    auto c0 = static_cast<uint8_t>(s[0]);
    int need = c0 >= 0xF0 ? 4 : c0 >= 0xE0 ? 3 : c0 >= 0xC0 ? 2 : 1;
    return static_cast<int>(s.size()) >= need || need == 1;
}

SplitResult scan_runes(std::string_view data, bool at_eof)
{
    SplitResult r;
    if (at_eof && data.empty())
        return r;
    if (static_cast<uint8_t>(data[0]) < 0x80) {
        r.advance = 1, r.has_token = true, r.token_len = 1;
        return r;
    }
    int width;
    conv::decode_rune(data, &width);
    if (width > 1) {
        r.advance = width, r.has_token = true, r.token_len = width;
        return r;
    }
    if (!at_eof && !full_rune(data))
        return r;
    r.advance = 1, r.has_token = true, r.error_rune = true;
    return r;
}

SplitResult scan_bytes(std::string_view data, bool at_eof)
{
    SplitResult r;
    if (at_eof && data.empty())
        return r;
    r.advance = 1, r.has_token = true, r.token_len = 1;
    return r;
}

using SplitFn = SplitResult (*)(std::string_view, bool);

SplitFn builtin_split(vm::NativeCall& call, const void* fn)
{
    if (!fn)
        return nullptr;
    const vm::Function* f = static_cast<const vm::Closure*>(fn)->fn;
    (void)call;
    if (!f)
        return nullptr;
    if (f->name == "bufio.ScanLines")
        return scan_lines;
    if (f->name == "bufio.ScanWords")
        return scan_words;
    if (f->name == "bufio.ScanRunes")
        return scan_runes;
    if (f->name == "bufio.ScanBytes")
        return scan_bytes;
    return nullptr;
}

constexpr char kErrorRune[] = "\xEF\xBF\xBD";

// The token of a native split result as a slice into data (or the static RuneError bytes,
// copied to the heap).
vm::Slice token_slice(vm::NativeCall& call, vm::Slice data, const SplitResult& r)
{
    if (!r.has_token)
        return { nullptr, 0, 0 };
    if (r.error_rune)
        return internal::new_bytes(call, kErrorRune);
    return { data.ptr + r.token_off, r.token_len, data.cap - r.token_off };
}

// Split functions registered as natives (direct calls from scripts).
template <SplitFn F> void SplitNative(vm::NativeCall& call)
{
    vm::Slice data = call.slice_arg(0);
    bool at_eof = call.int_arg(3) & 0xFF;
    SplitResult r = F({ reinterpret_cast<const char*>(data.ptr), static_cast<size_t>(data.len) }, at_eof);
    vm::Slice tok = token_slice(call, data, r);
    call.set_int(0, r.advance);
    call.set_slice(1, tok);
    internal::set_nil_error(call, 4);
}

// ---- Scanner ----

Scanner* scanner(vm::NativeCall& call)
{
    return static_cast<Scanner*>(call.ptr_arg(0));
}

void set_err(Scanner* s, vm::Iface err)
{
    if (!s->err.tab || is_eof(s->err))
        set_iface_field(s->err, err);
}

void NewScanner(vm::NativeCall& call)
{
    auto* s = static_cast<Scanner*>(call.heap().alloc(&kScannerType));
    set_iface_field(s->r, call.iface_arg(0));
    s->max_token_size = kMaxScanTokenSize;
    s->split = nullptr; // ScanLines
    call.set_ptr(0, s);
}

// Runs the split function on buf[start:end]; false if a script split panicked.
bool run_split(vm::NativeCall& call, Scanner* s, int64_t& advance, vm::Slice& token, vm::Iface& err)
{
    vm::Slice data = { s->buf.ptr + s->start, s->end - s->start, s->buf.cap - s->start };
    bool at_eof = s->err.tab != nullptr;
    err = { nullptr, nullptr };
    SplitFn native = s->split ? builtin_split(call, s->split) : scan_lines;
    if (native) {
        SplitResult r
            = native({ reinterpret_cast<const char*>(data.ptr), static_cast<size_t>(data.len) }, at_eof);
        advance = r.advance;
        token = token_slice(call, data, r);
        return true;
    }
    vm::Slot args[4] = { reinterpret_cast<vm::Slot>(data.ptr), static_cast<vm::Slot>(data.len),
        static_cast<vm::Slot>(data.cap), at_eof ? 1u : 0u };
    vm::Slot res[6] = {};
    if (!internal::call_func(call, s->split, args, 4, res, 6))
        return false;
    advance = static_cast<int64_t>(res[0]);
    token
        = { reinterpret_cast<uint8_t*>(res[1]), static_cast<int64_t>(res[2]), static_cast<int64_t>(res[3]) };
    err = { reinterpret_cast<const void*>(res[4]), reinterpret_cast<void*>(res[5]) };
    return true;
}

void Scan(vm::NativeCall& call)
{
    Scanner* s = scanner(call);
    if (s->done) {
        call.set_int(0, 0);
        return;
    }
    s->scan_called = true;
    for (;;) {
        if (s->end > s->start || s->err.tab) {
            int64_t advance;
            vm::Slice token;
            vm::Iface err;
            if (!run_split(call, s, advance, token, err))
                return;
            s = scanner(call);
            if (err.tab) {
                if (err.data == err_final_token().data) {
                    set_slice_field(s->token, token);
                    s->done = true;
                    call.set_int(0, 1);
                    return;
                }
                set_err(s, err);
                call.set_int(0, 0);
                return;
            }
            if (advance < 0) {
                set_err(s, err_negative_advance());
                call.set_int(0, 0);
                return;
            }
            if (advance > s->end - s->start) {
                set_err(s, err_advance_too_far());
                call.set_int(0, 0);
                return;
            }
            s->start += advance;
            set_slice_field(s->token, token);
            if (token.ptr) {
                if (!s->err.tab || advance > 0) {
                    s->empties = 0;
                } else if (++s->empties > kMaxConsecutiveEmptyReads) {
                    call.panic_message("bufio.Scan: too many empty tokens without progressing");
                    return;
                }
                call.set_int(0, 1);
                return;
            }
        }
        if (s->err.tab) {
            s->start = 0;
            s->end = 0;
            call.set_int(0, 0);
            return;
        }
        if (s->start > 0 && (s->end == s->buf.len || s->start > s->buf.len / 2)) {
            std::memmove(s->buf.ptr, s->buf.ptr + s->start, static_cast<size_t>(s->end - s->start));
            s->end -= s->start;
            s->start = 0;
        }
        if (s->end == s->buf.len) {
            if (s->buf.len >= s->max_token_size) {
                set_err(s, err_too_long());
                call.set_int(0, 0);
                return;
            }
            int64_t new_size = s->buf.len * 2;
            if (new_size == 0)
                new_size = kStartBufSize;
            if (new_size > s->max_token_size)
                new_size = s->max_token_size;
            auto* mem = static_cast<uint8_t*>(call.heap().alloc_noscan(static_cast<uint64_t>(new_size)));
            s = scanner(call);
            if (s->end > s->start)
                std::memcpy(mem, s->buf.ptr + s->start, static_cast<size_t>(s->end - s->start));
            s->end -= s->start;
            s->start = 0;
            set_slice_field(s->buf, { mem, new_size, new_size });
        }
        for (int loop = 0;;) {
            int64_t n;
            vm::Iface err;
            if (!internal::io_read(call, s->r, s->buf.ptr + s->end, s->buf.len - s->end, n, err))
                return;
            s = scanner(call);
            if (n < 0 || s->buf.len - s->end < n) {
                set_err(s, err_bad_read_count());
                break;
            }
            s->end += n;
            if (err.tab) {
                set_err(s, err);
                break;
            }
            if (n > 0) {
                s->empties = 0;
                break;
            }
            if (++loop > kMaxConsecutiveEmptyReads) {
                set_err(s, static_error(call, "multiple Read calls return no data or error"));
                break;
            }
        }
    }
}

void Text(vm::NativeCall& call)
{
    Scanner* s = scanner(call);
    call.set_string(0,
        call.new_string({ reinterpret_cast<const char*>(s->token.ptr), static_cast<size_t>(s->token.len) }));
}

void Bytes(vm::NativeCall& call)
{
    call.set_slice(0, scanner(call)->token);
}

void Err(vm::NativeCall& call)
{
    Scanner* s = scanner(call);
    if (is_eof(s->err))
        internal::set_nil_error(call, 0);
    else
        call.set_iface(0, s->err);
}

void Split(vm::NativeCall& call)
{
    Scanner* s = scanner(call);
    if (s->scan_called) {
        call.panic_message("Split called after Scan");
        return;
    }
    gc::store_ptr(const_cast<void**>(&s->split), call.ptr_arg(1));
}

void Buffer(vm::NativeCall& call)
{
    Scanner* s = scanner(call);
    if (s->scan_called) {
        call.panic_message("Buffer called after Scan");
        return;
    }
    vm::Slice b = call.slice_arg(1);
    set_slice_field(s->buf, { b.ptr, b.cap, b.cap });
    s->max_token_size = call.int_arg(4);
}

// ---- Writer ----

Writer* writer(vm::NativeCall& call)
{
    return static_cast<Writer*>(call.ptr_arg(0));
}

void new_writer(vm::NativeCall& call, int64_t size)
{
    if (size <= 0)
        size = 4096;
    auto* mem = static_cast<uint8_t*>(call.heap().alloc_noscan(static_cast<uint64_t>(size)));
    gc::Heap::TempRoot keep(call.heap(), mem);
    auto* w = static_cast<Writer*>(call.heap().alloc(&kWriterType));
    set_slice_field(w->buf, { mem, size, size });
    set_iface_field(w->wr, call.iface_arg(0));
    call.set_ptr(0, w);
}

// bufio.NewReadWriter: a ReadWriter{*Reader, *Writer}, both words pointers.
constexpr uint64_t kReadWriterMask = 0x3;
const gc::Type kReadWriterType = internal::make_struct_type("bufio.ReadWriter", 16, 16, &kReadWriterMask, 0);

void NewReadWriter(vm::NativeCall& call)
{
    auto* rw = static_cast<void**>(call.heap().alloc(&kReadWriterType));
    gc::store_ptr(&rw[0], call.ptr_arg(0));
    gc::store_ptr(&rw[1], call.ptr_arg(1));
    call.set_ptr(0, rw);
}

void NewWriter(vm::NativeCall& call)
{
    new_writer(call, 4096);
}

void NewWriterSize(vm::NativeCall& call)
{
    new_writer(call, call.int_arg(2));
}

// Flush; false if a script Write panicked. Re-reads the receiver from the arguments.
bool flush(vm::NativeCall& call, Writer*& b)
{
    if (b->err.tab || b->n == 0)
        return true;
    int64_t n;
    vm::Iface err;
    if (!internal::io_write(call, b->wr, b->buf.ptr, b->n, n, err))
        return false;
    b = writer(call);
    if (n < b->n && !err.tab)
        err = static_error(call, "short write");
    if (err.tab) {
        if (n > 0 && n < b->n)
            std::memmove(b->buf.ptr, b->buf.ptr + n, static_cast<size_t>(b->n - n));
        b->n -= n;
        set_iface_field(b->err, err);
        return true;
    }
    b->n = 0;
    return true;
}

int64_t available(const Writer* b)
{
    return b->buf.len - b->n;
}

void Flush(vm::NativeCall& call)
{
    Writer* b = writer(call);
    if (!flush(call, b))
        return;
    call.set_iface(0, b->err);
}

// Write(p) and WriteString(s): the data stays reachable from the argument slots.
void write_impl(vm::NativeCall& call, bool is_string)
{
    Writer* b = writer(call);
    auto data = [&]() -> std::pair<uint8_t*, int64_t> {
        if (is_string) {
            vm::String s = call.string_arg(1);
            return { const_cast<uint8_t*>(s.ptr), s.len };
        }
        vm::Slice p = call.slice_arg(1);
        return { p.ptr, p.len };
    };
    auto [p, len] = data();
    int64_t nn = 0, off = 0;
    bool try_string_writer = is_string && internal::io_is_string_writer(call, b->wr);
    while (len - off > available(b) && !b->err.tab) {
        int64_t n;
        if (b->n == 0 && (!is_string || try_string_writer)) {
            vm::Iface err;
            bool ok = is_string ? internal::io_write_string(call, b->wr, { p + off, len - off }, n, err)
                                : internal::io_write(call, b->wr, p + off, len - off, n, err);
            if (!ok)
                return;
            b = writer(call);
            std::tie(p, len) = data();
            set_iface_field(b->err, err);
        } else {
            n = std::min(available(b), len - off);
            std::memcpy(b->buf.ptr + b->n, p + off, static_cast<size_t>(n));
            b->n += n;
            if (!flush(call, b))
                return;
            std::tie(p, len) = data();
        }
        nn += n;
        off += n;
    }
    if (b->err.tab) {
        vm::Iface err = b->err;
        call.set_int(0, nn);
        call.set_iface(1, err);
        return;
    }
    int64_t n = std::min(available(b), len - off);
    std::memcpy(b->buf.ptr + b->n, p + off, static_cast<size_t>(n));
    b->n += n;
    nn += n;
    call.set_int(0, nn);
    internal::set_nil_error(call, 1);
}

void Write(vm::NativeCall& call)
{
    write_impl(call, false);
}

void WriteString(vm::NativeCall& call)
{
    write_impl(call, true);
}

void WriteByte(vm::NativeCall& call)
{
    Writer* b = writer(call);
    auto c = static_cast<uint8_t>(call.int_arg(1));
    if (b->err.tab) {
        call.set_iface(0, b->err);
        return;
    }
    if (available(b) <= 0) {
        if (!flush(call, b))
            return;
        if (b->err.tab) {
            call.set_iface(0, b->err);
            return;
        }
    }
    b->buf.ptr[b->n++] = c;
    internal::set_nil_error(call, 0);
}

void WriteRune(vm::NativeCall& call)
{
    Writer* b = writer(call);
    auto r = static_cast<int32_t>(call.int_arg(1));
    std::string enc;
    conv::append_rune(enc, r);
    if (b->err.tab) {
        call.set_int(0, 0);
        call.set_iface(1, b->err);
        return;
    }
    if (available(b) < 4 && static_cast<uint32_t>(r) >= 0x80) {
        if (!flush(call, b))
            return;
        if (b->err.tab) {
            vm::Iface err = b->err;
            call.set_int(0, 0);
            call.set_iface(1, err);
            return;
        }
    } else if (available(b) <= 0) {
        if (!flush(call, b))
            return;
        if (b->err.tab) {
            vm::Iface err = b->err;
            call.set_int(0, 0);
            call.set_iface(1, err);
            return;
        }
    }
    std::memcpy(b->buf.ptr + b->n, enc.data(), enc.size());
    b->n += static_cast<int64_t>(enc.size());
    call.set_int(0, static_cast<int64_t>(enc.size()));
    internal::set_nil_error(call, 1);
}

void Buffered(vm::NativeCall& call)
{
    call.set_int(0, writer(call)->n);
}

void Available(vm::NativeCall& call)
{
    call.set_int(0, available(writer(call)));
}

void Size(vm::NativeCall& call)
{
    call.set_int(0, writer(call)->buf.len);
}

void Reset(vm::NativeCall& call)
{
    Writer* b = writer(call);
    b->err = { nullptr, nullptr };
    b->n = 0;
    set_iface_field(b->wr, call.iface_arg(1));
}

} // namespace

} // namespace vitro::stdlib::bufio

namespace vitro::stdlib {

void register_bufio(vm::NativeRegistry& r)
{
    using namespace bufio;
    register_bufio_reader(r);
    r.add("bufio.ScanLines", SplitNative<scan_lines>);
    r.add("bufio.ScanWords", SplitNative<scan_words>);
    r.add("bufio.ScanRunes", SplitNative<scan_runes>);
    r.add("bufio.ScanBytes", SplitNative<scan_bytes>);
    r.add("bufio.NewScanner", NewScanner);
    r.add("bufio.(*Scanner).Scan", Scan);
    r.add("bufio.(*Scanner).Text", Text);
    r.add("bufio.(*Scanner).Bytes", Bytes);
    r.add("bufio.(*Scanner).Err", Err);
    r.add("bufio.(*Scanner).Split", Split);
    r.add("bufio.(*Scanner).Buffer", Buffer);
    r.add("bufio.NewWriter", NewWriter);
    r.add("bufio.NewReadWriter", NewReadWriter);
    r.add("bufio.NewWriterSize", NewWriterSize);
    r.add("bufio.(*Writer).Flush", Flush);
    r.add("bufio.(*Writer).Write", Write);
    r.add("bufio.(*Writer).WriteString", WriteString);
    r.add("bufio.(*Writer).WriteByte", WriteByte);
    r.add("bufio.(*Writer).WriteRune", WriteRune);
    r.add("bufio.(*Writer).Buffered", Buffered);
    r.add("bufio.(*Writer).Available", Available);
    r.add("bufio.(*Writer).Size", Size);
    r.add("bufio.(*Writer).Reset", Reset);
}

} // namespace vitro::stdlib
