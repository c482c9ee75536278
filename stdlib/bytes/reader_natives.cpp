// stdlib/bytes/reader_natives.cpp — bytes.Reader: strings.Reader over a []byte.
//
// Layout (Go's): struct { s []byte; i int64; prevRune int }, 40 bytes. The methods it shares
// with strings.Reader, and its io.Reader handler for *bytes.Reader values inside interfaces
// (internal::io_read), are internal::ReaderOps (stdlib/internal/reader_ops.h).
// Go reference: src/bytes/reader.go.
#include "stdlib/internal/io_util.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/internal/reader_ops.h"
#include "stdlib/natives.h"

#include <cstring>
#include <string_view>

namespace vitro::stdlib::bytes {

namespace {

struct Reader {
    vm::Slice s;
    int64_t i;
    int64_t prev_rune;
};
static_assert(sizeof(Reader) == 40);

const gc::Type kReaderType = internal::make_struct_type("bytes.Reader", 40, 8, &internal::kMaskFirstWord, 0);

struct ReaderTraits {
    using Reader = bytes::Reader;
    static constexpr std::string_view kName = "bytes.Reader";
    static constexpr std::string_view kUnit = "slice";
    static std::string_view content(const Reader* r)
    {
        return { reinterpret_cast<const char*>(r->s.ptr), static_cast<size_t>(r->s.len) };
    }
    static bool write(vm::NativeCall& call, vm::Iface w, std::string_view v, int64_t& n, vm::Iface& err)
    {
        return internal::io_write(
            call, w, reinterpret_cast<const uint8_t*>(v.data()), static_cast<int64_t>(v.size()), n, err);
    }
};
using Ops = internal::ReaderOps<ReaderTraits>;

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

void Reset(vm::NativeCall& call)
{
    Reader* r = Ops::reader(call);
    set_slice_field(r->s, call.slice_arg(1));
    r->i = 0;
    r->prev_rune = -1;
}

} // namespace

void register_bytes_reader(vm::NativeRegistry& r)
{
    Ops::register_methods(r, "bytes");
    r.add("bytes.NewReader", NewReader);
    r.add("bytes.(*Reader).Reset", Reset);
}

} // namespace vitro::stdlib::bytes
