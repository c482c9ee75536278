// lang/types/builtins.cpp — calls of the built-in functions (types2 builtins.go; min, max and
// clear as in Go 1.23's builtins.go). complex, real and imag are rejected: v1 has no complex
// numbers.
#include "lang/types/checker.h"

namespace vitro::lang::types {

namespace {

struct BuiltinInfo {
    const char* name;
    size_t nargs;
    bool variadic;
};

BuiltinInfo builtin_info(BuiltinId id)
{
    switch (id) {
    case BuiltinId::Append:
        return { "append", 1, true };
    case BuiltinId::Cap:
        return { "cap", 1, false };
    case BuiltinId::Clear:
        return { "clear", 1, false };
    case BuiltinId::Close:
        return { "close", 1, false };
    case BuiltinId::Complex:
        return { "complex", 2, false };
    case BuiltinId::Copy:
        return { "copy", 2, false };
    case BuiltinId::Delete:
        return { "delete", 2, false };
    case BuiltinId::Imag:
        return { "imag", 1, false };
    case BuiltinId::Len:
        return { "len", 1, false };
    case BuiltinId::Make:
        return { "make", 1, true };
    case BuiltinId::Max:
        return { "max", 1, true };
    case BuiltinId::Min:
        return { "min", 1, true };
    case BuiltinId::New:
        return { "new", 1, false };
    case BuiltinId::Panic:
        return { "panic", 1, false };
    case BuiltinId::Print:
        return { "print", 0, true };
    case BuiltinId::Println:
        return { "println", 0, true };
    case BuiltinId::Real:
        return { "real", 1, false };
    case BuiltinId::Recover:
        return { "recover", 0, false };
    }
    return { "?", 0, false };
}

} // namespace

bool Checker::builtin_append(Operand& x, CallExpr* call, std::vector<Operand>& args)
{
    Type* s = x.type;
    Type* su = under(s);
    if (su->kind() != TypeKind::Slice) {
        std::string cause = x.is_nil() ? "have untyped nil" : "have " + operand_string(x);
        error_at(x, fmt::format("first argument to append must be a slice; {}", cause));
        return false;
    }
    Type* elem = su->as<Slice>()->elem;
    if (args.size() == 2 && call->has_dots) {
        Type* bytes = make<Slice>(universe().byte_type);
        if (assignable_to(x, bytes, nullptr)) {
            Operand& y = args[1];
            if (y.invalid())
                return false;
            if (is_string(y.type)) {
                x.mode = Mode::Value;
                x.type = s;
                return true;
            }
        }
    }
    auto* sig = make<Signature>();
    sig->params = make<Tuple>();
    sig->params->vars.push_back(make<Var>(Pos {}, nullptr, "", s));
    sig->params->vars.push_back(make<Var>(Pos {}, nullptr, "", make<Slice>(elem)));
    sig->results = make<Tuple>();
    sig->results->vars.push_back(make<Var>(Pos {}, nullptr, "", s));
    sig->variadic = true;
    arguments(call, sig, args);
    x.mode = Mode::Value;
    x.type = s;
    return true;
}

bool Checker::builtin_len_cap(Operand& x, BuiltinId id)
{
    Mode mode = Mode::Invalid;
    Constant val;
    Type* t = array_ptr_deref(under(x.type));
    switch (t->kind()) {
    case TypeKind::Basic:
        if (is_string(t) && id == BuiltinId::Len) {
            if (x.mode == Mode::Constant) {
                mode = Mode::Constant; // of an unknown string (too long, reported): unknown
                if (!x.val.is_unknown())
                    val = Constant::make_int64(static_cast<int64_t>(x.val.string_value().size()));
            } else {
                mode = Mode::Value;
            }
        }
        break;
    case TypeKind::Array:
        mode = Mode::Value;
        if (!m_env.has_call_or_recv) {
            mode = Mode::Constant;
            val = t->as<Array>()->len >= 0 ? Constant::make_int64(t->as<Array>()->len)
                                           : Constant::make_unknown();
        }
        break;
    case TypeKind::Slice:
    case TypeKind::Chan:
        mode = Mode::Value;
        break;
    case TypeKind::Map:
        if (id == BuiltinId::Len)
            mode = Mode::Value;
        break;
    default:
        break;
    }
    if (mode == Mode::Invalid) {
        if (!is_invalid(under(x.type)))
            error_at(x, fmt::format("invalid argument: {} for {}", operand_string(x), builtin_info(id).name));
        return false;
    }
    x.mode = mode;
    x.type = typ(BasicKind::Int);
    x.val = std::move(val);
    return true;
}

bool Checker::builtin_copy(Operand& x, Operand& y)
{
    Type* dst = under(x.type);
    if (y.invalid())
        return false;
    Type* src = under(y.type);
    Type* src_elem = nullptr;
    if (is_string(src))
        src_elem = universe().byte_type;
    else if (src->kind() == TypeKind::Slice)
        src_elem = src->as<Slice>()->elem;
    if (dst->kind() != TypeKind::Slice || src_elem == nullptr) {
        error_at(x,
            fmt::format("invalid argument: copy expects slice arguments; found {} and {}", operand_string(x),
                operand_string(y)));
        return false;
    }
    if (!identical(dst->as<Slice>()->elem, src_elem)) {
        error_at(x,
            fmt::format(
                "invalid argument: arguments to copy {} and {} have different element types {} and {}",
                operand_string(x), operand_string(y), type_string(dst->as<Slice>()->elem),
                type_string(src_elem)));
        return false;
    }
    x.mode = Mode::Value;
    x.type = typ(BasicKind::Int);
    return true;
}

bool Checker::builtin_make(Operand& x, CallExpr* call)
{
    Expr* arg0 = call->args[0];
    Type* t = var_type(arg0);
    if (is_invalid(t))
        return false;
    size_t min = 0;
    switch (under(t)->kind()) {
    case TypeKind::Slice:
        min = 2;
        break;
    case TypeKind::Map:
    case TypeKind::Chan:
        min = 1;
        break;
    default:
        error_at(arg0,
            fmt::format(
                "invalid argument: cannot make {}; type must be slice, map, or channel", expr_string(arg0)));
        return false;
    }
    size_t nargs = call->args.size();
    if (nargs < min || min + 1 < nargs) {
        error_at(call,
            fmt::format("invalid operation: {} expects {} or {} arguments; found {}", expr_string(call), min,
                min + 1, nargs));
        return false;
    }
    std::vector<int64_t> sizes;
    for (size_t i = 1; i < nargs; ++i) {
        int64_t size = -1;
        index(call->args[i], -1, &size);
        if (size >= 0)
            sizes.push_back(size);
    }
    if (sizes.size() == 2 && sizes[0] > sizes[1])
        error_at(call->args[1], "invalid argument: length and capacity swapped");
    x.mode = Mode::Value;
    x.type = t;
    return true;
}

bool Checker::builtin_min_max(Operand& x, BuiltinId id, std::vector<Operand>& args)
{
    Op op = id == BuiltinId::Max ? Op::Gtr : Op::Lss;
    for (size_t i = 0; i < args.size(); ++i) {
        Operand& a = args[i];
        if (a.invalid())
            return false;
        if (!is_ordered(a.type)) {
            error_at(a, fmt::format("invalid argument: {} cannot be ordered", operand_string(a)));
            return false;
        }
        if (i == 0)
            continue;
        if (is_untyped(x.type) || is_untyped(a.type)) {
            convert_untyped(x, a.type);
            if (x.invalid())
                return false;
            convert_untyped(a, x.type);
            if (a.invalid())
                return false;
        }
        if (!identical(x.type, a.type)) {
            error_at(a,
                fmt::format("invalid argument: mismatched types {} (previous argument) and {} (type of {})",
                    type_string(x.type), type_string(a.type), expr_string(a.expr)));
            return false;
        }
        if (x.mode == Mode::Constant && a.mode == Mode::Constant) {
            if (compare(a.val, op, x.val))
                x = a;
        } else {
            x.mode = Mode::Value;
        }
    }
    if (x.mode != Mode::Constant) {
        x.mode = Mode::Value;
        assignment(
            x, universe().empty_interface, std::string("argument to built-in ") + builtin_info(id).name);
        if (x.invalid())
            return false;
    }
    for (Operand& a : args)
        update_expr_type(a.expr, x.type, true);
    return true;
}

bool Checker::builtin(Operand& x, CallExpr* call, BuiltinId id)
{
    BuiltinInfo bin = builtin_info(id);
    if (call->has_dots && id != BuiltinId::Append) {
        error_at(call, fmt::format("invalid operation: invalid use of ... with built-in {}", bin.name));
        use_list(call->args);
        return false;
    }
    if (id == BuiltinId::Complex || id == BuiltinId::Real || id == BuiltinId::Imag) {
        error_at(call, "complex numbers are not supported");
        use_list(call->args);
        return false;
    }
    // len and cap are constant only when their argument has no calls or receives.
    struct RestoreFlag {
        bool& flag;
        bool active;
        bool saved;
        ~RestoreFlag()
        {
            if (active)
                flag = saved;
        }
    } restore { m_env.has_call_or_recv, id == BuiltinId::Len || id == BuiltinId::Cap,
        m_env.has_call_or_recv };
    if (restore.active)
        m_env.has_call_or_recv = false;

    std::vector<Operand> args;
    size_t nargs = call->args.size();
    if (id != BuiltinId::Make && id != BuiltinId::New) {
        bool comma_ok = false;
        args = expr_list(call->args, false, &comma_ok);
        nargs = args.size();
        if (nargs > 0) {
            x = args[0];
            if (x.invalid())
                return false;
        }
    }
    std::string_view msg;
    if (nargs < bin.nargs)
        msg = "not enough";
    else if (!bin.variadic && nargs > bin.nargs)
        msg = "too many";
    if (!msg.empty()) {
        error_at(call,
            fmt::format("invalid operation: {} arguments for {} (expected {}, found {})", msg,
                expr_string(call), bin.nargs, nargs));
        return false;
    }
    switch (id) {
    case BuiltinId::Append:
        return builtin_append(x, call, args);
    case BuiltinId::Cap:
    case BuiltinId::Len:
        return builtin_len_cap(x, id);
    case BuiltinId::Clear: {
        Type* u = under(x.type);
        if (u->kind() != TypeKind::Map && u->kind() != TypeKind::Slice) {
            error_at(x,
                fmt::format(
                    "invalid argument: cannot clear {}: argument must be (or constrained by) map or slice",
                    operand_string(x)));
            return false;
        }
        x.mode = Mode::NoValue;
        return true;
    }
    case BuiltinId::Close: {
        Type* u = under(x.type);
        if (u->kind() != TypeKind::Chan) {
            error_at(x, fmt::format("invalid operation: cannot close non-channel {}", operand_string(x)));
            return false;
        }
        if (u->as<Chan>()->dir == ChanDir::Recv) {
            error_at(
                x, fmt::format("invalid operation: cannot close receive-only channel {}", operand_string(x)));
            return false;
        }
        x.mode = Mode::NoValue;
        return true;
    }
    case BuiltinId::Copy:
        return builtin_copy(x, args[1]);
    case BuiltinId::Delete: {
        Type* u = under(x.type);
        if (u->kind() != TypeKind::Map) {
            error_at(x, fmt::format("invalid argument: {} is not a map", operand_string(x)));
            return false;
        }
        Type* key = u->as<Map>()->key;
        x = args[1];
        if (x.invalid())
            return false;
        assignment(x, key, "argument to delete");
        if (x.invalid())
            return false;
        x.mode = Mode::NoValue;
        return true;
    }
    case BuiltinId::Make:
        return builtin_make(x, call);
    case BuiltinId::New: {
        Type* t = var_type(call->args[0]);
        if (is_invalid(t))
            return false;
        note_size_site(call->pos, t);
        x.mode = Mode::Value;
        x.type = make<Pointer>(t);
        return true;
    }
    case BuiltinId::Panic:
        if (m_env.sig && m_env.sig->results->len() > 0)
            m_is_panic.insert(call);
        assignment(x, universe().empty_interface, "argument to panic");
        if (x.invalid())
            return false;
        x.mode = Mode::NoValue;
        return true;
    case BuiltinId::Print:
    case BuiltinId::Println:
        for (size_t i = 0; i < nargs; ++i) {
            if (i > 0)
                x = args[i];
            assignment(x, nullptr, std::string("argument to ") + bin.name);
            if (x.invalid())
                return false;
        }
        x.mode = Mode::NoValue;
        return true;
    case BuiltinId::Recover:
        x.mode = Mode::Value;
        x.type = universe().empty_interface;
        return true;
    case BuiltinId::Max:
    case BuiltinId::Min:
        return builtin_min_max(x, id, args);
    case BuiltinId::Complex:
    case BuiltinId::Real:
    case BuiltinId::Imag:
        break;
    }
    return false;
}

} // namespace vitro::lang::types
