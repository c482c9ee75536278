// stdlib/internal/io_util.h — reading from io.Reader and writing to io.Writer values in
// natives (bufio over os.Stdin/os.Stdout/strings.Reader/bytes.Buffer or a script type).
//
// An io.Reader/io.Writer argument is an interface value whose type word is an Itab (first
// word: the dynamic gc::Type). The standard library's own types are handled natively: each
// package registers a handler for its pointer type by Go name ("*os.File", "*strings.Reader",
// "*bytes.Buffer", "*strings.Builder") at native-registration time. Any other type has its
// Read/Write/WriteString method called through its itab for a one-method interface
// (internal/ifaces.h): script methods from its method table, natives of other stdlib types
// ("bufio.(*Writer).Write") from the registry. A registered handler never parks: one that
// must wait (io.Pipe) blocks with Scheduler::block_in_native.
// Single-threaded: handlers are registered before the program runs and only read afterwards.
#pragma once

#include "vm/native.h"

#include <cstdint>
#include <string_view>

namespace vitro::stdlib::internal {

// A native Read: fills p[0..len) from the object at `self`; n bytes read, err (nil, io.EOF...).
using NativeReadFn
    = void (*)(vm::NativeCall& call, void* self, uint8_t* p, int64_t len, int64_t& n, vm::Iface& err);
// A native Write of `data` (which may be outside the heap).
using NativeWriteFn
    = void (*)(vm::NativeCall& call, void* self, std::string_view data, int64_t& n, vm::Iface& err);

void register_native_reader(std::string_view ptr_type_name, NativeReadFn fn);
void register_native_writer(std::string_view ptr_type_name, NativeWriteFn fn);

// r.Read(p[0:len]): false if a script Read panicked (the panic is recorded). `p` must be heap
// memory (a script Read receives it as a []byte).
bool io_read(vm::NativeCall& call, vm::Iface r, uint8_t* p, int64_t len, int64_t& n, vm::Iface& err);
// w.Write(data): data must be heap memory when w is a script type.
bool io_write(
    vm::NativeCall& call, vm::Iface w, const uint8_t* data, int64_t len, int64_t& n, vm::Iface& err);
// r.ReadAt(p[0:len], off) for an io.ReaderAt r.
bool io_read_at(
    vm::NativeCall& call, vm::Iface r, uint8_t* p, int64_t len, int64_t off, int64_t& n, vm::Iface& err);
// Whether w has a WriteString method (io.StringWriter), natively or in its method table.
bool io_is_string_writer(vm::NativeCall& call, vm::Iface w);
// Whether values of dynamic type t are written by a registered native writer.
bool has_native_writer(const gc::Type* t);
// w.WriteString(s) for a string writer.
bool io_write_string(vm::NativeCall& call, vm::Iface w, vm::String s, int64_t& n, vm::Iface& err);

} // namespace vitro::stdlib::internal
