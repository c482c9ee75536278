// stdlib/os/os_files.h — os.Stdin, os.Stdout and os.Stderr as File objects natives recognise.
//
// An *os.File made by the standard library points to a 16-byte heap object: word 0 is File's
// own field (a nil *file: vitro keeps no file state in script memory) and word 1, past the end
// of Go's File, holds the descriptor. Scripts cannot make a File any other way in this stage,
// so every non-nil *os.File is one of these.
#pragma once

#include <cstdio>

namespace vitro::vm {
class Runtime;
}

namespace vitro::stdlib::os {

void init_files(vm::Runtime& rt);
// Stores the os sentinel errors (ErrNotExist...) in the program's os variables.
void init_errors(vm::Runtime& rt);
// The stream of an *os.File (stdout or stderr; nullptr for stdin, nil or anything else).
// Writing to stderr first flushes the program's buffered stdout.
std::FILE* file_stream(vm::Runtime& rt, const void* file);

} // namespace vitro::stdlib::os
