// stdlib/fmt/print.h — fmt's print machinery for the other packages' natives (log).
//
// format_args formats a `...any` slice like Print, Println or Printf; write_text writes text to
// an io.Writer exactly as Fprint does (os.Stdout/Stderr buffered, native writers, or one call of
// a script Write method) and leaves Fprint's results (n int, err error) in slots 0-2. Both may
// call script methods (String, Error, Write): callers must not hold raw pointers into the
// goroutine stack across them.
#pragma once

#include "vm/native.h"

#include <string>

namespace vitro::stdlib::fmt {

enum class PrintKind { Print, Println, Printf };

// The text of Print/Println(args) or Printf(format, args): the format string at format_slot
// (Printf only), the []any at args_slot.
std::string format_args(vm::NativeCall& call, PrintKind kind, int format_slot, int args_slot);

// Fprint's write of `text` to w (a nil w panics as in Go).
void write_text(vm::NativeCall& call, vm::Iface w, const std::string& text);

} // namespace vitro::stdlib::fmt
