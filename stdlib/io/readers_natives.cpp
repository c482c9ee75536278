// stdlib/io/readers_natives.cpp — io's reader and writer adaptors: LimitReader (*LimitedReader),
// MultiReader, TeeReader, MultiWriter, NewSectionReader (*SectionReader), NopCloser and
// Discard, plus the error variables' values.
//
// Each adaptor is a heap object with a static descriptor named as Go names its type
// ("*io.multiReader"), so %T, assertions (`r.(*io.LimitedReader)`, matched by name) and the
// itabs built for it (internal/ifaces.h: natives found by Go's symbol name) work as for the
// compiler's types. Every method exists twice over one implementation: as a native method
// ("io.(*multiReader).Read", called by script code through an itab or directly) and as an
// internal::io_read/io_write handler (called by other natives: bufio.Scanner, io.Copy, fmt).
// The wrapped readers and writers are called through internal::io_read/io_write, so any mix of
// script and standard-library values works. Value types whose methods Go declares on the value
// (nopCloser, discard) are pointer-shaped here (a box, or a static word) so that their methods
// take the interface data word like a pointer receiver's.
// Algorithms are Go 1.19's line by line (multiReader's flattening, teeReader's write error,
// multiWriter's ErrShortWrite), so script Read/Write methods see Go's sequence of calls.
// Go reference: src/io/io.go, src/io/multi.go.
#include "stdlib/internal/ifaces.h"
#include "stdlib/internal/io_util.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/io/io_objects.h"
#include "stdlib/natives.h"
#include "vm/runtime.h"

#include <array>
#include <cstring>

namespace vitro::stdlib::io {

namespace {

using internal::kReaderIface;
using internal::kWriterIface;

// ---- the error variables ----

#define VITRO_IO_ERROR(name, text)                                                                           \
    constexpr std::string_view name##Text = text;                                                            \
    const internal::ErrorString name { { reinterpret_cast<const uint8_t*>(name##Text.data()),                \
        static_cast<int64_t>(name##Text.size()) } };
VITRO_IO_ERROR(kShortWrite, "short write")
VITRO_IO_ERROR(kShortBuffer, "short buffer")
VITRO_IO_ERROR(kNoProgress, "multiple Read calls return no data or error")
VITRO_IO_ERROR(kClosedPipe, "io: read/write on closed pipe")
#undef VITRO_IO_ERROR

vm::Iface static_error(const internal::ErrorString& e)
{
    return { &internal::kErrorStringItab, const_cast<internal::ErrorString*>(&e) };
}

bool is_eof(vm::Iface e)
{
    return e.tab && e.data == internal::io_eof().data;
}

// ---- descriptors ----

constexpr uint64_t kMaskWord1 = 0x2;
constexpr uint64_t kMaskTee = 0xA; // r.data, w.data
const gc::Type kInt64Type = internal::make_basic_type("int64", gc::Kind::Int64, 8);
const gc::Type kReaderSliceType = internal::make_slice_type(&kReaderIface, "[]io.Reader");
const gc::Type kWriterSliceType = internal::make_slice_type(&kWriterIface, "[]io.Writer");

constexpr std::array<gc::Field, 2> kLimitedFields { {
    { "R", &kReaderIface, 0, false },
    { "N", &kInt64Type, 16, false },
} };
const gc::Type kLimitedReaderType
    = internal::make_struct_type("io.LimitedReader", 24, 16, &kMaskWord1, gc::kTypeNamed, kLimitedFields);
const gc::Type kLimitedReaderPtrType = internal::make_pointer_type(&kLimitedReaderType, "*io.LimitedReader");

constexpr std::array<gc::Field, 1> kMultiReaderFields { { { "readers", &kReaderSliceType, 0, false } } };
const gc::Type kMultiReaderType = internal::make_struct_type(
    "io.multiReader", 24, 8, &internal::kMaskFirstWord, gc::kTypeNamed, kMultiReaderFields);
const gc::Type kMultiReaderPtrType = internal::make_pointer_type(&kMultiReaderType, "*io.multiReader");

constexpr std::array<gc::Field, 1> kMultiWriterFields { { { "writers", &kWriterSliceType, 0, false } } };
const gc::Type kMultiWriterType = internal::make_struct_type(
    "io.multiWriter", 24, 8, &internal::kMaskFirstWord, gc::kTypeNamed, kMultiWriterFields);
const gc::Type kMultiWriterPtrType = internal::make_pointer_type(&kMultiWriterType, "*io.multiWriter");

constexpr std::array<gc::Field, 2> kTeeFields { {
    { "r", &kReaderIface, 0, false },
    { "w", &kWriterIface, 16, false },
} };
const gc::Type kTeeReaderType
    = internal::make_struct_type("io.teeReader", 32, 32, &kMaskTee, gc::kTypeNamed, kTeeFields);
const gc::Type kTeeReaderPtrType = internal::make_pointer_type(&kTeeReaderType, "*io.teeReader");

constexpr std::array<gc::Field, 4> kSectionFields { {
    { "r", &internal::kReaderAtIface, 0, false },
    { "base", &kInt64Type, 16, false },
    { "off", &kInt64Type, 24, false },
    { "limit", &kInt64Type, 32, false },
} };
const gc::Type kSectionReaderType
    = internal::make_struct_type("io.SectionReader", 40, 16, &kMaskWord1, gc::kTypeNamed, kSectionFields);
const gc::Type kSectionReaderPtrType = internal::make_pointer_type(&kSectionReaderType, "*io.SectionReader");

// nopCloser{Reader}: the data word points to a box holding the Reader.
constexpr std::array<gc::Field, 1> kNopFields { { { "Reader", &kReaderIface, 0, true } } };
const gc::Type kNopBoxType
    = internal::make_struct_type("io.nopCloser", 16, 16, &kMaskWord1, gc::kTypeNamed, kNopFields);
const gc::Type kNopCloserType = internal::make_pointer_type(&kNopBoxType, "io.nopCloser", gc::kTypeNamed);

// discard{}: the data word points to a static word.
const gc::Type kDiscardType = internal::make_pointer_type(&kInt64Type, "io.discard", gc::kTypeNamed);
uint64_t g_discard_word = 0;

struct LimitedObject {
    vm::Iface r;
    int64_t n;
};
struct MultiObject {
    vm::Slice readers;
};
struct TeeObject {
    vm::Iface r;
    vm::Iface w;
};
struct SectionObject {
    vm::Iface r;
    int64_t base;
    int64_t off;
    int64_t limit;
};
static_assert(sizeof(LimitedObject) == 24 && sizeof(TeeObject) == 32 && sizeof(SectionObject) == 40);

void store_iface(vm::Iface& dst, vm::Iface v)
{
    dst.tab = v.tab;
    gc::store_ptr(&dst.data, v.data);
}

bool nil_receiver(vm::NativeCall& call, const void* self)
{
    if (self)
        return false;
    call.panic_runtime_error("invalid memory address or nil pointer dereference");
    return true;
}

// A method wrapper over a read implementation: (p []byte) (n int, err error).
template <bool (*Impl)(vm::NativeCall&, void*, uint8_t*, int64_t, int64_t&, vm::Iface&)>
void read_method(vm::NativeCall& call)
{
    void* self = call.ptr_arg(0);
    vm::Slice p = call.slice_arg(1);
    int64_t n = 0;
    vm::Iface err {};
    if (!Impl(call, self, p.ptr, p.len, n, err))
        return;
    call.set_int(0, n);
    call.set_iface(1, err);
}

// The same implementation as an io_read handler.
template <bool (*Impl)(vm::NativeCall&, void*, uint8_t*, int64_t, int64_t&, vm::Iface&)>
void read_handler(vm::NativeCall& call, void* self, uint8_t* p, int64_t len, int64_t& n, vm::Iface& err)
{
    Impl(call, self, p, len, n, err);
}

// ---- LimitedReader ----

bool limited_read(vm::NativeCall& call, void* self, uint8_t* p, int64_t len, int64_t& n, vm::Iface& err)
{
    if (nil_receiver(call, self))
        return false;
    auto* l = static_cast<LimitedObject*>(self);
    if (l->n <= 0) {
        n = 0;
        err = internal::io_eof();
        return true;
    }
    if (len > l->n)
        len = l->n;
    if (!internal::io_read(call, l->r, p, len, n, err))
        return false;
    l->n -= n;
    return true;
}

void LimitReader(vm::NativeCall& call)
{
    auto* l = static_cast<LimitedObject*>(call.heap().alloc(&kLimitedReaderType));
    store_iface(l->r, call.iface_arg(0));
    l->n = call.int_arg(2);
    call.set_iface(0, internal::make_iface(call, &kLimitedReaderPtrType, &kReaderIface, l));
}

// ---- multiReader ----

bool multi_read(vm::NativeCall& call, void* self, uint8_t* p, int64_t len, int64_t& n, vm::Iface& err)
{
    if (nil_receiver(call, self))
        return false;
    auto* mr = static_cast<MultiObject*>(self);
    while (mr->readers.len > 0) {
        auto* first = reinterpret_cast<vm::Iface*>(mr->readers.ptr);
        if (mr->readers.len == 1 && first->tab
            && static_cast<const vm::Itab*>(first->tab)->type->name == "*io.multiReader") {
            // Flatten a nested multiReader (Go's issue 13558).
            auto* inner = static_cast<MultiObject*>(first->data);
            gc::store_ptr(reinterpret_cast<void**>(&mr->readers.ptr), inner->readers.ptr);
            mr->readers.len = inner->readers.len;
            mr->readers.cap = inner->readers.cap;
            continue;
        }
        vm::Iface r = *first;
        if (!internal::io_read(call, r, p, len, n, err))
            return false;
        first = reinterpret_cast<vm::Iface*>(mr->readers.ptr); // the callee may have flattened it
        if (is_eof(err)) {
            *first = { nullptr, nullptr }; // permit earlier GC (Go stores an eofReader)
            mr->readers.len--;
            mr->readers.cap--;
            // readers[1:]: never a pointer past the array's end (as gc's slicing: an empty
            // result keeps the base), which could point into the next object.
            if (mr->readers.cap > 0)
                gc::store_ptr(reinterpret_cast<void**>(&mr->readers.ptr), first + 1);
        }
        if (n > 0 || !is_eof(err)) {
            if (is_eof(err) && mr->readers.len > 0)
                err = { nullptr, nullptr };
            return true;
        }
    }
    n = 0;
    err = internal::io_eof();
    return true;
}

// MultiReader(readers ...Reader) Reader.
void MultiReader(vm::NativeCall& call)
{
    vm::Slice in = call.slice_arg(0);
    auto* mr = static_cast<MultiObject*>(call.heap().alloc(&kMultiReaderType));
    gc::Heap::TempRoot keep(call.heap(), mr);
    void* arr = in.len ? call.heap().alloc_array(&kReaderIface, static_cast<uint64_t>(in.len))
                       : gc::Heap::zero_base();
    in = call.slice_arg(0);
    std::memcpy(arr, in.ptr, static_cast<size_t>(in.len) * 16);
    gc::store_ptr(reinterpret_cast<void**>(&mr->readers.ptr), arr);
    mr->readers.len = mr->readers.cap = in.len;
    call.set_iface(0, internal::make_iface(call, &kMultiReaderPtrType, &kReaderIface, mr));
}

// ---- teeReader ----

bool tee_read(vm::NativeCall& call, void* self, uint8_t* p, int64_t len, int64_t& n, vm::Iface& err)
{
    if (nil_receiver(call, self))
        return false;
    auto* t = static_cast<TeeObject*>(self);
    if (!internal::io_read(call, t->r, p, len, n, err))
        return false;
    if (n > 0) {
        int64_t wn;
        vm::Iface werr;
        if (!internal::io_write(call, t->w, p, n, wn, werr))
            return false;
        if (werr.tab) {
            n = wn;
            err = werr;
        }
    }
    return true;
}

void TeeReader(vm::NativeCall& call)
{
    auto* t = static_cast<TeeObject*>(call.heap().alloc(&kTeeReaderType));
    store_iface(t->r, call.iface_arg(0));
    store_iface(t->w, call.iface_arg(2));
    call.set_iface(0, internal::make_iface(call, &kTeeReaderPtrType, &kReaderIface, t));
}

// ---- multiWriter ----

bool multi_write(vm::NativeCall& call, void* self, const uint8_t* p, int64_t len, int64_t& n, vm::Iface& err)
{
    if (nil_receiver(call, self))
        return false;
    auto* mw = static_cast<MultiObject*>(self); // the same shape: one slice of interfaces
    for (int64_t i = 0; i < mw->readers.len; i++) {
        vm::Iface w = reinterpret_cast<vm::Iface*>(mw->readers.ptr)[i];
        if (!internal::io_write(call, w, p, len, n, err))
            return false;
        if (err.tab)
            return true;
        if (n != len) {
            err = static_error(kShortWrite);
            return true;
        }
    }
    n = len;
    err = { nullptr, nullptr };
    return true;
}

bool multi_write_string(vm::NativeCall& call, void* self, vm::String s, int64_t& n, vm::Iface& err)
{
    if (nil_receiver(call, self))
        return false;
    auto* mw = static_cast<MultiObject*>(self);
    vm::Slice bytes { nullptr, 0, 0 }; // []byte(s), made when a writer has no WriteString
    for (int64_t i = 0; i < mw->readers.len; i++) {
        vm::Iface w = reinterpret_cast<vm::Iface*>(mw->readers.ptr)[i];
        gc::Heap::TempRoot keep(call.heap(), bytes.ptr);
        if (internal::io_is_string_writer(call, w)) {
            if (!internal::io_write_string(call, w, s, n, err))
                return false;
        } else {
            if (!bytes.ptr)
                bytes = internal::new_bytes(call, s.view());
            if (!internal::io_write(call, w, bytes.ptr, bytes.len, n, err))
                return false;
        }
        if (err.tab)
            return true;
        if (n != s.len) {
            err = static_error(kShortWrite);
            return true;
        }
    }
    n = s.len;
    err = { nullptr, nullptr };
    return true;
}

void multi_write_handler(vm::NativeCall& call, void* self, std::string_view data, int64_t& n, vm::Iface& err)
{
    // `data` may be outside the heap; script Write methods need a []byte in it.
    vm::Slice bytes = internal::new_bytes(call, data);
    gc::Heap::TempRoot keep(call.heap(), bytes.ptr);
    multi_write(call, self, bytes.ptr, bytes.len, n, err);
}

void MultiWriter_Write(vm::NativeCall& call)
{
    vm::Slice p = call.slice_arg(1);
    int64_t n = 0;
    vm::Iface err {};
    if (!multi_write(call, call.ptr_arg(0), p.ptr, p.len, n, err))
        return;
    call.set_int(0, n);
    call.set_iface(1, err);
}

void MultiWriter_WriteString(vm::NativeCall& call)
{
    int64_t n = 0;
    vm::Iface err {};
    if (!multi_write_string(call, call.ptr_arg(0), call.string_arg(1), n, err))
        return;
    call.set_int(0, n);
    call.set_iface(1, err);
}

// MultiWriter(writers ...Writer) Writer: nested multiWriters are flattened.
void MultiWriter(vm::NativeCall& call)
{
    vm::Slice in = call.slice_arg(0);
    int64_t total = 0;
    for (int64_t i = 0; i < in.len; i++) {
        vm::Iface w = reinterpret_cast<vm::Iface*>(in.ptr)[i];
        if (w.tab && static_cast<const vm::Itab*>(w.tab)->type == &kMultiWriterPtrType)
            total += static_cast<MultiObject*>(w.data)->readers.len;
        else
            total++;
    }
    auto* mw = static_cast<MultiObject*>(call.heap().alloc(&kMultiWriterType));
    gc::Heap::TempRoot keep(call.heap(), mw);
    void* arr = in.len ? call.heap().alloc_array(&kWriterIface, static_cast<uint64_t>(in.len))
                       : gc::Heap::zero_base();
    in = call.slice_arg(0);
    auto* out = static_cast<vm::Iface*>(arr);
    int64_t k = 0;
    for (int64_t i = 0; i < in.len; i++) {
        vm::Iface w = reinterpret_cast<vm::Iface*>(in.ptr)[i];
        if (w.tab && static_cast<const vm::Itab*>(w.tab)->type == &kMultiWriterPtrType) {
            const vm::Slice& inner = static_cast<MultiObject*>(w.data)->readers;
            for (int64_t j = 0; j < inner.len; j++)
                store_iface(out[k++], reinterpret_cast<vm::Iface*>(inner.ptr)[j]);
        } else {
            store_iface(out[k++], w);
        }
    }
    (void)total;
    gc::store_ptr(reinterpret_cast<void**>(&mw->readers.ptr), arr);
    mw->readers.len = k;
    mw->readers.cap = in.len;
    call.set_iface(0, internal::make_iface(call, &kMultiWriterPtrType, &kWriterIface, mw));
}

// ---- SectionReader ----

void NewSectionReader(vm::NativeCall& call)
{
    auto* s = static_cast<SectionObject*>(call.heap().alloc(&kSectionReaderType));
    store_iface(s->r, call.iface_arg(0));
    int64_t off = call.int_arg(2), n = call.int_arg(3);
    s->base = s->off = off;
    s->limit = off <= INT64_MAX - n ? n + off : INT64_MAX;
    call.set_ptr(0, s);
}

bool section_read(vm::NativeCall& call, void* self, uint8_t* p, int64_t len, int64_t& n, vm::Iface& err)
{
    if (nil_receiver(call, self))
        return false;
    auto* s = static_cast<SectionObject*>(self);
    if (s->off >= s->limit) {
        n = 0;
        err = internal::io_eof();
        return true;
    }
    if (int64_t max = s->limit - s->off; len > max)
        len = max;
    if (!internal::io_read_at(call, s->r, p, len, s->off, n, err))
        return false;
    s->off += n;
    return true;
}

void SectionReader_ReadAt(vm::NativeCall& call)
{
    auto* s = static_cast<SectionObject*>(call.ptr_arg(0));
    if (nil_receiver(call, s))
        return;
    vm::Slice p = call.slice_arg(1);
    int64_t off = call.int_arg(4);
    int64_t n = 0;
    vm::Iface err {};
    if (off < 0 || off >= s->limit - s->base) {
        call.set_int(0, 0);
        call.set_iface(1, internal::io_eof());
        return;
    }
    off += s->base;
    if (int64_t max = s->limit - off; p.len > max) {
        if (!internal::io_read_at(call, s->r, p.ptr, max, off, n, err))
            return;
        if (!err.tab)
            err = internal::io_eof();
    } else if (!internal::io_read_at(call, s->r, p.ptr, p.len, off, n, err)) {
        return;
    }
    call.set_int(0, n);
    call.set_iface(1, err);
}

void SectionReader_Seek(vm::NativeCall& call)
{
    auto* s = static_cast<SectionObject*>(call.ptr_arg(0));
    if (nil_receiver(call, s))
        return;
    int64_t offset = call.int_arg(1);
    switch (call.int_arg(2)) {
    case 0:
        offset += s->base;
        break;
    case 1:
        offset += s->off;
        break;
    case 2:
        offset += s->limit;
        break;
    default:
        call.set_int(0, 0);
        call.set_iface(1, internal::new_error(call, "Seek: invalid whence"));
        return;
    }
    if (offset < s->base) {
        call.set_int(0, 0);
        call.set_iface(1, internal::new_error(call, "Seek: invalid offset"));
        return;
    }
    s->off = offset;
    call.set_int(0, offset - s->base);
    internal::set_nil_error(call, 1);
}

void SectionReader_Size(vm::NativeCall& call)
{
    auto* s = static_cast<SectionObject*>(call.ptr_arg(0));
    if (nil_receiver(call, s))
        return;
    call.set_int(0, s->limit - s->base);
}

// ---- NopCloser and Discard ----

bool nop_read(vm::NativeCall& call, void* self, uint8_t* p, int64_t len, int64_t& n, vm::Iface& err)
{
    return internal::io_read(call, *static_cast<vm::Iface*>(self), p, len, n, err);
}

void NopCloser(vm::NativeCall& call)
{
    auto* box = static_cast<vm::Iface*>(call.heap().alloc(&kNopBoxType));
    store_iface(*box, call.iface_arg(0));
    call.set_iface(0, internal::make_iface(call, &kNopCloserType, &internal::kReadCloserIface, box));
}

void nil_error_result(vm::NativeCall& call)
{
    internal::set_nil_error(call, 0);
}

void discard_handler(vm::NativeCall&, void*, std::string_view data, int64_t& n, vm::Iface& err)
{
    n = static_cast<int64_t>(data.size());
    err = { nullptr, nullptr };
}

void Discard_Write(vm::NativeCall& call)
{
    call.set_int(0, call.slice_arg(1).len);
    internal::set_nil_error(call, 1);
}

void Discard_WriteString(vm::NativeCall& call)
{
    call.set_int(0, call.string_arg(1).len);
    internal::set_nil_error(call, 1);
}

} // namespace

vm::Iface err_short_write()
{
    return static_error(kShortWrite);
}
vm::Iface err_short_buffer()
{
    return static_error(kShortBuffer);
}
vm::Iface err_no_progress()
{
    return static_error(kNoProgress);
}
vm::Iface err_closed_pipe()
{
    return static_error(kClosedPipe);
}

void init_io(vm::Runtime& rt)
{
    auto set = [&](std::string_view name, vm::Iface value) {
        if (void* p = internal::global_address(rt, name))
            std::memcpy(p, &value, sizeof value); // static objects, outside the heap
    };
    set("io.EOF", internal::io_eof());
    set("io.ErrUnexpectedEOF", internal::io_unexpected_eof());
    set("io.ErrShortWrite", err_short_write());
    set("io.ErrShortBuffer", err_short_buffer());
    set("io.ErrNoProgress", err_no_progress());
    set("io.ErrClosedPipe", err_closed_pipe());
    if (internal::global_address(rt, "io.Discard")) {
        vm::Iface d { internal::itab_for(rt, &kDiscardType, &kWriterIface), &g_discard_word };
        set("io.Discard", d);
    }
}

void register_readers(vm::NativeRegistry& r)
{
    r.add("io.LimitReader", LimitReader);
    r.add("io.(*LimitedReader).Read", read_method<limited_read>);
    internal::register_native_reader("*io.LimitedReader", read_handler<limited_read>);
    r.add("io.MultiReader", MultiReader);
    r.add("io.(*multiReader).Read", read_method<multi_read>);
    internal::register_native_reader("*io.multiReader", read_handler<multi_read>);
    r.add("io.TeeReader", TeeReader);
    r.add("io.(*teeReader).Read", read_method<tee_read>);
    internal::register_native_reader("*io.teeReader", read_handler<tee_read>);
    r.add("io.MultiWriter", MultiWriter);
    r.add("io.(*multiWriter).Write", MultiWriter_Write);
    r.add("io.(*multiWriter).WriteString", MultiWriter_WriteString);
    internal::register_native_writer("*io.multiWriter", multi_write_handler);
    r.add("io.NewSectionReader", NewSectionReader);
    r.add("io.(*SectionReader).Read", read_method<section_read>);
    internal::register_native_reader("*io.SectionReader", read_handler<section_read>);
    r.add("io.(*SectionReader).ReadAt", SectionReader_ReadAt);
    r.add("io.(*SectionReader).Seek", SectionReader_Seek);
    r.add("io.(*SectionReader).Size", SectionReader_Size);
    r.add("io.NopCloser", NopCloser);
    r.add("io.nopCloser.Read", read_method<nop_read>);
    r.add("io.nopCloser.Close", nil_error_result);
    internal::register_native_reader("io.nopCloser", read_handler<nop_read>);
    r.add("io.discard.Write", Discard_Write);
    r.add("io.discard.WriteString", Discard_WriteString);
    internal::register_native_writer("io.discard", discard_handler);
}

} // namespace vitro::stdlib::io
