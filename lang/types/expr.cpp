// lang/types/expr.cpp — expressions: the dispatcher, unary and binary operators, shifts,
// comparisons, literals, type assertions (types2 expr.go).
#include "lang/types/checker.h"

namespace vitro::lang::types {

namespace {

Pos op_pos(const Expr* x)
{
    if (x == nullptr)
        return Pos {};
    if (x->kind == NodeKind::Operation)
        return x->pos;
    return go_start_pos(x);
}

std::string_view op_name(const Expr* x)
{
    if (x == nullptr || x->kind != NodeKind::Operation)
        return "";
    auto* e = x->as<Operation>();
    if (e->y == nullptr)
        return e->op == Op::Xor ? "bitwise complement" : "";
    switch (e->op) {
    case Op::Add:
        return "addition";
    case Op::Sub:
        return "subtraction";
    case Op::Xor:
        return "bitwise XOR";
    case Op::Mul:
        return "multiplication";
    case Op::Shl:
        return "shift";
    default:
        return "";
    }
}

bool is_comparison(Op op)
{
    return op == Op::Eql || op == Op::Neq || op == Op::Lss || op == Op::Leq || op == Op::Gtr || op == Op::Geq;
}

unsigned basic_bits(const Basic* b)
{
    switch (b->basic_kind) {
    case BasicKind::Int8:
    case BasicKind::Uint8:
        return 8;
    case BasicKind::Int16:
    case BasicKind::Uint16:
        return 16;
    case BasicKind::Int32:
    case BasicKind::Uint32:
    case BasicKind::Float32:
        return 32;
    default:
        return 64;
    }
}

Expr* unparen(Expr* e)
{
    while (e->kind == NodeKind::ParenExpr)
        e = e->as<ParenExpr>()->x;
    return e;
}

} // namespace

void Checker::overflow(Operand& x)
{
    if (x.val.is_unknown()) {
        error(op_pos(x.expr), "constant result is not representable");
        return;
    }
    if (is_typed(x.type)) {
        representable(x, as_basic(x.type));
        return;
    }
    if (x.val.kind() == ConstKind::Int && x.val.exceeds_untyped_int_precision()) {
        error(op_pos(x.expr), fmt::format("constant {} overflow", op_name(x.expr)));
        x.val = Constant::make_unknown();
    }
}

// The operator predicates of expr.go (unaryOpPredicates, binaryOpPredicates).
bool Checker::op_allowed(Operand& x, Op op, bool is_binary)
{
    bool ok = false;
    switch (op) {
    case Op::Add:
        ok = is_binary ? is_numeric_or_string(x.type) : is_numeric(x.type);
        break;
    case Op::Sub:
    case Op::Mul:
    case Op::Div:
        ok = is_numeric(x.type);
        break;
    case Op::Rem:
    case Op::And:
    case Op::Or:
    case Op::Xor:
    case Op::AndNot:
        ok = is_integer(x.type);
        break;
    case Op::AndAnd:
    case Op::OrOr:
    case Op::Not:
        ok = is_boolean(x.type);
        break;
    default:
        error_at(x, fmt::format("invalid AST: unknown operator {}", op_string(op)));
        return false;
    }
    if (!ok)
        error_at(x,
            fmt::format(
                "invalid operation: operator {} not defined on {}", op_string(op), operand_string(x)));
    return ok;
}

void Checker::unary(Operand& x, Operation* e)
{
    expr(x, e->x);
    if (x.invalid())
        return;
    switch (e->op) {
    case Op::And:
        if (unparen(e->x)->kind != NodeKind::CompositeLit && x.mode != Mode::Variable) {
            error_at(x, fmt::format("invalid operation: cannot take address of {}", operand_string(x)));
            x.mode = Mode::Invalid;
            return;
        }
        x.mode = Mode::Value;
        x.type = make<Pointer>(x.type);
        return;
    case Op::Recv: {
        Type* u = under(x.type);
        if (u->kind() != TypeKind::Chan) {
            error_at(
                x, fmt::format("invalid operation: cannot receive from non-channel {}", operand_string(x)));
            x.mode = Mode::Invalid;
            return;
        }
        if (u->as<Chan>()->dir == ChanDir::Send) {
            error_at(x,
                fmt::format(
                    "invalid operation: cannot receive from send-only channel {}", operand_string(x)));
            x.mode = Mode::Invalid;
            return;
        }
        x.mode = Mode::CommaOk;
        x.type = u->as<Chan>()->elem;
        m_env.has_call_or_recv = true;
        return;
    }
    case Op::Tilde:
        error_at(e, "cannot use ~ outside of interface or type constraint");
        x.mode = Mode::Invalid;
        return;
    default:
        break;
    }
    if (!op_allowed(x, e->op, false)) {
        x.mode = Mode::Invalid;
        return;
    }
    if (x.mode == Mode::Constant) {
        if (x.val.is_unknown())
            return;
        unsigned prec = 0;
        if (is_unsigned(x.type))
            prec = basic_bits(as_basic(x.type));
        x.val = unary_op(e->op, x.val, prec);
        x.expr = e;
        overflow(x);
        return;
    }
    x.mode = Mode::Value;
}

std::string Checker::kind_string(Type* t)
{
    switch (under(t)->kind()) {
    case TypeKind::Array:
        return "array";
    case TypeKind::Slice:
        return "slice";
    case TypeKind::Struct:
        return "struct";
    case TypeKind::Pointer:
        return "pointer";
    case TypeKind::Signature:
        return "func";
    case TypeKind::Interface:
        return "interface";
    case TypeKind::Map:
        return "map";
    case TypeKind::Chan:
        return "chan";
    default:
        return type_string(t);
    }
}

std::string Checker::incomparable_cause(Type* t)
{
    Type* u = under(t);
    switch (u->kind()) {
    case TypeKind::Slice:
    case TypeKind::Signature:
    case TypeKind::Map:
        return kind_string(t) + " can only be compared to nil";
    case TypeKind::Struct:
        for (Var* f : u->as<Struct>()->fields)
            if (!comparable(f->type))
                return "struct containing " + type_string(f->type) + " cannot be compared";
        return "";
    case TypeKind::Array:
        return type_string(u) + " cannot be compared";
    default:
        return "";
    }
}

void Checker::comparison(Operand& x, Operand& y, Op op, bool switch_case)
{
    if (switch_case)
        op = Op::Eql;
    Operand* err_op = &x;
    std::string cause;
    bool ok = assignable_to(x, y.type, nullptr) || assignable_to(y, x.type, nullptr);
    if (!ok) {
        err_op = &y;
        cause = fmt::format("mismatched types {} and {}", type_string(x.type), type_string(y.type));
    } else if (op == Op::Eql || op == Op::Neq) {
        if (x.is_nil() || y.is_nil()) {
            Type* t = x.is_nil() ? y.type : x.type;
            if (!has_nil(t)) {
                err_op = &y;
                ok = false;
            }
        } else if (!comparable(x.type)) {
            err_op = &x;
            cause = incomparable_cause(x.type);
            ok = false;
        } else if (!comparable(y.type)) {
            err_op = &y;
            cause = incomparable_cause(y.type);
            ok = false;
        }
    } else if (!is_ordered(x.type)) {
        err_op = &x;
        ok = false;
    } else if (!is_ordered(y.type)) {
        err_op = &y;
        ok = false;
    }
    if (ok) {
        if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
            x.val = Constant::make_bool(compare(x.val, op, y.val));
        } else {
            x.mode = Mode::Value;
            update_expr_type(x.expr, default_type(x.type), true);
            update_expr_type(y.expr, default_type(y.type), true);
        }
        x.type = typ(BasicKind::UntypedBool);
        return;
    }
    if (cause.empty())
        cause = fmt::format("operator {} not defined on {}", op_string(op), kind_string(err_op->type));
    if (switch_case)
        error_at(x,
            fmt::format(
                "invalid case {} in switch on {} ({})", expr_string(x.expr), expr_string(y.expr), cause));
    else
        error_at(*err_op,
            fmt::format("invalid operation: {} {} {} ({})", expr_string(x.expr), op_string(op),
                expr_string(y.expr), cause));
    x.mode = Mode::Invalid;
}

void Checker::shift(Operand& x, Operand& y, Expr* e, Op op)
{
    Constant xval;
    if (x.mode == Mode::Constant)
        xval = x.val.to_int();
    if (!(is_integer(x.type)
            || (is_untyped(x.type) && x.mode == Mode::Constant && xval.kind() == ConstKind::Int))) {
        error_at(x, fmt::format("invalid operation: shifted operand {} must be integer", operand_string(x)));
        x.mode = Mode::Invalid;
        return;
    }
    if (y.mode == Mode::Constant) {
        Constant yval = y.val.to_int();
        if (yval.kind() == ConstKind::Int && yval.sign() < 0) {
            error_at(y, fmt::format("invalid operation: negative shift count {}", operand_string(y)));
            x.mode = Mode::Invalid;
            return;
        }
        if (is_untyped(y.type)) {
            representable(y, typ(BasicKind::Uint)->as<Basic>());
            if (y.invalid()) {
                x.mode = Mode::Invalid;
                return;
            }
        }
    } else if (is_integer(y.type)) {
        // any integer shift count is fine since Go 1.13
    } else if (is_untyped(y.type)) {
        convert_untyped(y, typ(BasicKind::Uint));
        if (y.invalid()) {
            x.mode = Mode::Invalid;
            return;
        }
    } else {
        error_at(y, fmt::format("invalid operation: shift count {} must be integer", operand_string(y)));
        x.mode = Mode::Invalid;
        return;
    }
    if (x.mode == Mode::Constant) {
        if (y.mode == Mode::Constant) {
            if (x.val.is_unknown() || y.val.is_unknown()) {
                x.val = Constant::make_unknown();
                if (!is_integer(x.type))
                    x.type = typ(BasicKind::UntypedInt);
                return;
            }
            auto s = y.val.uint64_value();
            if (!s || *s > kMaxShiftCount) {
                error_at(y, fmt::format("invalid operation: invalid shift count {}", operand_string(y)));
                x.mode = Mode::Invalid;
                return;
            }
            if (!is_integer(x.type))
                x.type = typ(BasicKind::UntypedInt);
            x.val = types::shift(xval, op, *s);
            x.expr = e;
            overflow(x);
            return;
        }
        if (is_untyped(x.type)) {
            // Delay the check: the operand takes the type the shift expression eventually gets.
            if (x.expr && is_untyped(x.expr->type))
                m_lhs_shift.insert(x.expr);
            x.mode = Mode::Value;
            return;
        }
    }
    if (!is_integer(x.type)) {
        error_at(x, fmt::format("invalid operation: shifted operand {} must be integer", operand_string(x)));
        x.mode = Mode::Invalid;
        return;
    }
    x.mode = Mode::Value;
}

void Checker::binary(Operand& x, Expr* e, Expr* lhs, Expr* rhs, Op op)
{
    Operand y;
    expr(x, lhs);
    expr(y, rhs);
    if (x.invalid())
        return;
    if (y.invalid()) {
        x.mode = Mode::Invalid;
        x.expr = y.expr;
        return;
    }
    if (op == Op::Shl || op == Op::Shr) {
        shift(x, y, e, op);
        return;
    }
    bool can_mix = true;
    if (!is_interface(x.type) && !is_interface(y.type)) {
        if (is_boolean(x.type) != is_boolean(y.type) || is_string(x.type) != is_string(y.type))
            can_mix = false;
        else if ((x.is_nil() && !has_nil(y.type)) || (y.is_nil() && !has_nil(x.type)))
            can_mix = false;
    }
    if (can_mix) {
        convert_untyped(x, y.type);
        if (x.invalid())
            return;
        convert_untyped(y, x.type);
        if (y.invalid()) {
            x.mode = Mode::Invalid;
            return;
        }
    }
    if (is_comparison(op)) {
        comparison(x, y, op, false);
        return;
    }
    if (!identical(x.type, y.type)) {
        if (!is_invalid(x.type) && !is_invalid(y.type)) {
            if (e)
                error_at(x,
                    fmt::format("invalid operation: {} (mismatched types {} and {})", expr_string(e),
                        type_string(x.type), type_string(y.type)));
            else
                error_at(x,
                    fmt::format("invalid operation: {} {}= {} (mismatched types {} and {})", expr_string(lhs),
                        op_string(op), expr_string(rhs), type_string(x.type), type_string(y.type)));
        }
        x.mode = Mode::Invalid;
        return;
    }
    if (!op_allowed(x, op, true)) {
        x.mode = Mode::Invalid;
        return;
    }
    if (op == Op::Div || op == Op::Rem) {
        if ((x.mode == Mode::Constant || is_integer(x.type)) && y.mode == Mode::Constant && y.val.is_zero()) {
            error_at(y, "invalid operation: division by zero");
            x.mode = Mode::Invalid;
            return;
        }
    }
    if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
        if (x.val.is_unknown() || y.val.is_unknown()) {
            x.val = Constant::make_unknown();
            return;
        }
        if (x.val.kind() == ConstKind::String && y.val.kind() == ConstKind::String
            && x.val.string_value().size() + y.val.string_value().size() > kMaxConstString) {
            // Go builds such a constant until memory runs out (`s1 = s0 + s0` doubling 40
            // times); vitro stops at a limit no real program reaches.
            error(op_pos(e), fmt::format("constant string too long (more than {} bytes)", kMaxConstString));
            x.val = Constant::make_unknown();
            x.expr = e;
            return;
        }
        DivMode div = op == Op::Div && is_integer(x.type) ? DivMode::Integer : DivMode::Exact;
        x.val = binary_op(x.val, op, y.val, div);
        x.expr = e;
        overflow(x);
        return;
    }
    x.mode = Mode::Value;
}

void Checker::basic_lit(Operand& x, BasicLit* e)
{
    if (e->bad)
        return;
    if (e->lit_kind == LitKind::Imag) {
        error(e->pos, "complex numbers are not supported");
        return;
    }
    if (e->lit_kind == LitKind::Int || e->lit_kind == LitKind::Float) {
        constexpr size_t kLimit = 10000;
        if (e->value.size() > kLimit) {
            error(e->pos,
                fmt::format(
                    "excessively long constant: {}... ({} chars)", e->value.substr(0, 10), e->value.size()));
            return;
        }
    }
    Constant v = Constant::from_literal(e->lit_kind, e->value);
    if (v.is_unknown()) {
        error(e->pos, fmt::format("malformed constant: {}", e->value));
        return;
    }
    BasicKind k = BasicKind::UntypedInt;
    switch (e->lit_kind) {
    case LitKind::Int:
        k = BasicKind::UntypedInt;
        break;
    case LitKind::Float:
        k = BasicKind::UntypedFloat;
        break;
    case LitKind::Imag:
        k = BasicKind::UntypedComplex;
        break;
    case LitKind::Rune:
        k = BasicKind::UntypedRune;
        break;
    case LitKind::String:
        k = BasicKind::UntypedString;
        break;
    }
    x.mode = Mode::Constant;
    x.type = typ(k);
    x.val = std::move(v);
}

void Checker::func_lit(Operand& x, FuncLit* e)
{
    Type* t = type_expr(e->type);
    if (t->kind() != TypeKind::Signature)
        return;
    auto* sig = t->as<Signature>();
    if (e->body) {
        DeclInfo* decl = m_env.decl;
        const Constant* iota = m_env.iota ? make<Constant>(*m_env.iota) : nullptr;
        later([this, decl, sig, e, iota] {
            m_pkg->functions.push_back({ nullptr, nullptr, e, sig, e->body });
            func_body(decl, sig, e->body, iota);
        });
    }
    x.mode = Mode::Value;
    x.type = sig;
}

void Checker::deref_expr(Operand& x, Operation* e)
{
    expr_or_type(x, e->x);
    switch (x.mode) {
    case Mode::Invalid:
        return;
    case Mode::TypeExpr:
        x.type = make<Pointer>(x.type);
        return;
    default:
        break;
    }
    Type* u = under(x.type);
    if (u->kind() != TypeKind::Pointer) {
        error_at(x, fmt::format("invalid operation: cannot indirect {}", operand_string(x)));
        x.mode = Mode::Invalid;
        return;
    }
    x.mode = Mode::Variable;
    x.type = u->as<Pointer>()->base;
}

void Checker::type_assertion(Expr* e, Operand& x, Type* t, bool type_switch)
{
    if (is_interface(t))
        return;
    Func* alt = nullptr;
    Func* method = missing_method(t, under(x.type)->as<Interface>(), false, &alt);
    if (method == nullptr)
        return;
    std::string cause = missing_method_reason(t, x.type, method, alt);
    if (type_switch)
        error_at(e,
            fmt::format("impossible type switch case: {}\n\t{} cannot have dynamic type {} {}",
                expr_string(e), operand_string(x), type_string(t), cause));
    else
        error_at(e,
            fmt::format("impossible type assertion: {}\n\t{} does not implement {} {}", expr_string(e),
                type_string(t), type_string(x.type), cause));
}

void Checker::assert_expr(Operand& x, AssertExpr* e)
{
    expr(x, e->x);
    if (x.invalid())
        return;
    if (!is_interface(x.type)) {
        error_at(x, fmt::format("invalid operation: {} is not an interface", operand_string(x)));
        x.mode = Mode::Invalid;
        return;
    }
    Type* t = var_type(e->assert_type);
    if (is_invalid(t)) {
        x.mode = Mode::Invalid;
        return;
    }
    type_assertion(e, x, t, false);
    x.mode = Mode::CommaOk;
    x.type = t;
}

bool Checker::enter_nested(const Node* n)
{
    if (++m_depth > kMaxDepth) {
        if (!m_depth_reported) {
            m_depth_reported = true;
            error(
                go_start_pos(n), fmt::format("expression nesting too deep (more than {} levels)", kMaxDepth));
        }
        return false;
    }
    return !stack_exhausted(go_start_pos(n));
}

// Reports once that declarations nest deeper than the checker's stack allows; Go's checker,
// on a goroutine stack of up to 1 GB, has no such limit and no message for it. What the
// checker finds afterwards follows from declarations it had to skip, so it stays unreported.
bool Checker::stack_exhausted(Pos pos)
{
    if (!m_stack.exhausted())
        return false;
    if (!m_out_of_stack) {
        error(pos, "declarations nested too deep (the type checker ran out of stack)");
        m_out_of_stack = true;
    }
    return true;
}

ExprKind Checker::raw_expr(Operand& x, Expr* e, Type* hint)
{
    struct Leave {
        int& depth;
        ~Leave() { --depth; }
    } leave { m_depth };
    if (!enter_nested(e)) {
        x.mode = Mode::Invalid;
        x.type = invalid_type();
        x.expr = e;
        record(x);
        return ExprKind::Statement;
    }
    ExprKind kind = expr_internal(x, e, hint);
    record(x);
    return kind;
}

ExprKind Checker::expr_internal(Operand& x, Expr* e, Type* hint)
{
    x.mode = Mode::Invalid;
    x.type = invalid_type();
    x.val = Constant();
    switch (e->kind) {
    case NodeKind::BadExpr:
        break;
    case NodeKind::Name:
        ident(x, e->as<Name>(), nullptr, false);
        break;
    case NodeKind::DotsType:
        error_at(e, "invalid use of '...'");
        break;
    case NodeKind::BasicLit:
        basic_lit(x, e->as<BasicLit>());
        break;
    case NodeKind::FuncLit:
        func_lit(x, e->as<FuncLit>());
        break;
    case NodeKind::CompositeLit:
        composite_lit(x, e->as<CompositeLit>(), hint);
        break;
    case NodeKind::ParenExpr: {
        ExprKind kind = raw_expr(x, e->as<ParenExpr>()->x, nullptr);
        x.expr = e;
        return kind;
    }
    case NodeKind::SelectorExpr:
        selector(x, e->as<SelectorExpr>(), nullptr);
        break;
    case NodeKind::IndexExpr:
        index_expr(x, e->as<IndexExpr>());
        break;
    case NodeKind::SliceExpr:
        slice_expr(x, e->as<SliceExpr>());
        break;
    case NodeKind::AssertExpr:
        assert_expr(x, e->as<AssertExpr>());
        break;
    case NodeKind::TypeSwitchGuard:
        error_at(e, "invalid AST: use of .(type) outside type switch");
        break;
    case NodeKind::CallExpr:
        return call_expr(x, e->as<CallExpr>());
    case NodeKind::ListExpr:
        error_at(e, "unexpected list of expressions");
        break;
    case NodeKind::Operation: {
        auto* o = e->as<Operation>();
        if (o->y == nullptr) {
            if (o->op == Op::Mul) {
                deref_expr(x, o);
                break;
            }
            unary(x, o);
            if (!x.invalid() && o->op == Op::Recv) {
                x.expr = e;
                return ExprKind::Statement; // receive operations may stand alone
            }
            break;
        }
        binary(x, e, o->x, o->y, o->op);
        break;
    }
    case NodeKind::KeyValueExpr:
        error_at(e, "invalid AST: no key:value expected");
        break;
    case NodeKind::ArrayType:
    case NodeKind::SliceType:
    case NodeKind::StructType:
    case NodeKind::FuncType:
    case NodeKind::InterfaceType:
    case NodeKind::MapType:
    case NodeKind::ChanType:
        x.type = type_expr(e);
        x.mode = is_invalid(x.type) ? Mode::Invalid : Mode::TypeExpr;
        break;
    default:
        error_at(e, "invalid AST: unexpected node");
        break;
    }
    x.expr = e;
    if (x.invalid()) {
        x.type = invalid_type();
        return ExprKind::Statement; // avoids follow-up errors
    }
    return ExprKind::Expression;
}

void Checker::exclude(Operand& x, unsigned modeset)
{
    if ((modeset & (1u << static_cast<unsigned>(x.mode))) == 0)
        return;
    std::string msg;
    switch (x.mode) {
    case Mode::NoValue:
        msg = (modeset & (1u << static_cast<unsigned>(Mode::TypeExpr))) ? "{} used as value"
                                                                        : "{} used as value or type";
        break;
    case Mode::Builtin:
        msg = "{} must be called";
        break;
    case Mode::TypeExpr:
        msg = "{} is not an expression";
        break;
    default:
        return;
    }
    error_at(x, fmt::format(fmt::runtime(msg), operand_string(x)));
    x.mode = Mode::Invalid;
}

void Checker::single_value(Operand& x)
{
    if (x.mode == Mode::Value && x.type && x.type->kind() == TypeKind::Tuple) {
        error_at(x, fmt::format("multiple-value {} in single-value context", operand_string(x)));
        x.mode = Mode::Invalid;
    }
}

namespace {
constexpr unsigned bit(Mode m)
{
    return 1u << static_cast<unsigned>(m);
}
} // namespace

void Checker::expr(Operand& x, Expr* e)
{
    raw_expr(x, e, nullptr);
    exclude(x, bit(Mode::NoValue) | bit(Mode::Builtin) | bit(Mode::TypeExpr));
    single_value(x);
}

void Checker::multi_expr(Operand& x, Expr* e)
{
    raw_expr(x, e, nullptr);
    exclude(x, bit(Mode::NoValue) | bit(Mode::Builtin) | bit(Mode::TypeExpr));
}

void Checker::expr_with_hint(Operand& x, Expr* e, Type* hint)
{
    raw_expr(x, e, hint);
    exclude(x, bit(Mode::NoValue) | bit(Mode::Builtin) | bit(Mode::TypeExpr));
    single_value(x);
}

void Checker::expr_or_type(Operand& x, Expr* e)
{
    raw_expr(x, e, nullptr);
    exclude(x, bit(Mode::NoValue));
    single_value(x);
}

} // namespace vitro::lang::types
