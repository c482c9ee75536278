// stdlib/internal/ifaces.cpp — interface descriptors and itab calls for natives (see ifaces.h).
#include "stdlib/internal/ifaces.h"

#include "stdlib/internal/native_util.h"
#include "stdlib/internal/types.h"
#include "vm/ops.h"
#include "vm/runtime.h"

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
    gc::Type t
        = make_type(gc::Kind::Interface, name, 16, 16, &kMaskDataWord, gc::kTypeNamed | gc::kTypeComparable);
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

bool call_method_of(vm::NativeCall& call, const gc::Type* dyn, void* data, const gc::Type* iface,
    const vm::Slot* args, uint32_t nargs, vm::Slot* results, uint32_t nres, bool& found)
{
    const vm::Itab* tab = itab_for(call.runtime(), dyn, iface);
    found = tab != nullptr;
    if (!tab)
        return true;
    return call_iface_method(call, { tab, data }, 0, args, nargs, results, nres);
}

} // namespace vitro::stdlib::internal
