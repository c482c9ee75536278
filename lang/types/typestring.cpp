// lang/types/typestring.cpp — the text of types, operands and expressions in messages
// (types2 typestring.go, operand.go operandString; syntax printer.go in ShortForm).
#include "lang/types/checker.h"

#include <unordered_set>

namespace vitro::lang::types {

namespace {

class TypeWriter {
public:
    TypeWriter(std::string& out, const Package* current)
        : m_out(out)
        , m_current(current)
    {
    }

    void type(const Type* t);
    void signature(const Signature* sig);
    void tuple(const Tuple* t, bool variadic);

private:
    void type_name(const TypeName* obj);
    void interface_type(const Interface* t);
    void struct_type(const Struct* t);

    std::string& m_out;
    const Package* m_current; // types of this package are not qualified
    std::unordered_set<const Type*> m_seen;
};

void TypeWriter::type_name(const TypeName* obj)
{
    if (obj->pkg && obj->pkg != m_current) {
        m_out += obj->pkg->name;
        m_out += '.';
    }
    m_out += obj->name;
}

void TypeWriter::struct_type(const Struct* t)
{
    m_out += "struct{";
    for (size_t i = 0; i < t->fields.size(); ++i) {
        if (i > 0)
            m_out += "; ";
        const Var* f = t->fields[i];
        if (!f->embedded) {
            m_out += f->name;
            m_out += ' ';
        }
        type(f->type);
        if (std::string_view tag = t->tag(i); !tag.empty()) {
            m_out += ' ';
            m_out += Constant::make_string(tag).exact_string();
        }
    }
    m_out += '}';
}

void TypeWriter::interface_type(const Interface* t)
{
    if (t->is_any) {
        m_out += "any";
        return;
    }
    m_out += "interface{";
    bool first = true;
    for (const Func* m : t->methods) {
        if (!first)
            m_out += "; ";
        first = false;
        m_out += m->name;
        signature(m->type->as<Signature>());
    }
    for (const Type* e : t->embeddeds) {
        if (!first)
            m_out += "; ";
        first = false;
        type(e);
    }
    m_out += '}';
}

void TypeWriter::type(const Type* t)
{
    if (t == nullptr) {
        m_out += "<nil>";
        return;
    }
    if (!m_seen.insert(t).second) {
        m_out += "<cycle>";
        return;
    }
    switch (t->kind()) {
    case TypeKind::Basic:
        m_out += t->as<Basic>()->name;
        break;
    case TypeKind::Array:
        m_out += '[';
        m_out += std::to_string(t->as<Array>()->len);
        m_out += ']';
        type(t->as<Array>()->elem);
        break;
    case TypeKind::Slice:
        m_out += "[]";
        type(t->as<Slice>()->elem);
        break;
    case TypeKind::Struct:
        struct_type(t->as<Struct>());
        break;
    case TypeKind::Pointer:
        m_out += '*';
        type(t->as<Pointer>()->base);
        break;
    case TypeKind::Tuple:
        tuple(t->as<Tuple>(), false);
        break;
    case TypeKind::Signature:
        m_out += "func";
        signature(t->as<Signature>());
        break;
    case TypeKind::Interface:
        interface_type(t->as<Interface>());
        break;
    case TypeKind::Map:
        m_out += "map[";
        type(t->as<Map>()->key);
        m_out += ']';
        type(t->as<Map>()->elem);
        break;
    case TypeKind::Chan: {
        auto* c = t->as<Chan>();
        bool parens = false;
        switch (c->dir) {
        case ChanDir::Both:
            m_out += "chan ";
            parens = c->elem->kind() == TypeKind::Chan && c->elem->as<Chan>()->dir == ChanDir::Recv;
            break;
        case ChanDir::Send:
            m_out += "chan<- ";
            break;
        case ChanDir::Recv:
            m_out += "<-chan ";
            break;
        }
        if (parens)
            m_out += '(';
        type(c->elem);
        if (parens)
            m_out += ')';
        break;
    }
    case TypeKind::Named:
        type_name(t->as<Named>()->obj);
        break;
    }
    m_seen.erase(t);
}

void TypeWriter::tuple(const Tuple* t, bool variadic)
{
    m_out += '(';
    if (t) {
        for (size_t i = 0; i < t->vars.size(); ++i) {
            if (i > 0)
                m_out += ", ";
            const Var* v = t->vars[i];
            if (!v->name.empty()) {
                m_out += v->name;
                m_out += ' ';
            }
            const Type* vt = v->type;
            if (variadic && i + 1 == t->vars.size() && vt && vt->kind() == TypeKind::Slice) {
                m_out += "...";
                vt = vt->as<Slice>()->elem;
            }
            type(vt);
        }
    }
    m_out += ')';
}

void TypeWriter::signature(const Signature* sig)
{
    tuple(sig->params, sig->variadic);
    size_t n = sig->results ? sig->results->len() : 0;
    if (n == 0)
        return;
    m_out += ' ';
    if (n == 1 && sig->results->vars[0]->name.empty()) {
        type(sig->results->vars[0]->type);
        return;
    }
    tuple(sig->results, false);
}

} // namespace

std::string Checker::qualifier(const Package* p)
{
    if (p == m_pkg || p == nullptr)
        return "";
    return std::string(p->name);
}

std::string type_string(const Type* t, const Package* current)
{
    std::string out;
    TypeWriter(out, current).type(t);
    return out;
}

std::string Checker::type_string(const Type* t)
{
    return types::type_string(t, m_pkg);
}

std::string Checker::func_string(Func* f)
{
    std::string out(f->name);
    if (f->type && f->type->kind() == TypeKind::Signature)
        TypeWriter(out, m_pkg).signature(f->type->as<Signature>());
    return out;
}

// operand.go operandString: `expr (mode of type T)` with the variations types2 prints.
std::string Checker::operand_string(const Operand& x)
{
    if (x.mode == Mode::NilValue) {
        if (x.type == nullptr || is_invalid(x.type))
            return "nil (with invalid type)";
        if (x.type->kind() == TypeKind::Basic && x.type->as<Basic>()->basic_kind == BasicKind::UntypedNil)
            return "nil";
        return "nil (of type " + type_string(x.type) + ")";
    }
    std::string expr;
    if (x.expr) {
        expr = expr_string(x.expr);
    } else if (x.mode == Mode::TypeExpr) {
        expr = type_string(x.type);
    } else if (x.mode == Mode::Constant) {
        expr = x.val.to_string();
    }
    std::string buf;
    if (!expr.empty()) {
        buf += expr;
        buf += " (";
    }
    bool has_type = false;
    switch (x.mode) {
    case Mode::Invalid:
    case Mode::NoValue:
    case Mode::Builtin:
    case Mode::TypeExpr:
        break;
    default:
        if (x.type) {
            if (is_untyped(x.type)) {
                buf += x.type->as<Basic>()->name;
                buf += ' ';
                break;
            }
            has_type = true;
        }
    }
    static constexpr const char* kModeNames[] = { "invalid operand", "no value", "built-in", "type",
        "constant", "variable", "map index expression", "value", "nil", "comma, ok expression" };
    buf += kModeNames[static_cast<int>(x.mode)];
    if (x.mode == Mode::Constant) {
        if (std::string s = x.val.to_string(); s != expr) {
            buf += ' ';
            buf += s;
        }
    }
    if (has_type) {
        if (!is_invalid(x.type)) {
            buf += " of type ";
            buf += type_string(x.type);
        } else {
            buf += " with invalid type";
        }
    }
    if (!expr.empty())
        buf += ')';
    return buf;
}

} // namespace vitro::lang::types
