// stdlib/errors/errors_natives.cpp — errors.New, and Is/Unwrap for the standard library's own
// error types (script error types with Unwrap/Is methods need method calls: issue 4).
// Go reference: src/errors/errors.go, src/errors/wrap.go.
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"

namespace vitro::stdlib::errors {

namespace {

void New(vm::NativeCall& call)
{
    // Go keeps the string header: the error's s shares the argument's bytes.
    auto* e = static_cast<internal::ErrorString*>(call.heap().alloc(&internal::kErrorStringType));
    internal::store_string(e->s, call.string_arg(0));
    call.set_iface(0, { &internal::kErrorStringItab, e });
}

const gc::Type* dynamic_type(vm::Iface e)
{
    return e.tab ? static_cast<const vm::Itab*>(e.tab)->type : nullptr;
}

// Unwrap for the stdlib's types: *strconv.NumError wraps its Err.
vm::Iface unwrap(vm::Iface e)
{
    if (dynamic_type(e) == &internal::kNumErrorPtrType)
        return static_cast<const internal::NumError*>(e.data)->err;
    return { nullptr, nullptr };
}

void Unwrap(vm::NativeCall& call)
{
    call.set_iface(0, unwrap(call.iface_arg(0)));
}

// Is: equal dynamic types (itabs may differ for the same type) and equal pointer data words.
void Is(vm::NativeCall& call)
{
    vm::Iface err = call.iface_arg(0), target = call.iface_arg(2);
    bool is = false;
    if (!err.tab || !target.tab) {
        is = err.tab == target.tab;
    } else {
        for (vm::Iface e = err; e.tab && !is; e = unwrap(e))
            is = dynamic_type(e) == dynamic_type(target) && e.data == target.data;
    }
    call.set_int(0, is);
}

// (*errorString).Error, for direct calls.
void ErrorString_Error(vm::NativeCall& call)
{
    call.set_string(0, static_cast<const internal::ErrorString*>(call.ptr_arg(0))->s);
}

} // namespace

} // namespace vitro::stdlib::errors

namespace vitro::stdlib {

void register_errors(vm::NativeRegistry& r)
{
    using namespace errors;
    r.add("errors.New", New);
    r.add("errors.Unwrap", Unwrap);
    r.add("errors.Is", Is);
    r.add("errors.(*errorString).Error", ErrorString_Error);
}

} // namespace vitro::stdlib
