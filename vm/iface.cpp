// vm/iface.cpp — non-empty interfaces at run time: itabs built on demand, type assertions and
// the native-method path of CALLIFACE.
//
// Overview: the compiler emits a static itab for every conversion of a concrete type to a
// non-empty interface (Module::itabs, CONVITAB); conversions between interfaces (CONVI2I) and
// assertions to interface types (ASSERT with an interface target) need the itab of a pair only
// known at run time. find_itab builds it from the dynamic type's method table (gc::Method,
// whose iface_function takes the data word as receiver) or, for standard-library types whose
// methods are natives, from the native registry by Go's symbol name ("pkg.(*T).Method"). Every
// itab of a pair is cached, the static ones registered at link time, so each pair has one itab
// in the common case; comparisons never rely on that (they compare dynamic types).
// Invariants: itabs live in the Runtime's arena (or the Module's, or static storage) and are
// never freed; entries follow the interface descriptor's method order (sorted by name).
// Concurrency: one P; the cache is not locked.
// Go counterpart: runtime/iface.go (getitab, itabsinit, assertE2I, panicdottypeE).
#include "vm/ops.h"

#include <cstddef>
#include <cstring>
#include <iterator>
#include <vector>

namespace vitro::vm {

namespace {

const gc::Method* method_named(const gc::Type* t, std::string_view name)
{
    for (const gc::Method& m : t->methods)
        if (m.name == name)
            return &m;
    return nullptr;
}

// The native implementing method `name` of the standard-library type `t`: "pkg.(*T).Name" for
// pointer types, "pkg.T.Name" otherwise.
NativeFn native_method(const Runtime& rt, const gc::Type* t, std::string_view name)
{
    if (!rt.registry())
        return nullptr;
    std::string_view tn = t->name;
    bool ptr = !tn.empty() && tn[0] == '*';
    if (ptr)
        tn.remove_prefix(1);
    size_t dot = tn.rfind('.');
    if (dot == std::string_view::npos)
        return nullptr;
    // A value receiver needs its value in slot form, which the itab convention (the data word)
    // gives only for pointer-shaped types.
    if (!ptr && !(t->flags & gc::kTypeDirectIface))
        return nullptr;
    std::string full
        = concat({ tn.substr(0, dot), ptr ? ".(*" : ".", tn.substr(dot + 1), ptr ? ")." : ".", name });
    return rt.registry()->find(full);
}

// Read-only zero memory for the value of a failed comma-ok assertion to a struct or array type
// (the compiler copies it into the variable), grown in the Runtime's arena for large types.
const void* zero_memory(Runtime& rt, uint64_t size)
{
    alignas(16) static const uint8_t small[1024] = {};
    static void* large = nullptr;
    static uint64_t large_size = 0;
    if (size <= sizeof small)
        return small;
    if (size > large_size) {
        large = rt.arena().allocate(size, 16);
        std::memset(large, 0, size);
        large_size = size;
    }
    return large;
}

} // namespace

const Itab* find_itab(Runtime& rt, const gc::Type* dyn, const gc::Type* iface, std::string_view& missing)
{
    auto key = std::make_pair(dyn, iface);
    auto& cache = rt.itab_cache();
    if (auto it = cache.find(key); it != cache.end())
        return it->second;
    size_t n = iface->methods.size();
    size_t bytes = offsetof(Itab, fun) + sizeof(ItabEntry) * std::max<size_t>(n, 1);
    auto* tab = static_cast<Itab*>(rt.arena().allocate(bytes, alignof(Itab)));
    tab->type = dyn;
    tab->iface = iface;
    tab->nfun = n;
    const Module& mod = rt.module();
    for (size_t i = 0; i < n; i++) {
        std::string_view name = iface->methods[i].name;
        ItabEntry e { nullptr, nullptr, kNoNative };
        if (const gc::Method* m = method_named(dyn, name); m && m->iface_function < mod.functions.size())
            e.fn = mod.functions[m->iface_function];
        else if (NativeFn fn = native_method(rt, dyn, name))
            e.native = fn;
        else {
            missing = name;
            return nullptr; // the partial itab stays in the arena; failures are not cached
        }
        tab->fun[i] = e;
    }
    cache.emplace(key, tab);
    return tab;
}

bool assert_type(Runtime& rt, Goroutine& g, Iface x, const gc::Type* source, const gc::Type* target,
    Slot* out, bool panics)
{
    const gc::Type* dyn = dynamic_type(x.tab, !source->methods.empty());
    std::string_view missing;
    if (target->kind == gc::Kind::Interface) {
        if (dyn) {
            if (target->methods.empty()) {
                out[0] = reinterpret_cast<Slot>(dyn);
                out[1] = reinterpret_cast<Slot>(x.data);
                return true;
            }
            if (const Itab* tab = find_itab(rt, dyn, target, missing)) {
                out[0] = reinterpret_cast<Slot>(tab);
                out[1] = reinterpret_cast<Slot>(x.data);
                return true;
            }
        }
        if (!panics) {
            out[0] = out[1] = 0;
            return false;
        }
        if (!dyn)
            panic_plain(g, concat({ "interface conversion: interface is nil, not ", target->name }));
        else
            panic_plain(g,
                concat({ "interface conversion: ", dyn->name, " is not ", target->name, ": missing method ",
                    missing }));
        return false;
    }
    if (same_type(dyn, target)) {
        if (target->flags & gc::kTypeDirectIface)
            out[0] = reinterpret_cast<Slot>(x.data);
        else
            load_value(out, target, x.data);
        return true;
    }
    if (!panics) {
        for (uint32_t i = 0; i < slot_count(target); i++)
            out[i] = 0;
        if (is_aggregate(target))
            out[0] = reinterpret_cast<Slot>(zero_memory(rt, target->size));
        return false;
    }
    // Go names an unnamed empty source "interface {}", a named or non-empty one by its name.
    std::string_view src = source->name;
    panic_plain(g,
        concat({ "interface conversion: ", src, " is ", dyn ? dyn->name : std::string_view("nil"), ", not ",
            target->name }));
    return false;
}

bool Runtime::call_method(
    Goroutine& g, Iface v, uint32_t index, const Slot* args, uint32_t nargs, Slot* results, uint32_t nres)
{
    if (!v.tab) {
        panic_nil(g);
        return false;
    }
    const ItabEntry& e = static_cast<const Itab*>(v.tab)->fun[index];
    // The receiver and arguments (a native method also writes its results there); on the C++
    // stack for the usual few slots (sort's Less and Swap run here once per comparison).
    size_t n = std::max<size_t>(nargs + 1, nres) + 1;
    Slot small[8] = {};
    std::vector<Slot> large;
    if (n > std::size(small))
        large.assign(n, 0);
    Slot* slots = large.empty() ? small : large.data();
    slots[0] = reinterpret_cast<Slot>(v.data);
    for (uint32_t i = 0; i < nargs; i++)
        slots[i + 1] = args[i];
    if (e.fn)
        return call_value(g, &e.fn->static_closure, slots, nargs + 1, results, nres);
    if (!call_native_method(*this, g, e, slots))
        return false;
    for (uint32_t i = 0; i < nres; i++)
        results[i] = slots[i];
    return true;
}

bool call_native_method(Runtime& rt, Goroutine& g, const ItabEntry& e, Slot* args)
{
    NativeCall call(rt, args);
    e.native(call);
    return !g.panic.active;
}

} // namespace vitro::vm
