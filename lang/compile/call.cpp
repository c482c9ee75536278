// lang/compile/call.cpp — calls (script functions, methods, natives), built-in functions,
// conversions and print/println.
#include "lang/compile/internal.h"

namespace vitro::lang::codegen {

using types::BasicKind;
using types::TypeKind;

namespace {

bool is_pkg_name(Expr* e)
{
    e = unparen(e);
    return e->kind == NodeKind::Name && e->as<Name>()->object
        && e->as<Name>()->object->kind() == types::ObjectKind::PkgName;
}

const Type* underlying(const Type* t)
{
    return types::under(default_type(t));
}

} // namespace

// Evaluates the receiver of a method call x.M() (with the selector's embedding path) into
// `dst` in the form the method expects: a pointer for pointer receivers, a fresh copy for
// value receivers.
void FnCompiler::receiver_to(SelectorExpr* s, types::Func* m, int dst)
{
    bool want_ptr = m->has_ptr_recv();
    const Type* recv_t = m->signature()->recv->type;
    const Type* base_t = types::deref(const_cast<Type*>(recv_t));
    // Find the receiver object: x itself, or an embedded field reached through the path.
    int save = m_free;
    const Type* t = s->x->type;
    bool is_ptr = types::under(t)->kind() == TypeKind::Pointer;
    int p = -1; // a pointer to the receiver object, when it has an address
    if (s->path.size() <= 1 && is_ptr && want_ptr) {
        expr_to(s->x, dst);
        return;
    }
    if (s->path.size() <= 1) {
        if (is_ptr) {
            p = expr(s->x);
        } else if (want_ptr) {
            p = address_of(s->x);
        } else {
            m_free = save;
            expr_value_to(s->x, dst, base_t);
            return;
        }
    } else {
        SelectorExpr walk(*s);
        walk.path.pop_back();
        uint64_t off = 0;
        const Type* ft = nullptr;
        int b = field_base(&walk, &off, &ft);
        if (types::under(ft)->kind() == TypeKind::Pointer) {
            p = alloc_ptr();
            load_mem(ft, p, b, off);
        } else {
            p = alloc_ptr();
            abc(Op::ADDPTR, p, b, 0);
            ext(static_cast<uint32_t>(off));
        }
    }
    if (want_ptr) {
        abc(Op::MOVE, dst, p, 0);
    } else if (is_aggregate(base_t)) {
        abc(Op::NILCHECK, p, 0, 0);
        abc(Op::BOX, dst, p, 0);
        ext(M.types.index(base_t));
    } else {
        load_mem(base_t, dst, p, 0);
    }
    m_free = save;
}

int FnCompiler::build_variadic(const std::vector<Expr*>& args, size_t from, const Type* slice_type)
{
    const Type* elem = types::under(slice_type)->as<types::Slice>()->elem;
    int r = alloc_type(slice_type);
    int save = m_free;
    size_t n = args.size() > from ? args.size() - from : 0;
    if (n == 0) {
        abc(Op::LOADZERO, r, 3, 0);
        return r;
    }
    uint64_t es = layout_of(elem).size;
    if (n <= 255) {
        abx(Op::NEW, r, M.types.index_of(M.types.array_of(elem, static_cast<int64_t>(n))));
    } else {
        int len = alloc(1);
        load_int(len, static_cast<int64_t>(n));
        abc(Op::MAKESLICE, r, len, len);
        ext(M.types.index(elem));
        m_free = save;
    }
    for (size_t i = from; i < args.size(); i++) {
        int v = alloc_type(elem);
        if (is_aggregate(elem))
            v = expr(args[i]);
        else
            expr_value_to(args[i], v, elem);
        store_mem(elem, r, (i - from) * es, v);
        m_free = save;
    }
    if (n <= 255)
        abc(Op::SLICEHDR, r, r, static_cast<int>(n));
    return r;
}

int FnCompiler::call(CallExpr* c)
{
    bool deferring = m_deferring; // a defer statement's call (defer.cpp); not its operands' calls
    bool going = m_going; // a go statement's call (goroutine.cpp)
    m_deferring = m_going = false;
    Expr* fun = unparen(c->fun);
    types::Func* callee = nullptr;
    SelectorExpr* method_sel = nullptr;
    if (fun->kind == NodeKind::Name && fun->as<Name>()->object
        && fun->as<Name>()->object->kind() == types::ObjectKind::Func) {
        callee = fun->as<Name>()->object->as<types::Func>();
    } else if (fun->kind == NodeKind::SelectorExpr) {
        auto* s = fun->as<SelectorExpr>();
        auto* obj = s->sel->object;
        if (obj && obj->kind() == types::ObjectKind::Func) {
            if (unparen(s->x)->mode != ExprMode::TypeExpr) { // T.M(x, ...): a func value (closure.cpp)
                callee = obj->as<types::Func>();
                if (!is_pkg_name(s->x))
                    method_sel = s;
            }
        }
    }
    int fn_reg = -1; // a func value: CALLFUNC (closure.cpp)
    types::Signature* sig = nullptr;
    if (!callee || !callee->signature()) {
        const Type* ft = fun->type ? types::under(fun->type) : nullptr;
        if (!ft || ft->kind() != TypeKind::Signature) {
            unsupported(c->pos, "calling this value");
            return alloc(1);
        }
        sig = const_cast<types::Signature*>(ft->as<types::Signature>());
        fn_reg = func_value_reg(fun);
        callee = nullptr;
    } else {
        sig = callee->signature();
    }
    // An interface method: the interface value is evaluated first, below the call window.
    int iface_reg = -1, iface_method = -1;
    if (method_sel && callee && sig->recv && types::is_interface(sig->recv->type)) {
        const Type* it = nullptr;
        iface_reg = iface_receiver(method_sel, &it);
        iface_method = iface_method_index(it, callee->name);
    }
    bool native = callee && iface_reg < 0 && M.func_index.find(callee) == M.func_index.end();
    // f(g()) with a multi-value g: g's results are evaluated first, below the window, and
    // then passed like ordinary arguments.
    std::vector<std::pair<int, const Type*>> spread;
    if (c->args.size() == 1 && c->args[0]->type && c->args[0]->type->kind() == TypeKind::Tuple) {
        int r = call(unparen(c->args[0])->as<CallExpr>());
        for (auto* v : c->args[0]->type->as<types::Tuple>()->vars) {
            spread.emplace_back(r, v->type);
            r += slot_count(v->type);
        }
    }
    size_t nargs_in = spread.empty() ? c->args.size() : spread.size();
    auto place = [&](size_t i, int dst, const Type* t) {
        if (spread.empty()) {
            expr_value_to(c->args[i], dst, t);
            return;
        }
        auto [src, st] = spread[i];
        assign_convert(st, t, src, dst);
    };
    int base = m_free + static_cast<int>(vm::kFrameHeader);
    touch(base);
    m_free = base;
    if (iface_reg >= 0) {
        alloc_ptr(); // CALLIFACE puts the data word here
    } else if (method_sel) {
        int r = alloc_type(sig->recv->type);
        receiver_to(method_sel, callee, r);
    }
    auto& params = sig->params->vars;
    size_t np = params.size();
    for (size_t i = 0; i < np; i++) {
        const Type* pt = params[i]->type;
        int r = alloc_type(pt);
        if (sig->variadic && i + 1 == np && !c->has_dots) {
            // The trailing arguments become a slice over a fresh array.
            int save = m_free;
            const Type* elem = types::under(pt)->as<types::Slice>()->elem;
            size_t n = nargs_in > i ? nargs_in - i : 0;
            if (spread.empty()) {
                int sl = build_variadic(c->args, i, pt);
                move(pt, r, sl);
            } else if (n == 0) {
                abc(Op::LOADZERO, r, 3, 0);
            } else {
                uint64_t es = layout_of(elem).size;
                abx(Op::NEW, r, M.types.index_of(M.types.array_of(elem, static_cast<int64_t>(n))));
                for (size_t k = 0; k < n; k++) {
                    int v = alloc_type(elem);
                    place(i + k, v, elem);
                    store_mem(elem, r, k * es, v);
                    m_free = save;
                }
                abc(Op::SLICEHDR, r, r, static_cast<int>(n));
            }
            m_free = save;
            break;
        }
        if (i < nargs_in)
            place(i, r, pt);
        m_free = r + slot_count(pt);
    }
    int nargs = m_free - base;
    int nres = slot_count(sig->results);
    touch(base + std::max({ nargs, nres, 1 })); // a native's window starts inside the frame
    set_line(c->pos);
    Op call_op = fn_reg >= 0 ? Op::CALLFUNC
        : iface_reg >= 0     ? Op::CALLIFACE
        : native             ? Op::CALLNATIVE
                             : Op::CALL;
    uint32_t call_index = fn_reg >= 0 ? 0
        : iface_reg >= 0              ? static_cast<uint32_t>(iface_method)
        : native                      ? M.native(M.native_name(callee), c->pos)
                                      : M.func_index[callee];
    if ((going || deferring) && iface_reg >= 0)
        abc(Op::NILCHECK, iface_reg, 0, 0); // `go i.M()`, `defer i.M()`: i's method is taken now
    if (going) { // goroutine.cpp
        emit_go(base, nargs, nres, fn_reg, iface_reg, call_op, call_index);
        m_free = base;
        return base;
    }
    if (deferring) { // defer.cpp
        bool done = iface_reg >= 0 ? emit_deferred(base, nargs, nres, iface_reg, 2, Op::CALLIFACE, call_index)
                                   : emit_deferred(base, nargs, nres, fn_reg, 1, call_op, call_index);
        if (done)
            return base;
    }
    if (fn_reg >= 0)
        abc(Op::CALLFUNC, base, fn_reg, 0);
    else if (iface_reg >= 0)
        abc(Op::CALLIFACE, base, iface_reg, iface_method);
    else
        abx(call_op, base, call_index);
    m_free = base + nres;
    mark_type(base, sig->results);
    return base;
}

void FnCompiler::call_expr_to(CallExpr* c, int dst)
{
    Expr* fun = unparen(c->fun);
    if (fun->mode == ExprMode::TypeExpr) {
        conversion_to(c, dst);
        return;
    }
    if (fun->mode == ExprMode::Builtin) {
        builtin_to(c, dst);
        return;
    }
    int save = m_free;
    int r = call(c);
    const Type* t = c->type;
    if (t && t->kind() != TypeKind::Tuple)
        move(t, dst, r);
    else if (t)
        unsupported(c->pos, "this multi-value call");
    m_free = save;
}

void FnCompiler::convert(const Type* from, const Type* to, int src, int dst)
{
    from = default_type(from);
    if (types::is_integer(from) && types::is_integer(to)) {
        if (dst != src)
            abc(Op::MOVE, dst, src, 0);
        if (int_bits(to) < 64)
            normalize(to, dst);
        return;
    }
    if (types::is_integer(from) && types::is_float(to)) {
        bool u64 = is_unsigned_int(from) && int_bits(from) == 64;
        abc(u64 ? Op::U64_TO_F64 : Op::I64_TO_F64, dst, src, 0);
        if (is_float32(to))
            abc(Op::ROUND_F32, dst, dst, 0);
        return;
    }
    if (types::is_float(from) && types::is_integer(to)) {
        bool u64 = is_unsigned_int(to) && int_bits(to) == 64;
        abc(u64 ? Op::F64_TO_U64 : Op::F64_TO_I64, dst, src, 0);
        if (int_bits(to) < 64)
            normalize(to, dst);
        return;
    }
    if (types::is_float(from) && types::is_float(to)) {
        if (is_float32(to) && !is_float32(from))
            abc(Op::ROUND_F32, dst, src, 0);
        else if (dst != src)
            abc(Op::MOVE, dst, src, 0);
        return;
    }
    move(to, dst, src);
}

void FnCompiler::conversion_to(CallExpr* c, int dst)
{
    int save = m_free;
    const Type* to = c->type;
    Expr* arg = c->args.empty() ? nullptr : c->args[0];
    if (!arg) {
        unsupported(c->pos, "this conversion");
        return;
    }
    const Type* from = default_type(arg->type);
    const Type* tu = types::under(to);
    const Type* fu = types::under(from);
    set_line(c->pos);
    if (is_nil(arg)) {
        zero_value(to, dst);
    } else if (types::is_interface(to)) {
        expr_value_to(arg, dst, to);
    } else if (types::is_string(to) && types::is_integer(from)) {
        int r = expr(arg);
        abc(Op::RUNE_TO_STR, dst, r, 0);
    } else if (types::is_string(to) && fu->kind() == TypeKind::Slice) {
        int r = expr(arg);
        bool bytes = int_bits(fu->as<types::Slice>()->elem) == 8;
        abc(bytes ? Op::BYTES_TO_STR : Op::RUNES_TO_STR, dst, r, 0);
    } else if (tu->kind() == TypeKind::Slice && types::is_string(from)) {
        int r = expr(arg);
        bool bytes = int_bits(tu->as<types::Slice>()->elem) == 8;
        abc(bytes ? Op::STR_TO_BYTES : Op::STR_TO_RUNES, dst, r, 0);
    } else if (types::is_numeric(to) && types::is_numeric(from)) {
        int r = expr(arg);
        convert(from, to, r, dst);
    } else if (tu->kind() == TypeKind::Pointer && fu->kind() == TypeKind::Slice) {
        // Go 1.17's slice to array pointer conversion: the same data, checked against the length.
        int r = expr(arg);
        const Type* arr = types::under(tu->as<types::Pointer>()->base);
        abc(Op::SLICE2ARRP, dst, r, 0);
        ext(static_cast<uint32_t>(arr->as<types::Array>()->len));
    } else {
        expr_to(arg, dst);
    }
    m_free = save;
}

void FnCompiler::print_call(CallExpr* c, bool ln)
{
    int save = m_free;
    if (c->args.size() == 1 && c->args[0]->type && c->args[0]->type->kind() == TypeKind::Tuple) {
        // println(f()) with a multi-value f.
        int r = call(unparen(c->args[0])->as<CallExpr>());
        bool first = true;
        for (auto* v : c->args[0]->type->as<types::Tuple>()->vars) {
            if (ln && !first)
                emit(vm::encode_abc(Op::PRINTSP, 0, 0, 0));
            first = false;
            abc(Op::PRINT, r, 0, 0);
            ext(M.types.index(v->type));
            r += slot_count(v->type);
        }
        if (ln)
            emit(vm::encode_abc(Op::PRINTNL, 0, 0, 0));
        m_free = save;
        return;
    }
    for (size_t i = 0; i < c->args.size(); i++) {
        if (ln && i > 0)
            emit(vm::encode_abc(Op::PRINTSP, 0, 0, 0));
        Expr* a = c->args[i];
        const Type* t = default_type(a->type);
        int r = expr(a);
        abc(Op::PRINT, r, 0, 0);
        ext(M.types.index(t));
        m_free = save;
    }
    if (ln)
        emit(vm::encode_abc(Op::PRINTNL, 0, 0, 0));
}

void FnCompiler::minmax_to(CallExpr* c, bool is_min, int dst)
{
    int save = m_free;
    const Type* t = default_type(c->type);
    int acc = alloc_type(t);
    expr_to(c->args[0], acc);
    for (size_t i = 1; i < c->args.size(); i++) {
        int v = expr(c->args[i]);
        Label keep;
        // Replace acc when v is strictly better; for floats a NaN operand wins.
        int a = is_min ? v : acc, b = is_min ? acc : v;
        if (types::is_float(t)) {
            int r = alloc(1);
            abc(Op::LT_F64, r, a, b);
            int nan = alloc(1);
            abc(Op::NE_F64, nan, v, v);
            abc(Op::OR, r, r, nan);
            Label take;
            jump_bool(Op::JT, r, take);
            // Equal operands: only -0 and +0 differ; min keeps -0 (OR of the bits), max +0 (AND).
            abc(Op::EQ_F64, r, acc, v);
            jump_bool(Op::JF, r, keep);
            abc(is_min ? Op::OR : Op::AND, acc, acc, v);
            jump(keep);
            bind(take);
        } else if (is_string_type(t)) {
            int r = alloc(1);
            abc(Op::LT_STR, r, a, b);
            jump_bool(Op::JF, r, keep);
        } else {
            jump_cmp(is_unsigned_int(t) ? Op::JLE_U64 : Op::JLE_I64, b, a, keep);
        }
        move(t, acc, v);
        bind(keep);
        m_free = acc + slot_count(t);
    }
    move(t, dst, acc);
    m_free = save;
}

bool FnCompiler::builtin_to(CallExpr* c, int dst)
{
    Expr* fun = unparen(c->fun);
    auto* obj = fun->kind == NodeKind::Name ? fun->as<Name>()->object : nullptr;
    if (!obj || obj->kind() != types::ObjectKind::Builtin) {
        unsupported(c->pos, "this built-in call");
        return false;
    }
    int save = m_free;
    set_line(c->pos);
    auto id = obj->as<types::Builtin>()->id;
    auto need_dst = [&](const Type* t) {
        if (dst < 0)
            dst = alloc_type(t);
    };
    if (chan_builtin(c, id, dst)) {
        m_free = save;
        return true;
    }
    switch (id) {
    case types::BuiltinId::Recover: // defer.cpp
        need_dst(c->type);
        recover_to(dst);
        break;
    case types::BuiltinId::Len:
    case types::BuiltinId::Cap: {
        need_dst(c->type);
        Expr* a = c->args[0];
        const Type* u = underlying(a->type);
        int r = expr(a);
        if (u->kind() == TypeKind::Map)
            abc(Op::MAPLEN, dst, r, 0);
        else if (u->kind() == TypeKind::Slice || types::is_string(u))
            abc(Op::MOVE, dst, r + (id == types::BuiltinId::Len ? 1 : 2), 0);
        else
            unsupported(c->pos, "len or cap of this operand");
        break;
    }
    case types::BuiltinId::Append: {
        const Type* st = c->type;
        need_dst(st);
        int s = expr(c->args[0]);
        if (c->has_dots) {
            int o = expr(c->args[1]);
            if (types::is_string(c->args[1]->type))
                abc(Op::APPENDSTR, dst, s, o);
            else {
                abc(Op::APPENDSLICE, dst, s, o);
                ext(M.types.index(st));
            }
        } else if (c->args.size() == 1) {
            move(st, dst, s);
        } else if (c->args.size() == 2) {
            const Type* elem = types::under(st)->as<types::Slice>()->elem;
            int v;
            if (is_aggregate(elem)) {
                v = expr(c->args[1]);
            } else {
                v = alloc_type(elem);
                expr_value_to(c->args[1], v, elem);
            }
            abc(Op::APPEND, dst, s, v);
            ext(M.types.index(st));
        } else {
            int o = build_variadic(c->args, 1, st);
            abc(Op::APPENDSLICE, dst, s, o);
            ext(M.types.index(st));
        }
        break;
    }
    case types::BuiltinId::Copy: {
        int d = expr(c->args[0]);
        int s = expr(c->args[1]);
        int r = dst >= 0 ? dst : alloc(1);
        if (types::is_string(c->args[1]->type)) {
            abc(Op::COPYSTR, r, d, s);
        } else {
            abc(Op::COPYSLICE, r, d, s);
            ext(M.types.index(c->args[0]->type));
        }
        break;
    }
    case types::BuiltinId::Delete: {
        const Type* mt = c->args[0]->type;
        int m = expr(c->args[0]);
        const Type* kt = types::under(mt)->as<types::Map>()->key;
        int k = alloc_type(kt);
        expr_value_to(c->args[1], k, kt);
        abc(Op::MAPDELETE, m, k, 0);
        ext(M.types.index(mt));
        break;
    }
    case types::BuiltinId::Make: {
        const Type* t = c->type;
        need_dst(t);
        const Type* u = types::under(t);
        if (u->kind() == TypeKind::Slice) {
            int len = alloc(1);
            expr_to(c->args[1], len);
            int cap = len;
            if (c->args.size() > 2) {
                cap = alloc(1);
                expr_to(c->args[2], cap);
            }
            abc(Op::MAKESLICE, dst, len, cap);
            ext(M.types.index(u->as<types::Slice>()->elem));
        } else if (u->kind() == TypeKind::Map) {
            int hint = alloc(1);
            if (c->args.size() > 1)
                expr_to(c->args[1], hint);
            else
                asbx(Op::LOADI, hint, 0);
            abc(Op::MAKEMAP, dst, hint, 0);
            ext(M.types.index(t));
        } else {
            unsupported(c->pos, "make of a channel");
        }
        break;
    }
    case types::BuiltinId::New: {
        need_dst(c->type);
        abx(Op::NEW, dst, M.types.index(types::under(c->type)->as<types::Pointer>()->base));
        break;
    }
    case types::BuiltinId::Panic: {
        int r = alloc(2);
        mark_ptr(r + 1);
        to_iface(c->args[0], r);
        set_line(c->pos);
        abc(Op::PANIC, r, 0, 0);
        break;
    }
    case types::BuiltinId::Print:
    case types::BuiltinId::Println:
        print_call(c, id == types::BuiltinId::Println);
        break;
    case types::BuiltinId::Min:
    case types::BuiltinId::Max:
        need_dst(c->type);
        minmax_to(c, id == types::BuiltinId::Min, dst);
        break;
    case types::BuiltinId::Clear: {
        const Type* t = c->args[0]->type;
        int r = expr(c->args[0]);
        if (types::under(t)->kind() == TypeKind::Map) {
            abc(Op::MAPCLEAR, r, 0, 0);
            ext(M.types.index(t));
        } else {
            const Type* elem = types::under(t)->as<types::Slice>()->elem;
            int i = alloc(1);
            asbx(Op::LOADI, i, 0);
            Label top, exit;
            bind(top);
            jump_cmp(Op::JLE_I64, r + 1, i, exit);
            int p = alloc_ptr();
            abc(Op::ELEMADDR, p, r, i);
            ext(static_cast<uint32_t>(layout_of(elem).size));
            abc(Op::ZERO, p, 0, 0);
            ext(M.types.index(elem));
            abc(Op::ADDI, i, i, 1);
            loop_to(top);
            bind(exit);
        }
        break;
    }
    default:
        unsupported(c->pos, fmt_builtin(obj->name));
        break;
    }
    m_free = save;
    return true;
}

std::string FnCompiler::fmt_builtin(std::string_view name)
{
    return std::string(name) + " (built-in)";
}

} // namespace vitro::lang::codegen
