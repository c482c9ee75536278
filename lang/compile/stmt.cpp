// lang/compile/stmt.cpp — statements: declarations, assignments, if/for/range/switch,
// branches and returns; and the pre-pass that finds locals whose address is taken.
#include "lang/compile/internal.h"

#include <algorithm>
#include <functional>

namespace vitro::lang::codegen {

using types::TypeKind;

namespace {

void walk(Node* n, const std::function<void(Node*)>& f)
{
    if (!n)
        return;
    f(n);
    auto w = [&](Node* c) { walk(c, f); };
    auto ws = [&](auto& list) {
        for (auto* c : list)
            walk(c, f);
    };
    switch (n->kind) {
    case NodeKind::CompositeLit:
        ws(n->as<CompositeLit>()->elems);
        break;
    case NodeKind::KeyValueExpr:
        w(n->as<KeyValueExpr>()->key);
        w(n->as<KeyValueExpr>()->value);
        break;
    case NodeKind::FuncLit:
        w(n->as<FuncLit>()->body);
        break;
    case NodeKind::ParenExpr:
        w(n->as<ParenExpr>()->x);
        break;
    case NodeKind::SelectorExpr:
        w(n->as<SelectorExpr>()->x);
        break;
    case NodeKind::IndexExpr:
        w(n->as<IndexExpr>()->x);
        w(n->as<IndexExpr>()->index);
        break;
    case NodeKind::SliceExpr:
        w(n->as<SliceExpr>()->x);
        for (auto* i : n->as<SliceExpr>()->index)
            w(i);
        break;
    case NodeKind::AssertExpr:
        w(n->as<AssertExpr>()->x);
        break;
    case NodeKind::TypeSwitchGuard:
        w(n->as<TypeSwitchGuard>()->x);
        break;
    case NodeKind::Operation:
        w(n->as<Operation>()->x);
        w(n->as<Operation>()->y);
        break;
    case NodeKind::CallExpr:
        w(n->as<CallExpr>()->fun);
        ws(n->as<CallExpr>()->args);
        break;
    case NodeKind::LabeledStmt:
        w(n->as<LabeledStmt>()->stmt);
        break;
    case NodeKind::BlockStmt:
        ws(n->as<BlockStmt>()->stmts);
        break;
    case NodeKind::ExprStmt:
        w(n->as<ExprStmt>()->x);
        break;
    case NodeKind::SendStmt:
        w(n->as<SendStmt>()->chan);
        w(n->as<SendStmt>()->value);
        break;
    case NodeKind::DeclStmt:
        for (auto* d : n->as<DeclStmt>()->decls)
            if (d->kind == NodeKind::VarDecl)
                ws(d->as<VarDecl>()->values);
        break;
    case NodeKind::AssignStmt:
        ws(n->as<AssignStmt>()->lhs);
        ws(n->as<AssignStmt>()->rhs);
        break;
    case NodeKind::CallStmt:
        w(n->as<CallStmt>()->call);
        break;
    case NodeKind::ReturnStmt:
        ws(n->as<ReturnStmt>()->results);
        break;
    case NodeKind::IfStmt:
        w(n->as<IfStmt>()->init);
        w(n->as<IfStmt>()->cond);
        w(n->as<IfStmt>()->then);
        w(n->as<IfStmt>()->else_);
        break;
    case NodeKind::ForStmt:
        w(n->as<ForStmt>()->init);
        w(n->as<ForStmt>()->cond);
        w(n->as<ForStmt>()->post);
        w(n->as<ForStmt>()->body);
        break;
    case NodeKind::RangeClause:
        ws(n->as<RangeClause>()->lhs);
        w(n->as<RangeClause>()->x);
        break;
    case NodeKind::SwitchStmt:
        w(n->as<SwitchStmt>()->init);
        w(n->as<SwitchStmt>()->tag);
        ws(n->as<SwitchStmt>()->body);
        break;
    case NodeKind::CaseClause:
        ws(n->as<CaseClause>()->cases);
        ws(n->as<CaseClause>()->body);
        break;
    case NodeKind::SelectStmt:
        ws(n->as<SelectStmt>()->body);
        break;
    case NodeKind::CommClause:
        w(n->as<CommClause>()->comm);
        ws(n->as<CommClause>()->body);
        break;
    default:
        break;
    }
}

const types::Var* var_of(Expr* e)
{
    e = unparen(e);
    if (e->kind != NodeKind::Name)
        return nullptr;
    auto* obj = e->as<Name>()->object;
    return obj && obj->kind() == types::ObjectKind::Var ? obj->as<types::Var>() : nullptr;
}

// Assigning into an existing register could clobber an operand still needed by these
// expressions (they write their destination before reading everything), so they go
// through a temporary.
bool writes_dst_early(Expr* e)
{
    e = unparen(e);
    if (e->mode == ExprMode::Constant)
        return false;
    switch (e->kind) {
    case NodeKind::CompositeLit:
        return true;
    case NodeKind::Operation: {
        auto* op = e->as<Operation>();
        return op->op == lang::Op::AndAnd || op->op == lang::Op::OrOr || (op->op == lang::Op::And && !op->y);
    }
    case NodeKind::CallExpr: {
        Expr* f = unparen(e->as<CallExpr>()->fun);
        if (f->mode != ExprMode::Builtin)
            return false;
        auto* obj = f->kind == NodeKind::Name ? f->as<Name>()->object : nullptr;
        if (!obj || obj->kind() != types::ObjectKind::Builtin)
            return true;
        auto id = obj->as<types::Builtin>()->id;
        return id != types::BuiltinId::Len && id != types::BuiltinId::Cap && id != types::BuiltinId::Append;
    }
    default:
        return false;
    }
}

} // namespace

void walk_nodes(Node* n, const std::function<void(Node*)>& f)
{
    walk(n, f);
}

void FnCompiler::find_address_taken(Node* body)
{
    walk(body, [&](Node* n) {
        if (n->kind == NodeKind::FuncLit) {
            mark_captured(n->as<FuncLit>()); // closure.cpp: captured variables live in cells
        } else if (n->kind == NodeKind::Operation) {
            auto* op = n->as<Operation>();
            if (op->op == lang::Op::And && !op->y)
                if (auto* v = var_of(op->x))
                    m_address_taken.insert(v);
        } else if (n->kind == NodeKind::SelectorExpr) { // x.M() and the method value x.M
            auto* s = n->as<SelectorExpr>();
            auto* obj = s->sel->object;
            if (!obj || obj->kind() != types::ObjectKind::Func || !obj->as<types::Func>()->has_ptr_recv())
                return;
            if (auto* v = var_of(s->x))
                if (types::under(v->type)->kind() != TypeKind::Pointer)
                    m_address_taken.insert(v);
        }
    });
}

// ---- variables ----

int FnCompiler::declare_var(const types::Var* v)
{
    if (m_address_taken.count(v) && !is_aggregate(v->type)) {
        int r = alloc_ptr();
        m_vars[v] = VarLoc { VarLoc::Cell, r, 0 };
        return r;
    }
    int r = alloc_type(v->type);
    m_vars[v] = VarLoc { VarLoc::Reg, r, 0 };
    return r;
}

void FnCompiler::init_var(const types::Var* v, Expr* value)
{
    if (!v || v->name == "_") {
        if (value) {
            int save = m_free;
            expr(value);
            m_free = save;
        }
        return;
    }
    const Type* t = v->type;
    if (m_address_taken.count(v) && !is_aggregate(t)) {
        int val = alloc_type(t); // evaluated before the cell exists: `x := x` sees the outer x
        if (value)
            expr_value_to(value, val, t);
        else
            zero_value(t, val);
        int save = m_free;
        int cell = declare_var(v);
        abx(Op::NEW, cell, M.types.index(t));
        store_mem(t, cell, 0, val);
        // Keep the cell slot; drop the value temp below it by moving the cell down.
        abc(Op::MOVE, val, cell, 0);
        m_free = save;
        m_free = val + 1;
        mark_ptr(val);
        m_vars[v] = VarLoc { VarLoc::Cell, val, 0 };
        return;
    }
    int r = declare_var(v);
    if (value)
        expr_value_to(value, r, t);
    else
        zero_value(t, r);
}

void FnCompiler::assign_var_from(const types::Var* v, int src, bool src_fresh)
{
    if (!v || v->name == "_")
        return;
    const Type* t = v->type;
    auto it = m_vars.find(v);
    if (it == m_vars.end()) { // a new variable: declare it in place
        int r = declare_var(v);
        if (m_vars[v].kind == VarLoc::Cell) {
            abx(Op::NEW, r, M.types.index(t));
            store_mem(t, r, 0, src);
        } else if (is_aggregate(t) && !src_fresh) {
            abc(Op::BOX, r, src, 0);
            ext(M.types.index(t));
        } else {
            move(t, r, src);
        }
        return;
    }
    LValue lv;
    lv.type = t;
    lv.kind = it->second.kind == VarLoc::Reg ? LValue::Reg : LValue::Mem;
    lv.reg = it->second.reg;
    store_lv(lv, src);
}

void FnCompiler::var_decl(VarDecl* d)
{
    if (d->values.size() == d->names.size() || d->values.empty()) {
        for (size_t i = 0; i < d->names.size(); i++) {
            auto* obj = d->names[i]->object;
            const types::Var* v
                = obj && obj->kind() == types::ObjectKind::Var ? obj->as<types::Var>() : nullptr;
            Expr* val = d->values.empty() ? nullptr : d->values[i];
            set_line(val ? val->pos : d->pos);
            init_var(v, val);
        }
        return;
    }
    // var a, b = f()
    std::vector<const types::Var*> vars;
    for (auto* n : d->names)
        vars.push_back(
            n->object && n->object->kind() == types::ObjectKind::Var ? n->object->as<types::Var>() : nullptr);
    reserve_new_vars(vars);
    multi_value_assign(d->values[0], vars, {}, d->pos);
}

// Assigns the values of a multi-value expression (call, comma-ok map index) to either
// variables (`vars`, for := and var; new ones were reserved by reserve_new_vars) or to
// places (`lhs`).
void FnCompiler::multi_value_assign(
    Expr* rhs, const std::vector<const types::Var*>& vars, const std::vector<Expr*>& lhs, Pos pos)
{
    rhs = unparen(rhs);
    size_t n = vars.empty() ? lhs.size() : vars.size();
    int save = m_free;
    std::vector<LValue> places;
    for (Expr* l : lhs)
        places.push_back(lvalue(l));
    std::vector<const Type*> vtypes;
    std::vector<int> regs;
    bool fresh = true;
    set_line(pos);
    if (rhs->kind == NodeKind::CallExpr && rhs->type && rhs->type->kind() == TypeKind::Tuple) {
        int r = call(rhs->as<CallExpr>());
        for (auto* v : rhs->type->as<types::Tuple>()->vars) {
            vtypes.push_back(v->type);
            regs.push_back(r);
            r += slot_count(v->type);
        }
    } else if (rhs->kind == NodeKind::IndexExpr
        && types::under(rhs->as<IndexExpr>()->x->type)->kind() == TypeKind::Map) {
        auto* ix = rhs->as<IndexExpr>();
        const Type* mt = ix->x->type;
        auto* m = types::under(mt)->as<types::Map>();
        int mr = expr(ix->x);
        int k = alloc_type(m->key);
        expr_value_to(ix->index, k, m->key);
        int p = alloc(2);
        mark_ptr(p);
        set_line(ix->pos);
        abc(Op::MAPACCESS2, p, mr, k);
        ext(M.types.index(mt));
        int v = alloc_type(m->elem);
        load_mem(m->elem, v, p, 0);
        fresh = false;
        vtypes.push_back(m->elem);
        regs.push_back(v);
        vtypes.push_back(nullptr); // the ok bool
        regs.push_back(p + 1);
    } else if (is_recv_expr(rhs)) {
        int v = recv_comma_ok(rhs);
        const Type* elem = types::under(default_type(rhs->as<Operation>()->x->type))->as<types::Chan>()->elem;
        vtypes.push_back(elem);
        regs.push_back(v);
        vtypes.push_back(nullptr);
        regs.push_back(v + slot_count(elem));
    } else if (rhs->kind == NodeKind::AssertExpr) {
        auto* ae = rhs->as<AssertExpr>();
        const Type* t = ae->assert_type->type;
        int r = alloc(slot_count(t) + 1);
        mark_type(r, t);
        assert_to(ae, r, true);
        fresh = false;
        vtypes.push_back(t);
        regs.push_back(r);
        vtypes.push_back(nullptr); // the ok bool
        regs.push_back(r + slot_count(t));
    } else {
        unsupported(rhs->pos, "this multi-value expression");
        m_free = save;
        return;
    }
    for (size_t i = 0; i < n && i < regs.size(); i++) {
        const Type* vt = vtypes[i];
        if (!vars.empty()) {
            const types::Var* v = vars[i];
            if (!v || v->name == "_")
                continue;
            const Type* t = v->type;
            if (vt && types::is_interface(t) && !types::identical(t, vt)) {
                int c = alloc_type(t);
                assign_convert(vt, t, regs[i], c);
                regs[i] = c;
            }
            auto it = m_reserved.find(v);
            if (it != m_reserved.end()) {
                VarLoc loc = it->second;
                m_reserved.erase(it);
                m_vars[v] = loc;
                if (loc.kind == VarLoc::Cell) {
                    abx(Op::NEW, loc.reg, M.types.index(t));
                    store_mem(t, loc.reg, 0, regs[i]);
                } else if (is_aggregate(t) && !fresh) {
                    abc(Op::BOX, loc.reg, regs[i], 0);
                    ext(M.types.index(t));
                } else {
                    move(t, loc.reg, regs[i]);
                }
            } else {
                assign_var_from(v, regs[i], fresh);
            }
        } else {
            store_lv(places[i], regs[i]);
        }
    }
    m_free = save;
}

// ---- statements ----

void FnCompiler::stmts(const std::vector<Stmt*>& list)
{
    for (auto* s : list)
        stmt(s);
}

void FnCompiler::block(BlockStmt* b)
{
    int save = m_free;
    stmts(b->stmts);
    m_free = save;
}

void FnCompiler::stmt(Stmt* s)
{
    set_line(s->pos);
    // Go's order of calls and reads within the statement (order.cpp).
    int before = m_free;
    if (m_ordered.empty() && order_stmt(s)) {
        stmt_unordered(s);
        m_ordered.clear();
        bool declares = s->kind == NodeKind::DeclStmt
            || (s->kind == NodeKind::AssignStmt && s->as<AssignStmt>()->assign_kind == AssignKind::Define);
        if (!declares)
            m_free = before; // declaring statements keep their variables' registers
        return;
    }
    stmt_unordered(s);
}

void FnCompiler::stmt_unordered(Stmt* s)
{
    int save = m_free;
    switch (s->kind) {
    case NodeKind::EmptyStmt:
        break;
    case NodeKind::LabeledStmt:
        bind(m_goto_labels[s->as<LabeledStmt>()->label->value]); // a goto target
        stmt(s->as<LabeledStmt>()->stmt);
        break;
    case NodeKind::BlockStmt:
        block(s->as<BlockStmt>());
        break;
    case NodeKind::ExprStmt: {
        Expr* x = unparen(s->as<ExprStmt>()->x);
        if (x->kind != NodeKind::CallExpr && !is_recv_expr(x)) {
            unsupported(x->pos, "this expression statement");
            break;
        }
        if (is_recv_expr(x)) {
            expr(x);
            m_free = save;
            break;
        }
        auto* c = x->as<CallExpr>();
        Expr* f = unparen(c->fun);
        if (f->mode == ExprMode::Builtin)
            builtin_to(c, -1);
        else if (f->mode == ExprMode::TypeExpr)
            expr(c);
        else
            call(c);
        m_free = save;
        break;
    }
    case NodeKind::SendStmt:
        send_stmt(s->as<SendStmt>());
        break;
    case NodeKind::DeclStmt:
        for (auto* d : s->as<DeclStmt>()->decls)
            if (d->kind == NodeKind::VarDecl)
                var_decl(d->as<VarDecl>());
        return; // declared variables stay allocated
    case NodeKind::AssignStmt:
        assign(s->as<AssignStmt>());
        return;
    case NodeKind::BranchStmt:
        branch_stmt(s->as<BranchStmt>());
        break;
    case NodeKind::CallStmt:
        if (s->as<CallStmt>()->call_kind == CallKind::Go) {
            go_stmt(s->as<CallStmt>());
            break;
        }
        defer_stmt(s->as<CallStmt>());
        break;
    case NodeKind::ReturnStmt:
        return_stmt(s->as<ReturnStmt>());
        break;
    case NodeKind::IfStmt:
        if_stmt(s->as<IfStmt>());
        break;
    case NodeKind::ForStmt:
        for_stmt(s->as<ForStmt>());
        break;
    case NodeKind::SwitchStmt:
        switch_stmt(s->as<SwitchStmt>());
        break;
    case NodeKind::SelectStmt:
        select_stmt(s->as<SelectStmt>());
        break;
    default:
        unsupported(s->pos, "this statement");
        break;
    }
    m_free = save;
}

void FnCompiler::assign(AssignStmt* s)
{
    int save = m_free;
    if (s->assign_kind == AssignKind::IncDec || s->assign_kind == AssignKind::OpAssign) {
        Expr* l = s->lhs[0];
        const Type* t = l->type;
        LValue lv = lvalue(l);
        int cur = lv.kind == LValue::Reg ? lv.reg : alloc_type(t);
        if (lv.kind != LValue::Reg)
            load_lv(lv, cur);
        lang::Op op = s->op;
        Expr* r = s->assign_kind == AssignKind::IncDec ? nullptr : s->rhs[0];
        set_line(s->pos);
        if (is_string_type(t)) {
            int y = expr(r);
            abc(Op::CONCAT, cur, cur, y);
        } else if (!r && types::is_integer(t)) {
            abc(Op::ADDI, cur, cur, (op == lang::Op::Add ? 1 : -1) & 0xff);
            normalize(t, cur);
        } else {
            int y;
            if (r) {
                y = expr(r);
            } else {
                y = alloc(1);
                abx(Op::LOADK, y, M.int_const(vm::slot_of_f64(1.0)));
            }
            if ((op == lang::Op::Add || op == lang::Op::Sub) && r && types::is_integer(t)
                && r->mode == ExprMode::Constant) {
                auto v = r->constant->to_int().int64_value();
                if (v && *v >= -127 && *v <= 127) {
                    abc(Op::ADDI, cur, cur, static_cast<int>(op == lang::Op::Add ? *v : -*v) & 0xff);
                    normalize(t, cur);
                    goto store;
                }
            }
            binary_in_place(op, t, cur, y, r);
        }
    store:
        if (lv.kind != LValue::Reg)
            store_lv(lv, cur);
        m_free = save;
        return;
    }
    bool define = s->assign_kind == AssignKind::Define;
    if (s->lhs.size() == 1 && s->rhs.size() == 1) {
        Expr* l = s->lhs[0];
        Expr* r = s->rhs[0];
        const types::Var* v = var_of(l);
        if (define && v && !m_vars.count(v)) {
            init_var(v, r);
            return; // keeps the new variable's slots
        }
        LValue lv = lvalue(l);
        if (lv.kind == LValue::Blank) {
            expr(r);
        } else if (lv.kind == LValue::Reg && !is_aggregate(lv.type) && !writes_dst_early(r)) {
            expr_value_to(r, lv.reg, lv.type);
        } else if (!is_aggregate(lv.type) && !is_nil(r) && r->type
            && types::identical(default_type(r->type), lv.type)) {
            store_lv(lv, expr(r)); // a local variable's register is stored directly
        } else {
            int t = alloc_type(lv.type);
            if (is_aggregate(lv.type))
                t = expr(r);
            else
                expr_value_to(r, t, lv.type);
            store_lv(lv, t);
        }
        m_free = save;
        return;
    }
    if (s->rhs.size() == 1) {
        std::vector<const types::Var*> vars;
        std::vector<Expr*> lhs;
        if (define) {
            for (auto* l : s->lhs)
                vars.push_back(var_of(l));
            reserve_new_vars(vars);
            multi_value_assign(s->rhs[0], vars, {}, s->pos);
        } else {
            multi_value_assign(s->rhs[0], {}, s->lhs, s->pos);
        }
        return;
    }
    if (sequential_ok(s)) {
        // No value reads a variable assigned before it: assign one by one, in place.
        for (size_t i = 0; i < s->lhs.size(); i++) {
            const types::Var* v = var_of(s->lhs[i]);
            if (define && v && !m_vars.count(v)) {
                init_var(v, s->rhs[i]);
                continue;
            }
            LValue lv = lvalue(s->lhs[i]);
            if (lv.kind == LValue::Blank)
                expr(s->rhs[i]);
            else
                expr_value_to(s->rhs[i], lv.reg, lv.type);
        }
        return;
    }
    // a, b = x, y: left places, then right values into temporaries, then the stores.
    std::vector<const types::Var*> vars;
    if (define) {
        for (auto* l : s->lhs)
            vars.push_back(var_of(l));
        reserve_new_vars(vars);
    }
    int mark = m_free;
    // Operands of the left side are copied only when a plain variable on the left could
    // change them before the other places are assigned (`i, a[i] = 1, 2`).
    bool has_var = false, has_place = false;
    for (Expr* l : s->lhs)
        (var_of(l) ? has_var : has_place) = true;
    bool snapshot = has_var && has_place;
    std::vector<LValue> places;
    for (size_t i = 0; i < s->lhs.size(); i++) {
        const types::Var* v = define ? vars[i] : nullptr;
        if (define && (!v || m_reserved.count(v))) {
            places.push_back(LValue {});
            continue;
        }
        m_snapshot = snapshot;
        places.push_back(lvalue(s->lhs[i]));
        m_snapshot = false;
    }
    std::vector<int> vals;
    for (size_t i = 0; i < s->rhs.size(); i++) {
        const Type* t = s->lhs[i]->type ? s->lhs[i]->type : s->rhs[i]->type;
        if (define && vars[i])
            t = vars[i]->type;
        int r = alloc_type(t);
        if (is_aggregate(t))
            r = expr_owned(s->rhs[i]);
        else
            expr_value_to(s->rhs[i], r, t);
        vals.push_back(r);
    }
    for (size_t i = 0; i < s->lhs.size(); i++) {
        const types::Var* v = define ? vars[i] : nullptr;
        if (v && m_reserved.count(v)) {
            VarLoc loc = m_reserved[v];
            m_vars[v] = loc;
            if (loc.kind == VarLoc::Cell) {
                abx(Op::NEW, loc.reg, M.types.index(v->type));
                store_mem(v->type, loc.reg, 0, vals[i]);
            } else {
                move(v->type, loc.reg, vals[i]);
            }
            continue;
        }
        if (places[i].kind == LValue::Reg && is_aggregate(places[i].type))
            copy_box(places[i].type, places[i].reg, vals[i]);
        else
            store_lv(places[i], vals[i]);
    }
    for (auto* v : vars)
        if (v)
            m_reserved.erase(v);
    m_free = mark;
}

// Whether a tuple assignment of plain scalar register variables can be done one by one:
// no right side reads a variable assigned by an earlier position.
bool FnCompiler::sequential_ok(AssignStmt* s)
{
    std::vector<const types::Var*> assigned;
    for (size_t i = 0; i < s->lhs.size(); i++) {
        const types::Var* v = var_of(s->lhs[i]);
        Expr* l = unparen(s->lhs[i]);
        bool blank = l->kind == NodeKind::Name && l->as<Name>()->value == "_";
        if (!blank) {
            if (!v || is_aggregate(v->type) || m_address_taken.count(v))
                return false;
            auto it = m_vars.find(v);
            if (it != m_vars.end() && it->second.kind != VarLoc::Reg)
                return false;
            if (it == m_vars.end() && s->assign_kind != AssignKind::Define)
                return false; // a global
        }
        bool reads = false;
        walk(s->rhs[i], [&](Node* n) {
            if (n->kind == NodeKind::Name && n->as<Name>()->object)
                for (auto* a : assigned)
                    reads |= n->as<Name>()->object == a;
            if (n->kind == NodeKind::CompositeLit || n->kind == NodeKind::FuncLit)
                reads = true;
        });
        if (reads || writes_dst_early(s->rhs[i]))
            return false;
        if (v)
            assigned.push_back(v);
    }
    return true;
}

// Allocates the slots of the new variables of a := statement before its right side is
// evaluated; they become visible (m_vars) only once assigned.
void FnCompiler::reserve_new_vars(const std::vector<const types::Var*>& vars)
{
    for (auto* v : vars) {
        if (!v || v->name == "_" || m_vars.count(v))
            continue;
        int r;
        VarLoc loc;
        if (m_address_taken.count(v) && !is_aggregate(v->type)) {
            r = alloc_ptr();
            loc = VarLoc { VarLoc::Cell, r, 0 };
        } else {
            r = alloc_type(v->type);
            loc = VarLoc { VarLoc::Reg, r, 0 };
        }
        m_reserved[v] = loc;
    }
}

void FnCompiler::binary_in_place(lang::Op op, const Type* t, int cur, int y, Expr* count)
{
    Op o = Op::NOP;
    bool f = types::is_float(t);
    bool u = is_unsigned_int(t);
    switch (op) {
    case lang::Op::Add:
        o = f ? Op::ADD_F64 : Op::ADD_I64;
        break;
    case lang::Op::Sub:
        o = f ? Op::SUB_F64 : Op::SUB_I64;
        break;
    case lang::Op::Mul:
        o = f ? Op::MUL_F64 : Op::MUL_I64;
        break;
    case lang::Op::Div:
        o = f ? Op::DIV_F64 : u ? Op::DIV_U64 : Op::DIV_I64;
        break;
    case lang::Op::Rem:
        o = u ? Op::REM_U64 : Op::REM_I64;
        break;
    case lang::Op::And:
        o = Op::AND;
        break;
    case lang::Op::Or:
        o = Op::OR;
        break;
    case lang::Op::Xor:
        o = Op::XOR;
        break;
    case lang::Op::AndNot:
        o = Op::ANDNOT;
        break;
    case lang::Op::Shl:
        o = Op::SHL;
        break;
    case lang::Op::Shr:
        o = u ? Op::SHR_U64 : Op::SHR_I64;
        break;
    default:
        break;
    }
    if ((op == lang::Op::Shl || op == lang::Op::Shr) && count && count->mode != ExprMode::Constant
        && is_signed_int(count->type))
        abc(Op::CHKSHIFT, y, 0, 0);
    abc(o, cur, cur, y);
    if (op != lang::Op::And && op != lang::Op::Or && op != lang::Op::Xor && op != lang::Op::AndNot
        && op != lang::Op::Shr)
        normalize(t, cur);
}

// Loads the numeric constant operands of the operators inside an outermost loop into
// registers once, before the loop, so that the loop body does not reload them on every
// iteration (small addends stay ADDI immediates). Returns whether anything was hoisted;
// unhoist() drops them when the loop ends.
bool FnCompiler::hoist_constants(Node* loop)
{
    if (!m_hoisted.empty())
        return false; // an enclosing loop already did it
    std::vector<Expr*> found;
    walk(loop, [&](Node* n) {
        if (found.size() >= 16)
            return;
        if (n->kind == NodeKind::IndexExpr) {
            Expr* i = unparen(n->as<IndexExpr>()->index);
            auto xk = types::under(n->as<IndexExpr>()->x->type)->kind();
            if (i->mode == ExprMode::Constant && i->constant && i->type
                && types::is_integer(default_type(i->type))
                && (xk == TypeKind::Slice || types::is_string(n->as<IndexExpr>()->x->type))
                && std::find(found.begin(), found.end(), i) == found.end())
                found.push_back(i);
            return;
        }
        if (n->kind != NodeKind::Operation)
            return;
        auto* op = n->as<Operation>();
        if (!op->y || op->mode == ExprMode::Constant || op->op == lang::Op::AndAnd
            || op->op == lang::Op::OrOr)
            return;
        for (Expr* side : { op->x, op->y }) {
            Expr* u = unparen(side);
            if (u->mode != ExprMode::Constant || !u->constant || !u->type)
                continue;
            const Type* t = default_type(u->type);
            if (!types::is_integer(t) && !types::is_float(t))
                continue;
            if (u == unparen(op->y) && (op->op == lang::Op::Add || op->op == lang::Op::Sub)
                && types::is_integer(t)) {
                auto v = u->constant->to_int().int64_value();
                if (v && *v >= -127 && *v <= 127)
                    continue; // ADDI
            }
            if (std::find(found.begin(), found.end(), u) == found.end())
                found.push_back(u);
        }
    });
    if (found.empty() || m_free + static_cast<int>(found.size()) > 160)
        return false;
    for (Expr* e : found) {
        int r = alloc(1);
        load_const(*e->constant, e->type, r);
        m_hoisted[e] = r;
    }
    return true;
}

void FnCompiler::if_stmt(IfStmt* s)
{
    int save = m_free;
    if (s->init)
        stmt_keep(s->init);
    Label else_, end;
    ordered_cond_jump(s->cond, false, else_);
    block(s->then);
    if (s->else_)
        jump(end);
    bind(else_);
    if (s->else_)
        stmt(s->else_);
    bind(end);
    m_free = save;
}

// A statement whose declarations stay visible to what follows (if/for/switch headers).
void FnCompiler::stmt_keep(Stmt* s)
{
    stmt(s); // assignments and declarations keep their registers
}

void FnCompiler::for_stmt(ForStmt* s)
{
    if (s->init && s->init->kind == NodeKind::RangeClause) {
        range_stmt(s, s->init->as<RangeClause>());
        return;
    }
    int save = m_free;
    bool hoisted = hoist_constants(s);
    if (s->init)
        stmt_keep(s->init);
    // Loop inversion: the condition is tested once before the loop and then at the bottom,
    // where its taken backward compare-and-branch is the back-edge (it polls the safepoint
    // word, vm/opcodes.def). One dispatch per iteration less than a test at the top plus LOOP.
    Label top, cont, exit;
    if (s->cond)
        ordered_cond_jump(s->cond, false, exit);
    bind(top);
    m_targets[s] = BranchTargets { &exit, &cont };
    block(s->body);
    bind(cont);
    if (M.go122 && s->init && s->init->kind == NodeKind::AssignStmt
        && s->init->as<AssignStmt>()->assign_kind == AssignKind::Define)
        renew_loop_vars(s->init->as<AssignStmt>());
    uint32_t post_pc = pc();
    if (s->post)
        stmt(s->post);
    set_line(s->pos);
    if (s->cond) {
        ordered_cond_jump(s->cond, true, top);
        fuse_counted_loop(post_pc, top);
    } else
        loop_to(top);
    bind(exit);
    if (hoisted)
        m_hoisted.clear();
    m_free = save;
}

// `i++` then `i < n` at the bottom of a loop (ADDI i i 1; JLT_I64 i n) become one INCJLT_I64:
// the counted loop's step, test and back-edge in one dispatch. Nothing else jumps between the
// two instructions (`continue` targets the ADDI, which the fused instruction replaces).
void FnCompiler::fuse_counted_loop(uint32_t at, const Label& top)
{
    auto& code = F->code;
    if (pc() != at + 3 || vm::op_of(code[at]) != Op::ADDI || vm::op_of(code[at + 1]) != Op::JLT_I64)
        return;
    uint32_t r = vm::arg_a(code[at]);
    if (vm::arg_b(code[at]) != r || vm::arg_sc(code[at]) != 1 || vm::arg_a(code[at + 1]) != r)
        return;
    code[at] = vm::encode_abc(Op::INCJLT_I64, r, vm::arg_b(code[at + 1]), 0);
    code[at + 1] = static_cast<uint32_t>(top.pos - static_cast<int32_t>(at));
    code.pop_back();
    while (!F->lines.empty() && F->lines.back().pc > at)
        F->lines.pop_back();
}

// Go 1.22's per-iteration loop variables: before the post statement, each variable of the
// loop's := that has an address (a heap cell or a box) moves to a fresh copy.
void FnCompiler::renew_loop_vars(AssignStmt* init)
{
    for (Expr* l : init->lhs) {
        const types::Var* v = var_of(l);
        auto it = v ? m_vars.find(v) : m_vars.end();
        if (it == m_vars.end())
            continue;
        int save = m_free;
        if (it->second.kind == VarLoc::Cell) {
            int tmp = alloc_type(v->type);
            load_mem(v->type, tmp, it->second.reg, 0);
            abx(Op::NEW, it->second.reg, M.types.index(v->type));
            store_mem(v->type, it->second.reg, 0, tmp);
        } else if (is_aggregate(v->type)) {
            abc(Op::BOX, it->second.reg, it->second.reg, 0);
            ext(M.types.index(v->type));
        }
        m_free = save;
    }
}

void FnCompiler::switch_stmt(SwitchStmt* s)
{
    int save = m_free;
    if (s->init)
        stmt_keep(s->init);
    if (s->tag && s->tag->kind == NodeKind::TypeSwitchGuard) {
        type_switch(s);
        m_free = save;
        return;
    }
    int tag = -1;
    const Type* tt = nullptr;
    if (s->tag) {
        tt = default_type(s->tag->type);
        tag = alloc_type(tt);
        bool ordered = order_in_place(s->tag); // order.cpp
        expr_to(s->tag, tag);
        if (ordered)
            m_ordered.clear();
    }
    std::vector<Label> bodies(s->body.size());
    Label end;
    int def = -1;
    for (size_t i = 0; i < s->body.size(); i++) {
        CaseClause* cc = s->body[i];
        if (cc->is_default)
            def = static_cast<int>(i);
        for (Expr* c : cc->cases) {
            set_line(c->pos);
            int m = m_free;
            if (!s->tag) {
                cond_jump(c, true, bodies[i]);
            } else if (is_word_type(tt) && types::identical(tt, default_type(c->type))) {
                int v = expr(c);
                jump_cmp(Op::JEQ_I64, tag, v, bodies[i]);
            } else {
                int r = alloc(1);
                cmp_tag_to(tag, tt, c, r);
                jump_bool(Op::JT, r, bodies[i]);
            }
            m_free = m;
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
        stmts(cc->body);
        m_free = m;
        bool falls = !cc->body.empty() && cc->body.back()->kind == NodeKind::BranchStmt
            && cc->body.back()->as<BranchStmt>()->branch == BranchKind::Fallthrough;
        if (!falls)
            jump(end);
    }
    bind(end);
    m_free = save;
}

bool FnCompiler::is_word_type(const Type* t) const
{
    const Type* u = types::under(t);
    if (u->kind() == TypeKind::Basic) {
        auto* b = u->as<types::Basic>();
        return !(b->info & (types::kIsFloat | types::kIsString | types::kIsComplex));
    }
    return u->kind() == TypeKind::Pointer || u->kind() == TypeKind::Map || u->kind() == TypeKind::Chan;
}

// r = (tag == c) for a switch tag held in `tag`.
void FnCompiler::cmp_tag_to(int tag, const Type* tt, Expr* c, int r)
{
    if (types::is_interface(tt)) {
        // Compared as empty interfaces (EQ_IFACE's operands).
        int t = tag;
        if (is_nonempty_iface(tt)) {
            t = alloc(2);
            mark_ptr(t + 1);
            iface_to_empty(t, tag);
        }
        int v = alloc(2);
        mark_ptr(v + 1);
        to_iface(c, v);
        abc(Op::EQ_IFACE, r, t, v);
        return;
    }
    int v = alloc_type(tt);
    expr_value_to(c, v, tt);
    if (is_string_type(tt))
        abc(Op::EQ_STR, r, tag, v);
    else if (types::is_float(tt))
        abc(Op::EQ_F64, r, tag, v);
    else if (types::is_interface(tt))
        abc(Op::EQ_IFACE, r, tag, v);
    else if (is_aggregate(tt)) {
        abc(Op::EQ_MEM, r, tag, v);
        ext(M.types.index(tt));
    } else
        abc(Op::EQ_I64, r, tag, v);
}

void FnCompiler::branch_stmt(BranchStmt* s)
{
    if (s->branch == BranchKind::Fallthrough)
        return; // the next clause's body follows directly (switch_stmt)
    if (s->branch == BranchKind::Goto) {
        // Go forbids jumping over declarations into their scope or into blocks, so the
        // registers in use are the same at both ends. A backward goto polls (a loop).
        Label& l = m_goto_labels[s->label->value];
        if (l.pos >= 0)
            loop_to(l);
        else
            jump(l);
        return;
    }
    auto it = m_targets.find(s->target);
    if (it == m_targets.end()) {
        unsupported(s->pos, "this branch");
        return;
    }
    Label* l = s->branch == BranchKind::Break ? it->second.brk : it->second.cont;
    if (!l) {
        unsupported(s->pos, "this branch");
        return;
    }
    jump(*l);
}

void FnCompiler::return_stmt(ReturnStmt* s)
{
    if (m_has_defer) {
        return_via_epilogue(s); // defer.cpp
        return;
    }
    int save = m_free;
    set_line(s->pos);
    auto& rv = m_sig->results->vars;
    int n = slot_count(m_sig->results);
    if (s->results.empty()) {
        if (rv.empty()) {
            abc(Op::RET, 0, 0, 0);
            return;
        }
        int base = alloc(n);
        int at = base;
        for (auto* v : rv) {
            mark_type(at, v->type);
            LValue lv;
            lv.type = v->type;
            auto it = m_vars.find(v);
            if (it != m_vars.end()) {
                lv.kind = it->second.kind == VarLoc::Reg ? LValue::Reg : LValue::Mem;
                lv.reg = it->second.reg;
                load_lv(lv, at);
            } else {
                zero_value(v->type, at);
            }
            at += slot_count(v->type);
        }
        abc(Op::RET, base, n, 0);
        m_free = save;
        return;
    }
    if (s->results.size() == 1 && rv.size() > 1) {
        int r = call(unparen(s->results[0])->as<CallExpr>());
        abc(Op::RET, r, n, 0);
        m_free = save;
        return;
    }
    if (rv.size() == 1 && !is_aggregate(rv[0]->type)
        && types::identical(default_type(s->results[0]->type), rv[0]->type)) {
        int r = expr(s->results[0]);
        abc(Op::RET, r, n, 0);
        m_free = save;
        return;
    }
    int base = alloc(n);
    int at = base;
    for (size_t i = 0; i < rv.size() && i < s->results.size(); i++) {
        const Type* t = rv[i]->type;
        mark_type(at, t);
        int m = m_free;
        if (is_aggregate(t)) {
            int r = expr_owned(s->results[i]);
            abc(Op::MOVE, at, r, 0);
        } else {
            expr_value_to(s->results[i], at, t);
        }
        m_free = m;
        at += slot_count(t);
    }
    set_line(s->pos);
    abc(Op::RET, base, n, 0);
    m_free = save;
}

} // namespace vitro::lang::codegen
