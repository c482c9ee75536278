// stdlib/internal/types.h — type descriptors the standard library allocates with, in one place.
//
// Natives build heap objects whose Go type never appears in the program's Module (the backing
// array of the []string that strings.Split returns, the *strconv.NumError that Atoi returns,
// the box of a time.Time result). The collector needs only size, ptrdata and ptrmask; fmt needs
// name and kind. These descriptors are immutable statics outside the Module, so a value typed
// by one of them is not pointer-identical to the Module's descriptor of the same Go type;
// assertions, type switches and interface comparisons identify such standard-library types by
// name (vm::same_type in vm/ops.h), so `err.(*strconv.NumError)` matches.
// Layouts are Go's amd64 layouts (gc/type.h); the static_asserts beside the C++ mirrors of
// stdlib structs check them.
#pragma once

#include "gc/type.h"
#include "vm/value.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace vitro::stdlib::internal {

// Descriptor factories: every static descriptor of the standard library is built by one of
// these (constexpr, so a `const gc::Type` made by one is constant-initialized). `mask` points
// to a static ptrdata/8-bit mask (gc/type.h); `flags` are gc::TypeFlags: kTypeNamed for a
// defined type, kTypeComparable where == is defined (0 for descriptors only the collector
// reads, as several stdlib-private structs' are).
inline constexpr uint64_t kMaskFirstWord = 0x1; // word 0: a pointer, a slice's or string's data

// Any kind, 8-byte aligned.
constexpr gc::Type make_type(gc::Kind kind, std::string_view name, uint64_t size, uint64_t ptrdata,
    const uint64_t* mask, uint8_t flags)
{
    gc::Type t;
    t.size = size;
    t.ptrdata = ptrdata;
    t.ptrmask = mask;
    t.align = 8;
    t.kind = kind;
    t.flags = flags;
    t.name = name;
    return t;
}

// A struct, 8-byte aligned; `fields` only where fmt prints the value's fields.
constexpr gc::Type make_struct_type(std::string_view name, uint64_t size, uint64_t ptrdata,
    const uint64_t* mask, uint8_t flags, std::span<const gc::Field> fields = {})
{
    gc::Type t = make_type(gc::Kind::Struct, name, size, ptrdata, mask, flags);
    t.fields = fields;
    return t;
}

// *elem: one pointer word, comparable, stored directly in an interface's data word; `flags`
// adds to those (kTypeNamed for a defined pointer-shaped type such as io.nopCloser).
constexpr gc::Type make_pointer_type(const gc::Type* elem, std::string_view name, uint8_t flags = 0)
{
    gc::Type t = make_type(gc::Kind::Pointer, name, 8, 8, &kMaskFirstWord,
        static_cast<uint8_t>(gc::kTypeDirectIface | gc::kTypeComparable | flags));
    t.elem = elem;
    return t;
}

// A named pointer-shaped type whose data word points to static data outside the heap
// (syscall.Errno, context.deadlineExceededError): no pointer words for the collector.
constexpr gc::Type make_static_word_type(const gc::Type* elem, std::string_view name)
{
    gc::Type t = make_pointer_type(elem, name, gc::kTypeNamed);
    t.ptrdata = 0;
    t.ptrmask = nullptr;
    return t;
}

// []elem (not comparable).
constexpr gc::Type make_slice_type(const gc::Type* elem, std::string_view name)
{
    gc::Type t = make_type(gc::Kind::Slice, name, 24, 8, &kMaskFirstWord, 0);
    t.elem = elem;
    return t;
}

// A pointer-free basic kind of `size` bytes, aligned to its size.
constexpr gc::Type make_basic_type(
    std::string_view name, gc::Kind kind, uint64_t size, uint8_t flags = gc::kTypeComparable)
{
    gc::Type t = make_type(kind, name, size, 0, nullptr, flags);
    t.align = static_cast<uint32_t>(size);
    return t;
}

// Basic types (unnamed or predeclared).
extern const gc::Type kStringType; // string: 16 bytes, word 0 a pointer
extern const gc::Type kIntType; // int
extern const gc::Type kByteType; // uint8 (byte)
extern const gc::Type kFloat64Type; // float64
extern const gc::Type kErrorType; // the error interface (Itab::iface of error values)

// time.Time {wall uint64; ext int64; loc *Location}: 24 bytes, word 2 a pointer.
extern const gc::Type kTimeType;

// errors.errorString {s string} and *errors.errorString, the dynamic type of errors.New and of
// strconv.ErrSyntax / ErrRange.
extern const gc::Type kErrorStringType;
extern const gc::Type kErrorStringPtrType;
struct ErrorString {
    vm::String s;
};
static_assert(sizeof(ErrorString) == 16);

// strconv.NumError {Func string; Num string; Err error} and *strconv.NumError.
extern const gc::Type kNumErrorType;
extern const gc::Type kNumErrorPtrType;
struct NumError {
    vm::String func;
    vm::String num;
    vm::Iface err;
};
static_assert(sizeof(NumError) == 48 && offsetof(NumError, num) == 16 && offsetof(NumError, err) == 32);

// os.PathError {Op string; Path string; Err error} (Go 1.19's io/fs.PathError) and its pointer,
// the error of os.ReadFile/WriteFile/Open; its Err is a syscall.Errno.
extern const gc::Type kPathErrorType;
extern const gc::Type kPathErrorPtrType;
struct PathError {
    vm::String op;
    vm::String path;
    vm::Iface err;
};
static_assert(sizeof(PathError) == 48);

// syscall.Errno: the data word of an Errno error points to a static word holding the number
// (the descriptor is pointer-shaped, unlike Go's uintptr, so that fmt prints its Error text).
extern const gc::Type kErrnoType;

// The itabs that make an error value of each dynamic type above: their one entry (Error) is a
// native method, so `err.Error()` in the program dispatches through CALLIFACE to it.
extern const vm::Itab kErrorStringItab;
extern const vm::Itab kNumErrorItab;
extern const vm::Itab kPathErrorItab;
extern const vm::Itab kErrnoItab;

// An error value for errno `e` (syscall.Errno; static, no allocation).
vm::Iface errno_error(int e);
// The errno of an Errno error value, or -1 if it is not one.
int errno_of(vm::Iface err);

// The os/io-fs sentinel errors (os.ErrNotExist...): static errorString objects that init_globals
// stores in the os variables; Errno.Is maps errno values to them.
vm::Iface err_not_exist();
vm::Iface err_exist();
vm::Iface err_permission();
vm::Iface err_closed();
vm::Iface err_invalid();

// strconv.ErrSyntax and strconv.ErrRange: static errorString objects outside the heap.
extern const ErrorString kErrSyntax;
extern const ErrorString kErrRange;
vm::Iface err_syntax();
vm::Iface err_range();

// io.EOF and io.ErrUnexpectedEOF: static errorString objects (init_globals stores them in the
// io package's variables, so `err == io.EOF` holds for the values natives return).
vm::Iface io_eof();
vm::Iface io_unexpected_eof();

// The text of the Error() method of a value of a stdlib-internal dynamic type (`data` is the
// interface's data word). False if `type` is not one of ours.
bool error_text(const gc::Type* type, const void* data, std::string& out);

} // namespace vitro::stdlib::internal
