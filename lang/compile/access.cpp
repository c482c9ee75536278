// lang/compile/access.cpp — places and memory: variables, fields (with embedded promotion),
// indexing, slicing, addresses and composite literals.
#include "lang/compile/internal.h"

namespace vitro::lang::codegen {

using types::BasicKind;
using types::TypeKind;

namespace {

enum class ElemAccess { Word, Byte, SignedByte, Pointer, Other };

// How a slice element is loaded and stored with the fused INDEX_* / SETINDEX_* opcodes.
ElemAccess elem_access(const Type* elem)
{
    const Type* u = types::under(elem);
    switch (u->kind()) {
    case TypeKind::Pointer:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Signature:
        return ElemAccess::Pointer;
    case TypeKind::Basic:
        switch (u->as<types::Basic>()->basic_kind) {
        case BasicKind::Bool:
        case BasicKind::Uint8:
            return ElemAccess::Byte;
        case BasicKind::Int8:
            return ElemAccess::SignedByte;
        case BasicKind::Int:
        case BasicKind::Int64:
        case BasicKind::Uint:
        case BasicKind::Uint64:
        case BasicKind::Uintptr:
        case BasicKind::Float64:
            return ElemAccess::Word;
        default:
            return ElemAccess::Other;
        }
    default:
        return ElemAccess::Other;
    }
}

const types::Struct* struct_of(const Type* t)
{
    const Type* u = types::under(t);
    if (u->kind() == TypeKind::Pointer)
        u = types::under(u->as<types::Pointer>()->base);
    return u->kind() == TypeKind::Struct ? u->as<types::Struct>() : nullptr;
}

bool is_pkg_name(Expr* e)
{
    e = unparen(e);
    return e->kind == NodeKind::Name && e->as<Name>()->object
        && e->as<Name>()->object->kind() == types::ObjectKind::PkgName;
}

} // namespace

// Walks x.f1.f2...fn (the selector's embedding path, then the field) and returns a register
// holding a base pointer; the field lives at *off bytes from it and has type *ftype.
int FnCompiler::field_base(SelectorExpr* e, uint64_t* off, const Type** ftype)
{
    const Type* t = e->x->type;
    int p = expr(e->x);
    const types::Struct* st = struct_of(t);
    *off = 0;
    for (size_t i = 0; i < e->path.size() && st; i++) {
        auto idx = static_cast<size_t>(e->path[i]);
        if (idx >= st->fields.size())
            break;
        const types::Var* f = st->fields[idx];
        *off += field_offset(st, idx);
        if (i + 1 == e->path.size()) {
            *ftype = f->type;
            return p;
        }
        if (types::under(f->type)->kind() == TypeKind::Pointer) {
            int q = alloc_ptr();
            load_mem(f->type, q, p, *off);
            p = q;
            *off = 0;
        }
        st = struct_of(f->type);
    }
    unsupported(e->pos, "this selector");
    *ftype = e->type;
    return p;
}

// An operand of an assignment's left side. In a tuple assignment the left side's operands
// are evaluated before any value is assigned, so a variable operand is copied.
int FnCompiler::operand(Expr* e)
{
    if (!m_snapshot || !e->type || e->mode == ExprMode::Constant)
        return expr(e);
    int r = alloc_type(e->type);
    expr_to(e, r);
    return r;
}

LValue FnCompiler::lvalue(Expr* e)
{
    e = unparen(e);
    LValue lv;
    lv.type = e->type;
    switch (e->kind) {
    case NodeKind::Name: {
        auto* obj = e->as<Name>()->object;
        if (!obj || obj->kind() != types::ObjectKind::Var) {
            lv.kind = LValue::Blank;
            return lv;
        }
        auto* v = obj->as<types::Var>();
        lv.type = v->type;
        auto it = m_vars.find(v);
        if (it != m_vars.end()) {
            lv.kind = it->second.kind == VarLoc::Reg ? LValue::Reg : LValue::Mem;
            lv.reg = it->second.reg;
            return lv;
        }
        lv.kind = LValue::Mem;
        lv.reg = alloc_ptr();
        abc(Op::GADDR, lv.reg, 0, 0);
        ext(static_cast<uint32_t>(M.global(v)));
        return lv;
    }
    case NodeKind::SelectorExpr: {
        auto* s = e->as<SelectorExpr>();
        if (is_pkg_name(s->x)) {
            auto* obj = s->sel->object;
            if (!obj || obj->kind() != types::ObjectKind::Var) {
                unsupported(e->pos, "this selector");
                return lv;
            }
            lv.kind = LValue::Mem;
            lv.type = obj->type;
            lv.reg = alloc_ptr();
            abc(Op::GADDR, lv.reg, 0, 0);
            ext(static_cast<uint32_t>(M.global(obj->as<types::Var>())));
            return lv;
        }
        if (!s->sel->object || s->sel->object->kind() != types::ObjectKind::Var) {
            unsupported(e->pos, "method value");
            return lv;
        }
        lv.kind = LValue::Mem;
        const Type* ft = e->type;
        lv.reg = field_base(s, &lv.off, &ft);
        lv.type = ft;
        return lv;
    }
    case NodeKind::IndexExpr: {
        auto* ix = e->as<IndexExpr>();
        const Type* xt = types::under(ix->x->type);
        if (xt->kind() == TypeKind::Slice) {
            lv.kind = LValue::Slice;
            lv.reg = operand(ix->x);
            lv.index = operand(ix->index);
            return lv;
        }
        if (xt->kind() == TypeKind::Map) {
            lv.kind = LValue::MapElem;
            lv.map_type = ix->x->type;
            lv.reg = operand(ix->x);
            const Type* kt = xt->as<types::Map>()->key;
            lv.index = alloc_type(kt);
            expr_value_to(ix->index, lv.index, kt);
            return lv;
        }
        if (xt->kind() == TypeKind::Array || xt->kind() == TypeKind::Pointer) {
            const types::Array* at
                = (xt->kind() == TypeKind::Pointer ? types::under(xt->as<types::Pointer>()->base) : xt)
                      ->as<types::Array>();
            uint64_t es = layout_of(at->elem).size;
            int base = expr(ix->x);
            lv.kind = LValue::Mem;
            if (ix->index->mode == ExprMode::Constant) {
                auto i = ix->index->constant->to_int().int64_value();
                lv.reg = base;
                lv.off = static_cast<uint64_t>(i.value_or(0)) * es;
                if (xt->kind() == TypeKind::Pointer) {
                    lv.reg = alloc_ptr();
                    abc(Op::ADDPTR, lv.reg, base, 0); // nil pointer to array panics here
                    ext(static_cast<uint32_t>(lv.off));
                    lv.off = 0;
                }
                return lv;
            }
            int i = operand(ix->index);
            lv.reg = alloc_ptr();
            set_line(ix->pos);
            abc(Op::ARRADDR, lv.reg, base, i);
            ext(static_cast<uint32_t>(at->len));
            ext(static_cast<uint32_t>(es));
            return lv;
        }
        unsupported(e->pos, "this index expression");
        return lv;
    }
    case NodeKind::Operation: {
        auto* op = e->as<Operation>();
        if (op->op == lang::Op::Mul && !op->y) {
            lv.kind = LValue::Mem;
            lv.reg = operand(op->x);
            if (is_aggregate(lv.type))
                abc(Op::NILCHECK, lv.reg, 0, 0);
            return lv;
        }
        break;
    }
    default:
        break;
    }
    unsupported(e->pos, "assignment to this expression");
    return lv;
}

void FnCompiler::load_lv(const LValue& lv, int dst)
{
    switch (lv.kind) {
    case LValue::Blank:
        break;
    case LValue::Reg:
        move(lv.type, dst, lv.reg);
        break;
    case LValue::Mem:
        load_mem(lv.type, dst, lv.reg, lv.off);
        break;
    case LValue::Slice: {
        switch (elem_access(lv.type)) {
        case ElemAccess::Word:
        case ElemAccess::Pointer:
            abc(Op::INDEX_64, dst, lv.reg, lv.index);
            break;
        case ElemAccess::Byte:
            abc(Op::INDEX_U8, dst, lv.reg, lv.index);
            break;
        case ElemAccess::SignedByte:
            abc(Op::INDEX_U8, dst, lv.reg, lv.index);
            abc(Op::EXT_I8, dst, dst, 0);
            break;
        default: {
            int save = m_free;
            int p = is_aggregate(lv.type) ? dst : alloc_ptr();
            abc(Op::ELEMADDR, p, lv.reg, lv.index);
            ext(static_cast<uint32_t>(layout_of(lv.type).size));
            if (p != dst)
                load_mem(lv.type, dst, p, 0);
            m_free = save;
            break;
        }
        }
        break;
    }
    case LValue::MapElem: {
        int save = m_free;
        int p = alloc_ptr();
        abc(Op::MAPACCESS, p, lv.reg, lv.index);
        ext(M.types.index(lv.map_type));
        load_mem(lv.type, dst, p, 0);
        m_free = save;
        break;
    }
    }
}

void FnCompiler::store_lv(const LValue& lv, int src)
{
    int save = m_free;
    switch (lv.kind) {
    case LValue::Blank:
        break;
    case LValue::Reg:
        if (is_aggregate(lv.type))
            copy_box(lv.type, lv.reg, src);
        else
            move(lv.type, lv.reg, src);
        break;
    case LValue::Mem:
        store_mem(lv.type, lv.reg, lv.off, src);
        break;
    case LValue::Slice:
        switch (elem_access(lv.type)) {
        case ElemAccess::Word:
            abc(Op::SETINDEX_64, lv.reg, lv.index, src);
            break;
        case ElemAccess::Pointer:
            abc(Op::SETINDEX_PTR, lv.reg, lv.index, src);
            break;
        case ElemAccess::Byte:
        case ElemAccess::SignedByte:
            abc(Op::SETINDEX_U8, lv.reg, lv.index, src);
            break;
        default: {
            int p = alloc_ptr();
            abc(Op::ELEMADDR, p, lv.reg, lv.index);
            ext(static_cast<uint32_t>(layout_of(lv.type).size));
            store_mem(lv.type, p, 0, src);
            break;
        }
        }
        break;
    case LValue::MapElem: {
        int p = alloc_ptr();
        abc(Op::MAPASSIGN, p, lv.reg, lv.index);
        ext(M.types.index(lv.map_type));
        store_mem(lv.type, p, 0, src);
        break;
    }
    }
    m_free = save;
}

int FnCompiler::address_of(Expr* e)
{
    e = unparen(e);
    switch (e->kind) {
    case NodeKind::CompositeLit: {
        int r = alloc_ptr();
        composite_addr_to(e->as<CompositeLit>(), r);
        return r;
    }
    case NodeKind::Operation: {
        auto* op = e->as<Operation>();
        if (op->op == lang::Op::Mul && !op->y)
            return expr(op->x);
        break;
    }
    default:
        break;
    }
    if (e->type && is_aggregate(e->type) && e->kind == NodeKind::Name)
        return expr(e); // the variable's box
    LValue lv = lvalue(e);
    int r = alloc_ptr();
    switch (lv.kind) {
    case LValue::Mem:
        if (lv.off == 0 && e->kind == NodeKind::Name) {
            abc(Op::MOVE, r, lv.reg, 0);
        } else {
            abc(Op::ADDPTR, r, lv.reg, 0);
            ext(static_cast<uint32_t>(lv.off));
        }
        break;
    case LValue::Slice:
        abc(Op::ELEMADDR, r, lv.reg, lv.index);
        ext(static_cast<uint32_t>(layout_of(lv.type).size));
        break;
    case LValue::Reg:
        if (is_aggregate(lv.type))
            abc(Op::MOVE, r, lv.reg, 0);
        else
            unsupported(e->pos, "taking this address");
        break;
    default:
        unsupported(e->pos, "taking this address");
        break;
    }
    return r;
}

void FnCompiler::index_to(IndexExpr* e, int dst)
{
    int save = m_free;
    const Type* xt = types::under(e->x->type);
    if (types::is_string(xt)) {
        int s = expr(e->x);
        int i = expr(e->index);
        set_line(e->pos);
        abc(Op::STRINDEX, dst, s, i);
        m_free = save;
        return;
    }
    LValue lv = lvalue(e);
    set_line(e->pos);
    load_lv(lv, dst);
    m_free = save;
}

void FnCompiler::slice_to(SliceExpr* e, int dst)
{
    int save = m_free;
    const Type* xt = types::under(e->x->type);
    uint32_t flags = 0;
    int x = expr(e->x);
    int b = alloc(3);
    for (int i = 0; i < 3; i++)
        if (e->index[i]) {
            flags |= vm::kSliceHasLo << i;
            expr_to(e->index[i], b + i);
        }
    set_line(e->pos);
    if (types::is_string(xt)) {
        abc(Op::SLICESTR, dst, x, b);
        ext(flags);
    } else if (xt->kind() == TypeKind::Slice) {
        abc(Op::SLICE, dst, x, b);
        ext(flags | static_cast<uint32_t>(layout_of(xt->as<types::Slice>()->elem).size));
    } else {
        const Type* at = xt->kind() == TypeKind::Pointer ? types::under(xt->as<types::Pointer>()->base) : xt;
        auto* arr = at->as<types::Array>();
        abc(Op::SLICEARR, dst, x, b);
        ext(flags | static_cast<uint32_t>(layout_of(arr->elem).size));
        ext(static_cast<uint32_t>(arr->len));
    }
    m_free = save;
}

// &T{...}: a struct or array literal is already a fresh box; a slice or map literal is
// stored into a new cell.
void FnCompiler::composite_addr_to(CompositeLit* e, int dst)
{
    const Type* t = static_cast<Expr*>(e)->type;
    if (types::under(t)->kind() == TypeKind::Pointer)
        t = types::under(t)->as<types::Pointer>()->base;
    int save = m_free;
    Expr* as_value = e;
    const Type* saved = as_value->type;
    as_value->type = t; // compile the literal as a value of T
    if (is_aggregate(t)) {
        composite_to(e, dst);
    } else {
        int v = alloc_type(t);
        composite_to(e, v);
        abx(Op::NEW, dst, M.types.index(t));
        store_mem(t, dst, 0, v);
    }
    as_value->type = saved;
    m_free = save;
}

void FnCompiler::composite_to(CompositeLit* e, int dst)
{
    int save = m_free;
    const Type* t = static_cast<Expr*>(e)->type; // not CompositeLit::type, the written type
    if (types::under(t)->kind() == TypeKind::Pointer) { // an elided &T{...}
        composite_addr_to(e, dst);
        return;
    }
    const Type* u = types::under(t);
    set_line(e->pos);
    switch (u->kind()) {
    case TypeKind::Struct: {
        auto* st = u->as<types::Struct>();
        abx(Op::NEW, dst, M.types.index(t));
        for (size_t i = 0; i < e->elems.size(); i++) {
            Expr* val = e->elems[i];
            size_t idx = i;
            if (val->kind == NodeKind::KeyValueExpr) {
                auto* kv = val->as<KeyValueExpr>();
                auto* key = unparen(kv->key);
                val = kv->value;
                std::string_view name = key->kind == NodeKind::Name ? key->as<Name>()->value : "";
                for (idx = 0; idx < st->fields.size() && st->fields[idx]->name != name; idx++) { }
            }
            if (idx >= st->fields.size() || is_nil(val))
                continue;
            const Type* ft = st->fields[idx]->type;
            int v = alloc_type(ft);
            if (is_aggregate(ft))
                v = expr(val);
            else
                expr_value_to(val, v, ft);
            store_mem(ft, dst, field_offset(st, idx), v);
            m_free = save;
        }
        break;
    }
    case TypeKind::Array:
    case TypeKind::Slice: {
        const Type* elem
            = u->kind() == TypeKind::Array ? u->as<types::Array>()->elem : u->as<types::Slice>()->elem;
        uint64_t es = layout_of(elem).size;
        // Element indexes: explicit keys are constants; others follow the previous one.
        std::vector<int64_t> idx;
        int64_t next = 0, n = 0;
        for (Expr* el : e->elems) {
            if (el->kind == NodeKind::KeyValueExpr) {
                auto* k = el->as<KeyValueExpr>()->key;
                next = k->constant ? k->constant->to_int().int64_value().value_or(0) : 0;
            }
            idx.push_back(next++);
            n = std::max(n, next);
        }
        int base = dst;
        if (u->kind() == TypeKind::Array) {
            abx(Op::NEW, dst, M.types.index(t));
        } else {
            int len = alloc(1);
            load_int(len, n);
            abc(Op::MAKESLICE, dst, len, len);
            ext(M.types.index(elem));
            m_free = save;
        }
        for (size_t i = 0; i < e->elems.size(); i++) {
            Expr* val = e->elems[i];
            if (val->kind == NodeKind::KeyValueExpr)
                val = val->as<KeyValueExpr>()->value;
            if (is_nil(val))
                continue;
            int v = alloc_type(elem);
            if (is_aggregate(elem))
                v = expr(val);
            else
                expr_value_to(val, v, elem);
            store_mem(elem, base, static_cast<uint64_t>(idx[i]) * es, v);
            m_free = save;
        }
        break;
    }
    case TypeKind::Map: {
        auto* mt = u->as<types::Map>();
        int hint = alloc(1);
        load_int(hint, static_cast<int64_t>(e->elems.size()));
        abc(Op::MAKEMAP, dst, hint, 0);
        ext(M.types.index(t));
        m_free = save;
        for (Expr* el : e->elems) {
            if (el->kind != NodeKind::KeyValueExpr)
                continue;
            auto* kv = el->as<KeyValueExpr>();
            int k = alloc_type(mt->key);
            expr_value_to(kv->key, k, mt->key);
            int v = alloc_type(mt->elem);
            if (is_aggregate(mt->elem))
                v = expr(kv->value);
            else
                expr_value_to(kv->value, v, mt->elem);
            int p = alloc_ptr();
            set_line(kv->pos);
            abc(Op::MAPASSIGN, p, dst, k);
            ext(M.types.index(t));
            store_mem(mt->elem, p, 0, v);
            m_free = save;
        }
        break;
    }
    default:
        unsupported(e->pos, "this composite literal");
        break;
    }
    m_free = save;
}

} // namespace vitro::lang::codegen
