// stdlib/internal/types.cpp — the standard library's own static type descriptors and error values.
#include "stdlib/internal/types.h"

#include "stdlib/strconv/conv.h"
#include "vm/native.h"

#include <array>
#include <cstddef>
#include <cstring>

namespace vitro::stdlib::internal {

namespace {

// Pointer masks: bit i = 8-byte word i holds a heap pointer.
constexpr uint64_t kMaskWord0 = 0x1; // string, pointer
constexpr uint64_t kMaskWord2 = 0x4; // time.Time's loc
constexpr uint64_t kMaskNumError = (1u << 0) | (1u << 2) | (1u << 5); // Func.ptr, Num.ptr, Err.data

constexpr uint8_t kComparable = gc::kTypeComparable;

constexpr std::array<gc::Field, 1> kErrorStringFields { { { "s", &kStringType, 0, false } } };
constexpr std::array<gc::Field, 3> kNumErrorFields { {
    { "Func", &kStringType, 0, false },
    { "Num", &kStringType, 16, false },
    { "Err", &kErrorType, 32, false },
} };
constexpr std::array<gc::Field, 3> kPathErrorFields { {
    { "Op", &kStringType, 0, false },
    { "Path", &kStringType, 16, false },
    { "Err", &kErrorType, 32, false },
} };

gc::Type make_basic(uint64_t size, gc::Kind kind, std::string_view name)
{
    gc::Type t;
    t.size = size;
    t.align = static_cast<uint32_t>(size);
    t.kind = kind;
    t.flags = kComparable;
    t.name = name;
    return t;
}

gc::Type make_string()
{
    gc::Type t = make_basic(16, gc::Kind::String, "string");
    t.align = 8;
    t.ptrdata = 8;
    t.ptrmask = &kMaskWord0;
    return t;
}

// The error interface's one method (its descriptor lists its methods, as the compiler's do).
const gc::Method kErrorMethods[1] = { { "Error", nullptr, UINT32_MAX, false, UINT32_MAX } };

gc::Type make_error_iface()
{
    gc::Type t = make_basic(16, gc::Kind::Interface, "error");
    t.align = 8;
    t.flags |= gc::kTypeNamed;
    t.ptrdata = 16;
    static constexpr uint64_t kMaskWord1 = 0x2;
    t.ptrmask = &kMaskWord1;
    t.methods = kErrorMethods;
    return t;
}

gc::Type make_time()
{
    gc::Type t = make_basic(24, gc::Kind::Struct, "time.Time");
    t.align = 8;
    t.flags |= gc::kTypeNamed;
    t.ptrdata = 24;
    t.ptrmask = &kMaskWord2;
    return t;
}

gc::Type make_struct(uint64_t size, uint64_t ptrdata, const uint64_t* mask, std::string_view name,
    std::span<const gc::Field> fields)
{
    gc::Type t = make_basic(size, gc::Kind::Struct, name);
    t.align = 8;
    t.flags |= gc::kTypeNamed;
    t.ptrdata = ptrdata;
    t.ptrmask = mask;
    t.fields = fields;
    return t;
}

gc::Type make_pointer(const gc::Type* elem, std::string_view name)
{
    gc::Type t = make_basic(8, gc::Kind::Pointer, name);
    t.flags |= gc::kTypeDirectIface;
    t.ptrdata = 8;
    t.ptrmask = &kMaskWord0;
    t.elem = elem;
    return t;
}

} // namespace

const gc::Type kStringType = make_string();
const gc::Type kIntType = make_basic(8, gc::Kind::Int, "int");
const gc::Type kByteType = make_basic(1, gc::Kind::Uint8, "uint8");
const gc::Type kFloat64Type = make_basic(8, gc::Kind::Float64, "float64");
const gc::Type kErrorType = make_error_iface();
const gc::Type kTimeType = make_time();
const gc::Type kErrorStringType = make_struct(16, 8, &kMaskWord0, "errors.errorString", kErrorStringFields);
const gc::Type kErrorStringPtrType = make_pointer(&kErrorStringType, "*errors.errorString");
const gc::Type kNumErrorType = make_struct(48, 48, &kMaskNumError, "strconv.NumError", kNumErrorFields);
const gc::Type kNumErrorPtrType = make_pointer(&kNumErrorType, "*strconv.NumError");

const gc::Type kPathErrorType = make_struct(48, 48, &kMaskNumError, "fs.PathError", kPathErrorFields);
const gc::Type kPathErrorPtrType = make_pointer(&kPathErrorType, "*fs.PathError");
// Pointer-shaped (its data word is the address of a static word holding the number) so that
// fmt finds its Error text the way it finds other stdlib errors'.
const gc::Type kErrnoType = [] {
    gc::Type t = make_pointer(&kIntType, "syscall.Errno");
    t.flags |= gc::kTypeNamed;
    t.ptrdata = 0;
    t.ptrmask = nullptr;
    return t;
}();

namespace {

// The Error methods of the itabs below (native methods: the receiver is the data word).
void error_string_error(vm::NativeCall& call)
{
    call.set_string(0, static_cast<const ErrorString*>(call.ptr_arg(0))->s);
}

void num_error_error(vm::NativeCall& call)
{
    std::string text;
    error_text(&kNumErrorPtrType, call.ptr_arg(0), text);
    call.set_string(0, call.new_string(text));
}

void path_error_error(vm::NativeCall& call)
{
    std::string text;
    error_text(&kPathErrorPtrType, call.ptr_arg(0), text);
    call.set_string(0, call.new_string(text));
}

void errno_error_text(vm::NativeCall& call)
{
    std::string text;
    error_text(&kErrnoType, call.ptr_arg(0), text);
    call.set_string(0, call.new_string(text));
}

} // namespace

const vm::Itab kErrorStringItab { &kErrorStringPtrType, &kErrorType, 1,
    { { nullptr, error_string_error, vm::kNoNative } } };
const vm::Itab kNumErrorItab { &kNumErrorPtrType, &kErrorType, 1,
    { { nullptr, num_error_error, vm::kNoNative } } };
const vm::Itab kPathErrorItab { &kPathErrorPtrType, &kErrorType, 1,
    { { nullptr, path_error_error, vm::kNoNative } } };
const vm::Itab kErrnoItab { &kErrnoType, &kErrorType, 1, { { nullptr, errno_error_text, vm::kNoNative } } };

namespace {
constexpr int kMaxErrno = 134;
constexpr std::array<uint64_t, kMaxErrno> kErrnoWords = [] {
    std::array<uint64_t, kMaxErrno> a {};
    for (int i = 0; i < kMaxErrno; i++)
        a[static_cast<size_t>(i)] = static_cast<uint64_t>(i);
    return a;
}();

#define VITRO_STATIC_ERROR(name, text)                                                                       \
    constexpr std::string_view name##Text = text;                                                            \
    const ErrorString name { { reinterpret_cast<const uint8_t*>(name##Text.data()),                          \
        static_cast<int64_t>(name##Text.size()) } };
VITRO_STATIC_ERROR(kNotExist, "file does not exist")
VITRO_STATIC_ERROR(kExist, "file already exists")
VITRO_STATIC_ERROR(kPermission, "permission denied")
VITRO_STATIC_ERROR(kClosed, "file already closed")
VITRO_STATIC_ERROR(kInvalid, "invalid argument")
#undef VITRO_STATIC_ERROR

vm::Iface static_error(const ErrorString& e)
{
    return { &kErrorStringItab, const_cast<ErrorString*>(&e) };
}
} // namespace

vm::Iface errno_error(int e)
{
    if (e < 0 || e >= kMaxErrno)
        e = 5; // EIO
    return { &kErrnoItab, const_cast<uint64_t*>(&kErrnoWords[static_cast<size_t>(e)]) };
}

int errno_of(vm::Iface err)
{
    if (!err.tab || static_cast<const vm::Itab*>(err.tab)->type != &kErrnoType)
        return -1;
    return static_cast<int>(*static_cast<const uint64_t*>(err.data));
}

vm::Iface err_not_exist()
{
    return static_error(kNotExist);
}
vm::Iface err_exist()
{
    return static_error(kExist);
}
vm::Iface err_permission()
{
    return static_error(kPermission);
}
vm::Iface err_closed()
{
    return static_error(kClosed);
}
vm::Iface err_invalid()
{
    return static_error(kInvalid);
}

namespace {
constexpr std::string_view kSyntaxText = "invalid syntax";
constexpr std::string_view kRangeText = "value out of range";
constexpr std::string_view kEOFText = "EOF";
constexpr std::string_view kUnexpectedEOFText = "unexpected EOF";
const ErrorString kEOF { { reinterpret_cast<const uint8_t*>(kEOFText.data()),
    static_cast<int64_t>(kEOFText.size()) } };
const ErrorString kUnexpectedEOF { { reinterpret_cast<const uint8_t*>(kUnexpectedEOFText.data()),
    static_cast<int64_t>(kUnexpectedEOFText.size()) } };
} // namespace

vm::Iface io_eof()
{
    return { &kErrorStringItab, const_cast<ErrorString*>(&kEOF) };
}

vm::Iface io_unexpected_eof()
{
    return { &kErrorStringItab, const_cast<ErrorString*>(&kUnexpectedEOF) };
}

const ErrorString kErrSyntax { { reinterpret_cast<const uint8_t*>(kSyntaxText.data()),
    static_cast<int64_t>(kSyntaxText.size()) } };
const ErrorString kErrRange { { reinterpret_cast<const uint8_t*>(kRangeText.data()),
    static_cast<int64_t>(kRangeText.size()) } };

vm::Iface err_syntax()
{
    return { &kErrorStringItab, const_cast<ErrorString*>(&kErrSyntax) };
}

vm::Iface err_range()
{
    return { &kErrorStringItab, const_cast<ErrorString*>(&kErrRange) };
}

namespace {

// The dynamic type of an error interface value whose tab is an Itab.
const gc::Type* dynamic_type_of_error(vm::Iface e)
{
    return e.tab ? static_cast<const vm::Itab*>(e.tab)->type : nullptr;
}

} // namespace

bool error_text(const gc::Type* type, const void* data, std::string& out)
{
    if (type == &kErrorStringPtrType) {
        out += static_cast<const ErrorString*>(data)->s.view();
        return true;
    }
    if (type == &kNumErrorPtrType) {
        // Mirrors (*NumError).Error, src/strconv/atoi.go: "strconv." + Func + ": parsing " +
        // Quote(Num) + ": " + Err.Error().
        const auto* e = static_cast<const NumError*>(data);
        out += "strconv.";
        out += e->func.view();
        out += ": parsing ";
        strconv::append_quote(out, e->num.view(), false);
        out += ": ";
        if (!error_text(dynamic_type_of_error(e->err), e->err.data, out))
            out += "<error>";
        return true;
    }
    if (type == &kPathErrorPtrType) { // Op + " " + Path + ": " + Err.Error()
        const auto* e = static_cast<const PathError*>(data);
        out += e->op.view();
        out += ' ';
        out += e->path.view();
        out += ": ";
        if (!error_text(dynamic_type_of_error(e->err), e->err.data, out))
            out += "<error>";
        return true;
    }
    if (type == &kErrnoType) { // Go's table is strerror's text with a lower-case first letter
        std::string text = std::strerror(static_cast<int>(*static_cast<const uint64_t*>(data)));
        if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z')
            text[0] = static_cast<char>(text[0] - 'A' + 'a');
        out += text;
        return true;
    }
    return false;
}

} // namespace vitro::stdlib::internal
