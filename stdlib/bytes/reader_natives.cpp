// stdlib/bytes/reader_natives.cpp — bytes.Reader: strings.Reader over a []byte.
//
// Layout (Go's): struct { s []byte; i int64; prevRune int }, 40 bytes. Also the io.Reader
// handler for *bytes.Reader values inside interfaces (internal::io_read).
// Go reference: src/bytes/reader.go.
#include "stdlib/internal/io_util.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"
#include "stdlib/strconv/conv.h"

#include <cstring>
#include <string_view>

namespace vitro::stdlib::bytes {

namespace {

namespace conv = vitro::stdlib::strconv;

struct Reader {
    vm::Slice s;
    int64_t i;
    int64_t prev_rune;
};
static_assert(sizeof(Reader) == 40);

constexpr uint64_t kMaskWord0 = 1;
const gc::Type kReaderType = [] {
    gc::Type t;
    t.size = 40;
    t.ptrdata = 8;
    t.ptrmask = &kMaskWord0;
    t.align = 8;
    t.kind = gc::Kind::Struct;
    t.name = "bytes.Reader";
    return t;
}();

Reader* reader(vm::NativeCall& call)
{
    return static_cast<Reader*>(call.ptr_arg(0));
}

std::string_view rest(const Reader* r)
{
    if (r->i >= r->s.len)
        return {};
    return { reinterpret_cast<const char*>(r->s.ptr + r->i), static_cast<size_t>(r->s.len - r->i) };
}

void set_slice_field(vm::Slice& dst, vm::Slice v)
{
    gc::store_ptr(reinterpret_cast<void**>(&dst.ptr), v.ptr);
    dst.len = v.len;
    dst.cap = v.cap;
}

void NewReader(vm::NativeCall& call)
{
    auto* r = static_cast<Reader*>(call.heap().alloc(&kReaderType));
    set_slice_field(r->s, call.slice_arg(0));
    r->prev_rune = -1;
    call.set_ptr(0, r);
}

void Len(vm::NativeCall& call)
{
    call.set_int(0, static_cast<int64_t>(rest(reader(call)).size()));
}

void Size(vm::NativeCall& call)
{
    call.set_int(0, reader(call)->s.len);
}

void Reset(vm::NativeCall& call)
{
    Reader* r = reader(call);
    set_slice_field(r->s, call.slice_arg(1));
    r->i = 0;
    r->prev_rune = -1;
}

void read_into(Reader* r, uint8_t* p, int64_t len, int64_t& n, vm::Iface& err)
{
    n = 0;
    err = { nullptr, nullptr };
    std::string_view v = rest(r);
    if (v.empty()) {
        err = internal::io_eof();
        return;
    }
    r->prev_rune = -1;
    n = std::min(len, static_cast<int64_t>(v.size()));
    std::memmove(p, v.data(), static_cast<size_t>(n));
    r->i += n;
}

void Read(vm::NativeCall& call)
{
    vm::Slice b = call.slice_arg(1);
    int64_t n;
    vm::Iface err;
    read_into(reader(call), b.ptr, b.len, n, err);
    call.set_int(0, n);
    call.set_iface(1, err);
}

void reader_read(vm::NativeCall&, void* self, uint8_t* p, int64_t len, int64_t& n, vm::Iface& err)
{
    read_into(static_cast<Reader*>(self), p, len, n, err);
}

void ReadByte(vm::NativeCall& call)
{
    Reader* r = reader(call);
    r->prev_rune = -1;
    std::string_view v = rest(r);
    if (v.empty()) {
        call.set_int(0, 0);
        call.set_iface(1, internal::io_eof());
        return;
    }
    r->i++;
    call.set_int(0, static_cast<uint8_t>(v[0]));
    internal::set_nil_error(call, 1);
}

void UnreadByte(vm::NativeCall& call)
{
    Reader* r = reader(call);
    if (r->i <= 0) {
        call.set_iface(0, internal::new_error(call, "bytes.Reader.UnreadByte: at beginning of slice"));
        return;
    }
    r->prev_rune = -1;
    r->i--;
    internal::set_nil_error(call, 0);
}

void ReadRune(vm::NativeCall& call)
{
    Reader* r = reader(call);
    std::string_view v = rest(r);
    if (v.empty()) {
        r->prev_rune = -1;
        call.set_int(0, 0);
        call.set_int(1, 0);
        call.set_iface(2, internal::io_eof());
        return;
    }
    r->prev_rune = r->i;
    int size;
    int32_t ch = conv::decode_rune(v, &size);
    r->i += size;
    call.set_int(0, ch);
    call.set_int(1, size);
    internal::set_nil_error(call, 2);
}

void UnreadRune(vm::NativeCall& call)
{
    Reader* r = reader(call);
    if (r->i <= 0) {
        call.set_iface(0, internal::new_error(call, "bytes.Reader.UnreadRune: at beginning of slice"));
        return;
    }
    if (r->prev_rune < 0) {
        call.set_iface(
            0, internal::new_error(call, "bytes.Reader.UnreadRune: previous operation was not ReadRune"));
        return;
    }
    r->i = r->prev_rune;
    r->prev_rune = -1;
    internal::set_nil_error(call, 0);
}

void Seek(vm::NativeCall& call)
{
    Reader* r = reader(call);
    int64_t offset = call.int_arg(1), whence = call.int_arg(2);
    r->prev_rune = -1;
    int64_t abs;
    if (whence == 0) {
        abs = offset;
    } else if (whence == 1) {
        abs = r->i + offset;
    } else if (whence == 2) {
        abs = r->s.len + offset;
    } else {
        call.set_int(0, 0);
        call.set_iface(1, internal::new_error(call, "bytes.Reader.Seek: invalid whence"));
        return;
    }
    if (abs < 0) {
        call.set_int(0, 0);
        call.set_iface(1, internal::new_error(call, "bytes.Reader.Seek: negative position"));
        return;
    }
    r->i = abs;
    call.set_int(0, abs);
    internal::set_nil_error(call, 1);
}

void WriteTo(vm::NativeCall& call)
{
    Reader* r = reader(call);
    r->prev_rune = -1;
    std::string_view v = rest(r);
    if (v.empty()) {
        call.set_int(0, 0);
        internal::set_nil_error(call, 1);
        return;
    }
    int64_t m;
    vm::Iface err;
    if (!internal::io_write(call, call.iface_arg(1), reinterpret_cast<const uint8_t*>(v.data()),
            static_cast<int64_t>(v.size()), m, err))
        return;
    r = reader(call);
    r->i += m;
    if (m != static_cast<int64_t>(v.size()) && !err.tab)
        err = internal::new_error(call, "short write");
    call.set_int(0, m);
    call.set_iface(1, err);
}

} // namespace

void register_bytes_reader(vm::NativeRegistry& r)
{
    internal::register_native_reader("*bytes.Reader", reader_read);
    r.add("bytes.NewReader", NewReader);
    r.add("bytes.(*Reader).Len", Len);
    r.add("bytes.(*Reader).Size", Size);
    r.add("bytes.(*Reader).Reset", Reset);
    r.add("bytes.(*Reader).Read", Read);
    r.add("bytes.(*Reader).ReadByte", ReadByte);
    r.add("bytes.(*Reader).UnreadByte", UnreadByte);
    r.add("bytes.(*Reader).ReadRune", ReadRune);
    r.add("bytes.(*Reader).UnreadRune", UnreadRune);
    r.add("bytes.(*Reader).Seek", Seek);
    r.add("bytes.(*Reader).WriteTo", WriteTo);
}

} // namespace vitro::stdlib::bytes
