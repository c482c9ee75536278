// stdlib/internal/ifaces.h — non-empty interface values that natives make and call.
//
// Overview: a native that returns an interface (io.LimitReader returns an io.Reader, os.Stat an
// os.FileInfo) needs an Itab for its object's dynamic type; a native that calls a method of a
// value it received (io.Copy calling Read) needs that method's itab entry, whatever the value's
// static interface was. Both go through vm::find_itab with the static interface descriptors
// declared here (one per interface, methods sorted by name as the compiler's are): it builds the
// entries from the dynamic type's method table (script types) or from the native registry by
// Go's symbol name ("io.(*LimitedReader).Read"), and caches them per (type, interface) pair.
// The descriptors below are not pointer-identical to the program's own (Module) descriptors of
// the same interfaces; nothing compares interface descriptors (assertions and CALLIFACE use the
// dynamic type and the entry index), so a value made here behaves as the compiler's would.
// Invariants: every descriptor is immutable static data; itabs live in the Runtime's arena.
// Concurrency: one P (the itab cache is not locked).
// Go counterpart: runtime/iface.go (getitab).
#pragma once

#include "gc/type.h"
#include "vm/native.h"

#include <cstdint>
#include <span>
#include <string_view>

namespace vitro::stdlib::internal {

// io's interfaces.
extern const gc::Type kReaderIface; // io.Reader {Read}
extern const gc::Type kWriterIface; // io.Writer {Write}
extern const gc::Type kStringWriterIface; // io.StringWriter {WriteString}
extern const gc::Type kReaderAtIface; // io.ReaderAt {ReadAt}
extern const gc::Type kCloserIface; // io.Closer {Close}
extern const gc::Type kReadCloserIface; // io.ReadCloser {Close, Read}
extern const gc::Type kLockerIface; // sync.Locker {Lock, Unlock}

// A static interface descriptor named `name` whose methods (sorted by name) have no signature
// (find_itab matches names only).
gc::Type make_iface_type(std::string_view name, std::span<const gc::Method> methods);
// The gc::Method list entry of an interface method named `name`.
constexpr gc::Method iface_method(std::string_view name)
{
    return { name, nullptr, UINT32_MAX, false, UINT32_MAX };
}

// The itab of dynamic type `dyn` for `iface`, or nullptr when dyn lacks one of its methods.
const vm::Itab* itab_for(vm::Runtime& rt, const gc::Type* dyn, const gc::Type* iface);

// `data` (an object of dynamic type dyn, in interface data-word form) as a value of interface
// `iface`. dyn must have iface's methods (natives registered under Go's names for stdlib types).
vm::Iface make_iface(vm::NativeCall& call, const gc::Type* dyn, const gc::Type* iface, void* data);

// Calls method `name` of the value (dyn, data): the method is looked up through the one-method
// interface `iface` (kReaderIface for "Read"...). `found` is false (and nothing is called)
// when dyn lacks it.
bool call_method_of(vm::NativeCall& call, const gc::Type* dyn, void* data, const gc::Type* iface,
    const vm::Slot* args, uint32_t nargs, vm::Slot* results, uint32_t nres, bool& found);

} // namespace vitro::stdlib::internal
