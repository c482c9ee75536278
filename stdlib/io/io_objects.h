// stdlib/io/io_objects.h — what io's natives share: the error variables' values and a helper
// for the static descriptors of io's own object types.
//
// The error values are static errorString objects (outside the heap) that init_io stores in
// the program's io variables, so `err == io.ErrClosedPipe` holds for the values natives return.
// Go reference: src/io/io.go, src/io/pipe.go.
#pragma once

#include "gc/type.h"
#include "vm/native.h"

#include <span>
#include <string_view>

namespace vitro::vm {
class Runtime;
}

namespace vitro::stdlib::io {

vm::Iface err_short_write(); // io.ErrShortWrite: "short write"
vm::Iface err_short_buffer(); // io.ErrShortBuffer: "short buffer"
vm::Iface err_no_progress(); // io.ErrNoProgress
vm::Iface err_closed_pipe(); // io.ErrClosedPipe: "io: read/write on closed pipe"

// Stores io.EOF, ErrUnexpectedEOF, ErrShortWrite, ErrShortBuffer, ErrNoProgress, ErrClosedPipe
// and Discard into the program's io variables.
void init_io(vm::Runtime& rt);

} // namespace vitro::stdlib::io
