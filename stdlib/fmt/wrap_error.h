// stdlib/fmt/wrap_error.h — *fmt.wrapError, the error Errorf returns when its format wraps an
// error with %w (Go 1.19: `type wrapError struct { msg string; err error }` with methods
// Error() string, returning msg, and Unwrap() error, returning err).
//
// The type descriptors are statics outside any Module (like stdlib/internal/types.h's), so %T
// prints "*fmt.wrapError". errors.Unwrap/Is/As find the wrapped error through the registered
// native "fmt.(*wrapError).Unwrap" or through unwrap() below.
// Invariant: a wrapError is immutable once Errorf returns it; `err` is never nil.
#pragma once

#include "gc/type.h"
#include "vm/native.h"
#include "vm/value.h"

#include <cstddef>

namespace vitro::stdlib::fmt {

struct WrapError {
    vm::String msg;
    vm::Iface err; // an `error`: its tab word is an Itab
};
static_assert(sizeof(WrapError) == 32 && offsetof(WrapError, err) == 16);

extern const gc::Type kWrapErrorType; // fmt.wrapError
extern const gc::Type kWrapErrorPtrType; // *fmt.wrapError
extern const vm::Itab kWrapErrorItab; // *fmt.wrapError as an error

// The natives "fmt.(*wrapError).Error" and "fmt.(*wrapError).Unwrap" (receiver: the pointer).
void wrap_error_error(vm::NativeCall& call);
void wrap_error_unwrap(vm::NativeCall& call);

// The error wrapped by an error value whose dynamic type is `type` and data word `data`;
// false if the type is not *fmt.wrapError.
bool unwrap(const gc::Type* type, const void* data, vm::Iface& out);

// The itab that makes an `error` of a value of dynamic type `type`, for the dynamic types whose
// error itab the standard library owns (nullptr for others).
const vm::Itab* stdlib_error_itab(const gc::Type* type);

} // namespace vitro::stdlib::fmt
