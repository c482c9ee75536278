// lang/types/universe.cpp — the universe scope: predeclared types, constants, nil and the
// built-in functions (types2 universe.go). One universe per compilation: nothing is global.
#include "lang/types/checker.h"

namespace vitro::lang::types {

namespace {

struct BasicSpec {
    BasicKind kind;
    uint8_t info;
    const char* name;
};

constexpr BasicSpec kBasics[] = {
    { BasicKind::Invalid, 0, "invalid type" },
    { BasicKind::Bool, kIsBoolean, "bool" },
    { BasicKind::Int, kIsInteger, "int" },
    { BasicKind::Int8, kIsInteger, "int8" },
    { BasicKind::Int16, kIsInteger, "int16" },
    { BasicKind::Int32, kIsInteger, "int32" },
    { BasicKind::Int64, kIsInteger, "int64" },
    { BasicKind::Uint, kIsInteger | kIsUnsigned, "uint" },
    { BasicKind::Uint8, kIsInteger | kIsUnsigned, "uint8" },
    { BasicKind::Uint16, kIsInteger | kIsUnsigned, "uint16" },
    { BasicKind::Uint32, kIsInteger | kIsUnsigned, "uint32" },
    { BasicKind::Uint64, kIsInteger | kIsUnsigned, "uint64" },
    { BasicKind::Uintptr, kIsInteger | kIsUnsigned, "uintptr" },
    { BasicKind::Float32, kIsFloat, "float32" },
    { BasicKind::Float64, kIsFloat, "float64" },
    { BasicKind::Complex64, kIsComplex, "complex64" },
    { BasicKind::Complex128, kIsComplex, "complex128" },
    { BasicKind::String, kIsString, "string" },
    { BasicKind::UnsafePointer, 0, "Pointer" },
    { BasicKind::UntypedBool, kIsBoolean | kIsUntyped, "untyped bool" },
    { BasicKind::UntypedInt, kIsInteger | kIsUntyped, "untyped int" },
    { BasicKind::UntypedRune, kIsInteger | kIsUntyped, "untyped rune" },
    { BasicKind::UntypedFloat, kIsFloat | kIsUntyped, "untyped float" },
    { BasicKind::UntypedComplex, kIsComplex | kIsUntyped, "untyped complex" },
    { BasicKind::UntypedString, kIsString | kIsUntyped, "untyped string" },
    { BasicKind::UntypedNil, kIsUntyped, "untyped nil" },
};
static_assert(std::size(kBasics) == kNumBasicKinds);

struct BuiltinSpec {
    const char* name;
    BuiltinId id;
};

constexpr BuiltinSpec kBuiltins[] = {
    { "append", BuiltinId::Append },
    { "cap", BuiltinId::Cap },
    { "clear", BuiltinId::Clear },
    { "close", BuiltinId::Close },
    { "complex", BuiltinId::Complex },
    { "copy", BuiltinId::Copy },
    { "delete", BuiltinId::Delete },
    { "imag", BuiltinId::Imag },
    { "len", BuiltinId::Len },
    { "make", BuiltinId::Make },
    { "max", BuiltinId::Max },
    { "min", BuiltinId::Min },
    { "new", BuiltinId::New },
    { "panic", BuiltinId::Panic },
    { "print", BuiltinId::Print },
    { "println", BuiltinId::Println },
    { "real", BuiltinId::Real },
    { "recover", BuiltinId::Recover },
};

void def(Scope* s, Object* o)
{
    s->insert(o);
}

// `error`: interface{ Error() string }, a Named type without a package.
Named* make_error_type(support::Arena& arena, Universe* u)
{
    auto* obj = arena.make<TypeName>(Pos {}, nullptr, "error", nullptr);
    auto* named = arena.make<Named>(obj);
    obj->type = named;
    obj->color = kBlack;
    auto* sig = arena.make<Signature>();
    sig->recv = arena.make<Var>(Pos {}, nullptr, "", named);
    sig->params = arena.make<Tuple>();
    sig->results = arena.make<Tuple>();
    sig->results->vars.push_back(arena.make<Var>(Pos {}, nullptr, "", u->typ(BasicKind::String)));
    auto* iface = arena.make<Interface>();
    iface->methods.push_back(arena.make<Func>(Pos {}, nullptr, "Error", sig));
    interface_methods(iface);
    named->underlying = iface;
    named->from_rhs = iface;
    return named;
}

} // namespace

Universe* make_universe(support::Arena& arena)
{
    auto* u = arena.make<Universe>();
    u->scope = arena.make<Scope>(nullptr, false);
    for (const BasicSpec& b : kBasics) {
        auto* t = arena.make<Basic>(b.kind, b.info, b.name);
        u->basic[static_cast<int>(b.kind)] = t;
        // types2 declares every Basic by name, "untyped int" included (unreachable by name);
        // "Pointer" belongs to unsafe, which v1 does not offer.
        if (b.kind != BasicKind::UnsafePointer && b.kind != BasicKind::Invalid && !(b.info & kIsUntyped))
            def(u->scope, arena.make<TypeName>(Pos {}, nullptr, b.name, t));
    }
    u->byte_type = arena.make<Basic>(BasicKind::Uint8, kIsInteger | kIsUnsigned, "byte");
    u->rune_type = arena.make<Basic>(BasicKind::Int32, kIsInteger, "rune");
    def(u->scope, arena.make<TypeName>(Pos {}, nullptr, "byte", u->byte_type));
    def(u->scope, arena.make<TypeName>(Pos {}, nullptr, "rune", u->rune_type));

    u->empty_interface = arena.make<Interface>();
    u->empty_interface->set_computed = true;
    u->any_type = arena.make<Interface>();
    u->any_type->as<Interface>()->set_computed = true;
    u->any_type->as<Interface>()->is_any = true;
    def(u->scope, arena.make<TypeName>(Pos {}, nullptr, "any", u->any_type));
    u->error_type = make_error_type(arena, u);
    def(u->scope, u->error_type->obj);

    Type* untyped_bool = u->typ(BasicKind::UntypedBool);
    def(u->scope, arena.make<Const>(Pos {}, nullptr, "true", untyped_bool, Constant::make_bool(true)));
    def(u->scope, arena.make<Const>(Pos {}, nullptr, "false", untyped_bool, Constant::make_bool(false)));
    u->iota
        = arena.make<Const>(Pos {}, nullptr, "iota", u->typ(BasicKind::UntypedInt), Constant::make_int64(0));
    def(u->scope, u->iota);
    u->nil = arena.make<Nil>(u->typ(BasicKind::UntypedNil));
    def(u->scope, u->nil);
    for (const BuiltinSpec& b : kBuiltins)
        def(u->scope, arena.make<Builtin>(b.name, b.id, u->typ(BasicKind::Invalid)));
    return u;
}

} // namespace vitro::lang::types
