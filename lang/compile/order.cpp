// lang/compile/order.cpp — Go's evaluation order of the operands of one statement.
//
// Overview: the spec leaves the order of variable reads relative to function calls within
// a statement unspecified, and gc (cmd/compile/internal/walk/order.go) evaluates every call
// (and a few other operations) of a statement first, left to right and depth first, into
// temporaries, and reads plain operands (variables, fields, elements, dereferences) only
// afterwards, when the statement itself runs. So `fmt.Println(c.n, c.Inc())` prints the
// incremented c.n, and `x += f()` adds f's result to the x that f left. vitro's code
// generator evaluates strictly left to right; this pass reproduces gc's order where it can
// differ.
//
// How: scan the statement's expressions in evaluation order; if a read that a call could
// change ("late": anything but constants and plain register locals) comes before a call in
// the same scope, the statement is "ordered": the hoisted nodes are evaluated first into
// registers recorded in m_ordered (expr() and expr_to() use them), then the statement is
// compiled as usual, reading the late operands after the calls. Hoisted, as order.go copies
// them: calls; len, cap, append, copy, make, new, complex, real, imag, recover; slicing;
// receives; && and || (as a whole); type assertions to non-pointer-shaped types;
// string-to-slice conversions; and a concrete value converted to an interface that the
// runtime takes by address (order.go's addrTemp: convFuncName's needsaddr) when it is a local
// variable or not addressable — a copy taken at its place in the sequence.
// go and defer statements keep left to right: gc copies their arguments into temporaries one
// by one, in order (walk/order.go's wrapGoDefer in Go 1.19).
// Invariants: ordering only moves reads later; the temporaries live below the statement's
// registers until it ends (declaring statements keep them); without a late read before a
// call nothing changes, so most statements compile exactly as before.
// Go counterpart: cmd/compile/internal/walk/order.go (orderState.expr1, call, addrTemp).
#include "lang/compile/internal.h"

namespace vitro::lang::codegen {

using types::TypeKind;

namespace {

bool has_pointers(const Type* t)
{
    const Type* u = types::under(t);
    switch (u->kind()) {
    case TypeKind::Basic:
        return types::is_string(u) || u->as<types::Basic>()->basic_kind == types::BasicKind::UnsafePointer;
    case TypeKind::Struct:
        for (auto* f : u->as<types::Struct>()->fields)
            if (has_pointers(f->type))
                return true;
        return false;
    case TypeKind::Array:
        return u->as<types::Array>()->len > 0 && has_pointers(u->as<types::Array>()->elem);
    default:
        return true;
    }
}

// Go's convFuncName(from, iface).needsaddr: the conversion passes the value by address.
bool conversion_needs_addr(const Type* t)
{
    const Type* u = types::under(default_type(t));
    if (types::is_interface(u))
        return false;
    Layout l = layout_of(u);
    bool ptrs = has_pointers(u);
    if (l.size == 2 && l.align == 2)
        return false;
    if ((l.size == 4 && l.align == 4 && !ptrs) || (l.size == 8 && l.align == 8 && !ptrs))
        return false;
    // The sole component (a struct of one field, an array of one element) is a string or slice.
    for (;;) {
        if (u->kind() == TypeKind::Struct && u->as<types::Struct>()->fields.size() == 1)
            u = types::under(u->as<types::Struct>()->fields[0]->type);
        else if (u->kind() == TypeKind::Array && u->as<types::Array>()->len == 1)
            u = types::under(u->as<types::Array>()->elem);
        else
            break;
    }
    return !(types::is_string(u) || u->kind() == TypeKind::Slice);
}

bool is_builtin_call(CallExpr* c, types::BuiltinId* id)
{
    Expr* f = unparen(c->fun);
    if (f->mode != ExprMode::Builtin || f->kind != NodeKind::Name || !f->as<Name>()->object
        || f->as<Name>()->object->kind() != types::ObjectKind::Builtin)
        return false;
    *id = f->as<Name>()->object->as<types::Builtin>()->id;
    return true;
}

} // namespace

// A read whose value a call cannot change: constants, and locals held in registers.
bool FnCompiler::order_stable(Expr* e)
{
    e = unparen(e);
    if (e->mode == ExprMode::Constant || e->mode == ExprMode::TypeExpr || is_nil(e))
        return true;
    if (e->kind == NodeKind::FuncLit)
        return true;
    if (e->kind != NodeKind::Name)
        return false;
    auto* obj = e->as<Name>()->object;
    if (!obj || obj->kind() != types::ObjectKind::Var)
        return true; // functions, packages
    auto it = m_vars.find(obj->as<types::Var>());
    return it != m_vars.end() && it->second.kind == VarLoc::Reg && !is_aggregate(obj->type);
}

// One node of the scan (hoist = false: only decide whether the statement needs ordering) or
// of the ordering itself (hoist = true). `target`: the type the value is converted to, when
// that is an interface (implicit conversions are not nodes of the tree).
void FnCompiler::order_walk(Expr* e, const Type* target, bool hoist, OrderScan& st)
{
    if (!e)
        return;
    e = unparen(e);
    if (e->mode == ExprMode::Constant || e->mode == ExprMode::TypeExpr || is_nil(e))
        return;
    bool late_before = st.late;
    // A hoist point: the node's value is taken here, in sequence.
    auto point = [&](bool side_effects) {
        if (!hoist) {
            if (side_effects && late_before)
                st.need = true;
            st.late = late_before;
            return;
        }
        if (!e->type || e->type->kind() == TypeKind::Tuple || m_ordered.count(e))
            return;
        const Type* t = default_type(e->type);
        int r = alloc_type(t);
        if (is_aggregate(t)) {
            int v = expr_owned(e);
            abc(Op::MOVE, r, v, 0);
        } else {
            expr_to(e, r);
        }
        m_free = r + slot_count(t);
        m_ordered[e] = r;
    };
    // An interface conversion that takes its operand by address copies it here.
    bool copied = target && types::is_interface(target) && e->type && !types::is_interface(e->type)
        && conversion_needs_addr(e->type);
    switch (e->kind) {
    case NodeKind::Name: {
        if (order_stable(e))
            return;
        auto* obj = e->as<Name>()->object;
        bool local = obj && obj->kind() == types::ObjectKind::Var && m_vars.count(obj->as<types::Var>());
        if (copied && local) {
            point(false);
            return;
        }
        st.late = true;
        return;
    }
    case NodeKind::FuncLit:
        return;
    case NodeKind::CompositeLit: {
        auto* lit = e->as<CompositeLit>();
        const Type* u = types::under(default_type(e->type));
        if (u->kind() == TypeKind::Map) {
            // order.go builds a map literal's dynamic entries as statements of their own, at
            // the literal's place in the sequence: the literal is one hoisted value.
            if (!hoist) {
                OrderScan inner;
                for (Expr* el : lit->elems)
                    if (el->kind == NodeKind::KeyValueExpr) {
                        order_walk(el->as<KeyValueExpr>()->key, nullptr, false, inner);
                        order_walk(el->as<KeyValueExpr>()->value, nullptr, false, inner);
                    }
                point(inner.calls);
                st.calls |= inner.calls;
            } else {
                point(false);
            }
            return;
        }
        const types::Struct* s = u->kind() == TypeKind::Struct ? u->as<types::Struct>() : nullptr;
        for (size_t i = 0; i < lit->elems.size(); i++) {
            Expr* el = lit->elems[i];
            Expr* key = nullptr;
            if (el->kind == NodeKind::KeyValueExpr) {
                key = el->as<KeyValueExpr>()->key;
                el = el->as<KeyValueExpr>()->value;
            }
            const Type* et = nullptr;
            if (s) {
                if (!key && i < s->fields.size())
                    et = s->fields[i]->type;
                else if (key && key->kind == NodeKind::Name)
                    for (auto* f : s->fields)
                        if (f->name == key->as<Name>()->value)
                            et = f->type;
            } else if (u->kind() == TypeKind::Map) {
                order_walk(key, u->as<types::Map>()->key, hoist, st);
                et = u->as<types::Map>()->elem;
            } else {
                if (key)
                    order_walk(key, nullptr, hoist, st);
                et = u->kind() == TypeKind::Slice  ? u->as<types::Slice>()->elem
                    : u->kind() == TypeKind::Array ? u->as<types::Array>()->elem
                                                   : nullptr;
            }
            order_walk(el, et, hoist, st);
        }
        if (copied)
            point(false);
        return;
    }
    case NodeKind::SelectorExpr: {
        auto* s = e->as<SelectorExpr>();
        Expr* x = unparen(s->x);
        if (x->kind == NodeKind::Name && x->as<Name>()->object
            && x->as<Name>()->object->kind() == types::ObjectKind::PkgName) {
            st.late = true; // a package variable
            return;
        }
        order_walk(x, nullptr, hoist, st);
        st.late = true;
        return;
    }
    case NodeKind::IndexExpr: {
        auto* ix = e->as<IndexExpr>();
        order_walk(ix->x, nullptr, hoist, st);
        const Type* xu = types::under(default_type(ix->x->type));
        order_walk(ix->index, xu->kind() == TypeKind::Map ? xu->as<types::Map>()->key : nullptr, hoist, st);
        if (copied && (xu->kind() == TypeKind::Map || types::is_string(xu))) { // not addressable
            point(false);
            return;
        }
        st.late = true;
        return;
    }
    case NodeKind::SliceExpr: {
        auto* sl = e->as<SliceExpr>();
        order_walk(sl->x, nullptr, hoist, st);
        for (Expr* i : sl->index)
            order_walk(i, nullptr, hoist, st);
        point(false);
        return;
    }
    case NodeKind::AssertExpr: {
        order_walk(e->as<AssertExpr>()->x, nullptr, hoist, st);
        auto k = types::under(e->type)->kind();
        if (k != TypeKind::Pointer && k != TypeKind::Map && k != TypeKind::Chan && k != TypeKind::Signature)
            point(false);
        else if (copied)
            point(false);
        return;
    }
    case NodeKind::Operation: {
        auto* op = e->as<Operation>();
        if (op->op == lang::Op::AndAnd || op->op == lang::Op::OrOr) {
            order_walk(op->x, nullptr, hoist, st);
            // The right operand runs conditionally: its own order is not changed.
            if (!hoist) {
                OrderScan inner;
                order_walk(op->y, nullptr, false, inner);
                point(inner.calls);
                st.calls |= inner.calls;
            } else {
                point(false);
            }
            return;
        }
        if (!op->y) {
            order_walk(op->x, nullptr, hoist, st);
            if (op->op == lang::Op::Recv) {
                st.calls = true;
                point(true);
                return;
            }
            if (op->op == lang::Op::Mul) // a dereference
                st.late = true;
            else if (copied)
                point(false);
            return;
        }
        order_walk(op->x, nullptr, hoist, st);
        order_walk(op->y, nullptr, hoist, st);
        if (copied)
            point(false);
        return;
    }
    case NodeKind::CallExpr: {
        auto* c = e->as<CallExpr>();
        Expr* f = unparen(c->fun);
        if (f->mode == ExprMode::TypeExpr) { // a conversion
            Expr* a = c->args.empty() ? nullptr : c->args[0];
            const Type* tu = types::under(e->type);
            order_walk(a, types::is_interface(e->type) ? e->type : nullptr, hoist, st);
            if (a && tu->kind() == TypeKind::Slice && types::is_string(a->type))
                point(false);
            else if (copied)
                point(false);
            return;
        }
        types::BuiltinId id {};
        if (is_builtin_call(c, &id)) {
            for (Expr* a : c->args)
                order_walk(a, nullptr, hoist, st);
            switch (id) {
            case types::BuiltinId::Append:
            case types::BuiltinId::Copy:
            case types::BuiltinId::Recover:
                st.calls = true;
                point(true);
                return;
            case types::BuiltinId::Len:
            case types::BuiltinId::Cap:
            case types::BuiltinId::Make:
            case types::BuiltinId::New:
            case types::BuiltinId::Complex:
            case types::BuiltinId::Real:
            case types::BuiltinId::Imag:
                point(false);
                return;
            default:
                if (copied)
                    point(false);
                return;
            }
        }
        // A call: the function value (or the receiver), then the arguments.
        const types::Signature* sig = nullptr;
        if (f->type && types::under(f->type)->kind() == TypeKind::Signature)
            sig = types::under(f->type)->as<types::Signature>();
        if (f->kind == NodeKind::SelectorExpr && f->as<SelectorExpr>()->sel->object
            && f->as<SelectorExpr>()->sel->object->kind() == types::ObjectKind::Func) {
            Expr* x = unparen(f->as<SelectorExpr>()->x);
            bool pkg = x->kind == NodeKind::Name && x->as<Name>()->object
                && x->as<Name>()->object->kind() == types::ObjectKind::PkgName;
            if (!pkg && x->mode != ExprMode::TypeExpr) {
                order_walk(x, nullptr, hoist, st);
                if (!order_stable(x))
                    st.late = true;
            }
        } else if (f->kind != NodeKind::Name || !f->as<Name>()->object
            || f->as<Name>()->object->kind() != types::ObjectKind::Func) {
            order_walk(f, nullptr, hoist, st);
        }
        bool spread = c->args.size() == 1 && c->args[0]->type && c->args[0]->type->kind() == TypeKind::Tuple;
        for (size_t i = 0; i < c->args.size(); i++) {
            const Type* pt = nullptr;
            if (sig && !spread) {
                size_t np = sig->params->vars.size();
                if (sig->variadic && i + 1 >= np && !c->has_dots)
                    pt = types::under(sig->params->vars[np - 1]->type)->as<types::Slice>()->elem;
                else if (i < np)
                    pt = sig->params->vars[i]->type;
            }
            order_walk(c->args[i], pt, hoist, st);
        }
        st.calls = true;
        if (e != st.top)
            point(true);
        else
            st.late = late_before;
        return;
    }
    case NodeKind::KeyValueExpr:
        order_walk(e->as<KeyValueExpr>()->value, target, hoist, st);
        return;
    default:
        st.late = true;
        return;
    }
}

// Orders a statement's expressions (in evaluation order; `targets` the types they are
// assigned or converted to, when known); returns whether it hoisted anything. `top`: the
// statement's own call (an expression statement), which is not hoisted.
bool FnCompiler::order_exprs(
    const std::vector<Expr*>& list, const std::vector<const Type*>& targets, Expr* top)
{
    OrderScan scan;
    scan.top = top ? unparen(top) : nullptr;
    for (size_t i = 0; i < list.size(); i++)
        order_walk(list[i], i < targets.size() ? targets[i] : nullptr, false, scan);
    if (!scan.need)
        return false;
    OrderScan run;
    run.top = scan.top;
    for (size_t i = 0; i < list.size(); i++)
        order_walk(list[i], i < targets.size() ? targets[i] : nullptr, true, run);
    return !m_ordered.empty();
}

// Orders an expression compiled on its own (an if condition, a switch tag) right where it is
// evaluated; the caller clears m_ordered after it.
bool FnCompiler::order_in_place(Expr* e)
{
    if (!e || !m_ordered.empty())
        return false;
    return order_exprs({ e }, {}, nullptr);
}

// cond_jump of a condition evaluated in Go's order (an if or for condition).
void FnCompiler::ordered_cond_jump(Expr* cond, bool when, Label& target)
{
    int save = m_free;
    bool ordered = order_in_place(cond);
    cond_jump(cond, when, target);
    if (ordered)
        m_ordered.clear();
    m_free = save;
}

// Orders statement s when Go's order differs from left to right; returns whether it did
// (the caller clears m_ordered after compiling s).
bool FnCompiler::order_stmt(Stmt* s)
{
    std::vector<Expr*> list;
    std::vector<const Type*> targets;
    Expr* top = nullptr;
    switch (s->kind) {
    case NodeKind::ExprStmt: {
        Expr* x = unparen(s->as<ExprStmt>()->x);
        if (x->kind != NodeKind::CallExpr)
            return false;
        list.push_back(x);
        top = x;
        break;
    }
    case NodeKind::AssignStmt: {
        auto* a = s->as<AssignStmt>();
        if (a->assign_kind == AssignKind::OpAssign) {
            list = { a->lhs[0], a->rhs[0] };
            break;
        }
        if (a->assign_kind == AssignKind::IncDec || a->rhs.size() != a->lhs.size())
            return false;
        if (a->assign_kind != AssignKind::Define) {
            // The operands of the places assigned to (`a[i] = f()`: i is read after f).
            for (Expr* l : a->lhs) {
                l = unparen(l);
                if (l->kind == NodeKind::IndexExpr) {
                    list.push_back(l->as<IndexExpr>()->x);
                    list.push_back(l->as<IndexExpr>()->index);
                } else if (l->kind == NodeKind::SelectorExpr) {
                    list.push_back(l->as<SelectorExpr>()->x);
                } else if (l->kind == NodeKind::Operation && !l->as<Operation>()->y) {
                    list.push_back(l->as<Operation>()->x);
                } else {
                    continue;
                }
                while (targets.size() < list.size())
                    targets.push_back(nullptr);
            }
        }
        for (size_t i = 0; i < a->rhs.size(); i++) {
            list.push_back(a->rhs[i]);
            targets.push_back(a->lhs[i]->type);
        }
        break;
    }
    case NodeKind::ReturnStmt: {
        auto* r = s->as<ReturnStmt>();
        if (!m_sig || r->results.size() != m_sig->results->vars.size())
            return false;
        for (size_t i = 0; i < r->results.size(); i++) {
            list.push_back(r->results[i]);
            targets.push_back(m_sig->results->vars[i]->type);
        }
        break;
    }
    case NodeKind::DeclStmt:
        for (auto* d : s->as<DeclStmt>()->decls) {
            if (d->kind != NodeKind::VarDecl)
                continue;
            auto* v = d->as<VarDecl>();
            if (v->values.size() != v->names.size())
                return false;
            for (size_t i = 0; i < v->values.size(); i++) {
                list.push_back(v->values[i]);
                targets.push_back(v->names[i]->type);
            }
        }
        break;
    case NodeKind::SendStmt:
        list = { s->as<SendStmt>()->chan, s->as<SendStmt>()->value };
        break;
    default:
        return false;
    }
    if (list.empty())
        return false;
    return order_exprs(list, targets, top);
}

} // namespace vitro::lang::codegen
