// stdlib/internal/io_util.cpp — io.Reader/io.Writer dispatch for natives (see io_util.h).
#include "stdlib/internal/io_util.h"

#include "stdlib/internal/ifaces.h"
#include "stdlib/internal/native_util.h"
#include "vm/module.h"
#include "vm/ops.h"

#include <map>
#include <string>

namespace vitro::stdlib::internal {

namespace {

std::map<std::string, NativeReadFn, std::less<>>& readers()
{
    static std::map<std::string, NativeReadFn, std::less<>> m;
    return m;
}

std::map<std::string, NativeWriteFn, std::less<>>& writers()
{
    static std::map<std::string, NativeWriteFn, std::less<>> m;
    return m;
}

void nil_deref(vm::NativeCall& call)
{
    call.panic_runtime_error("invalid memory address or nil pointer dereference");
}

// Calls method (through the one-method interface `iface`) taking a []byte or string (slot form
// in `args`, possibly more) and returning (int, error).
bool call_io_method(vm::NativeCall& call, const gc::Type* t, void* data, const gc::Type* iface,
    std::string_view name, const vm::Slot* args, uint32_t nargs, int64_t& n, vm::Iface& err)
{
    vm::Slot res[3] = {};
    bool found;
    if (!call_method_of(call, t, data, iface, args, nargs, res, 3, found))
        return false;
    if (!found) {
        call.panic_message(std::string(t->name) + " has no " + std::string(name) + " method");
        return false;
    }
    n = static_cast<int64_t>(res[0]);
    err = { reinterpret_cast<const void*>(res[1]), reinterpret_cast<void*>(res[2]) };
    return true;
}

} // namespace

void register_native_reader(std::string_view ptr_type_name, NativeReadFn fn)
{
    readers()[std::string(ptr_type_name)] = fn;
}

void register_native_writer(std::string_view ptr_type_name, NativeWriteFn fn)
{
    writers()[std::string(ptr_type_name)] = fn;
}

bool io_read(vm::NativeCall& call, vm::Iface r, uint8_t* p, int64_t len, int64_t& n, vm::Iface& err)
{
    n = 0;
    err = { nullptr, nullptr };
    const gc::Type* t = vm::dynamic_type(r.tab, true);
    if (!t) {
        nil_deref(call);
        return false;
    }
    auto it = readers().find(t->name);
    if (it != readers().end()) {
        it->second(call, r.data, p, len, n, err);
        return !call.runtime().current().panic.active;
    }
    vm::Slot args[3]
        = { reinterpret_cast<vm::Slot>(p), static_cast<vm::Slot>(len), static_cast<vm::Slot>(len) };
    return call_io_method(call, t, r.data, &kReaderIface, "Read", args, 3, n, err);
}

bool io_read_at(
    vm::NativeCall& call, vm::Iface r, uint8_t* p, int64_t len, int64_t off, int64_t& n, vm::Iface& err)
{
    n = 0;
    err = { nullptr, nullptr };
    const gc::Type* t = vm::dynamic_type(r.tab, true);
    if (!t) {
        nil_deref(call);
        return false;
    }
    vm::Slot args[4] = { reinterpret_cast<vm::Slot>(p), static_cast<vm::Slot>(len),
        static_cast<vm::Slot>(len), static_cast<vm::Slot>(off) };
    return call_io_method(call, t, r.data, &kReaderAtIface, "ReadAt", args, 4, n, err);
}

bool io_write(vm::NativeCall& call, vm::Iface w, const uint8_t* data, int64_t len, int64_t& n, vm::Iface& err)
{
    n = 0;
    err = { nullptr, nullptr };
    const gc::Type* t = vm::dynamic_type(w.tab, true);
    if (!t) {
        nil_deref(call);
        return false;
    }
    auto it = writers().find(t->name);
    if (it != writers().end()) {
        it->second(call, w.data, { reinterpret_cast<const char*>(data), static_cast<size_t>(len) }, n, err);
        return !call.runtime().current().panic.active;
    }
    vm::Slot args[3]
        = { reinterpret_cast<vm::Slot>(data), static_cast<vm::Slot>(len), static_cast<vm::Slot>(len) };
    return call_io_method(call, t, w.data, &kWriterIface, "Write", args, 3, n, err);
}

bool has_native_writer(const gc::Type* t)
{
    return t && writers().count(t->name);
}

bool io_is_string_writer(vm::NativeCall& call, vm::Iface w)
{
    const gc::Type* t = vm::dynamic_type(w.tab, true);
    if (!t)
        return false;
    return writers().count(t->name) || itab_for(call.runtime(), t, &kStringWriterIface);
}

bool io_write_string(vm::NativeCall& call, vm::Iface w, vm::String s, int64_t& n, vm::Iface& err)
{
    const gc::Type* t = vm::dynamic_type(w.tab, true);
    if (t && !writers().count(t->name) && itab_for(call.runtime(), t, &kStringWriterIface)) {
        vm::Slot args[2] = { reinterpret_cast<vm::Slot>(s.ptr), static_cast<vm::Slot>(s.len) };
        return call_io_method(call, t, w.data, &kStringWriterIface, "WriteString", args, 2, n, err);
    }
    return io_write(call, w, s.ptr, s.len, n, err);
}

} // namespace vitro::stdlib::internal
