// stdlib/os/file_natives.cpp — *os.File: Open, Create, OpenFile, NewFile, the File methods
// (Read, Write, WriteString, ReadAt, Seek, Close, Name, Fd, Stat), os.Stat/Lstat with their
// FileInfo, FileMode's methods, CreateTemp, MkdirTemp, TempDir and RemoveAll.
//
// File objects follow os_files.h. Errors are Go's: a failing system call gives
// &PathError{Op, Path, Errno} with Go's op names ("open", "read", "write", "seek", "close",
// "stat", "createtemp", "mkdirtemp"); a closed file gives ErrClosed in the PathError; a nil
// *File gives ErrInvalid. Read returns io.EOF at the end of the file (0 bytes for a non-empty
// buffer), ReadAt io.EOF when it could not fill the buffer. Writes to fd 1 and 2 go through the
// program's buffered streams; other descriptors use write(2) directly.
// FileInfo values are *os.fileStat objects {name string; size int64; mode FileMode; modTime
// time.Time} whose native methods the FileInfo itab finds by name; ModTime's Location is nil
// (UTC) where Go's is Local.
// Go reference: src/os/file.go, file_posix.go, file_unix.go, stat_linux.go, types.go,
// tempfile.go, removeall_at.go, src/io/fs/fs.go (FileMode.String).
#include "stdlib/internal/ifaces.h"
#include "stdlib/internal/io_util.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"
#include "stdlib/os/os_files.h"
#include "vm/runtime.h"

#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <random>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace vitro::stdlib::os {

namespace {

struct FileState {
    int64_t fd;
    vm::String name;
    void* dirinfo;
    uint8_t nonblock, stdout_or_err, append_mode;
};
static_assert(sizeof(FileState) == 40);

constexpr uint64_t kMaskFileState = 0xA; // name.ptr, dirinfo
const gc::Type kFileType
    = internal::make_struct_type("os.File", 8, 8, &internal::kMaskFirstWord, gc::kTypeNamed);
const gc::Type kFileStateType
    = internal::make_struct_type("os.file", 40, 32, &kMaskFileState, gc::kTypeNamed);

FileState* state_of(const void* f)
{
    return f ? *static_cast<FileState* const*>(f) : nullptr;
}

} // namespace

void* new_file(gc::Heap& heap, int64_t fd, std::string_view name)
{
    void* name_data = nullptr;
    if (!name.empty()) {
        name_data = heap.alloc_noscan(name.size());
        std::memcpy(name_data, name.data(), name.size());
    }
    gc::Heap::TempRoot keep_name(heap, name_data);
    auto* st = static_cast<FileState*>(heap.alloc(&kFileStateType));
    gc::Heap::TempRoot keep_state(heap, st);
    st->fd = fd;
    internal::store_string(
        st->name, { static_cast<const uint8_t*>(name_data), static_cast<int64_t>(name.size()) });
    st->stdout_or_err = fd == 1 || fd == 2;
    auto* f = static_cast<void**>(heap.alloc(&kFileType));
    gc::store_ptr(f, st);
    return f;
}

int64_t file_fd(const void* f)
{
    const FileState* st = state_of(f);
    return st ? st->fd : -1;
}

vm::Iface path_error(vm::NativeCall& call, std::string_view op, vm::String path, vm::Iface err)
{
    gc::Heap::TempRoot keep(call.heap(), err.data);
    auto* e = static_cast<internal::PathError*>(call.heap().alloc(&internal::kPathErrorType));
    e->op = internal::view_string(op); // static text
    internal::store_string(e->path, path);
    e->err.tab = err.tab;
    gc::store_ptr(&e->err.data, err.data);
    return { &internal::kPathErrorItab, e };
}

namespace {

// The state of a usable file, or nullptr with `err` set (ErrInvalid for nil, a PathError with
// ErrClosed for a closed file).
FileState* usable(vm::NativeCall& call, const void* f, std::string_view op, vm::Iface& err)
{
    FileState* st = state_of(f);
    if (!st) {
        err = internal::err_invalid();
        return nullptr;
    }
    if (st->fd < 0) {
        err = path_error(call, op, st->name, internal::err_closed());
        return nullptr;
    }
    return st;
}

// ---- reading and writing ----

void file_read(vm::NativeCall& call, void* self, uint8_t* p, int64_t len, int64_t& n, vm::Iface& err)
{
    n = 0;
    err = { nullptr, nullptr };
    FileState* st = usable(call, self, "read", err);
    if (!st || len == 0)
        return;
    ssize_t got;
    do
        got = ::read(static_cast<int>(st->fd), p, static_cast<size_t>(len));
    while (got < 0 && errno == EINTR);
    if (got < 0) {
        err = path_error(call, "read", st->name, internal::errno_error(errno));
        return;
    }
    n = got;
    if (got == 0)
        err = internal::io_eof();
}

void file_write(vm::NativeCall& call, void* self, std::string_view data, int64_t& n, vm::Iface& err)
{
    n = 0;
    err = { nullptr, nullptr };
    FileState* st = usable(call, self, "write", err);
    if (!st)
        return;
    if (std::FILE* out = file_stream(call.runtime(), self)) {
        std::fwrite(data.data(), 1, data.size(), out);
        n = static_cast<int64_t>(data.size());
        return;
    }
    size_t done = 0;
    while (done < data.size()) {
        ssize_t w = ::write(static_cast<int>(st->fd), data.data() + done, data.size() - done);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            err = path_error(call, "write", st->name, internal::errno_error(errno));
            break;
        }
        done += static_cast<size_t>(w);
    }
    n = static_cast<int64_t>(done);
}

void set_n_err(vm::NativeCall& call, int64_t n, vm::Iface err)
{
    call.set_int(0, n);
    call.set_iface(1, err);
}

void File_Read(vm::NativeCall& call)
{
    vm::Slice b = call.slice_arg(1);
    int64_t n;
    vm::Iface err;
    file_read(call, call.ptr_arg(0), b.ptr, b.len, n, err);
    set_n_err(call, n, err);
}

void File_Write(vm::NativeCall& call)
{
    vm::Slice b = call.slice_arg(1);
    int64_t n;
    vm::Iface err;
    file_write(
        call, call.ptr_arg(0), { reinterpret_cast<const char*>(b.ptr), static_cast<size_t>(b.len) }, n, err);
    set_n_err(call, n, err);
}

void File_WriteString(vm::NativeCall& call)
{
    int64_t n;
    vm::Iface err;
    file_write(call, call.ptr_arg(0), call.string_arg(1).view(), n, err);
    set_n_err(call, n, err);
}

// ReadAt(b []byte, off int64) (n int, err error): fills b unless the file ends (io.EOF).
void File_ReadAt(vm::NativeCall& call)
{
    vm::Slice b = call.slice_arg(1);
    int64_t off = call.int_arg(4);
    vm::Iface err {};
    FileState* st = usable(call, call.ptr_arg(0), "read", err);
    if (!st) {
        set_n_err(call, 0, err);
        return;
    }
    if (off < 0) {
        set_n_err(call, 0, internal::new_error(call, "negative offset"));
        return;
    }
    int64_t n = 0;
    while (n < b.len) {
        ssize_t got = ::pread(static_cast<int>(st->fd), b.ptr + n, static_cast<size_t>(b.len - n), off);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            err = path_error(call, "read", st->name, internal::errno_error(errno));
            break;
        }
        if (got == 0) {
            err = internal::io_eof();
            break;
        }
        n += got;
        off += got;
    }
    set_n_err(call, n, err);
}

void File_Seek(vm::NativeCall& call)
{
    vm::Iface err {};
    FileState* st = usable(call, call.ptr_arg(0), "seek", err);
    if (!st) {
        set_n_err(call, 0, err);
        return;
    }
    off_t r = ::lseek(
        static_cast<int>(st->fd), static_cast<off_t>(call.int_arg(1)), static_cast<int>(call.int_arg(2)));
    if (r < 0) {
        set_n_err(call, 0, path_error(call, "seek", st->name, internal::errno_error(errno)));
        return;
    }
    set_n_err(call, r, { nullptr, nullptr });
}

void File_Close(vm::NativeCall& call)
{
    vm::Iface err {};
    FileState* st = usable(call, call.ptr_arg(0), "close", err);
    if (!st) {
        call.set_iface(0, err);
        return;
    }
    int fd = static_cast<int>(st->fd);
    st->fd = -1;
    if (fd > 2 && ::close(fd) != 0) {
        call.set_iface(0, path_error(call, "close", st->name, internal::errno_error(errno)));
        return;
    }
    internal::set_nil_error(call, 0);
}

void File_Name(vm::NativeCall& call)
{
    FileState* st = state_of(call.ptr_arg(0));
    if (!st) {
        call.panic_runtime_error("invalid memory address or nil pointer dereference");
        return;
    }
    call.set_string(0, st->name);
}

void File_Fd(vm::NativeCall& call)
{
    FileState* st = state_of(call.ptr_arg(0));
    call.set_int(0, st ? st->fd : -1);
}

void File_Sync(vm::NativeCall& call)
{
    vm::Iface err {};
    FileState* st = usable(call, call.ptr_arg(0), "sync", err);
    if (!st) {
        call.set_iface(0, err);
        return;
    }
    if (st->stdout_or_err)
        call.runtime().flush_out();
    internal::set_nil_error(call, 0);
}

// ---- opening ----

// OpenFile(name string, flag int, perm FileMode) (*File, error).
void open_file(vm::NativeCall& call, vm::String name, int64_t flag, int64_t perm)
{
    std::string path(name.view());
    int fd;
    do
        fd = ::open(path.c_str(), static_cast<int>(flag) | O_CLOEXEC, static_cast<mode_t>(perm & 0777));
    while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        vm::Iface err = path_error(call, "open", name, internal::errno_error(errno));
        call.set_ptr(0, nullptr);
        call.set_iface(1, err);
        return;
    }
    void* f = new_file(call.heap(), fd, name.view());
    call.set_ptr(0, f);
    internal::set_nil_error(call, 1);
}

void Open(vm::NativeCall& call)
{
    open_file(call, call.string_arg(0), O_RDONLY, 0);
}

void Create(vm::NativeCall& call)
{
    open_file(call, call.string_arg(0), O_RDWR | O_CREAT | O_TRUNC, 0666);
}

void OpenFile(vm::NativeCall& call)
{
    open_file(call, call.string_arg(0), call.int_arg(2), call.int_arg(3));
}

void NewFile(vm::NativeCall& call)
{
    auto fd = static_cast<int64_t>(call.int_arg(0));
    if (fd < 0) {
        call.set_ptr(0, nullptr);
        return;
    }
    call.set_ptr(0, new_file(call.heap(), fd, call.string_arg(1).view()));
}

// ---- FileInfo ----

struct FileStat {
    vm::String name;
    int64_t size;
    uint32_t mode;
    uint32_t pad;
    uint64_t wall;
    int64_t ext;
    void* loc;
};
static_assert(sizeof(FileStat) == 56);

constexpr uint64_t kMaskFileStat = 0x41; // name.ptr, modTime.loc
const gc::Type kFileStatType
    = internal::make_struct_type("os.fileStat", 56, 56, &kMaskFileStat, gc::kTypeNamed);
const gc::Type kFileStatPtrType = internal::make_pointer_type(&kFileStatType, "*os.fileStat");
const gc::Method kFileInfoMethods[]
    = { internal::iface_method("IsDir"), internal::iface_method("ModTime"), internal::iface_method("Mode"),
          internal::iface_method("Name"), internal::iface_method("Size"), internal::iface_method("Sys") };
const gc::Type kFileInfoIface = internal::make_iface_type("fs.FileInfo", kFileInfoMethods);

constexpr uint32_t kModeDir = 1u << 31, kModeSymlink = 1u << 27, kModeDevice = 1u << 26,
                   kModeNamedPipe = 1u << 25, kModeSocket = 1u << 24, kModeSetuid = 1u << 23,
                   kModeSetgid = 1u << 22, kModeCharDevice = 1u << 21, kModeSticky = 1u << 20,
                   kModeIrregular = 1u << 19;
constexpr uint32_t kModeType
    = kModeDir | kModeSymlink | kModeNamedPipe | kModeSocket | kModeDevice | kModeCharDevice | kModeIrregular;

uint32_t file_mode(mode_t m)
{
    uint32_t mode = m & 0777;
    switch (m & S_IFMT) {
    case S_IFBLK:
        mode |= kModeDevice;
        break;
    case S_IFCHR:
        mode |= kModeDevice | kModeCharDevice;
        break;
    case S_IFDIR:
        mode |= kModeDir;
        break;
    case S_IFIFO:
        mode |= kModeNamedPipe;
        break;
    case S_IFLNK:
        mode |= kModeSymlink;
        break;
    case S_IFSOCK:
        mode |= kModeSocket;
        break;
    default:
        break;
    }
    if (m & S_ISGID)
        mode |= kModeSetgid;
    if (m & S_ISUID)
        mode |= kModeSetuid;
    if (m & S_ISVTX)
        mode |= kModeSticky;
    return mode;
}

std::string_view base_name(std::string_view path)
{
    while (path.size() > 1 && path.back() == '/')
        path.remove_suffix(1);
    size_t slash = path.rfind('/');
    if (slash != std::string_view::npos && path.size() > 1)
        path.remove_prefix(slash + 1);
    return path;
}

vm::Iface new_file_info(vm::NativeCall& call, std::string_view path, const struct stat& sb)
{
    vm::String name = call.new_string(base_name(path));
    gc::Heap::TempRoot keep(call.heap(), name.ptr);
    auto* fs = static_cast<FileStat*>(call.heap().alloc(&kFileStatType));
    internal::store_string(fs->name, name);
    fs->size = sb.st_size;
    fs->mode = file_mode(sb.st_mode);
    constexpr int64_t kUnixToInternal = (1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * int64_t(86400);
    fs->wall = static_cast<uint64_t>(sb.st_mtim.tv_nsec);
    fs->ext = static_cast<int64_t>(sb.st_mtim.tv_sec) + kUnixToInternal;
    return internal::make_iface(call, &kFileStatPtrType, &kFileInfoIface, fs);
}

void stat_path(vm::NativeCall& call, bool follow, std::string_view op)
{
    vm::String name = call.string_arg(0);
    std::string path(name.view());
    struct stat sb;
    int r = follow ? ::stat(path.c_str(), &sb) : ::lstat(path.c_str(), &sb);
    if (r != 0) {
        vm::Iface err = path_error(call, op, name, internal::errno_error(errno));
        call.set_iface(0, { nullptr, nullptr });
        call.set_iface(2, err);
        return;
    }
    vm::Iface info = new_file_info(call, path, sb);
    call.set_iface(0, info);
    internal::set_nil_error(call, 2);
}

void Stat(vm::NativeCall& call)
{
    stat_path(call, true, "stat");
}

void Lstat(vm::NativeCall& call)
{
    stat_path(call, false, "lstat");
}

void File_Stat(vm::NativeCall& call)
{
    vm::Iface err {};
    FileState* st = usable(call, call.ptr_arg(0), "stat", err);
    struct stat sb;
    if (st && ::fstat(static_cast<int>(st->fd), &sb) != 0)
        err = path_error(call, "stat", st->name, internal::errno_error(errno));
    if (err.tab) {
        call.set_iface(0, { nullptr, nullptr });
        call.set_iface(2, err);
        return;
    }
    vm::Iface info = new_file_info(call, st->name.view(), sb);
    call.set_iface(0, info);
    internal::set_nil_error(call, 2);
}

const FileStat* file_stat(vm::NativeCall& call)
{
    const auto* fs = static_cast<const FileStat*>(call.ptr_arg(0));
    if (!fs)
        call.panic_runtime_error("invalid memory address or nil pointer dereference");
    return fs;
}

void FileStat_Name(vm::NativeCall& call)
{
    if (const FileStat* fs = file_stat(call))
        call.set_string(0, fs->name);
}
void FileStat_Size(vm::NativeCall& call)
{
    if (const FileStat* fs = file_stat(call))
        call.set_int(0, fs->size);
}
void FileStat_Mode(vm::NativeCall& call)
{
    if (const FileStat* fs = file_stat(call))
        call.set_int(0, fs->mode);
}
void FileStat_IsDir(vm::NativeCall& call)
{
    if (const FileStat* fs = file_stat(call))
        call.set_int(0, (fs->mode & kModeDir) != 0);
}
void FileStat_ModTime(vm::NativeCall& call)
{
    // A struct result is returned as a pointer to a box (vm/native.h).
    if (const FileStat* fs = file_stat(call)) {
        uint64_t wall = fs->wall;
        int64_t ext = fs->ext;
        auto* t = static_cast<uint64_t*>(call.heap().alloc(&internal::kTimeType));
        t[0] = wall;
        t[1] = static_cast<uint64_t>(ext);
        call.set_ptr(0, t);
    }
}
void FileStat_Sys(vm::NativeCall& call)
{
    if (file_stat(call))
        call.set_iface(0, { nullptr, nullptr });
}

// ---- FileMode ----

uint32_t mode_arg(vm::NativeCall& call)
{
    return static_cast<uint32_t>(call.int_arg(0));
}

void FileMode_String(vm::NativeCall& call)
{
    uint32_t m = mode_arg(call);
    static constexpr std::string_view kStr = "dalTLDpSugct?";
    std::string out;
    for (size_t i = 0; i < kStr.size(); i++)
        if (m & (1u << (31 - i)))
            out += kStr[i];
    if (out.empty())
        out += '-';
    static constexpr std::string_view kRwx = "rwxrwxrwx";
    for (size_t i = 0; i < kRwx.size(); i++)
        out += (m & (1u << (8 - i))) ? kRwx[i] : '-';
    call.set_string(0, call.new_string(out));
}
void FileMode_IsDir(vm::NativeCall& call)
{
    call.set_int(0, (mode_arg(call) & kModeDir) != 0);
}
void FileMode_IsRegular(vm::NativeCall& call)
{
    call.set_int(0, (mode_arg(call) & kModeType) == 0);
}
void FileMode_Perm(vm::NativeCall& call)
{
    call.set_int(0, mode_arg(call) & 0777);
}
void FileMode_Type(vm::NativeCall& call)
{
    call.set_int(0, mode_arg(call) & kModeType);
}

// ---- temporary files and directories ----

std::string temp_dir()
{
    const char* d = std::getenv("TMPDIR");
    std::string dir = d && *d ? d : "/tmp";
    while (dir.size() > 1 && dir.back() == '/')
        dir.pop_back();
    return dir;
}

void TempDir(vm::NativeCall& call)
{
    call.set_string(0, call.new_string(temp_dir()));
}

uint32_t next_random()
{
    static std::mt19937 rng(std::random_device {}());
    return static_cast<uint32_t>(rng());
}

// Splits pattern at its last '*' (Go's prefixAndSuffix); false if it holds a separator.
bool prefix_and_suffix(std::string_view pattern, std::string& prefix, std::string& suffix)
{
    if (pattern.find('/') != std::string_view::npos)
        return false;
    size_t star = pattern.rfind('*');
    if (star == std::string_view::npos) {
        prefix = pattern;
        suffix.clear();
    } else {
        prefix = pattern.substr(0, star);
        suffix = pattern.substr(star + 1);
    }
    return true;
}

// CreateTemp(dir, pattern) (*File, error) and MkdirTemp(dir, pattern) (string, error).
void make_temp(vm::NativeCall& call, bool directory)
{
    std::string dir(call.string_arg(0).view()), prefix, suffix;
    std::string_view op = directory ? "mkdirtemp" : "createtemp";
    int err_slot = directory ? 2 : 1;
    auto fail = [&](std::string_view path, vm::Iface err) {
        gc::Heap::TempRoot keep_err(call.heap(), err.data);
        vm::String p = call.new_string(path);
        gc::Heap::TempRoot keep_path(call.heap(), p.ptr);
        vm::Iface e = path_error(call, op, p, err);
        if (directory)
            call.set_string(0, { nullptr, 0 });
        else
            call.set_ptr(0, nullptr);
        call.set_iface(err_slot, e);
    };
    if (!prefix_and_suffix(call.string_arg(2).view(), prefix, suffix)) {
        fail(call.string_arg(2).view(), internal::new_error(call, "pattern contains path separator"));
        return;
    }
    if (dir.empty())
        dir = temp_dir();
    if (!dir.empty() && dir.back() != '/')
        prefix = "/" + prefix;
    prefix = dir + prefix;
    for (int tries = 0; tries < 10000; tries++) {
        std::string name = prefix + std::to_string(next_random()) + suffix;
        if (directory) {
            if (::mkdir(name.c_str(), 0700) == 0) {
                call.set_string(0, call.new_string(name));
                internal::set_nil_error(call, 2);
                return;
            }
        } else {
            int fd = ::open(name.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
            if (fd >= 0) {
                call.set_ptr(0, new_file(call.heap(), fd, name));
                internal::set_nil_error(call, 1);
                return;
            }
        }
        if (errno != EEXIST)
            break;
    }
    int e = errno;
    fail(prefix + "*" + suffix, internal::errno_error(e));
}

void CreateTemp(vm::NativeCall& call)
{
    make_temp(call, false);
}

void MkdirTemp(vm::NativeCall& call)
{
    make_temp(call, true);
}

// Removes path and everything below it; false with errno set on the first failure.
bool remove_tree(const std::string& path)
{
    struct stat sb;
    if (::lstat(path.c_str(), &sb) != 0)
        return errno == ENOENT;
    if (S_ISDIR(sb.st_mode)) {
        if (DIR* d = ::opendir(path.c_str())) {
            while (dirent* e = ::readdir(d)) {
                std::string_view n = e->d_name;
                if (n == "." || n == "..")
                    continue;
                if (!remove_tree(path + "/" + std::string(n))) {
                    int saved = errno;
                    ::closedir(d);
                    errno = saved;
                    return false;
                }
            }
            ::closedir(d);
        }
        return ::rmdir(path.c_str()) == 0 || errno == ENOENT;
    }
    return ::unlink(path.c_str()) == 0 || errno == ENOENT;
}

void RemoveAll(vm::NativeCall& call)
{
    std::string path(call.string_arg(0).view());
    if (path.empty()) {
        internal::set_nil_error(call, 0);
        return;
    }
    if (path == "." || path.ends_with("/.")) {
        call.set_iface(0, path_error(call, "RemoveAll", call.string_arg(0), internal::errno_error(EINVAL)));
        return;
    }
    if (remove_tree(path)) {
        internal::set_nil_error(call, 0);
        return;
    }
    call.set_iface(0, path_error(call, "unlinkat", call.string_arg(0), internal::errno_error(errno)));
}

} // namespace

void register_files(vm::NativeRegistry& r)
{
    r.add("os.Open", Open);
    r.add("os.Create", Create);
    r.add("os.OpenFile", OpenFile);
    r.add("os.NewFile", NewFile);
    r.add("os.(*File).Read", File_Read);
    r.add("os.(*File).Write", File_Write);
    r.add("os.(*File).WriteString", File_WriteString);
    r.add("os.(*File).ReadAt", File_ReadAt);
    r.add("os.(*File).Seek", File_Seek);
    r.add("os.(*File).Close", File_Close);
    r.add("os.(*File).Name", File_Name);
    r.add("os.(*File).Fd", File_Fd);
    r.add("os.(*File).Sync", File_Sync);
    r.add("os.(*File).Stat", File_Stat);
    internal::register_native_reader("*os.File", file_read);
    internal::register_native_writer("*os.File", file_write);
    r.add("os.Stat", Stat);
    r.add("os.Lstat", Lstat);
    r.add("os.(*fileStat).Name", FileStat_Name);
    r.add("os.(*fileStat).Size", FileStat_Size);
    r.add("os.(*fileStat).Mode", FileStat_Mode);
    r.add("os.(*fileStat).IsDir", FileStat_IsDir);
    r.add("os.(*fileStat).ModTime", FileStat_ModTime);
    r.add("os.(*fileStat).Sys", FileStat_Sys);
    r.add("os.FileMode.String", FileMode_String);
    r.add("os.FileMode.IsDir", FileMode_IsDir);
    r.add("os.FileMode.IsRegular", FileMode_IsRegular);
    r.add("os.FileMode.Perm", FileMode_Perm);
    r.add("os.FileMode.Type", FileMode_Type);
    r.add("fs.FileMode.String", FileMode_String);
    r.add("os.TempDir", TempDir);
    r.add("os.CreateTemp", CreateTemp);
    r.add("os.MkdirTemp", MkdirTemp);
    r.add("os.RemoveAll", RemoveAll);
}

} // namespace vitro::stdlib::os
