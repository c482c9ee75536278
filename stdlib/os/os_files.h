// stdlib/os/os_files.h — *os.File objects as natives make and recognise them.
//
// An *os.File points to Go's File {*file}: one word pointing to the `file` object that holds
// the state (decl.go's layout: fd int; name string; dirinfo *dirInfo; nonblock, stdoutOrErr,
// appendMode bool; 40 bytes). Close sets fd to -1, so later operations fail with
// os.ErrClosed ("file already closed") inside a *PathError as in Go. os.Stdout and os.Stderr
// (fd 1 and 2) write through the program's buffered stdout / stderr streams so that their
// output interleaves with fmt.Print's; every other descriptor is read and written with POSIX
// calls directly.
#pragma once

#include "gc/heap.h"
#include "vm/native.h"

#include <cstdint>
#include <cstdio>
#include <string_view>

namespace vitro::vm {
class Runtime;
}

namespace vitro::stdlib::os {

void init_files(vm::Runtime& rt);
// Stores the os sentinel errors (ErrNotExist...) in the program's os variables.
void init_errors(vm::Runtime& rt);
// A new *os.File for descriptor fd named `name` (copied into the heap).
void* new_file(gc::Heap& heap, int64_t fd, std::string_view name);
// The descriptor of an *os.File: -1 when f is nil or closed.
int64_t file_fd(const void* f);
// The stream of an *os.File (stdout or stderr; nullptr for stdin, nil or anything else).
// Writing to stderr first flushes the program's buffered stdout.
std::FILE* file_stream(vm::Runtime& rt, const void* file);
// &PathError{op, path, err} as an error value.
vm::Iface path_error(vm::NativeCall& call, std::string_view op, vm::String path, vm::Iface err);

} // namespace vitro::stdlib::os
