// stdlib/errors/errors_natives.cpp — errors.New, Is, As and Unwrap (Go 1.19's wrap.go).
//
// Error chains mix the standard library's own error types (no method tables: *strconv.NumError
// and *fs.PathError unwrap natively, syscall.Errno implements Is natively) and script types,
// whose Unwrap() error and Is(error) bool methods are found in the dynamic type's method table
// and called through their itab (internal::call_method_of). As supports targets of concrete types (matched by
// type identity, or by name for the stdlib's static descriptors) and of type error; other
// interface targets are not supported yet (As reports false).
// Go reference: src/errors/errors.go, src/errors/wrap.go, src/syscall/syscall_unix.go (Errno.Is).
#include "stdlib/fmt/wrap_error.h"
#include "stdlib/internal/ifaces.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"
#include "vm/module.h"
#include "vm/ops.h"

#include <cerrno>
#include <cstring>

namespace vitro::stdlib::errors {

namespace {

void New(vm::NativeCall& call)
{
    // Go keeps the string header: the error's s shares the argument's bytes.
    auto* e = static_cast<internal::ErrorString*>(call.heap().alloc(&internal::kErrorStringType));
    internal::store_string(e->s, call.string_arg(0));
    call.set_iface(0, { &internal::kErrorStringItab, e });
}

const gc::Type* type_of(vm::Iface e)
{
    return vm::dynamic_type(e.tab, true); // error values: the tab word is an Itab
}

const gc::Method* find_method(const gc::Type* t, std::string_view name)
{
    if (!t)
        return nullptr;
    for (const gc::Method& m : t->methods)
        if (m.name == name)
            return &m;
    return nullptr;
}

// The one-method interfaces through which the methods above are called.
const gc::Method kUnwrapMethods[] = { internal::iface_method("Unwrap") };
const gc::Method kIsMethods[] = { internal::iface_method("Is") };
const gc::Method kAsMethods[] = { internal::iface_method("As") };
const gc::Type kUnwrapIface = internal::make_iface_type("interface { Unwrap() error }", kUnwrapMethods);
const gc::Type kIsIface = internal::make_iface_type("interface { Is(error) bool }", kIsMethods);
const gc::Type kAsIface = internal::make_iface_type("interface { As(any) bool }", kAsMethods);

// Calls the one method of `iface` (which e's dynamic type has) on e; false if it panicked.
bool call_error_method(vm::NativeCall& call, vm::Iface e, const gc::Type& iface, const vm::Slot* args,
    uint32_t nargs, vm::Slot* results, uint32_t nres)
{
    bool found;
    return internal::call_method_of(call, type_of(e), e.data, &iface, args, nargs, results, nres, found);
}

// Unwrap(e): the stdlib's wrappers natively, script types through their Unwrap method.
// False if the method panicked.
bool unwrap(vm::NativeCall& call, vm::Iface e, vm::Iface& out)
{
    out = { nullptr, nullptr };
    const gc::Type* t = type_of(e);
    if (t == &internal::kNumErrorPtrType) {
        out = static_cast<const internal::NumError*>(e.data)->err;
        return true;
    }
    if (t == &internal::kPathErrorPtrType) {
        out = static_cast<const internal::PathError*>(e.data)->err;
        return true;
    }
    if (t && stdlib::fmt::unwrap(t, e.data, out)) // fmt.Errorf's *fmt.wrapError
        return true;
    const gc::Method* m = find_method(t, "Unwrap");
    if (!m || m->mtype == nullptr)
        return true;
    vm::Slot res[2] = {};
    if (!call_error_method(call, e, kUnwrapIface, nullptr, 0, res, 2))
        return false;
    out = { reinterpret_cast<const void*>(res[0]), reinterpret_cast<void*>(res[1]) };
    return true;
}

void Unwrap(vm::NativeCall& call)
{
    vm::Iface out;
    if (unwrap(call, call.iface_arg(0), out))
        call.set_iface(0, out);
}

// syscall.Errno.Is.
bool errno_is(int e, vm::Iface target)
{
    if (target.data == internal::err_permission().data)
        return e == EACCES || e == EPERM;
    if (target.data == internal::err_exist().data)
        return e == EEXIST || e == ENOTEMPTY;
    if (target.data == internal::err_not_exist().data)
        return e == ENOENT;
    return false;
}

// err == target for interface values (same dynamic type, equal values).
bool same_error(vm::NativeCall& call, vm::Iface a, vm::Iface b)
{
    const gc::Type* ta = type_of(a);
    const gc::Type* tb = type_of(b);
    if (ta != tb || !ta)
        return ta == tb;
    if (!ta->comparable() && !(ta->flags & gc::kTypeDirectIface))
        return false;
    if (ta->flags & gc::kTypeDirectIface)
        return a.data == b.data;
    return vm::equal_values(call.runtime().current(), ta, a.data, b.data);
}

void Is(vm::NativeCall& call)
{
    vm::Iface err = call.iface_arg(0), target = call.iface_arg(2);
    if (!err.tab || !target.tab) {
        call.set_int(0, err.tab == target.tab);
        return;
    }
    for (int depth = 0; err.tab && depth < 10000; depth++) {
        if (same_error(call, err, target)) {
            call.set_int(0, 1);
            return;
        }
        if (int e = internal::errno_of(err); e >= 0 && errno_is(e, target)) {
            call.set_int(0, 1);
            return;
        }
        if (find_method(type_of(err), "Is")) {
            vm::Slot args[2]
                = { reinterpret_cast<vm::Slot>(target.tab), reinterpret_cast<vm::Slot>(target.data) };
            vm::Slot res = 0;
            if (!call_error_method(call, err, kIsIface, args, 2, &res, 1))
                return;
            target = call.iface_arg(2); // call.args may have moved
            if (res & 0xFF) {
                call.set_int(0, 1);
                return;
            }
        }
        vm::Iface next;
        if (!unwrap(call, err, next))
            return;
        target = call.iface_arg(2);
        err = next;
    }
    call.set_int(0, 0);
}

// As(err error, target any) bool.
// The stdlib's static descriptors are not the Module's: match them by name (os.PathError is
// Go's fs.PathError).
bool same_name(std::string_view a, std::string_view b)
{
    auto norm
        = [](std::string_view n) { return n == "*os.PathError" ? std::string_view("*fs.PathError") : n; };
    return norm(a) == norm(b);
}

void As(vm::NativeCall& call)
{
    vm::Iface err = call.iface_arg(0), target = call.iface_arg(2);
    const gc::Type* tt = vm::dynamic_type(target.tab, false); // target is an any
    if (!target.tab || !target.data) {
        call.panic_message("errors: target cannot be nil");
        return;
    }
    if (tt->kind != gc::Kind::Pointer || !tt->elem) {
        call.panic_message("errors: target must be a non-nil pointer");
        return;
    }
    const gc::Type* want = tt->elem;
    bool want_error = want->kind == gc::Kind::Interface && want->name == "error";
    for (int depth = 0; err.tab && depth < 10000; depth++) {
        const gc::Type* et = type_of(err);
        bool match = false;
        const vm::Itab* as_itab = nullptr; // an interface target other than error
        std::string_view missing;
        if (want_error)
            match = true;
        else if (want->kind != gc::Kind::Interface)
            match = et == want || (et && same_name(et->name, want->name));
        else if (et && (as_itab = vm::find_itab(call.runtime(), et, want, missing)))
            match = true;
        if (match) {
            void* dst = call.iface_arg(2).data;
            if (as_itab) {
                gc::store_ptr(reinterpret_cast<void**>(dst), const_cast<vm::Itab*>(as_itab));
                gc::store_ptr(reinterpret_cast<void**>(dst) + 1, err.data);
            } else if (want_error) {
                gc::store_ptr(reinterpret_cast<void**>(dst), const_cast<void*>(err.tab));
                gc::store_ptr(reinterpret_cast<void**>(dst) + 1, err.data);
            } else if (want->flags & gc::kTypeDirectIface) {
                gc::store_ptr(reinterpret_cast<void**>(dst), err.data);
            } else {
                std::memmove(dst, err.data, want->size);
            }
            call.set_int(0, 1);
            return;
        }
        if (find_method(et, "As")) {
            vm::Slot args[2] = { reinterpret_cast<vm::Slot>(call.iface_arg(2).tab),
                reinterpret_cast<vm::Slot>(call.iface_arg(2).data) };
            vm::Slot res = 0;
            if (!call_error_method(call, err, kAsIface, args, 2, &res, 1))
                return;
            if (res & 0xFF) {
                call.set_int(0, 1);
                return;
            }
        }
        vm::Iface next;
        if (!unwrap(call, err, next))
            return;
        err = next;
    }
    call.set_int(0, 0);
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
    r.add("errors.As", As);
    r.add("errors.(*errorString).Error", ErrorString_Error);
}

} // namespace vitro::stdlib
