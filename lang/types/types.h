// lang/types/types.h — the checker's type representation (mirrors types2's Type classes).
//
// Overview: one class per kind of Go type: Basic (including the untyped kinds), Pointer, Array,
// Slice, Map, Chan, Struct, Signature, Interface, Named and Tuple (multiple results). Types are
// allocated in the compilation's Arena and never freed; two types are the same Go type when
// identical() says so (pointer equality is only a fast path). Named types carry their methods;
// their underlying type is resolved lazily by under(), which follows chains such as
// `type A B; type B int` the way types2's Named.under does.
// Invariants: a type is complete once the declaration that created it has been checked; only
// Named.underlying, Array.len (for `[...]T{...}`) and Interface's computed method set change
// after creation, and only inside the checker.
// Go reference: cmd/compile/internal/types2 basic.go, array.go ... named.go, predicates.go.
#pragma once

#include "lang/ast.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace vitro::lang::types {

class Object;
class Var;
class Func;
class TypeName;
class Scope;
class Checker;

enum class TypeKind : uint8_t {
    Basic,
    Pointer,
    Array,
    Slice,
    Map,
    Chan,
    Struct,
    Signature,
    Interface,
    Named,
    Tuple
};

enum class BasicKind : uint8_t {
    Invalid, // the type of an erroneous expression
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
};
inline constexpr int kNumBasicKinds = static_cast<int>(BasicKind::UntypedNil) + 1;

// Properties of basic types (types2 BasicInfo).
enum BasicInfo : uint8_t {
    kIsBoolean = 1 << 0,
    kIsInteger = 1 << 1,
    kIsUnsigned = 1 << 2,
    kIsFloat = 1 << 3,
    kIsComplex = 1 << 4,
    kIsString = 1 << 5,
    kIsUntyped = 1 << 6,
    kIsOrdered = kIsInteger | kIsFloat | kIsString,
    kIsNumeric = kIsInteger | kIsFloat | kIsComplex,
    kIsConstType = kIsBoolean | kIsNumeric | kIsString,
};

class Type {
public:
    TypeKind kind() const { return m_kind; }
    template <class T> T* as() { return static_cast<T*>(this); }
    template <class T> const T* as() const { return static_cast<const T*>(this); }

protected:
    explicit Type(TypeKind k)
        : m_kind(k)
    {
    }

private:
    TypeKind m_kind;
};

class Basic final : public Type {
public:
    Basic(BasicKind k, uint8_t i, std::string_view n)
        : Type(TypeKind::Basic)
        , basic_kind(k)
        , info(i)
        , name(n)
    {
    }
    BasicKind basic_kind;
    uint8_t info;
    std::string_view name; // "int", "untyped float", "byte" (an alias keeps its own name)
};

class Pointer final : public Type {
public:
    explicit Pointer(Type* b)
        : Type(TypeKind::Pointer)
        , base(b)
    {
    }
    Type* base;
};

class Array final : public Type {
public:
    Array(Type* e, int64_t n)
        : Type(TypeKind::Array)
        , elem(e)
        , len(n)
    {
    }
    Type* elem;
    int64_t len; // < 0 while unknown ([...]T before its literal is checked, or invalid)
};

class Slice final : public Type {
public:
    explicit Slice(Type* e)
        : Type(TypeKind::Slice)
        , elem(e)
    {
    }
    Type* elem;
};

class Map final : public Type {
public:
    Map(Type* k, Type* e)
        : Type(TypeKind::Map)
        , key(k)
        , elem(e)
    {
    }
    Type* key;
    Type* elem;
};

class Chan final : public Type {
public:
    Chan(ChanDir d, Type* e)
        : Type(TypeKind::Chan)
        , dir(d)
        , elem(e)
    {
    }
    ChanDir dir;
    Type* elem;
};

class Struct final : public Type {
public:
    Struct()
        : Type(TypeKind::Struct)
    {
    }
    std::vector<Var*> fields;
    std::vector<std::string> tags; // empty when no field has a tag; else parallel to fields
    bool complete = false; // fields are set up (an incomplete struct is a declaration cycle)
    std::string_view tag(size_t i) const
    {
        return i < tags.size() ? std::string_view(tags[i]) : std::string_view();
    }
};

// An ordered list of variables: parameters, results, or the values of a multi-value call.
class Tuple final : public Type {
public:
    Tuple()
        : Type(TypeKind::Tuple)
    {
    }
    std::vector<Var*> vars;
    size_t len() const { return vars.size(); }
};

class Signature final : public Type {
public:
    Signature()
        : Type(TypeKind::Signature)
    {
    }
    Scope* scope = nullptr; // parameters and results; the function body's outer scope
    Var* recv = nullptr; // nullptr unless a method
    Tuple* params = nullptr; // never nullptr once set up (may be empty)
    Tuple* results = nullptr; // never nullptr once set up (may be empty)
    bool variadic = false; // the last parameter is ...T (its type is []T)
};

class Interface final : public Type {
public:
    Interface()
        : Type(TypeKind::Interface)
    {
    }
    std::vector<Func*> methods; // explicitly declared, sorted by name
    std::vector<Type*> embeddeds; // embedded interface types, in source order
    std::vector<Pos> embed_pos; // parallel to embeddeds
    // The method set including embedded interfaces' methods, sorted (types2 _TypeSet.methods);
    // computed on first use by type_set_methods().
    std::vector<Func*> all_methods;
    bool set_computed = false;
    bool set_computing = false;
    bool is_any = false; // the predeclared `any` (printed by that name)
    bool is_empty() const { return methods.empty() && embeddeds.empty(); }
};

class Named final : public Type {
public:
    explicit Named(TypeName* o)
        : Type(TypeKind::Named)
        , obj(o)
    {
    }
    TypeName* obj;
    // The underlying type; may temporarily be another Named while declarations are resolved
    // (under() collapses the chain), nullptr while the declaration is being checked.
    Type* underlying = nullptr;
    Type* from_rhs = nullptr; // the type of the declaration's right-hand side (validType walks it)
    std::vector<Func*> methods; // declared methods, in source order
    Checker* check = nullptr; // the checker of the declaring package (for lazy resolution)
};

// Size and alignment of a basic type in Go's amd64 layout (types2's gc sizes); an untyped kind
// takes its default type's. The one table both the size checks (sizes.cpp) and the code
// generator's type descriptors (lang/compile/rttypes.cpp) use.
struct BasicLayout {
    int64_t size;
    int64_t align;
};
BasicLayout basic_layout(BasicKind k);

// ---- predicates (predicates.go); all take resolved or unresolved types ----

// The underlying type: for Named the resolved underlying type, otherwise the type itself.
Type* under(Type* t);
const Type* under(const Type* t);

const Basic* as_basic(const Type* t); // under(t) as Basic, or nullptr
bool is_basic(const Type* t, uint8_t info); // under(t) is a Basic with any of the info bits
inline bool is_boolean(const Type* t)
{
    return is_basic(t, kIsBoolean);
}
inline bool is_integer(const Type* t)
{
    return is_basic(t, kIsInteger);
}
inline bool is_unsigned(const Type* t)
{
    return is_basic(t, kIsUnsigned);
}
inline bool is_float(const Type* t)
{
    return is_basic(t, kIsFloat);
}
inline bool is_complex(const Type* t)
{
    return is_basic(t, kIsComplex);
}
inline bool is_numeric(const Type* t)
{
    return is_basic(t, kIsNumeric);
}
inline bool is_string(const Type* t)
{
    return is_basic(t, kIsString);
}
inline bool is_integer_or_float(const Type* t)
{
    return is_basic(t, kIsInteger | kIsFloat);
}
inline bool is_const_type(const Type* t)
{
    return is_basic(t, kIsConstType);
}
inline bool is_ordered(const Type* t)
{
    return is_basic(t, kIsOrdered);
}
inline bool is_numeric_or_string(const Type* t)
{
    return is_basic(t, kIsNumeric | kIsString);
}

bool is_untyped(const Type* t); // an untyped Basic (not looking through Named)
inline bool is_typed(const Type* t)
{
    return !is_untyped(t);
}
bool is_invalid(const Type* t); // the invalid Basic (not looking through Named)
bool is_interface(const Type* t);
bool has_name(const Type* t); // Basic or Named
bool has_nil(const Type* t);
bool is_bytes_or_runes(const Type* t); // underlying []byte or []rune
bool is_interface_ptr(const Type* t); // pointer to an interface

// Type identity (spec "Type identity"); tags are compared only when `cmp_tags`.
bool identical(const Type* x, const Type* y);
bool identical_ignore_tags(const Type* x, const Type* y);
// Comparable with == (spec "Comparison operators"); interfaces count as comparable.
bool comparable(const Type* t);

// The method set of an interface including embedded ones, sorted by name; computes it on
// first use (reporting duplicate methods through `check` when it is not nullptr).
const std::vector<Func*>& interface_methods(Interface* t, Checker* check = nullptr);
// Sorts methods the way types2 orders them (exported names first, then by name).
void sort_methods(std::vector<Func*>& list);

// If t is a pointer, its base (and true); otherwise t (and false).
Type* deref(Type* t, bool* is_ptr = nullptr);
// For a pointer to an array, the array; otherwise t (builtins len/cap, range).
Type* array_ptr_deref(Type* t);

} // namespace vitro::lang::types
