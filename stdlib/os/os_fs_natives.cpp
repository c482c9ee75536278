// stdlib/os/os_fs_natives.cpp — os.ReadFile, WriteFile, Remove, Mkdir, the environment and the
// error helpers (IsNotExist...).
//
// Failures are *fs.PathError values (stdlib/internal/types.h) whose Err is a syscall.Errno, so
// that err.Error() is Go's text (`open x: no such file or directory`) and errors.Is(err,
// os.ErrNotExist) holds (errors_natives.cpp maps errno values to the sentinels as
// syscall.Errno.Is does). Files are read and written with POSIX calls directly.
// Go reference: src/os/file.go (ReadFile, WriteFile), src/os/env.go, src/syscall/syscall_unix.go.
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

extern char** environ;

namespace vitro::stdlib::os {

namespace {

vm::Iface path_error(vm::NativeCall& call, std::string_view op, vm::String path, int err)
{
    auto* e = static_cast<internal::PathError*>(call.heap().alloc(&internal::kPathErrorType));
    e->op = internal::view_string(op); // static text
    internal::store_string(e->path, path);
    e->err = internal::errno_error(err);
    return { &internal::kPathErrorItab, e };
}

void ReadFile(vm::NativeCall& call)
{
    vm::String name = call.string_arg(0);
    std::string path(name.view());
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        vm::Iface err = path_error(call, "open", name, errno);
        call.set_slice(0, { nullptr, 0, 0 });
        call.set_iface(3, err);
        return;
    }
    std::string data;
    char chunk[65536];
    for (;;) {
        ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            vm::Iface err = path_error(call, "read", name, errno);
            ::close(fd);
            gc::Heap::TempRoot keep(call.heap(), err.data);
            vm::Slice bytes = data.empty() ? vm::Slice { nullptr, 0, 0 } : internal::new_bytes(call, data);
            call.set_slice(0, bytes);
            call.set_iface(3, err);
            return;
        }
        if (n == 0)
            break;
        data.append(chunk, static_cast<size_t>(n));
    }
    ::close(fd);
    call.set_slice(0, internal::new_bytes(call, data));
    internal::set_nil_error(call, 3);
}

// WriteFile(name string, data []byte, perm FileMode) error.
void WriteFile(vm::NativeCall& call)
{
    std::string path(call.string_arg(0).view());
    vm::Slice data = call.slice_arg(2);
    auto perm = static_cast<mode_t>(call.int_arg(5) & 0777);
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, perm);
    if (fd < 0) {
        call.set_iface(0, path_error(call, "open", call.string_arg(0), errno));
        return;
    }
    int64_t done = 0;
    while (done < data.len) {
        ssize_t n = ::write(fd, data.ptr + done, static_cast<size_t>(data.len - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            int err = errno;
            ::close(fd);
            call.set_iface(0, path_error(call, "write", call.string_arg(0), err));
            return;
        }
        done += n;
    }
    if (::close(fd) != 0) {
        call.set_iface(0, path_error(call, "close", call.string_arg(0), errno));
        return;
    }
    internal::set_nil_error(call, 0);
}

void Remove(vm::NativeCall& call)
{
    std::string path(call.string_arg(0).view());
    if (::unlink(path.c_str()) == 0) {
        internal::set_nil_error(call, 0);
        return;
    }
    int err = errno;
    if (::rmdir(path.c_str()) == 0) {
        internal::set_nil_error(call, 0);
        return;
    }
    if (errno != ENOTDIR)
        err = errno;
    call.set_iface(0, path_error(call, "remove", call.string_arg(0), err));
}

void Mkdir(vm::NativeCall& call)
{
    std::string path(call.string_arg(0).view());
    if (::mkdir(path.c_str(), static_cast<mode_t>(call.int_arg(2) & 0777)) == 0)
        internal::set_nil_error(call, 0);
    else
        call.set_iface(0, path_error(call, "mkdir", call.string_arg(0), errno));
}

// os.MkdirAll: creates the missing parents first; an existing directory is no error, an
// existing non-directory is ENOTDIR on that path, as in Go.
void MkdirAll(vm::NativeCall& call)
{
    std::string path(call.string_arg(0).view());
    auto mode = static_cast<mode_t>(call.int_arg(2) & 0777);
    struct stat st;
    if (::stat(path.c_str(), &st) == 0) {
        if (S_ISDIR(st.st_mode))
            internal::set_nil_error(call, 0);
        else
            call.set_iface(0, path_error(call, "mkdir", call.string_arg(0), ENOTDIR));
        return;
    }
    for (size_t i = 1; i < path.size(); i++) {
        if (path[i] != '/')
            continue;
        std::string parent = path.substr(0, i);
        int err = ::mkdir(parent.c_str(), mode) == 0 ? 0 : errno;
        if (err == EEXIST)
            err = ::stat(parent.c_str(), &st) == 0 && !S_ISDIR(st.st_mode) ? ENOTDIR : 0;
        if (err != 0) {
            vm::String name = call.new_string(parent);
            gc::Heap::TempRoot keep(call.heap(), name.ptr); // path_error allocates
            call.set_iface(0, path_error(call, "mkdir", name, err));
            return;
        }
    }
    if (::mkdir(path.c_str(), mode) == 0 || errno == EEXIST)
        internal::set_nil_error(call, 0);
    else
        call.set_iface(0, path_error(call, "mkdir", call.string_arg(0), errno));
}

void Getenv(vm::NativeCall& call)
{
    std::string key(call.string_arg(0).view());
    const char* v = std::getenv(key.c_str());
    call.set_string(0, v ? call.new_string(v) : vm::String { nullptr, 0 });
}

void LookupEnv(vm::NativeCall& call)
{
    std::string key(call.string_arg(0).view());
    const char* v = std::getenv(key.c_str());
    call.set_string(0, v ? call.new_string(v) : vm::String { nullptr, 0 });
    call.set_int(2, v != nullptr);
}

void Setenv(vm::NativeCall& call)
{
    std::string key(call.string_arg(0).view()), value(call.string_arg(2).view());
    if (key.empty() || key.find('=') != std::string::npos || key.find('\0') != std::string::npos
        || value.find('\0') != std::string::npos) {
        // Go: NewSyscallError("setenv", EINVAL).
        call.set_iface(0, internal::new_error(call, "setenv: invalid argument"));
        return;
    }
    ::setenv(key.c_str(), value.c_str(), 1);
    internal::set_nil_error(call, 0);
}

void Unsetenv(vm::NativeCall& call)
{
    std::string key(call.string_arg(0).view());
    ::unsetenv(key.c_str());
    internal::set_nil_error(call, 0);
}

void Getpid(vm::NativeCall& call)
{
    call.set_int(0, ::getpid());
}

void Getwd(vm::NativeCall& call)
{
    char buf[4096];
    if (::getcwd(buf, sizeof buf)) {
        call.set_string(0, call.new_string(buf));
        internal::set_nil_error(call, 2);
    } else {
        call.set_string(0, { nullptr, 0 });
        call.set_iface(2, internal::errno_error(errno));
    }
}

// The errno inside err (unwrapping a *PathError), or -1.
int underlying_errno(vm::Iface err)
{
    if (err.tab && static_cast<const vm::Itab*>(err.tab)->type == &internal::kPathErrorPtrType)
        err = static_cast<const internal::PathError*>(err.data)->err;
    return internal::errno_of(err);
}

void IsNotExist(vm::NativeCall& call)
{
    vm::Iface err = call.iface_arg(0);
    int e = underlying_errno(err);
    call.set_int(0, e == ENOENT || err.data == internal::err_not_exist().data);
}

void IsExist(vm::NativeCall& call)
{
    vm::Iface err = call.iface_arg(0);
    int e = underlying_errno(err);
    call.set_int(0, e == EEXIST || e == ENOTEMPTY || err.data == internal::err_exist().data);
}

void IsPermission(vm::NativeCall& call)
{
    vm::Iface err = call.iface_arg(0);
    int e = underlying_errno(err);
    call.set_int(0, e == EACCES || e == EPERM || err.data == internal::err_permission().data);
}

void PathError_Error(vm::NativeCall& call)
{
    std::string text;
    internal::error_text(&internal::kPathErrorPtrType, call.ptr_arg(0), text);
    call.set_string(0, call.new_string(text));
}

void PathError_Unwrap(vm::NativeCall& call)
{
    call.set_iface(0, static_cast<const internal::PathError*>(call.ptr_arg(0))->err);
}

} // namespace

void register_os_fs(vm::NativeRegistry& r)
{
    r.add("os.ReadFile", ReadFile);
    r.add("os.WriteFile", WriteFile);
    r.add("os.Remove", Remove);
    r.add("os.Mkdir", Mkdir);
    r.add("os.MkdirAll", MkdirAll);
    r.add("os.Getenv", Getenv);
    r.add("os.LookupEnv", LookupEnv);
    r.add("os.Setenv", Setenv);
    r.add("os.Unsetenv", Unsetenv);
    r.add("os.Getpid", Getpid);
    r.add("os.Getwd", Getwd);
    r.add("os.IsNotExist", IsNotExist);
    r.add("os.IsExist", IsExist);
    r.add("os.IsPermission", IsPermission);
    r.add("os.(*PathError).Error", PathError_Error);
    r.add("os.(*PathError).Unwrap", PathError_Unwrap);
    r.add("fs.(*PathError).Error", PathError_Error);
    r.add("fs.(*PathError).Unwrap", PathError_Unwrap);
    r.add("syscall.Errno.Error", internal::kErrnoItab.fun[0].native);
}

void init_errors(vm::Runtime& rt)
{
    auto set = [&](std::string_view name, vm::Iface value) {
        if (void* p = internal::global_address(rt, name))
            std::memcpy(p, &value, sizeof value); // static objects, outside the heap
    };
    for (std::string_view pkg : { "os.", "io/fs." }) { // io/fs shares os's sentinel values
        std::string prefix(pkg);
        set(prefix + "ErrNotExist", internal::err_not_exist());
        set(prefix + "ErrExist", internal::err_exist());
        set(prefix + "ErrPermission", internal::err_permission());
        set(prefix + "ErrClosed", internal::err_closed());
        set(prefix + "ErrInvalid", internal::err_invalid());
    }
}

} // namespace vitro::stdlib::os
