// lang/types/object.h — named language entities (objects) and the scopes that hold them.
//
// Overview: every declared name denotes an Object (types2 object.go): a package name, a
// constant, a type name, a variable (also parameters, results and struct fields), a function
// or method, a built-in function, or nil. A Scope maps names to objects and links to its
// parent (universe <- package <- file <- function <- blocks); lookups walk outwards.
// Invariants: objects and scopes live in the compilation's Arena. Object::type is nullptr
// only while a package-level object is still waiting to be checked (objDecl assigns it).
// Scope lookups are hash-based once a scope holds more than a few names, so that package
// scopes with thousands of declarations stay O(1).
// Go reference: cmd/compile/internal/types2 object.go, scope.go, package.go.
#pragma once

#include "lang/ast.h"
#include "lang/types/constant.h"
#include "lang/types/types.h"

#include <string_view>
#include <unordered_map>
#include <vector>

namespace vitro::lang::types {

class Package;
class Scope;
struct DeclInfo;

enum class ObjectKind : uint8_t { PkgName, Const, TypeName, Var, Func, Builtin, Nil };

// The built-in functions (universe.go's builtinId), v1's set plus Go 1.21's clear/min/max.
enum class BuiltinId : uint8_t {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
};

// Object "colors" for cycle detection during package-level declaration checking (decl.go):
// white = not yet checked, black = done, grey + i = in progress at index i of the object path.
inline constexpr uint32_t kWhite = 0;
inline constexpr uint32_t kBlack = 1;
inline constexpr uint32_t kGrey = 2;

class Object {
public:
    ObjectKind kind() const { return m_kind; }
    template <class T> T* as() { return static_cast<T*>(this); }
    bool exported() const;
    // Whether this object's name and package identify the same field/method as `name` seen
    // from `pkg` (types2 sameId: unexported names only match within their package).
    bool same_id(const Package* pkg, std::string_view name) const;

    Scope* parent = nullptr; // the scope this object is declared in (nullptr for fields/methods)
    Pos pos; // the declaring identifier
    Package* pkg = nullptr; // nullptr for universe objects
    std::string_view name;
    Type* type = nullptr;
    uint32_t order = 0; // package-level source order (1-based), 0 elsewhere
    uint32_t color = kWhite;
    DeclInfo* decl = nullptr; // package-level declaration info (types2 objMap), or nullptr

protected:
    Object(ObjectKind k, Pos p, Package* package, std::string_view n, Type* t)
        : pos(p)
        , pkg(package)
        , name(n)
        , type(t)
        , color(t ? kBlack : kWhite)
        , m_kind(k)
    {
    }

private:
    ObjectKind m_kind;
};

class PkgName final : public Object {
public:
    PkgName(Pos p, Package* package, std::string_view n, Package* imp)
        : Object(ObjectKind::PkgName, p, package, n, nullptr)
        , imported(imp)
    {
        color = kBlack;
    }
    Package* imported;
    bool used = false;
};

class Const final : public Object {
public:
    Const(Pos p, Package* package, std::string_view n, Type* t, Constant v)
        : Object(ObjectKind::Const, p, package, n, t)
        , val(std::move(v))
    {
    }
    Constant val;
};

class TypeName final : public Object {
public:
    TypeName(Pos p, Package* package, std::string_view n, Type* t)
        : Object(ObjectKind::TypeName, p, package, n, t)
    {
    }
    bool is_alias() const;
};

class Var final : public Object {
public:
    Var(Pos p, Package* package, std::string_view n, Type* t)
        : Object(ObjectKind::Var, p, package, n, t)
    {
    }
    bool embedded = false; // an embedded struct field (its name is the type's name)
    bool is_field = false;
    bool used = false; // read somewhere (parameters and fields count as used)
};

class Func final : public Object {
public:
    Func(Pos p, Package* package, std::string_view n, Type* t)
        : Object(ObjectKind::Func, p, package, n, t)
    {
    }
    Signature* signature() { return type ? type->as<Signature>() : nullptr; }
    bool has_ptr_recv() const;
    bool ptr_recv_hint = false; // receiver written as *T (valid before the signature is checked)
    FuncDecl* decl_node = nullptr; // the declaration (nullptr for interface methods)
};

class Builtin final : public Object {
public:
    Builtin(std::string_view n, BuiltinId i, Type* invalid)
        : Object(ObjectKind::Builtin, Pos {}, nullptr, n, invalid)
        , id(i)
    {
    }
    BuiltinId id;
};

class Nil final : public Object {
public:
    explicit Nil(Type* untyped_nil)
        : Object(ObjectKind::Nil, Pos {}, nullptr, "nil", untyped_nil)
    {
    }
};

class Scope {
public:
    Scope(Scope* parent, bool is_func);
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;

    // The object named `name` in this scope only, or nullptr.
    Object* lookup(std::string_view name) const;
    // Looks in this scope and then its parents; `found` (optional) receives the scope.
    Object* lookup_parent(std::string_view name, Scope** found = nullptr);
    // Inserts obj unless the name is taken; returns the existing object in that case.
    Object* insert(Object* obj);

    Scope* parent;
    std::vector<Scope*> children;
    bool is_func; // a function's outermost scope (parameters and results)
    std::vector<Object*> elems; // in insertion order

private:
    static constexpr size_t kIndexThreshold = 8;
    std::unordered_map<std::string_view, Object*> m_index; // filled once elems grows past the threshold
};

} // namespace vitro::lang::types
