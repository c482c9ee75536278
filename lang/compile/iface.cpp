// lang/compile/iface.cpp — non-empty interfaces in the code generator: conversions (static
// itabs), type assertions, type switches, interface method calls' receivers, method tables and
// the wrapper functions that give every itab entry one receiver convention.
//
// Overview: converting a concrete type to a non-empty interface emits CONVITAB with a static
// itab (Module::itabs) built here: one entry per interface method, in the order of the
// interface descriptor's method list (sorted by name, iface_method_index). Each entry is a
// function taking the interface's data word as its receiver (vm/value.h ItabEntry): the method
// itself for pointer receivers and pointer-shaped types, a native method by Module native index
// for standard-library pointer types, else a wrapper generated here ("main.(*T).M",
// "main.Outer.M") that turns the data word into the receiver the method expects: it walks the
// embedding path (promoted methods), copies boxed values for value receivers, and calls the
// method (CALL), the native (CALLNATIVE) or, for a method promoted from an embedded interface,
// that interface (CALLIFACE). Method tables (gc::Type::methods) list declared and promoted
// methods with the same wrappers in Method::iface_function, so that the run-time itabs of
// interface-to-interface conversions and assertions (vm/iface.cpp) find them too. Interface
// descriptors list their methods (names and signatures; no functions).
// Invariants: the static itab and the wrapper of a pair are made once (memoized by descriptor);
// an interface's method index is the same at compile time and in every itab.
// Go counterpart: cmd/compile/internal/reflectdata (itabs, method wrappers), walk/switch.go
// (type switches), ssagen (dottype).
#include "lang/compile/internal.h"

#include <algorithm>
#include <cstddef>

namespace vitro::lang::codegen {

using types::TypeKind;

namespace {

// Where method `name` of a type is found: the method (an interface's method when promoted
// from an embedded interface), the indexes of the embedded fields walked, and whether one of
// them is a pointer (then pointer methods of the embedded type are in a value's method set).
struct MethodPath {
    types::Func* fn = nullptr;
    std::vector<int> path;
    bool via_ptr = false;
};

MethodPath find_method(const Type* t, std::string_view name)
{
    struct Entry {
        const Type* t;
        std::vector<int> path;
        bool via_ptr;
    };
    std::vector<Entry> level { { t, {}, false } };
    for (int depth = 0; depth < 8 && !level.empty(); depth++) {
        std::vector<Entry> next;
        for (const Entry& e : level) {
            const Type* base = types::deref(const_cast<Type*>(e.t));
            if (base->kind() == TypeKind::Named)
                for (types::Func* m : base->as<types::Named>()->methods)
                    if (m->name == name)
                        return { m, e.path, e.via_ptr };
            const Type* u = types::under(base);
            if (u->kind() == TypeKind::Interface) {
                auto* it = const_cast<types::Interface*>(u->as<types::Interface>());
                for (types::Func* m : types::interface_methods(it))
                    if (m->name == name)
                        return { m, e.path, e.via_ptr };
            } else if (u->kind() == TypeKind::Struct) {
                const auto& fields = u->as<types::Struct>()->fields;
                for (size_t i = 0; i < fields.size(); i++) {
                    if (!fields[i]->embedded)
                        continue;
                    Entry n { fields[i]->type, e.path, e.via_ptr };
                    n.path.push_back(static_cast<int>(i));
                    if (types::under(fields[i]->type)->kind() == TypeKind::Pointer)
                        n.via_ptr = true;
                    next.push_back(std::move(n));
                }
            }
        }
        level = std::move(next);
    }
    return {};
}

// The names of the methods promoted into struct type t from its embedded fields.
std::vector<std::string> promoted_names(const Type* t)
{
    std::vector<std::string> out;
    std::vector<const Type*> level { t };
    for (int depth = 0; depth < 8 && !level.empty(); depth++) {
        std::vector<const Type*> next;
        for (const Type* x : level) {
            const Type* base = types::deref(const_cast<Type*>(x));
            if (depth > 0 && base->kind() == TypeKind::Named)
                for (types::Func* m : base->as<types::Named>()->methods)
                    out.emplace_back(m->name);
            const Type* u = types::under(base);
            if (depth > 0 && u->kind() == TypeKind::Interface) {
                auto* it = const_cast<types::Interface*>(u->as<types::Interface>());
                for (types::Func* m : types::interface_methods(it))
                    out.emplace_back(m->name);
            } else if (u->kind() == TypeKind::Struct) {
                for (auto* f : u->as<types::Struct>()->fields)
                    if (f->embedded)
                        next.push_back(f->type);
            }
        }
        level = std::move(next);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

bool is_pointer(const Type* t)
{
    return types::under(t)->kind() == TypeKind::Pointer;
}

std::vector<types::Func*> sorted_methods(const Type* t)
{
    auto* it = const_cast<types::Interface*>(types::under(t)->as<types::Interface>());
    std::vector<types::Func*> ms = types::interface_methods(it);
    std::sort(ms.begin(), ms.end(), [](types::Func* a, types::Func* b) { return a->name < b->name; });
    return ms;
}

// Go's symbol for a method of a possibly pointer type: "main.(*T).M", "main.T.M".
std::string method_symbol(const std::string& type_name, std::string_view method)
{
    bool ptr = !type_name.empty() && type_name[0] == '*';
    std::string tn = ptr ? type_name.substr(1) : type_name;
    size_t dot = tn.rfind('.');
    if (!ptr)
        return tn + "." + std::string(method);
    if (dot == std::string::npos)
        return "(*" + tn + ")." + std::string(method);
    return tn.substr(0, dot) + ".(*" + tn.substr(dot + 1) + ")." + std::string(method);
}

} // namespace

bool is_nonempty_iface(const Type* t)
{
    const Type* u = types::under(t);
    if (u->kind() != TypeKind::Interface)
        return false;
    return !types::interface_methods(const_cast<types::Interface*>(u->as<types::Interface>())).empty();
}

int iface_method_index(const Type* t, std::string_view name)
{
    std::vector<types::Func*> ms = sorted_methods(t);
    for (size_t i = 0; i < ms.size(); i++)
        if (ms[i]->name == name)
            return static_cast<int>(i);
    return -1;
}

// ---- ModuleCompiler: itabs, wrappers, method tables ----

uint32_t ModuleCompiler::itab_index(const Type* concrete, const Type* iface, Pos pos)
{
    const gc::Type* ct = types.get(concrete);
    const gc::Type* it = types.get(iface);
    auto key = std::make_pair(ct, it);
    if (auto found = m_itabs.find(key); found != m_itabs.end())
        return found->second;
    std::vector<types::Func*> ms = sorted_methods(iface);
    size_t bytes = offsetof(vm::Itab, fun) + sizeof(vm::ItabEntry) * std::max<size_t>(1, ms.size());
    auto* tab = static_cast<vm::Itab*>(module->arena.allocate(bytes, alignof(vm::Itab)));
    tab->type = ct;
    tab->iface = it;
    tab->nfun = ms.size();
    for (size_t i = 0; i < ms.size(); i++)
        tab->fun[i] = itab_entry(concrete, ms[i]->name, pos);
    auto index = static_cast<uint32_t>(module->itabs.size());
    module->itabs.push_back(tab);
    m_itabs.emplace(key, index);
    return index;
}

vm::ItabEntry ModuleCompiler::itab_entry(const Type* concrete, std::string_view name, Pos pos)
{
    vm::ItabEntry e { nullptr, nullptr, vm::kNoNative };
    MethodPath mp = find_method(concrete, name);
    if (!mp.fn) {
        unsupported(pos, "this method set");
        return e;
    }
    bool direct_entry = false;
    if (mp.path.empty() && !types::is_interface(mp.fn->signature()->recv->type)) {
        bool ptr_recv = mp.fn->has_ptr_recv();
        const gc::Type* ct = types.get(concrete);
        bool word = (ct->flags & gc::kTypeDirectIface) && ct->kind != gc::Kind::Struct
            && ct->kind != gc::Kind::Array;
        direct_entry = ptr_recv ? is_pointer(concrete) : (!is_pointer(concrete) && word);
    }
    if (direct_entry) {
        auto it = func_index.find(mp.fn);
        if (it != func_index.end())
            e.fn = module->functions[it->second];
        else
            e.native_index = native_method_ref(native_name(mp.fn), pos);
        return e;
    }
    e.fn = module->functions[wrapper(concrete, name, pos)];
    return e;
}

uint32_t ModuleCompiler::native_method_ref(const std::string& name, Pos pos)
{
    if (auto it = m_natives.find(name); it != m_natives.end())
        return it->second;
    uint32_t idx = native(name, pos);
    module->natives[idx].optional = true;
    return idx;
}

uint32_t ModuleCompiler::wrapper(const Type* concrete, std::string_view name, Pos pos)
{
    // A boxed T's data word points to a T, as a *T's does: they share the (*T) wrapper.
    const gc::Type* ct = types.get(concrete);
    if (!is_pointer(concrete) && !(ct->flags & gc::kTypeDirectIface)) {
        types::Pointer ptr(const_cast<Type*>(concrete));
        return wrapper(&ptr, name, pos);
    }
    auto key = std::make_pair(types.get(concrete), std::string(name));
    if (auto it = m_wrappers.find(key); it != m_wrappers.end())
        return it->second;
    vm::Function* f = new_function();
    auto index = static_cast<uint32_t>(module->functions.size() - 1);
    m_wrappers.emplace(key, index);
    f->name = method_symbol(rt_name(concrete), name);
    f->wrapper = true;
    FnCompiler(*this, f).compile_wrapper(concrete, name, pos);
    return index;
}

void ModuleCompiler::fill_method_tables()
{
    // Method tables of main's named types: T gets the value-receiver methods, *T all of them,
    // both with the methods promoted from embedded fields. Creating signature descriptors and
    // wrappers can add types, so loop until no named type is new.
    auto intern = [&](std::string_view s) { return module->arena.intern_copy(s); };
    size_t done = 0;
    while (done < types.named_types().size()) {
        const types::Named* n = types.named_types()[done++];
        if (n->obj->pkg != pkg || types::under(n)->kind() == TypeKind::Interface)
            continue;
        types::Pointer ptr(const_cast<types::Named*>(n));
        const gc::Type* nt = types.get(n);
        bool word = (nt->flags & gc::kTypeDirectIface) && nt->kind != gc::Kind::Struct
            && nt->kind != gc::Kind::Array;
        Pos pos = n->obj->pos;
        std::vector<gc::Method> value_set, ptr_set;
        for (types::Func* m : n->methods) {
            auto it = func_index.find(m);
            if (it == func_index.end())
                continue;
            uint32_t f = it->second;
            const gc::Type* mt = types.func_type(m->signature());
            bool pr = m->has_ptr_recv();
            // Wrappers of declared methods serve only run-time itabs: made when the program
            // converts or asserts to a non-empty interface type at run time.
            uint32_t pw = pr ? f : dynamic_itabs ? wrapper(&ptr, m->name, pos) : UINT32_MAX;
            ptr_set.push_back({ intern(m->name), mt, f, pr, pw });
            if (!pr) {
                uint32_t vw = word ? f : dynamic_itabs ? wrapper(n, m->name, pos) : UINT32_MAX;
                value_set.push_back({ intern(m->name), mt, f, false, vw });
            }
        }
        if (types::under(n)->kind() == TypeKind::Struct) {
            for (const std::string& name : promoted_names(n)) {
                bool declared = false;
                for (types::Func* m : n->methods)
                    declared |= m->name == name;
                MethodPath mp = find_method(n, name);
                if (declared || !mp.fn || mp.path.empty())
                    continue;
                const gc::Type* mt = types.func_type(mp.fn->signature());
                // Promoted methods take the data word (pointer_receiver): the wrapper's convention.
                uint32_t pw = wrapper(&ptr, name, pos);
                ptr_set.push_back({ intern(name), mt, pw, true, pw });
                bool in_value_set = mp.via_ptr || types::is_interface(mp.fn->signature()->recv->type)
                    || !mp.fn->has_ptr_recv();
                if (in_value_set && !word) {
                    uint32_t vw = wrapper(n, name, pos);
                    value_set.push_back({ intern(name), mt, vw, true, vw });
                }
            }
        }
        types.set_methods(n, value_set);
        types.set_methods(&ptr, ptr_set);
    }
    fill_interface_descriptors();
}

void ModuleCompiler::fill_interface_descriptors()
{
    for (size_t i = 0; i < types.interface_types().size(); i++) {
        const Type* t = types.interface_types()[i];
        std::vector<gc::Method> ms;
        for (types::Func* f : sorted_methods(t))
            ms.push_back({ module->arena.intern_copy(f->name), types.func_type(f->signature()), UINT32_MAX,
                false, UINT32_MAX });
        types.set_methods(t, ms);
    }
}

// ---- FnCompiler ----

void FnCompiler::compile_wrapper(const Type* concrete, std::string_view name, Pos pos)
{
    MethodPath mp = find_method(concrete, name);
    types::Signature* sig = mp.fn->signature();
    set_line(pos);
    F->decl_line = pos.line;
    int data = alloc_ptr();
    std::vector<int> params;
    for (auto* v : sig->params->vars)
        params.push_back(alloc_type(v->type));
    m_params = static_cast<uint32_t>(m_free);
    F->param_slots = m_params;
    F->result_slots = static_cast<uint32_t>(slot_count(sig->results));

    // p: a pointer to the object whose field or method comes next.
    int p = data;
    const Type* obj = concrete;
    if (is_pointer(concrete))
        obj = types::deref(const_cast<Type*>(concrete));
    if (is_pointer(concrete) && mp.path.empty() && !mp.fn->has_ptr_recv()
        && !types::is_interface(sig->recv->type)) {
        // runtime.panicwrap: a value method called through a nil pointer.
        static types::Basic string_type(types::BasicKind::String, types::kIsString, "string");
        std::string tn = rt_name(obj);
        std::string t = tn.substr(tn.rfind('.') + 1);
        Label ok;
        int z = alloc(1);
        asbx(Op::LOADI, z, 0);
        jump_cmp(Op::JNE_I64, data, z, ok);
        int msg = alloc_type(&string_type);
        abx(Op::LOADSTR, msg,
            M.string_const(
                "value method " + tn + "." + std::string(name) + " called using nil *" + t + " pointer"));
        int v = alloc(2);
        mark_ptr(v + 1);
        abc(Op::CONVIFACE, v, msg, 0);
        ext(M.types.index(&string_type));
        abc(Op::PANIC, v, 0, 0);
        bind(ok);
        set_free(z);
    }
    // Otherwise the data word points to the boxed value (structs and arrays are never
    // pointer-shaped: rttypes.cpp direct_iface).
    for (int i : mp.path) {
        auto* st = types::under(obj)->as<types::Struct>();
        const Type* ft = st->fields[static_cast<size_t>(i)]->type;
        uint64_t off = field_offset(st, static_cast<size_t>(i));
        if (types::is_interface(ft)) {
            int np = alloc_ptr();
            abc(Op::ADDPTR, np, p, 0);
            ext(static_cast<uint32_t>(off));
            p = np;
            obj = ft;
            break;
        }
        int np = alloc_ptr();
        if (is_pointer(ft)) {
            load_mem(ft, np, p, off);
            obj = types::deref(const_cast<Type*>(ft));
        } else {
            abc(Op::ADDPTR, np, p, 0);
            ext(static_cast<uint32_t>(off));
            obj = ft;
        }
        p = np;
    }
    bool via_iface = types::is_interface(obj);
    int ifr = -1;
    if (via_iface) {
        ifr = alloc_type(obj);
        load_mem(obj, ifr, p, 0);
    }
    int base = m_free + static_cast<int>(vm::kFrameHeader);
    touch(base);
    m_free = base;
    if (via_iface) {
        alloc_ptr();
    } else if (mp.fn->has_ptr_recv()) {
        int r = alloc_ptr();
        abc(Op::MOVE, r, p, 0);
    } else {
        int r = alloc_type(obj);
        if (is_aggregate(obj)) {
            abc(Op::NILCHECK, p, 0, 0);
            abc(Op::BOX, r, p, 0);
            ext(M.types.index(obj));
        } else {
            load_mem(obj, r, p, 0);
        }
    }
    for (size_t i = 0; i < params.size(); i++) {
        const Type* pt = sig->params->vars[i]->type;
        int r = alloc_type(pt);
        move(pt, r, params[i]);
    }
    int nargs = m_free - base;
    int nres = slot_count(sig->results);
    touch(base + std::max({ nargs, nres, 1 })); // a native's window starts inside the frame
    if (via_iface) {
        abc(Op::CALLIFACE, base, ifr, iface_method_index(obj, name));
    } else if (auto it = M.func_index.find(mp.fn); it != M.func_index.end()) {
        abx(Op::CALL, base, it->second);
    } else {
        abx(Op::CALLNATIVE, base, M.native_method_ref(M.native_name(mp.fn), pos));
    }
    mark_type(base, sig->results);
    abc(Op::RET, base, nres, 0);
    F->num_slots = static_cast<uint32_t>(std::max<int>(m_max, static_cast<int>(m_params)));
    F->num_slots = std::max(F->num_slots, F->result_slots);
    F->ptrmap.assign((F->num_slots + 63) / 64 + 1, 0);
    for (uint32_t i = 0; i < F->num_slots && i < static_cast<uint32_t>(kMaxSlots); i++)
        if (m_ptr[i]) {
            F->ptrmap[i / 64] |= uint64_t { 1 } << (i % 64);
            if (i >= m_params)
                F->zero_on_entry.push_back(static_cast<uint8_t>(i));
        }
}

void FnCompiler::convert_to_iface(const Type* from, const Type* to, int src, int dst)
{
    from = default_type(from);
    bool to_nonempty = is_nonempty_iface(to);
    if (!types::is_interface(from)) {
        if (to_nonempty) {
            abc(Op::CONVITAB, dst, src, 0);
            ext(M.itab_index(from, to, Pos { m_line, 1 }));
        } else {
            abc(Op::CONVIFACE, dst, src, 0);
            ext(M.types.index(from));
        }
        return;
    }
    bool from_nonempty = is_nonempty_iface(from);
    if (!to_nonempty) {
        if (from_nonempty)
            iface_to_empty(dst, src);
        else if (dst != src)
            abc(Op::MOVE2, dst, src, 0);
        return;
    }
    if (M.types.get(from) == M.types.get(to)) {
        if (dst != src)
            abc(Op::MOVE2, dst, src, 0);
        return;
    }
    M.dynamic_itabs = true;
    abc(Op::CONVI2I, dst, src, from_nonempty ? 1 : 0);
    ext(M.types.index(to));
}

void FnCompiler::assert_to(AssertExpr* e, int dst, bool comma_ok)
{
    int save = m_free;
    const Type* t = e->assert_type->type;
    if (is_nonempty_iface(t))
        M.dynamic_itabs = true;
    int x = expr(e->x);
    set_line(e->pos);
    abc(comma_ok ? Op::ASSERT2 : Op::ASSERT, dst, x, 0);
    ext(M.types.index(t));
    ext(M.types.index(e->x->type));
    m_free = save;
}

int FnCompiler::iface_receiver(SelectorExpr* s, const Type** iface_type)
{
    if (s->path.size() <= 1) {
        *iface_type = s->x->type;
        return expr(s->x);
    }
    // A method promoted from an interface embedded in a struct: load that field.
    SelectorExpr walk(*s);
    walk.path.pop_back();
    uint64_t off = 0;
    const Type* ft = nullptr;
    int b = field_base(&walk, &off, &ft);
    int r = alloc_type(ft);
    load_mem(ft, r, b, off);
    *iface_type = ft;
    return r;
}

void FnCompiler::type_switch(SwitchStmt* s)
{
    auto* guard = s->tag->as<TypeSwitchGuard>();
    const Type* xt = guard->x->type;
    int x = alloc_type(xt);
    expr_to(guard->x, x);
    const Type* src = xt;
    // One area for the asserted value: a case that matches jumps to its clause at once.
    int width = 1;
    for (CaseClause* cc : s->body)
        for (Expr* c : cc->cases)
            if (!is_nil(c))
                width = std::max(width, slot_count(c->type) + 1);
    int val = alloc(width);
    for (int i = 0; i < width; i++)
        mark_ptr(val + i); // any slot may hold a pointer word of some case's type
    int zero = alloc(1);
    asbx(Op::LOADI, zero, 0);
    std::vector<Label> bodies(s->body.size());
    Label end;
    int def = -1;
    for (size_t i = 0; i < s->body.size(); i++) {
        CaseClause* cc = s->body[i];
        if (cc->is_default)
            def = static_cast<int>(i);
        for (Expr* c : cc->cases) {
            set_line(c->pos);
            if (is_nil(c)) {
                jump_cmp(Op::JEQ_I64, x, zero, bodies[i]);
                continue;
            }
            const Type* t = c->type;
            if (is_nonempty_iface(t))
                M.dynamic_itabs = true;
            abc(Op::ASSERT2, val, x, 0);
            ext(M.types.index(t));
            ext(M.types.index(src));
            jump_bool(Op::JT, val + slot_count(t), bodies[i]);
        }
    }
    if (def >= 0)
        jump(bodies[static_cast<size_t>(def)]);
    else
        jump(end);
    m_targets[s] = BranchTargets { &end, nullptr };
    for (size_t i = 0; i < s->body.size(); i++) {
        CaseClause* cc = s->body[i];
        bind(bodies[i]);
        int m = m_free;
        if (cc->implicit && cc->implicit->name != "_") {
            auto* v = static_cast<const types::Var*>(cc->implicit);
            bool single = cc->cases.size() == 1 && !is_nil(cc->cases[0]);
            if (single && !types::identical(v->type, xt)) {
                assign_var_from(v, val, false);
            } else if (single) {
                assign_var_from(v, val, false); // the case type is x's own interface type
            } else {
                assign_var_from(v, x, false);
            }
        }
        stmts(cc->body);
        m_free = m;
        jump(end);
    }
    bind(end);
}

} // namespace vitro::lang::codegen
