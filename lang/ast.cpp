// lang/ast.cpp — helpers over the syntax tree: operator spellings and node extents.
#include "lang/ast.h"

#include "support/assert.h"

namespace vitro::lang {

std::string_view op_string(Op op)
{
    switch (op) {
    case Op::None:
        return "";
    case Op::Def:
        return ":";
    case Op::Not:
        return "!";
    case Op::Recv:
        return "<-";
    case Op::Tilde:
        return "~";
    case Op::OrOr:
        return "||";
    case Op::AndAnd:
        return "&&";
    case Op::Eql:
        return "==";
    case Op::Neq:
        return "!=";
    case Op::Lss:
        return "<";
    case Op::Leq:
        return "<=";
    case Op::Gtr:
        return ">";
    case Op::Geq:
        return ">=";
    case Op::Add:
        return "+";
    case Op::Sub:
        return "-";
    case Op::Or:
        return "|";
    case Op::Xor:
        return "^";
    case Op::Mul:
        return "*";
    case Op::Div:
        return "/";
    case Op::Rem:
        return "%";
    case Op::And:
        return "&";
    case Op::AndNot:
        return "&^";
    case Op::Shl:
        return "<<";
    case Op::Shr:
        return ">>";
    }
    VITRO_UNREACHABLE();
}

// Mirrors syntax.StartPos (cmd/compile/internal/syntax/positions.go): descend into the leftmost
// child until a node whose own position is its first token.
Pos start_pos(const Node* n)
{
    for (;;) {
        switch (n->kind) {
        case NodeKind::CompositeLit:
            if (auto* t = n->as<CompositeLit>()->type) {
                n = t;
                continue;
            }
            return n->pos;
        case NodeKind::KeyValueExpr:
            n = n->as<KeyValueExpr>()->key;
            continue;
        case NodeKind::SelectorExpr:
            n = n->as<SelectorExpr>()->x;
            continue;
        case NodeKind::IndexExpr:
            n = n->as<IndexExpr>()->x;
            continue;
        case NodeKind::SliceExpr:
            n = n->as<SliceExpr>()->x;
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
            if (auto* o = n->as<Operation>(); o->y) {
                n = o->x;
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
        case NodeKind::Field:
            if (auto* name = n->as<Field>()->name) {
                n = name;
                continue;
            }
            n = n->as<Field>()->field_type;
            continue;
        case NodeKind::ExprStmt:
            n = n->as<ExprStmt>()->x;
            continue;
        case NodeKind::SendStmt:
            n = n->as<SendStmt>()->chan;
            continue;
        case NodeKind::AssignStmt:
            if (!n->as<AssignStmt>()->lhs.empty()) {
                n = n->as<AssignStmt>()->lhs.front();
                continue;
            }
            return n->pos;
        case NodeKind::LabeledStmt:
            n = n->as<LabeledStmt>()->label;
            continue;
        case NodeKind::RangeClause:
            if (!n->as<RangeClause>()->lhs.empty()) {
                n = n->as<RangeClause>()->lhs.front();
                continue;
            }
            return n->pos;
        default:
            return n->pos;
        }
    }
}

Pos end_pos(const Node* n)
{
    // Only the cases the checker needs are precise; everything else answers its own position.
    switch (n->kind) {
    case NodeKind::CompositeLit:
        return n->as<CompositeLit>()->rbrace;
    case NodeKind::BlockStmt:
        return n->as<BlockStmt>()->rbrace;
    case NodeKind::CallExpr:
        return n->as<CallExpr>()->rparen;
    default:
        return n->pos;
    }
}

} // namespace vitro::lang
