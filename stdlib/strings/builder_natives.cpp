// stdlib/strings/builder_natives.cpp — strings.Builder: an append-only byte slice whose String()
// shares its bytes (no copy), as Go's does with unsafe.
//
// Layout (Go's): struct { addr *Builder; buf []byte }. Growth follows append's rule
// (growslice), so capacities and allocation counts match Go's. Copying a non-zero Builder by
// value and then writing panics with Go's message (copyCheck).
// Go reference: src/strings/builder.go.
#include "stdlib/internal/io_util.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"
#include "stdlib/strconv/conv.h"

#include <cstddef>
#include <cstring>
#include <string>

namespace vitro::stdlib::strings {

namespace {

struct Builder {
    Builder* addr;
    vm::Slice buf;
};
static_assert(sizeof(Builder) == 32 && offsetof(Builder, buf) == 8);

// copyCheck; false after raising the panic.
bool copy_check(vm::NativeCall& call, Builder* b)
{
    if (!b->addr) {
        gc::store_ptr(reinterpret_cast<void**>(&b->addr), b);
        return true;
    }
    if (b->addr != b) {
        call.panic_message("strings: illegal use of non-zero Builder copied by value");
        return false;
    }
    return true;
}

// Makes room for n more bytes with append's growth; the receiver stays reachable from the
// caller's arguments across the allocation.
void grow_for(vm::NativeCall& call, Builder* b, int64_t n, int64_t new_cap)
{
    int64_t need = b->buf.len + n;
    if (need <= b->buf.cap && new_cap <= b->buf.cap)
        return;
    if (new_cap < need)
        new_cap = internal::grow_capacity(b->buf.cap, need, 1);
    auto* mem = static_cast<uint8_t*>(call.heap().alloc_noscan(static_cast<uint64_t>(new_cap)));
    if (b->buf.len > 0)
        std::memcpy(mem, b->buf.ptr, static_cast<size_t>(b->buf.len));
    gc::store_ptr(reinterpret_cast<void**>(&b->buf.ptr), mem);
    b->buf.cap = new_cap;
}

void append_bytes(vm::NativeCall& call, Builder* b, const uint8_t* p, int64_t n)
{
    if (n == 0)
        return;
    grow_for(call, b, n, 0);
    std::memmove(b->buf.ptr + b->buf.len, p, static_cast<size_t>(n));
    b->buf.len += n;
}

Builder* receiver(vm::NativeCall& call)
{
    return static_cast<Builder*>(call.ptr_arg(0));
}

void WriteString(vm::NativeCall& call)
{
    Builder* b = receiver(call);
    vm::String s = call.string_arg(1);
    if (!copy_check(call, b))
        return;
    append_bytes(call, b, s.ptr, s.len);
    call.set_int(0, s.len);
    internal::set_nil_error(call, 1);
}

void Write(vm::NativeCall& call)
{
    Builder* b = receiver(call);
    vm::Slice p = call.slice_arg(1);
    if (!copy_check(call, b))
        return;
    append_bytes(call, b, p.ptr, p.len);
    call.set_int(0, p.len);
    internal::set_nil_error(call, 1);
}

void WriteByte(vm::NativeCall& call)
{
    Builder* b = receiver(call);
    auto c = static_cast<uint8_t>(call.int_arg(1));
    if (!copy_check(call, b))
        return;
    append_bytes(call, b, &c, 1);
    internal::set_nil_error(call, 0);
}

void WriteRune(vm::NativeCall& call)
{
    Builder* b = receiver(call);
    auto r = static_cast<int32_t>(call.int_arg(1));
    if (!copy_check(call, b))
        return;
    std::string enc;
    strconv::append_rune(enc, r);
    append_bytes(call, b, reinterpret_cast<const uint8_t*>(enc.data()), static_cast<int64_t>(enc.size()));
    call.set_int(0, static_cast<int64_t>(enc.size()));
    internal::set_nil_error(call, 1);
}

void String(vm::NativeCall& call)
{
    Builder* b = receiver(call);
    call.set_string(0, { b->buf.ptr, b->buf.len });
}

void Len(vm::NativeCall& call)
{
    call.set_int(0, receiver(call)->buf.len);
}

void Cap(vm::NativeCall& call)
{
    call.set_int(0, receiver(call)->buf.cap);
}

void Reset(vm::NativeCall& call)
{
    Builder* b = receiver(call);
    gc::store_ptr(reinterpret_cast<void**>(&b->addr), nullptr);
    gc::store_ptr(reinterpret_cast<void**>(&b->buf.ptr), nullptr);
    b->buf.len = b->buf.cap = 0;
}

void Grow(vm::NativeCall& call)
{
    Builder* b = receiver(call);
    int64_t n = call.int_arg(1);
    if (!copy_check(call, b))
        return;
    if (n < 0) {
        call.panic_message("strings.Builder.Grow: negative count");
        return;
    }
    // Go's grow: make([]byte, len, 2*cap+n) when the spare capacity is short.
    if (b->buf.cap - b->buf.len < n)
        grow_for(call, b, n, 2 * b->buf.cap + n);
}

} // namespace

// io.Writer handler for *strings.Builder values inside interfaces. `data` may point into the
// builder itself (copied first), or outside the heap.
void builder_write(vm::NativeCall& call, void* self, std::string_view data, int64_t& n, vm::Iface& err)
{
    auto* b = static_cast<Builder*>(self);
    n = 0;
    err = { nullptr, nullptr };
    if (!copy_check(call, b))
        return;
    std::string copy(data);
    append_bytes(call, b, reinterpret_cast<const uint8_t*>(copy.data()), static_cast<int64_t>(copy.size()));
    n = static_cast<int64_t>(copy.size());
}

void register_builder(vm::NativeRegistry& r)
{
    internal::register_native_writer("*strings.Builder", builder_write);
    r.add("strings.(*Builder).WriteString", WriteString);
    r.add("strings.(*Builder).Write", Write);
    r.add("strings.(*Builder).WriteByte", WriteByte);
    r.add("strings.(*Builder).WriteRune", WriteRune);
    r.add("strings.(*Builder).String", String);
    r.add("strings.(*Builder).Len", Len);
    r.add("strings.(*Builder).Cap", Cap);
    r.add("strings.(*Builder).Reset", Reset);
    r.add("strings.(*Builder).Grow", Grow);
}

} // namespace vitro::stdlib::strings
