// stdlib/fmt/methods.cpp — method lookup and calls for fmt (see methods.h for the overview).
#include "stdlib/fmt/methods.h"

#include "stdlib/fmt/load.h"
#include "vm/map.h"
#include "vm/ops.h"
#include "vm/runtime.h"

#include <cstring>

namespace vitro::stdlib::fmt {

namespace {

constexpr std::string_view kNilDereference
    = "runtime error: invalid memory address or nil pointer dereference";

// What calling method `name` of a value means.
struct Target {
    const gc::Method* script = nullptr;
    vm::NativeFn native = nullptr;
    bool through_pointer = false; // the value is a pointer; the method's receiver is the pointee
};

// `registry` is the Runtime's: the standard library's natives by Go symbol name, for methods of
// stdlib types ("time.Duration.String", "strings.(*Builder).Write").
bool resolve(const vm::NativeRegistry* registry, const gc::Type* t, std::string_view name,
    std::string_view signature, Target& out)
{
    for (const gc::Method& m : t->methods) {
        if (m.name != name)
            continue;
        if (!signature.empty() && (!m.mtype || m.mtype->name != signature))
            return false; // not the method an interface assertion would accept
        out.script = &m;
        out.through_pointer = t->kind == gc::Kind::Pointer && !m.pointer_receiver;
        return true;
    }
    // A named standard-library type (or a pointer to one): a native method.
    // A defined pointer-shaped type (syscall.Errno) carries its own methods, like any named type.
    bool ptr = t->kind == gc::Kind::Pointer && !t->named();
    const gc::Type* named = ptr ? t->elem : t;
    if (!named || !named->named() || !registry)
        return false;
    std::string_view tn = named->name;
    size_t dot = tn.rfind('.');
    if (dot == std::string_view::npos || tn.substr(0, dot) == "main")
        return false;
    std::string pkg(tn.substr(0, dot)), base(tn.substr(dot + 1));
    if (ptr) {
        if (vm::NativeFn fn = registry->find(pkg + ".(*" + base + ")." + std::string(name))) {
            out.native = fn;
            return true;
        }
    }
    if (vm::NativeFn fn = registry->find(pkg + "." + base + "." + std::string(name))) {
        out.native = fn;
        out.through_pointer = ptr;
        return true;
    }
    return false;
}

} // namespace

void RuntimeEnv::map_entries(
    const gc::Type* map_type, const void* map, std::vector<std::pair<const void*, const void*>>& out)
{
    auto* m = static_cast<vm::MapHeader*>(const_cast<void*>(map));
    if (m->count == 0)
        return;
    // The iterator is a heap object; the map stays reachable from the caller's arguments.
    vm::MapIter* it = vm::map_iter(m_rt, map_type, m);
    gc::Heap::TempRoot keep(m_rt.heap(), it);
    void *key, *value;
    while (vm::map_next(m_rt, it, key, value))
        out.emplace_back(key, value);
}

MethodCall RuntimeEnv::call_method(Value v, std::string_view name, std::string_view signature,
    const vm::Slot* args, uint32_t nargs, vm::Slot* results, uint32_t nres, std::string& panic_text,
    bool recover)
{
    Target target;
    if (!resolve(m_rt.registry(), v.type, name, signature, target))
        return MethodCall::Missing;
    // The receiver in slot form, then the arguments.
    const gc::Type* recv_type = v.type;
    const void* addr = v.ptr;
    if (target.through_pointer) {
        recv_type = v.type->elem;
        addr = load_ptr(v.ptr);
        if (!addr) { // Go: "value method T.M called using nil *T pointer", a nil dereference
            panic_text = kNilDereference;
            if (!recover)
                vm::panic_runtime(m_rt.current(), "invalid memory address or nil pointer dereference");
            return MethodCall::Panicked;
        }
    }
    vm::Slot slots[16] = {};
    uint32_t n;
    if (target.script && vm::is_aggregate(recv_type)) {
        void* box = m_rt.heap().alloc(recv_type); // the callee owns (and may modify) its copy
        vm::typed_copy(box, addr, recv_type);
        slots[0] = reinterpret_cast<vm::Slot>(box);
        n = 1;
    } else {
        vm::load_value(slots, recv_type, addr);
        n = vm::slot_count(recv_type);
    }
    if (n + nargs > 16 || nres > 16)
        return MethodCall::Missing;
    if (nargs)
        std::memcpy(slots + n, args, nargs * sizeof(vm::Slot));

    vm::Goroutine& g = m_rt.current();
    vm::PanicState saved = g.panic;
    bool ok;
    if (target.script) {
        const vm::Function* fn = m_rt.module().functions[target.script->function];
        ok = m_rt.call_value(g, &fn->static_closure, slots, n + nargs, results, nres);
    } else {
        g.panic = vm::PanicState {};
        vm::NativeCall call(m_rt, slots);
        target.native(call);
        ok = !g.panic.active;
        if (ok) {
            std::memcpy(results, slots, nres * sizeof(vm::Slot));
            g.panic = saved;
        }
    }
    if (ok)
        return MethodCall::Returned;
    if (!recover)
        return MethodCall::Panicked;

    // catchPanic: the panic is recovered; its value prints with %v.
    vm::PanicState p = std::move(g.panic);
    g.panic = saved;
    if (p.runtime_error) {
        panic_text = p.message;
    } else if (!p.value.tab) {
        if (p.message.empty())
            return MethodCall::PanickedNil; // panic(nil)
        panic_text = p.message; // a native's panic text
    } else {
        gc::Heap::TempRoot keep(m_rt.heap(), p.value.data);
        Value pv = value_of_any(p.value);
        Printer q(this);
        q.print_arg(pv, 'v');
        panic_text = std::move(q.buffer());
    }
    return MethodCall::Panicked;
}

MethodCall RuntimeEnv::call_string_method(Value v, std::string_view name, std::string& out)
{
    vm::Slot result[2] = {};
    MethodCall r = call_method(v, name, "func() string", nullptr, 0, result, 2, out);
    if (r == MethodCall::Returned)
        out.assign(reinterpret_cast<const char*>(result[0]), static_cast<size_t>(result[1]));
    return r;
}

MethodCall RuntimeEnv::call_format(Value v, char32_t verb, Printer& p, std::string& out)
{
    Target target;
    if (!resolve(m_rt.registry(), v.type, "Format", "", target) || !target.script || !target.script->mtype
        || target.script->mtype->name.find("fmt.State") == std::string_view::npos)
        return MethodCall::Missing;
    vm::Iface state;
    void* st = new_state(m_rt, &p, state);
    gc::Heap::TempRoot keep(m_rt.heap(), st);
    vm::Slot args[3] = { reinterpret_cast<vm::Slot>(state.tab), reinterpret_cast<vm::Slot>(state.data),
        static_cast<vm::Slot>(verb) };
    MethodCall r = call_method(v, "Format", "", args, 3, nullptr, 0, out);
    end_state(st);
    return r;
}

bool RuntimeEnv::has_string_method(Value v, std::string_view name)
{
    Target target;
    return resolve(m_rt.registry(), v.type, name, "func() string", target);
}

} // namespace vitro::stdlib::fmt
