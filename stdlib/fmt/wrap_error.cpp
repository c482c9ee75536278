// stdlib/fmt/wrap_error.cpp — *fmt.wrapError's descriptors, itab and methods (see
// wrap_error.h).
#include "stdlib/fmt/wrap_error.h"

#include "stdlib/internal/types.h"

#include <array>

namespace vitro::stdlib::fmt {

namespace {

constexpr uint64_t kMaskWrapError = (1u << 0) | (1u << 3); // msg.ptr, err.data

constexpr std::array<gc::Field, 2> kWrapErrorFields { {
    { "msg", &internal::kStringType, 0, false },
    { "err", &internal::kErrorType, 16, false },
} };

} // namespace

const gc::Type kWrapErrorType = internal::make_struct_type(
    "fmt.wrapError", 32, 32, &kMaskWrapError, gc::kTypeNamed | gc::kTypeComparable, kWrapErrorFields);
const gc::Type kWrapErrorPtrType = internal::make_pointer_type(&kWrapErrorType, "*fmt.wrapError");

void wrap_error_error(vm::NativeCall& call)
{
    const auto* e = static_cast<const WrapError*>(call.ptr_arg(0));
    if (!e) {
        call.panic_runtime_error("invalid memory address or nil pointer dereference");
        return;
    }
    call.set_string(0, e->msg);
}

void wrap_error_unwrap(vm::NativeCall& call)
{
    const auto* e = static_cast<const WrapError*>(call.ptr_arg(0));
    if (!e) {
        call.panic_runtime_error("invalid memory address or nil pointer dereference");
        return;
    }
    call.set_iface(0, e->err);
}

// The Error method is native ("fmt.(*wrapError).Error", found by name like the other stdlib
// error types' methods). When vm::Itab gains its method entries (the iface work), this
// initializer must name that native like internal::kErrorStringItab does: the assert below
// stops the build until then.
const vm::Itab kWrapErrorItab { &kWrapErrorPtrType, &internal::kErrorType, 1,
    { { nullptr, wrap_error_error, vm::kNoNative } } };

bool unwrap(const gc::Type* type, const void* data, vm::Iface& out)
{
    if (type != &kWrapErrorPtrType || !data)
        return false;
    out = static_cast<const WrapError*>(data)->err;
    return true;
}

const vm::Itab* stdlib_error_itab(const gc::Type* type)
{
    if (type == &internal::kErrorStringPtrType)
        return &internal::kErrorStringItab;
    if (type == &internal::kNumErrorPtrType)
        return &internal::kNumErrorItab;
    if (type == &kWrapErrorPtrType)
        return &kWrapErrorItab;
    return nullptr;
}

} // namespace vitro::stdlib::fmt
