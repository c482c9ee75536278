// lang/compile/expr.cpp — expressions: constants, variables, memory access, operators,
// conditions, composite literals, selectors, indexing and slicing.
#include "lang/compile/internal.h"

namespace vitro::lang::codegen {

using types::BasicKind;
using types::TypeKind;

namespace {

const Type* type_of(const Expr* e)
{
    return default_type(e->type);
}

// Single-slot values compared as 64-bit words (integers, bools, pointers, maps, chans).
bool word_compare(const Type* t)
{
    const Type* u = types::under(default_type(t));
    if (u->kind() == TypeKind::Basic) {
        auto* b = u->as<types::Basic>();
        return !(b->info & (types::kIsFloat | types::kIsString | types::kIsComplex));
    }
    return u->kind() == TypeKind::Pointer || u->kind() == TypeKind::Map || u->kind() == TypeKind::Chan;
}

bool is_comparison(lang::Op op)
{
    return op >= lang::Op::Eql && op <= lang::Op::Geq;
}

Op arith_op(lang::Op op, const Type* t)
{
    bool f = types::is_float(t);
    bool u = is_unsigned_int(t);
    switch (op) {
    case lang::Op::Add:
        return f ? Op::ADD_F64 : Op::ADD_I64;
    case lang::Op::Sub:
        return f ? Op::SUB_F64 : Op::SUB_I64;
    case lang::Op::Mul:
        return f ? Op::MUL_F64 : Op::MUL_I64;
    case lang::Op::Div:
        return f ? Op::DIV_F64 : u ? Op::DIV_U64 : Op::DIV_I64;
    case lang::Op::Rem:
        return u ? Op::REM_U64 : Op::REM_I64;
    case lang::Op::And:
        return Op::AND;
    case lang::Op::Or:
        return Op::OR;
    case lang::Op::Xor:
        return Op::XOR;
    case lang::Op::AndNot:
        return Op::ANDNOT;
    case lang::Op::Shl:
        return Op::SHL;
    case lang::Op::Shr:
        return u ? Op::SHR_U64 : Op::SHR_I64;
    default:
        return Op::NOP;
    }
}

} // namespace

bool FnCompiler::is_aggregate(const Type* t) const
{
    auto k = types::under(t)->kind();
    return k == TypeKind::Struct || k == TypeKind::Array;
}

bool FnCompiler::is_fresh(Expr* e)
{
    e = unparen(e);
    if (e->kind == NodeKind::CompositeLit)
        return true;
    if (e->kind == NodeKind::CallExpr) {
        auto* c = e->as<CallExpr>();
        Expr* f = unparen(c->fun);
        if (f->mode == ExprMode::TypeExpr)
            return c->args.size() == 1 && is_fresh(c->args[0]);
        return f->mode != ExprMode::Builtin;
    }
    return false;
}

// ---- constants and moves ----

void FnCompiler::load_int(int dst, int64_t v)
{
    if (v >= vm::kMinSBx && v <= vm::kMaxSBx)
        asbx(Op::LOADI, dst, static_cast<int32_t>(v));
    else
        abx(Op::LOADK, dst, M.int_const(static_cast<uint64_t>(v)));
}

void FnCompiler::load_const(const types::Constant& c, const Type* t, int dst)
{
    t = default_type(t);
    auto* b = types::as_basic(t);
    if (!b) { // a constant converted to an interface type is handled by to_iface
        abc(Op::LOADZERO, dst, slot_count(t), 0);
        return;
    }
    if (b->info & types::kIsBoolean) {
        asbx(Op::LOADI, dst, c.bool_value() ? 1 : 0);
    } else if (b->info & types::kIsString) {
        abx(Op::LOADSTR, dst, M.string_const(c.string_value()));
    } else if (b->info & types::kIsInteger) {
        types::Constant i = c.to_int();
        if (auto v = i.int64_value())
            load_int(dst, *v);
        else if (auto u = i.uint64_value())
            abx(Op::LOADK, dst, M.int_const(*u));
        else
            load_int(dst, 0);
    } else if (b->info & types::kIsFloat) {
        double d = b->basic_kind == BasicKind::Float32 ? static_cast<double>(c.float32_value())
                                                       : c.float64_value();
        abx(Op::LOADK, dst, M.int_const(vm::slot_of_f64(d)));
    } else {
        unsupported(Pos { m_line, 1 }, "complex numbers");
    }
}

void FnCompiler::zero_value(const Type* t, int dst)
{
    if (is_aggregate(t)) {
        abx(Op::NEW, dst, M.types.index(t));
        return;
    }
    int n = slot_count(t);
    if (n == 1)
        asbx(Op::LOADI, dst, 0);
    else
        abc(Op::LOADZERO, dst, n, 0);
}

void FnCompiler::move(const Type* t, int dst, int src)
{
    if (dst == src)
        return;
    switch (slot_count(t)) {
    case 2:
        abc(Op::MOVE2, dst, src, 0);
        break;
    case 3:
        abc(Op::MOVE3, dst, src, 0);
        break;
    default:
        abc(Op::MOVE, dst, src, 0);
        break;
    }
}

void FnCompiler::normalize(const Type* t, int r)
{
    auto* b = basic(t);
    if (!b)
        return;
    switch (b->basic_kind) {
    case BasicKind::Int8:
        abc(Op::EXT_I8, r, r, 0);
        break;
    case BasicKind::Int16:
        abc(Op::EXT_I16, r, r, 0);
        break;
    case BasicKind::Int32:
        abc(Op::EXT_I32, r, r, 0);
        break;
    case BasicKind::Uint8:
        abc(Op::EXT_U8, r, r, 0);
        break;
    case BasicKind::Uint16:
        abc(Op::EXT_U16, r, r, 0);
        break;
    case BasicKind::Uint32:
        abc(Op::EXT_U32, r, r, 0);
        break;
    case BasicKind::Float32:
        abc(Op::ROUND_F32, r, r, 0);
        break;
    default:
        break;
    }
}

// ---- memory ----

void FnCompiler::load_mem(const Type* t, int dst, int base, uint64_t off)
{
    if (is_aggregate(t)) {
        abc(Op::ADDPTR, dst, base, 0);
        ext(static_cast<uint32_t>(off));
        return;
    }
    int save = m_free;
    if (off > 255) {
        int p = alloc_ptr();
        abc(Op::ADDPTR, p, base, 0);
        ext(static_cast<uint32_t>(off));
        base = p;
        off = 0;
    }
    const Type* u = types::under(default_type(t));
    Op op = Op::LOAD_64;
    if (u->kind() == TypeKind::Basic) {
        switch (u->as<types::Basic>()->basic_kind) {
        case BasicKind::Bool:
        case BasicKind::Uint8:
            op = Op::LOAD_U8;
            break;
        case BasicKind::Int8:
            op = Op::LOAD_I8;
            break;
        case BasicKind::Int16:
            op = Op::LOAD_I16;
            break;
        case BasicKind::Uint16:
            op = Op::LOAD_U16;
            break;
        case BasicKind::Int32:
            op = Op::LOAD_I32;
            break;
        case BasicKind::Uint32:
            op = Op::LOAD_U32;
            break;
        case BasicKind::Float32:
            op = Op::LOAD_F32;
            break;
        case BasicKind::String:
            op = Op::LOAD_2;
            break;
        default:
            break;
        }
    } else if (u->kind() == TypeKind::Slice) {
        op = Op::LOAD_3;
    } else if (u->kind() == TypeKind::Interface) {
        op = Op::LOAD_2;
    }
    abc(op, dst, base, static_cast<int>(off));
    m_free = save;
}

void FnCompiler::store_mem(const Type* t, int base, uint64_t off, int src)
{
    int save = m_free;
    if (is_aggregate(t)) {
        int p = alloc_ptr();
        abc(Op::ADDPTR, p, base, 0);
        ext(static_cast<uint32_t>(off));
        copy_box(t, p, src);
        m_free = save;
        return;
    }
    if (off > 255) {
        int p = alloc_ptr();
        abc(Op::ADDPTR, p, base, 0);
        ext(static_cast<uint32_t>(off));
        base = p;
        off = 0;
    }
    const Type* u = types::under(default_type(t));
    Op op = Op::STORE_64;
    switch (u->kind()) {
    case TypeKind::Basic:
        switch (u->as<types::Basic>()->basic_kind) {
        case BasicKind::Bool:
        case BasicKind::Uint8:
        case BasicKind::Int8:
            op = Op::STORE_8;
            break;
        case BasicKind::Int16:
        case BasicKind::Uint16:
            op = Op::STORE_16;
            break;
        case BasicKind::Int32:
        case BasicKind::Uint32:
            op = Op::STORE_32;
            break;
        case BasicKind::Float32:
            op = Op::STORE_F32;
            break;
        case BasicKind::String:
            op = Op::STORE_STR;
            break;
        case BasicKind::UnsafePointer:
            op = Op::STORE_PTR;
            break;
        default:
            break;
        }
        break;
    case TypeKind::Slice:
        op = Op::STORE_SLICE;
        break;
    case TypeKind::Interface:
        op = Op::STORE_IFACE;
        break;
    case TypeKind::Pointer:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Signature:
        op = Op::STORE_PTR;
        break;
    default:
        break;
    }
    abc(op, base, src, static_cast<int>(off));
    m_free = save;
}

void FnCompiler::copy_box(const Type* t, int dst_ptr, int src_ptr)
{
    abc(Op::COPY, dst_ptr, src_ptr, 0);
    ext(M.types.index(t));
}

int FnCompiler::box_copy(const Type* t, int src_ptr)
{
    int r = alloc_ptr();
    abc(Op::BOX, r, src_ptr, 0);
    ext(M.types.index(t));
    return r;
}

// ---- values ----

int FnCompiler::expr(Expr* e)
{
    Expr* u = unparen(e);
    if (!m_ordered.empty())
        if (auto it = m_ordered.find(u); it != m_ordered.end())
            return it->second;
    if (u->mode != ExprMode::Constant && u->kind == NodeKind::Name) {
        auto* obj = u->as<Name>()->object;
        if (obj && obj->kind() == types::ObjectKind::Var) {
            auto it = m_vars.find(obj->as<types::Var>());
            if (it != m_vars.end() && it->second.kind == VarLoc::Reg)
                return it->second.reg;
        }
    }
    if (!u->type || u->type->kind() == TypeKind::Tuple) {
        unsupported(u->pos, "this multi-value expression");
        return alloc(1);
    }
    if (auto it = m_hoisted.find(u); it != m_hoisted.end())
        return it->second;
    if (u->kind == NodeKind::CallExpr && u->mode != ExprMode::Constant) {
        // A call's result stays where the call left it (its window), saving a move.
        Expr* f = unparen(u->as<CallExpr>()->fun);
        if (f->mode != ExprMode::TypeExpr && f->mode != ExprMode::Builtin)
            return call(u->as<CallExpr>());
    }
    int r = alloc_type(type_of(u));
    expr_to(u, r);
    return r;
}

int FnCompiler::expr_owned(Expr* e)
{
    int r = expr(e);
    if (e->type && is_aggregate(e->type) && !is_fresh(e))
        return box_copy(e->type, r);
    return r;
}

void FnCompiler::expr_value_to(Expr* e, int dst, const Type* target)
{
    if (is_nil(e)) {
        zero_value(target, dst);
        return;
    }
    if (types::is_interface(target)) {
        if (!is_nonempty_iface(target)) {
            to_iface(e, dst); // also a non-empty interface to an empty one
            return;
        }
        int save = m_free;
        int r = expr(e);
        set_line(e->pos);
        convert_to_iface(type_of(e), target, r, dst);
        m_free = save;
        return;
    }
    if (is_aggregate(target) && !is_fresh(e)) {
        int save = m_free;
        int r = expr(e);
        abc(Op::BOX, dst, r, 0);
        ext(M.types.index(target));
        m_free = save;
        return;
    }
    expr_to(e, dst);
}

void FnCompiler::to_iface(Expr* e, int dst)
{
    int save = m_free;
    if (is_nil(e)) {
        abc(Op::LOADZERO, dst, 2, 0);
        return;
    }
    const Type* t = type_of(e);
    if (types::is_interface(t)) {
        int r = expr(e);
        auto* it = const_cast<types::Interface*>(types::under(t)->as<types::Interface>());
        if (types::interface_methods(it).empty()) {
            move(t, dst, r);
        } else {
            iface_to_empty(dst, r);
        }
        m_free = save;
        return;
    }
    int r = expr(e);
    set_line(e->pos);
    abc(Op::CONVIFACE, dst, r, 0);
    ext(M.types.index(t));
    m_free = save;
}

// A non-empty interface's first word is an itab (nil for a nil interface) whose first word
// is the dynamic type: the first word of the equivalent empty interface.
void FnCompiler::iface_to_empty(int dst, int src)
{
    int save = m_free;
    Label nil_iface;
    int z = alloc(1);
    asbx(Op::LOADI, z, 0);
    abc(Op::MOVE, dst, src, 0);
    jump_cmp(Op::JEQ_I64, dst, z, nil_iface);
    abc(Op::LOAD_64, dst, dst, 0);
    bind(nil_iface);
    abc(Op::MOVE, dst + 1, src + 1, 0);
    m_free = save;
}

// Converts the slot-form value in `src` of type `from` to type `to` in `dst` (assignability:
// identical types, or a conversion to an interface).
void FnCompiler::assign_convert(const Type* from, const Type* to, int src, int dst)
{
    from = default_type(from);
    if (types::is_interface(to)) {
        convert_to_iface(from, to, src, dst);
        return;
    }
    if (is_aggregate(to)) {
        abc(Op::BOX, dst, src, 0);
        ext(M.types.index(to));
        return;
    }
    move(to, dst, src);
}

void FnCompiler::expr_to(Expr* e, int dst)
{
    e = unparen(e);
    if (e->mode == ExprMode::Constant && e->constant) {
        load_const(*e->constant, e->type, dst);
        return;
    }
    if (!m_ordered.empty())
        if (auto it = m_ordered.find(e); it != m_ordered.end()) {
            move(type_of(e), dst, it->second);
            return;
        }
    uint32_t line = m_line;
    set_line(e->pos);
    switch (e->kind) {
    case NodeKind::Name: {
        auto* obj = e->as<Name>()->object;
        if (!obj) {
            unsupported(e->pos, "this name");
            break;
        }
        if (obj->kind() == types::ObjectKind::Nil) {
            asbx(Op::LOADI, dst, 0);
            break;
        }
        if (obj->kind() == types::ObjectKind::Func) {
            auto it = M.func_index.find(obj->as<types::Func>());
            if (it == M.func_index.end())
                native_func_value_to(obj->as<types::Func>(), e->pos, dst); // closure.cpp
            else
                abx(Op::LOADFUNC, dst, it->second);
            break;
        }
        if (obj->kind() != types::ObjectKind::Var) {
            unsupported(e->pos, "this name");
            break;
        }
        LValue lv = lvalue(e);
        load_lv(lv, dst);
        break;
    }
    case NodeKind::CompositeLit:
        composite_to(e->as<CompositeLit>(), dst);
        break;
    case NodeKind::FuncLit:
        func_lit_to(e->as<FuncLit>(), dst); // closure.cpp
        break;
    case NodeKind::SelectorExpr: {
        auto* s = e->as<SelectorExpr>();
        auto* obj = s->sel->object;
        if (obj && obj->kind() == types::ObjectKind::Var) {
            int save = m_free;
            LValue lv = lvalue(e);
            load_lv(lv, dst);
            m_free = save;
        } else if (obj && obj->kind() == types::ObjectKind::Func && unparen(s->x)->kind == NodeKind::Name
            && unparen(s->x)->as<Name>()->object
            && unparen(s->x)->as<Name>()->object->kind() == types::ObjectKind::PkgName) {
            native_func_value_to(obj->as<types::Func>(), e->pos, dst); // closure.cpp
        } else if (obj && obj->kind() == types::ObjectKind::Func) {
            method_value_to(s, dst); // closure.cpp
        } else {
            unsupported(e->pos, "this selector");
        }
        break;
    }
    case NodeKind::IndexExpr:
        index_to(e->as<IndexExpr>(), dst);
        break;
    case NodeKind::SliceExpr:
        slice_to(e->as<SliceExpr>(), dst);
        break;
    case NodeKind::AssertExpr:
        assert_to(e->as<AssertExpr>(), dst, false);
        break;
    case NodeKind::Operation:
        operation_to(e->as<Operation>(), dst);
        break;
    case NodeKind::CallExpr:
        call_expr_to(e->as<CallExpr>(), dst);
        break;
    default:
        unsupported(e->pos, "this expression");
        break;
    }
    m_line = line;
}

// ---- operators ----

void FnCompiler::operation_to(Operation* e, int dst)
{
    int save = m_free;
    const Type* t = type_of(e);
    if (!e->y) {
        switch (e->op) {
        case lang::Op::Add:
            expr_to(e->x, dst);
            break;
        case lang::Op::Sub: {
            int x = expr(e->x);
            abc(types::is_float(t) ? Op::NEG_F64 : Op::NEG_I64, dst, x, 0);
            if (!types::is_float(t))
                normalize(t, dst);
            break;
        }
        case lang::Op::Xor: {
            int x = expr(e->x);
            abc(Op::BITNOT, dst, x, 0);
            normalize(t, dst);
            break;
        }
        case lang::Op::Not: {
            int x = expr(e->x);
            abc(Op::NOT, dst, x, 0);
            break;
        }
        case lang::Op::Mul: { // *p
            int p = expr(e->x);
            if (is_aggregate(t)) {
                abc(Op::NILCHECK, p, 0, 0);
                abc(Op::MOVE, dst, p, 0);
            } else {
                load_mem(t, dst, p, 0);
            }
            break;
        }
        case lang::Op::And: {
            if (unparen(e->x)->kind == NodeKind::CompositeLit) {
                composite_addr_to(unparen(e->x)->as<CompositeLit>(), dst);
                break;
            }
            int p = address_of(e->x);
            abc(Op::MOVE, dst, p, 0);
            break;
        }
        case lang::Op::Recv:
            recv_to(e, dst);
            break;
        default:
            unsupported(e->pos, "this unary operation");
            break;
        }
        m_free = save;
        return;
    }
    if (e->op == lang::Op::AndAnd || e->op == lang::Op::OrOr) {
        Label f, end;
        cond_jump(e, false, f);
        asbx(Op::LOADI, dst, 1);
        jump(end);
        bind(f);
        asbx(Op::LOADI, dst, 0);
        bind(end);
        return;
    }
    if (is_comparison(e->op)) {
        compare_to(e, dst);
        m_free = save;
        return;
    }
    if (e->op == lang::Op::Add && is_string_type(t)) {
        concat_to(e, dst);
        m_free = save;
        return;
    }
    if (e->op == lang::Op::Shl || e->op == lang::Op::Shr) {
        int x = expr(e->x);
        int y = expr(e->y);
        if (e->y->mode != ExprMode::Constant && is_signed_int(e->y->type))
            abc(Op::CHKSHIFT, y, 0, 0);
        abc(arith_op(e->op, t), dst, x, y);
        if (e->op == lang::Op::Shl)
            normalize(t, dst);
        m_free = save;
        return;
    }
    // ADDI for small constant addends on integers.
    if ((e->op == lang::Op::Add || e->op == lang::Op::Sub) && types::is_integer(t)
        && e->y->mode == ExprMode::Constant) {
        auto v = e->y->constant->to_int().int64_value();
        if (v && *v >= -127 && *v <= 127) {
            int x = expr(e->x);
            int c = static_cast<int>(e->op == lang::Op::Add ? *v : -*v);
            abc(Op::ADDI, dst, x, c & 0xff);
            normalize(t, dst);
            m_free = save;
            return;
        }
    }
    int x = expr(e->x);
    int y = expr(e->y);
    abc(arith_op(e->op, t), dst, x, y);
    if (e->op != lang::Op::And && e->op != lang::Op::Or && e->op != lang::Op::Xor
        && e->op != lang::Op::AndNot)
        normalize(t, dst);
    m_free = save;
}

void FnCompiler::concat_to(Operation* e, int dst)
{
    std::vector<Expr*> parts;
    std::vector<Expr*> work { e };
    // Flatten the left-leaning chain a + b + c into its operands, in order.
    while (!work.empty()) {
        Expr* x = unparen(work.back());
        work.pop_back();
        if (x->kind == NodeKind::Operation && x->mode != ExprMode::Constant) {
            auto* op = x->as<Operation>();
            if (op->op == lang::Op::Add && op->y) {
                work.push_back(op->y);
                work.push_back(op->x);
                continue;
            }
        }
        parts.push_back(x);
    }
    if (parts.size() == 2) {
        int a = expr(parts[0]);
        int b = expr(parts[1]);
        abc(Op::CONCAT, dst, a, b);
        return;
    }
    int base = alloc(static_cast<int>(parts.size()) * 2);
    for (size_t i = 0; i < parts.size(); i++) {
        mark_ptr(base + static_cast<int>(i) * 2);
        expr_to(parts[i], base + static_cast<int>(i) * 2);
    }
    set_line(e->pos);
    abc(Op::CONCATN, dst, base, static_cast<int>(parts.size()));
}

void FnCompiler::compare_to(Operation* e, int dst)
{
    Expr* x = e->x;
    Expr* y = e->y;
    lang::Op op = e->op;
    if (is_nil(x))
        std::swap(x, y);
    if (is_nil(y)) {
        int a = expr(x);
        int z = alloc(1);
        asbx(Op::LOADI, z, 0);
        abc(op == lang::Op::Eql ? Op::EQ_I64 : Op::NE_I64, dst, a, z);
        return;
    }
    const Type* t = type_of(x);
    if (types::is_interface(t) != types::is_interface(y->type) || is_nonempty_iface(t)
        || is_nonempty_iface(y->type)) {
        // Mixed interface and concrete operands, or non-empty interfaces (whose itabs may
        // differ for one dynamic type): compare as empty interfaces.
        int a = alloc(2);
        mark_ptr(a + 1);
        to_iface(x, a);
        int b = alloc(2);
        mark_ptr(b + 1);
        to_iface(y, b);
        abc(Op::EQ_IFACE, dst, a, b);
        if (op == lang::Op::Neq)
            abc(Op::NOT, dst, dst, 0);
        return;
    }
    int a = expr(x);
    int b = expr(y);
    bool swap = op == lang::Op::Gtr || op == lang::Op::Geq;
    if (swap)
        std::swap(a, b);
    bool lt = op == lang::Op::Lss || op == lang::Op::Gtr;
    bool eq = op == lang::Op::Eql || op == lang::Op::Neq;
    bool neg = op == lang::Op::Neq;
    Op o = Op::NOP;
    if (is_string_type(t)) {
        o = eq ? Op::EQ_STR : lt ? Op::LT_STR : Op::LE_STR;
    } else if (types::is_float(t)) {
        o = eq ? (neg ? Op::NE_F64 : Op::EQ_F64) : lt ? Op::LT_F64 : Op::LE_F64;
        neg = false;
    } else if (types::is_interface(t)) {
        o = Op::EQ_IFACE;
    } else if (is_aggregate(t)) {
        abc(Op::EQ_MEM, dst, a, b);
        ext(M.types.index(t));
        if (neg)
            abc(Op::NOT, dst, dst, 0);
        return;
    } else if (eq) {
        o = neg ? Op::NE_I64 : Op::EQ_I64;
        neg = false;
    } else if (is_unsigned_int(t)) {
        o = lt ? Op::LT_U64 : Op::LE_U64;
    } else {
        o = lt ? Op::LT_I64 : Op::LE_I64;
    }
    abc(o, dst, a, b);
    if (neg)
        abc(Op::NOT, dst, dst, 0);
}

void FnCompiler::cond_jump(Expr* e, bool when, Label& target)
{
    e = unparen(e);
    if (e->mode == ExprMode::Constant && e->constant) {
        if (e->constant->bool_value() == when)
            jump(target);
        return;
    }
    if (!m_ordered.empty())
        if (auto it = m_ordered.find(e); it != m_ordered.end()) { // order.cpp
            jump_bool(when ? Op::JT : Op::JF, it->second, target);
            return;
        }
    int save = m_free;
    uint32_t line = m_line;
    set_line(e->pos);
    if (e->kind == NodeKind::Operation) {
        auto* op = e->as<Operation>();
        if (!op->y && op->op == lang::Op::Not) {
            cond_jump(op->x, !when, target);
            m_line = line;
            return;
        }
        if (op->op == lang::Op::AndAnd || op->op == lang::Op::OrOr) {
            bool is_and = op->op == lang::Op::AndAnd;
            if (is_and != when) { // && jumping when false, || jumping when true: either operand decides
                cond_jump(op->x, when, target);
                cond_jump(op->y, when, target);
            } else {
                Label skip;
                cond_jump(op->x, !when, skip);
                cond_jump(op->y, when, target);
                bind(skip);
            }
            m_line = line;
            return;
        }
        if ((op->op == lang::Op::Eql || op->op == lang::Op::Neq) && op->y
            && (is_nil(op->x) || is_nil(op->y))) {
            Expr* other = is_nil(op->x) ? op->y : op->x;
            int a = expr(other);
            int z = alloc(1);
            asbx(Op::LOADI, z, 0);
            bool eq = (op->op == lang::Op::Eql) == when;
            jump_cmp(eq ? Op::JEQ_I64 : Op::JNE_I64, a, z, target);
            m_free = save;
            m_line = line;
            return;
        }
        if (is_comparison(op->op) && op->y && !is_nil(op->x) && !is_nil(op->y)
            && types::identical(default_type(op->x->type), default_type(op->y->type))) {
            const Type* t = type_of(op->x);
            bool flt = types::is_float(t);
            if (word_compare(t) || (flt && when)) {
                lang::Op rel = op->op;
                if (!when) {
                    switch (rel) {
                    case lang::Op::Eql:
                        rel = lang::Op::Neq;
                        break;
                    case lang::Op::Neq:
                        rel = lang::Op::Eql;
                        break;
                    case lang::Op::Lss:
                        rel = lang::Op::Geq;
                        break;
                    case lang::Op::Leq:
                        rel = lang::Op::Gtr;
                        break;
                    case lang::Op::Gtr:
                        rel = lang::Op::Leq;
                        break;
                    default:
                        rel = lang::Op::Lss;
                        break;
                    }
                }
                int a = expr(op->x);
                int b = expr(op->y);
                bool u = is_unsigned_int(t);
                if (flt && (rel == lang::Op::Eql || rel == lang::Op::Neq)) {
                    int r = alloc(1);
                    abc(rel == lang::Op::Eql ? Op::EQ_F64 : Op::NE_F64, r, a, b);
                    jump_bool(Op::JT, r, target);
                } else {
                    switch (rel) {
                    case lang::Op::Eql:
                        jump_cmp(Op::JEQ_I64, a, b, target);
                        break;
                    case lang::Op::Neq:
                        jump_cmp(Op::JNE_I64, a, b, target);
                        break;
                    case lang::Op::Lss:
                        jump_cmp(flt ? Op::JLT_F64 : u ? Op::JLT_U64 : Op::JLT_I64, a, b, target);
                        break;
                    case lang::Op::Leq:
                        jump_cmp(flt ? Op::JLE_F64 : u ? Op::JLE_U64 : Op::JLE_I64, a, b, target);
                        break;
                    case lang::Op::Gtr:
                        jump_cmp(flt ? Op::JLT_F64 : u ? Op::JLT_U64 : Op::JLT_I64, b, a, target);
                        break;
                    default:
                        jump_cmp(flt ? Op::JLE_F64 : u ? Op::JLE_U64 : Op::JLE_I64, b, a, target);
                        break;
                    }
                }
                m_free = save;
                m_line = line;
                return;
            }
        }
    }
    int r = expr(e);
    jump_bool(when ? Op::JT : Op::JF, r, target);
    m_free = save;
    m_line = line;
}

} // namespace vitro::lang::codegen
