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
constexpr uint64_t kMaskWord2 = 0x4; // time.Time's loc
constexpr uint64_t kMaskNumError = (1u << 0) | (1u << 2) | (1u << 5); // Func.ptr, Num.ptr, Err.data

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

// The error interface's one method (its descriptor lists its methods, as the compiler's do).
const gc::Method kErrorMethods[1] = { { "Error", nullptr, UINT32_MAX, false, UINT32_MAX } };

constexpr uint8_t kNamedComparable = gc::kTypeNamed | gc::kTypeComparable;
constexpr uint64_t kMaskWord1 = 0x2; // an interface's data word

gc::Type make_error_iface()
{
    gc::Type t = make_type(gc::Kind::Interface, "error", 16, 16, &kMaskWord1, kNamedComparable);
    t.methods = kErrorMethods;
    return t;
}

} // namespace

const gc::Type kStringType
    = make_type(gc::Kind::String, "string", 16, 8, &kMaskFirstWord, gc::kTypeComparable);
const gc::Type kIntType = make_basic_type("int", gc::Kind::Int, 8);
const gc::Type kByteType = make_basic_type("uint8", gc::Kind::Uint8, 1);
const gc::Type kFloat64Type = make_basic_type("float64", gc::Kind::Float64, 8);
const gc::Type kErrorType = make_error_iface();
const gc::Type kTimeType = make_struct_type("time.Time", 24, 24, &kMaskWord2, kNamedComparable);
const gc::Type kErrorStringType
    = make_struct_type("errors.errorString", 16, 8, &kMaskFirstWord, kNamedComparable, kErrorStringFields);
const gc::Type kErrorStringPtrType = make_pointer_type(&kErrorStringType, "*errors.errorString");
const gc::Type kNumErrorType
    = make_struct_type("strconv.NumError", 48, 48, &kMaskNumError, kNamedComparable, kNumErrorFields);
const gc::Type kNumErrorPtrType = make_pointer_type(&kNumErrorType, "*strconv.NumError");

const gc::Type kPathErrorType
    = make_struct_type("fs.PathError", 48, 48, &kMaskNumError, kNamedComparable, kPathErrorFields);
const gc::Type kPathErrorPtrType = make_pointer_type(&kPathErrorType, "*fs.PathError");
// Pointer-shaped (its data word is the address of a static word holding the number) so that
// fmt finds its Error text the way it finds other stdlib errors'.
const gc::Type kErrnoType = make_static_word_type(&kIntType, "syscall.Errno");

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
