// lang/types/exprstring.cpp — expressions as Go's compiler prints them in messages: the
// syntax package's printer in ShortForm (printer.go), where non-empty function and composite
// literal bodies print as "…".
#include "lang/types/checker.h"

namespace vitro::lang::types {

namespace {

void write(std::string& out, const Node* n);

const Expr* unparen(const Expr* e)
{
    while (e && e->kind == NodeKind::ParenExpr)
        e = e->as<ParenExpr>()->x;
    return e;
}

void write_list(std::string& out, const std::vector<Expr*>& list)
{
    for (size_t i = 0; i < list.size(); ++i) {
        if (i > 0)
            out += ", ";
        write(out, list[i]);
    }
}

void write_params(std::string& out, const std::vector<Field*>& list)
{
    out += '(';
    for (size_t i = 0; i < list.size(); ++i) {
        if (i > 0)
            out += ", ";
        const Field* f = list[i];
        if (f->name) {
            out += f->name->value;
            if (i + 1 < list.size() && list[i + 1]->name && list[i + 1]->field_type == f->field_type)
                continue; // the type is printed once for `a, b int`
            out += ' ';
        }
        write(out, unparen(f->field_type));
    }
    out += ')';
}

void write_signature(std::string& out, const FuncType* t)
{
    write_params(out, t->params);
    if (!t->results.empty()) {
        out += ' ';
        if (t->results.size() == 1 && !t->results[0]->name)
            write(out, t->results[0]->field_type);
        else
            write_params(out, t->results);
    }
}

void write_fields(std::string& out, const StructType* st, size_t i, size_t j)
{
    const auto& fields = st->fields;
    if (i + 1 == j && !fields[i]->name) {
        write(out, fields[i]->field_type);
    } else {
        for (size_t k = i; k < j; ++k) {
            if (k > i)
                out += ", ";
            out += fields[k]->name ? fields[k]->name->value : std::string_view("_");
        }
        out += ' ';
        write(out, fields[i]->field_type);
    }
    if (i < st->tags.size() && st->tags[i]) {
        out += ' ';
        out += st->tags[i]->value;
    }
}

void write_struct(std::string& out, const StructType* st)
{
    out += "struct{";
    size_t i0 = 0;
    const Expr* typ = nullptr;
    for (size_t i = 0; i < st->fields.size(); ++i) {
        const Field* f = st->fields[i];
        if (!f->name || f->field_type != typ) {
            if (i0 < i) {
                write_fields(out, st, i0, i);
                out += "; ";
                i0 = i;
            }
            typ = f->field_type;
        }
    }
    if (!st->fields.empty())
        write_fields(out, st, i0, st->fields.size());
    out += '}';
}

void write_interface(std::string& out, const InterfaceType* it)
{
    out += "interface{";
    for (size_t i = 0; i < it->methods.size(); ++i) {
        if (i > 0)
            out += "; ";
        const Field* m = it->methods[i];
        if (m->name) {
            out += m->name->value;
            if (m->field_type && m->field_type->kind == NodeKind::FuncType)
                write_signature(out, m->field_type->as<FuncType>());
        } else {
            write(out, m->field_type);
        }
    }
    out += '}';
}

void write_slice(std::string& out, const SliceExpr* s)
{
    write(out, s->x);
    out += '[';
    if (s->index[0])
        write(out, s->index[0]);
    out += ':';
    if (s->index[1])
        write(out, s->index[1]);
    if (s->index[2]) {
        out += ':';
        write(out, s->index[2]);
    }
    out += ']';
}

void write_chan(std::string& out, const ChanType* c)
{
    if (c->dir == ChanDir::Recv)
        out += "<-";
    out += "chan";
    if (c->dir == ChanDir::Send)
        out += "<-";
    out += ' ';
    bool parens = c->dir == ChanDir::Both && c->elem->kind == NodeKind::ChanType
        && c->elem->as<ChanType>()->dir == ChanDir::Recv;
    if (parens)
        out += '(';
    write(out, c->elem);
    if (parens)
        out += ')';
}

void write(std::string& out, const Node* n)
{
    if (n == nullptr)
        return;
    switch (n->kind) {
    case NodeKind::BadExpr:
        out += "<bad expr>";
        break;
    case NodeKind::Name:
        out += n->as<Name>()->value;
        break;
    case NodeKind::BasicLit:
        out += n->as<BasicLit>()->value;
        break;
    case NodeKind::FuncLit: {
        auto* f = n->as<FuncLit>();
        write(out, f->type);
        out += ' ';
        out += f->body && !f->body->stmts.empty() ? "{…}" : "{}";
        break;
    }
    case NodeKind::CompositeLit: {
        auto* c = n->as<CompositeLit>();
        if (c->type)
            write(out, c->type);
        out += c->elems.empty() ? "{}" : "{…}";
        break;
    }
    case NodeKind::KeyValueExpr:
        write(out, n->as<KeyValueExpr>()->key);
        out += ": ";
        write(out, n->as<KeyValueExpr>()->value);
        break;
    case NodeKind::ParenExpr:
        out += '(';
        write(out, n->as<ParenExpr>()->x);
        out += ')';
        break;
    case NodeKind::SelectorExpr:
        write(out, n->as<SelectorExpr>()->x);
        out += '.';
        write(out, n->as<SelectorExpr>()->sel);
        break;
    case NodeKind::IndexExpr:
        write(out, n->as<IndexExpr>()->x);
        out += '[';
        write(out, n->as<IndexExpr>()->index);
        out += ']';
        break;
    case NodeKind::SliceExpr:
        write_slice(out, n->as<SliceExpr>());
        break;
    case NodeKind::AssertExpr:
        write(out, n->as<AssertExpr>()->x);
        out += ".(";
        write(out, n->as<AssertExpr>()->assert_type);
        out += ')';
        break;
    case NodeKind::TypeSwitchGuard:
        if (auto* l = n->as<TypeSwitchGuard>()->lhs) {
            write(out, l);
            out += " := ";
        }
        write(out, n->as<TypeSwitchGuard>()->x);
        out += ".(type)";
        break;
    case NodeKind::Operation: {
        auto* o = n->as<Operation>();
        if (!o->y) {
            out += op_string(o->op);
            write(out, o->x);
        } else {
            write(out, o->x);
            out += ' ';
            out += op_string(o->op);
            out += ' ';
            write(out, o->y);
        }
        break;
    }
    case NodeKind::CallExpr: {
        auto* c = n->as<CallExpr>();
        write(out, c->fun);
        out += '(';
        write_list(out, c->args);
        if (c->has_dots)
            out += "...";
        out += ')';
        break;
    }
    case NodeKind::ListExpr:
        write_list(out, n->as<ListExpr>()->elems);
        break;
    case NodeKind::ArrayType:
        out += '[';
        if (n->as<ArrayType>()->len)
            write(out, n->as<ArrayType>()->len);
        else
            out += "...";
        out += ']';
        write(out, n->as<ArrayType>()->elem);
        break;
    case NodeKind::SliceType:
        out += "[]";
        write(out, n->as<SliceType>()->elem);
        break;
    case NodeKind::DotsType:
        out += "...";
        write(out, n->as<DotsType>()->elem);
        break;
    case NodeKind::StructType:
        write_struct(out, n->as<StructType>());
        break;
    case NodeKind::Field:
        write(out, n->as<Field>()->field_type);
        break;
    case NodeKind::InterfaceType:
        write_interface(out, n->as<InterfaceType>());
        break;
    case NodeKind::FuncType:
        out += "func";
        write_signature(out, n->as<FuncType>());
        break;
    case NodeKind::MapType:
        out += "map[";
        write(out, n->as<MapType>()->key);
        out += ']';
        write(out, n->as<MapType>()->value);
        break;
    case NodeKind::ChanType:
        write_chan(out, n->as<ChanType>());
        break;
    default:
        break; // statements never appear in messages as expressions
    }
}

} // namespace

std::string expr_string(const Expr* e)
{
    std::string out;
    write(out, e);
    return out;
}

} // namespace vitro::lang::types

namespace vitro::lang::types {

Pos go_start_pos(const Node* n)
{
    for (;;) {
        switch (n->kind) {
        case NodeKind::CompositeLit:
            if (auto* t = n->as<CompositeLit>()->type) {
                n = t;
                continue;
            }
            return n->pos;
        case NodeKind::SelectorExpr:
            n = n->as<SelectorExpr>()->x;
            continue;
        case NodeKind::IndexExpr:
            n = n->as<IndexExpr>()->x;
            continue;
        case NodeKind::AssertExpr:
            n = n->as<AssertExpr>()->x;
            continue;
        case NodeKind::TypeSwitchGuard:
            if (auto* l = n->as<TypeSwitchGuard>()->lhs) {
                n = l;
                continue;
            }
            n = n->as<TypeSwitchGuard>()->x;
            continue;
        case NodeKind::Operation:
            if (n->as<Operation>()->y) {
                n = n->as<Operation>()->x;
                continue;
            }
            return n->pos;
        case NodeKind::CallExpr:
            n = n->as<CallExpr>()->fun;
            continue;
        case NodeKind::ListExpr:
            if (!n->as<ListExpr>()->elems.empty()) {
                n = n->as<ListExpr>()->elems.front();
                continue;
            }
            return n->pos;
        case NodeKind::SendStmt:
            n = n->as<SendStmt>()->chan;
            continue;
        case NodeKind::AssignStmt:
            if (!n->as<AssignStmt>()->lhs.empty()) {
                n = n->as<AssignStmt>()->lhs.front();
                continue;
            }
            return n->pos;
        case NodeKind::ExprStmt:
            return n->as<ExprStmt>()->x->pos; // Go's ExprStmt has its expression's pos
        case NodeKind::RangeClause:
            if (!n->as<RangeClause>()->lhs.empty()) {
                n = n->as<RangeClause>()->lhs.front();
                continue;
            }
            n = n->as<RangeClause>()->x;
            continue;
        default:
            return n->pos;
        }
    }
}

} // namespace vitro::lang::types
