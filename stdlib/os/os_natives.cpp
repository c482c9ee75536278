// stdlib/os/os_natives.cpp — os: Exit and the standard files (os.Stdin/Stdout/Stderr).
// (os.Args is set by vm::Runtime::set_args.)
#include "stdlib/internal/io_util.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"
#include "stdlib/os/os_files.h"
#include "vm/runtime.h"

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace vitro::stdlib::os {

void register_os_fs(vm::NativeRegistry& r);
void register_files(vm::NativeRegistry& r); // file_natives.cpp

namespace {

void Exit(vm::NativeCall& call)
{
    call.exit(static_cast<int>(call.int_arg(0)));
}

} // namespace

void init_files(vm::Runtime& rt)
{
    const char* names[] = { "os.Stdin", "os.Stdout", "os.Stderr" };
    const char* paths[] = { "/dev/stdin", "/dev/stdout", "/dev/stderr" };
    for (int64_t fd = 0; fd < 3; fd++) {
        void* slot = internal::global_address(rt, names[fd]);
        if (!slot)
            continue;
        void* f = new_file(rt.heap(), fd, paths[fd]); // the globals area is a root from here on
        gc::store_ptr(static_cast<void**>(slot), f);
    }
}

std::FILE* file_stream(vm::Runtime& rt, const void* file)
{
    int64_t fd = file_fd(file);
    if (fd == 1)
        return rt.out();
    if (fd == 2) {
        rt.flush_out();
        return stderr;
    }
    return nullptr;
}

} // namespace vitro::stdlib::os

namespace vitro::stdlib {

void register_os(vm::NativeRegistry& r)
{
    os::register_os_fs(r);
    os::register_files(r);
    r.add("os.Exit", os::Exit);
}

} // namespace vitro::stdlib
