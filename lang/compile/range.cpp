// lang/compile/range.cpp — for-range loops over integers, slices, arrays, strings and maps.
// The range expression is evaluated once; Go 1.19's rule of one iteration variable per loop
// holds (the variables are declared before the loop); the loop ends with LOOP.
#include "lang/compile/internal.h"

namespace vitro::lang::codegen {

using types::TypeKind;

namespace {

const types::Var* var_of(Expr* e)
{
    e = unparen(e);
    if (e->kind != NodeKind::Name)
        return nullptr;
    auto* obj = e->as<Name>()->object;
    return obj && obj->kind() == types::ObjectKind::Var ? obj->as<types::Var>() : nullptr;
}

} // namespace

// Assigns the value in `src` (of type t) to the range variable `e` (key or value).
void FnCompiler::range_assign(RangeClause* r, size_t i, int src, bool fresh)
{
    if (r->lhs.size() <= i || !r->lhs[i])
        return;
    Expr* e = r->lhs[i];
    if (r->define) {
        const types::Var* v = var_of(e);
        if (!v || v->name == "_")
            return;
        if (M.go122) {
            // Per-iteration variables (Go 1.22): a fresh cell or box each iteration.
            VarLoc loc = m_vars[v];
            if (loc.kind == VarLoc::Cell) {
                abx(Op::NEW, loc.reg, M.types.index(v->type));
                store_mem(v->type, loc.reg, 0, src);
                return;
            }
            if (is_aggregate(v->type)) {
                abc(Op::BOX, loc.reg, src, 0);
                ext(M.types.index(v->type));
                return;
            }
        }
        assign_var_from(v, src, fresh);
        return;
    }
    int save = m_free;
    LValue lv = lvalue(e);
    store_lv(lv, src);
    m_free = save;
}

void FnCompiler::range_stmt(ForStmt* s, RangeClause* r)
{
    int save = m_free;
    bool hoisted = hoist_constants(s);
    set_line(r->pos);
    // Variables of `for k, v := range` live for the whole loop (Go 1.19).
    if (r->define)
        for (auto* e : r->lhs)
            if (auto* v = var_of(e); v && v->name != "_" && !m_vars.count(v))
                init_var(v, nullptr);
    const Type* xt = types::under(default_type(r->x->type));
    bool want_value = r->lhs.size() > 1 && r->lhs[1] && !(var_of(r->lhs[1]) == nullptr && r->define);
    if (r->lhs.size() > 1 && r->lhs[1] && unparen(r->lhs[1])->kind == NodeKind::Name
        && unparen(r->lhs[1])->as<Name>()->value == "_")
        want_value = false;
    Label top, cont, exit;
    m_targets[s] = BranchTargets { &exit, &cont };
    if (types::is_integer(xt)) {
        int n = alloc(1);
        expr_to(r->x, n);
        int i = alloc(1);
        asbx(Op::LOADI, i, 0);
        bind(top);
        jump_cmp(Op::JLE_I64, n, i, exit);
        range_assign(r, 0, i, true);
        block(s->body);
        bind(cont);
        abc(Op::ADDI, i, i, 1);
        set_line(s->pos);
        loop_to(top);
        bind(exit);
    } else if (xt->kind() == TypeKind::Slice || xt->kind() == TypeKind::Array
        || (xt->kind() == TypeKind::Pointer
            && types::under(xt->as<types::Pointer>()->base)->kind() == TypeKind::Array)) {
        const Type* elem;
        int coll;
        int len;
        if (xt->kind() == TypeKind::Slice) {
            elem = xt->as<types::Slice>()->elem;
            coll = alloc(3);
            mark_ptr(coll);
            expr_to(r->x, coll);
            len = coll + 1;
        } else {
            const types::Array* at
                = (xt->kind() == TypeKind::Array ? xt : types::under(xt->as<types::Pointer>()->base))
                      ->as<types::Array>();
            elem = at->elem;
            coll = alloc_ptr();
            if (xt->kind() == TypeKind::Array && want_value) {
                // Ranging over an array value ranges over a copy of it.
                int m = m_free;
                int p = expr(r->x);
                if (!is_fresh(r->x)) {
                    abc(Op::BOX, coll, p, 0);
                    ext(M.types.index(r->x->type));
                } else {
                    abc(Op::MOVE, coll, p, 0);
                }
                m_free = m;
            } else if (want_value || xt->kind() == TypeKind::Array) {
                expr_to(r->x, coll);
            } else {
                expr_to(r->x, coll); // evaluated for its effects; a nil *array is fine here
            }
            len = alloc(1);
            load_int(len, at->len);
        }
        int i = alloc(1);
        asbx(Op::LOADI, i, 0);
        int val = want_value ? alloc_type(elem) : -1;
        bind(top);
        jump_cmp(Op::JLE_I64, len, i, exit);
        range_assign(r, 0, i, true);
        if (want_value) {
            if (xt->kind() == TypeKind::Slice) {
                LValue lv;
                lv.kind = LValue::Slice;
                lv.type = elem;
                lv.reg = coll;
                lv.index = i;
                load_lv(lv, val);
            } else {
                int p = alloc_ptr();
                abc(Op::ARRADDR, p, coll, i);
                uint64_t es = layout_of(elem).size;
                int64_t n = xt->kind() == TypeKind::Array
                    ? xt->as<types::Array>()->len
                    : types::under(xt->as<types::Pointer>()->base)->as<types::Array>()->len;
                ext(static_cast<uint32_t>(n));
                ext(static_cast<uint32_t>(es));
                load_mem(elem, val, p, 0);
                m_free = p;
            }
            range_assign(r, 1, val, false);
        }
        block(s->body);
        bind(cont);
        abc(Op::ADDI, i, i, 1);
        set_line(s->pos);
        loop_to(top);
        bind(exit);
    } else if (types::is_string(xt)) {
        int str = alloc(2);
        mark_ptr(str);
        expr_to(r->x, str);
        int i = alloc(1);
        asbx(Op::LOADI, i, 0);
        int nx = alloc(2); // rune, next index
        bind(top);
        jump_cmp(Op::JLE_I64, str + 1, i, exit);
        abc(Op::STRNEXT, nx, str, i);
        range_assign(r, 0, i, true);
        if (want_value)
            range_assign(r, 1, nx, true);
        block(s->body);
        bind(cont);
        abc(Op::MOVE, i, nx + 1, 0);
        set_line(s->pos);
        loop_to(top);
        bind(exit);
    } else if (xt->kind() == TypeKind::Map) {
        auto* mt = xt->as<types::Map>();
        int m = alloc_ptr();
        expr_to(r->x, m);
        int it = alloc_ptr();
        abc(Op::MAPITER, it, m, 0);
        ext(M.types.index(r->x->type));
        int kv = alloc(2);
        mark_ptr(kv);
        mark_ptr(kv + 1);
        int k = alloc_type(mt->key);
        int v = alloc_type(mt->elem);
        bind(top);
        map_next(kv, it, exit);
        if (!r->lhs.empty() && r->lhs[0]) {
            load_mem(mt->key, k, kv, 0);
            range_assign(r, 0, k, false);
        }
        if (want_value) {
            load_mem(mt->elem, v, kv + 1, 0);
            range_assign(r, 1, v, false);
        }
        block(s->body);
        bind(cont);
        set_line(s->pos);
        loop_to(top);
        bind(exit);
    } else if (xt->kind() == TypeKind::Chan) {
        range_chan(r, s->body, top, cont, exit, s->pos);
    } else {
        unsupported(r->pos, "range over this type");
    }
    if (hoisted)
        m_hoisted.clear();
    m_free = save;
}

} // namespace vitro::lang::codegen
