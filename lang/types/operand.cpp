// lang/types/operand.cpp — assignability and interface implementation (types2 operand.go
// assignableTo, instantiate.go implements).
#include "lang/types/checker.h"

namespace vitro::lang::types {

std::string Checker::implements(Type* v, Type* t)
{
    Type* vu = under(v);
    Type* tu = under(t);
    if (is_invalid(vu) || is_invalid(tu))
        return "";
    if (vu->kind() == TypeKind::Pointer && is_invalid(under(vu->as<Pointer>()->base)))
        return "";
    if (tu->kind() != TypeKind::Interface) {
        std::string cause
            = is_interface_ptr(tu) ? interface_ptr_error(t) : type_string(t) + " is not an interface";
        return fmt::format("{} does not implement {} ({})", type_string(v), type_string(t), cause);
    }
    auto* ti = tu->as<Interface>();
    if (interface_methods(ti, this).empty())
        return "";
    Func* wrong = nullptr;
    if (Func* m = missing_method(v, ti, true, &wrong))
        return fmt::format("{} does not implement {} {}", type_string(v), type_string(t),
            missing_method_reason(v, t, m, wrong));
    return "";
}

bool Checker::assignable_to(Operand& x, Type* t, std::string* reason)
{
    if (x.invalid() || is_invalid(t))
        return true; // avoid spurious errors
    Type* v = x.type;
    if (identical(v, t))
        return true;
    Type* vu = under(v);
    Type* tu = under(t);
    if (is_untyped(vu)) {
        std::optional<Constant> val;
        ConvError code;
        return implicit_type_and_value(x, t, &val, &code) != nullptr;
    }
    if (identical(vu, tu) && (!has_name(v) || !has_name(t)))
        return true;
    if (tu->kind() == TypeKind::Interface || is_interface_ptr(tu)) {
        std::string err = implements(v, t);
        if (!err.empty()) {
            if (reason)
                *reason = std::move(err);
            return false;
        }
        return true;
    }
    if (vu->kind() == TypeKind::Interface) {
        if (implements(t, v).empty()) {
            if (reason)
                *reason = "need type assertion";
            return false;
        }
    }
    if (vu->kind() == TypeKind::Chan && vu->as<Chan>()->dir == ChanDir::Both && tu->kind() == TypeKind::Chan
        && identical(vu->as<Chan>()->elem, tu->as<Chan>()->elem))
        return !has_name(v) || !has_name(t);
    return false;
}

} // namespace vitro::lang::types
