// stdlib/os/os_natives.cpp — os: Exit, the standard files and writing to them.
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

namespace {

constexpr uint64_t kFileWords = 2;
const gc::Type kStdFileType = [] {
    gc::Type t;
    t.size = kFileWords * 8;
    t.align = 8;
    t.kind = gc::Kind::Struct;
    t.name = "os.File";
    return t;
}();

void* new_file(gc::Heap& heap, int64_t fd)
{
    auto* words = static_cast<int64_t*>(heap.alloc(&kStdFileType));
    words[1] = fd;
    return words;
}

void Exit(vm::NativeCall& call)
{
    call.exit(static_cast<int>(call.int_arg(0)));
}

// Writes to f; results (n int, err error) from slot 0.
void write_to(vm::NativeCall& call, const void* file, std::string_view data)
{
    std::FILE* out = file_stream(call.runtime(), file);
    if (out)
        std::fwrite(data.data(), 1, data.size(), out);
    call.set_int(0, out ? static_cast<int64_t>(data.size()) : 0);
    internal::set_nil_error(call, 1);
}

void File_WriteString(vm::NativeCall& call)
{
    write_to(call, call.ptr_arg(0), call.string_arg(1).view());
}

void File_Write(vm::NativeCall& call)
{
    vm::Slice b = call.slice_arg(1);
    write_to(call, call.ptr_arg(0), { reinterpret_cast<const char*>(b.ptr), static_cast<size_t>(b.len) });
}

// io.Reader/io.Writer handlers for *os.File values inside interfaces (bufio, io.Copy...).
void file_read(vm::NativeCall& call, void* self, uint8_t* p, int64_t len, int64_t& n, vm::Iface& err)
{
    if (!self) {
        err = internal::err_invalid();
        return;
    }
    if (len == 0)
        return;
    int64_t fd = static_cast<const int64_t*>(self)[1];
    (void)call;
    ssize_t got;
    do
        got = ::read(static_cast<int>(fd), p, static_cast<size_t>(len));
    while (got < 0 && errno == EINTR);
    if (got < 0) {
        err = internal::errno_error(errno);
        return;
    }
    n = got;
    if (got == 0)
        err = internal::io_eof();
}

void file_write(vm::NativeCall& call, void* self, std::string_view data, int64_t& n, vm::Iface& err)
{
    if (!self) {
        err = internal::err_invalid();
        return;
    }
    if (std::FILE* out = file_stream(call.runtime(), self)) {
        std::fwrite(data.data(), 1, data.size(), out);
        n = static_cast<int64_t>(data.size());
        return;
    }
    int64_t fd = static_cast<const int64_t*>(self)[1];
    size_t done = 0;
    while (done < data.size()) {
        ssize_t w = ::write(static_cast<int>(fd), data.data() + done, data.size() - done);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            err = internal::errno_error(errno);
            break;
        }
        done += static_cast<size_t>(w);
    }
    n = static_cast<int64_t>(done);
}

void File_Read(vm::NativeCall& call)
{
    vm::Slice b = call.slice_arg(1);
    int64_t n;
    vm::Iface err;
    file_read(call, call.ptr_arg(0), b.ptr, b.len, n, err);
    call.set_int(0, n);
    call.set_iface(1, err);
}

} // namespace

void init_files(vm::Runtime& rt)
{
    const char* names[] = { "os.Stdin", "os.Stdout", "os.Stderr" };
    for (int64_t fd = 0; fd < 3; fd++) {
        void* slot = internal::global_address(rt, names[fd]);
        if (!slot)
            continue;
        void* f = new_file(rt.heap(), fd); // the globals area is a root from here on
        gc::store_ptr(static_cast<void**>(slot), f);
    }
}

std::FILE* file_stream(vm::Runtime& rt, const void* file)
{
    if (!file)
        return nullptr;
    int64_t fd = static_cast<const int64_t*>(file)[1];
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
    r.add("os.Exit", os::Exit);
    r.add("os.(*File).Read", os::File_Read);
    internal::register_native_reader("*os.File", os::file_read);
    internal::register_native_writer("*os.File", os::file_write);
    r.add("os.(*File).WriteString", os::File_WriteString);
    r.add("os.(*File).Write", os::File_Write);
}

} // namespace vitro::stdlib
