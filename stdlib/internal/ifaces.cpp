// stdlib/internal/ifaces.cpp — interface descriptors and itab calls for natives (see ifaces.h).
#include "stdlib/internal/ifaces.h"

#include "vm/ops.h"
#include "vm/runtime.h"

#include <vector>

namespace vitro::stdlib::internal {

namespace {

constexpr uint64_t kMaskDataWord = 0x2; // an interface's data word

const gc::Method kReadMethods[] = { iface_method("Read") };
const gc::Method kWriteMethods[] = { iface_method("Write") };
const gc::Method kWriteStringMethods[] = { iface_method("WriteString") };
const gc::Method kReadAtMethods[] = { iface_method("ReadAt") };
const gc::Method kCloseMethods[] = { iface_method("Close") };
const gc::Method kReadCloseMethods[] = { iface_method("Close"), iface_method("Read") };
const gc::Method kLockerMethods[] = { iface_method("Lock"), iface_method("Unlock") };

} // namespace

gc::Type make_iface_type(std::string_view name, std::span<const gc::Method> methods)
{
    gc::Type t;
    t.size = 16;
    t.ptrdata = 16;
    t.ptrmask = &kMaskDataWord;
    t.align = 8;
    t.kind = gc::Kind::Interface;
    t.flags = gc::kTypeNamed | gc::kTypeComparable;
    t.name = name;
    t.len = methods.size();
    t.methods = methods;
    return t;
}

const gc::Type kReaderIface = make_iface_type("io.Reader", kReadMethods);
const gc::Type kWriterIface = make_iface_type("io.Writer", kWriteMethods);
const gc::Type kStringWriterIface = make_iface_type("io.StringWriter", kWriteStringMethods);
const gc::Type kReaderAtIface = make_iface_type("io.ReaderAt", kReadAtMethods);
const gc::Type kCloserIface = make_iface_type("io.Closer", kCloseMethods);
const gc::Type kReadCloserIface = make_iface_type("io.ReadCloser", kReadCloseMethods);
const gc::Type kLockerIface = make_iface_type("sync.Locker", kLockerMethods);

const vm::Itab* itab_for(vm::Runtime& rt, const gc::Type* dyn, const gc::Type* iface)
{
    if (!dyn)
        return nullptr;
    std::string_view missing;
    return vm::find_itab(rt, dyn, iface, missing);
}

vm::Iface make_iface(vm::NativeCall& call, const gc::Type* dyn, const gc::Type* iface, void* data)
{
    return { itab_for(call.runtime(), dyn, iface), data };
}

bool call_entry(vm::NativeCall& call, const vm::Itab* tab, uint32_t index, void* data, const vm::Slot* args,
    uint32_t nargs, vm::Slot* results, uint32_t nres)
{
    vm::Runtime& rt = call.runtime();
    vm::Goroutine& g = rt.current();
    const vm::ItabEntry& e = tab->fun[index];
    std::vector<vm::Slot> slots(std::max<size_t>(nargs + 1, nres) + 1, 0);
    slots[0] = reinterpret_cast<vm::Slot>(data);
    for (uint32_t i = 0; i < nargs; i++)
        slots[i + 1] = args[i];
    if (!e.fn) {
        if (!vm::call_native_method(rt, g, e, slots.data()))
            return false;
        for (uint32_t i = 0; i < nres; i++)
            results[i] = slots[i];
        return true;
    }
    // The callee may grow (move) the stack: keep call.args pointing into it.
    bool in_stack = call.args >= g.stack && call.args < g.stack + g.stack_slots;
    ptrdiff_t offset = call.args - g.stack;
    bool ok = rt.call_value(g, &e.fn->static_closure, slots.data(), nargs + 1, results, nres);
    if (in_stack)
        call.args = g.stack + offset;
    return ok;
}

bool call_method_of(vm::NativeCall& call, const gc::Type* dyn, void* data, const gc::Type* iface,
    const vm::Slot* args, uint32_t nargs, vm::Slot* results, uint32_t nres, bool& found)
{
    const vm::Itab* tab = itab_for(call.runtime(), dyn, iface);
    found = tab != nullptr;
    if (!tab)
        return true;
    return call_entry(call, tab, 0, data, args, nargs, results, nres);
}

} // namespace vitro::stdlib::internal
