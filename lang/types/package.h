// lang/types/package.h — the checked package, as later passes (escape, compile) see it.
//
// A Package is what check_file returns: the package scope with every package-level object,
// the imported packages (each with its own scope of declarations), the package-level variable
// initializers in Go's initialization order (spec "Package initialization"), and every
// function body of the file (declared functions, methods, init functions and closures), so
// that a code generator can walk them without searching the tree.
// The tree itself carries the per-node results: Expr::type/mode/constant, Name::object,
// SelectorExpr::path, BranchStmt::target (lang/ast.h). Types of expressions that stay untyped
// (for example the untyped bool of `a < b` used as a condition, or an untyped constant
// argument to print) remain untyped Basic types; their constant values are always set.
// Notable shapes: a composite literal whose type was elided inside `[]*T{{...}}` has type *T
// (it stands for &T{...}); a conversion T(x) is a CallExpr whose fun has mode TypeExpr; a
// built-in call's fun has mode Builtin and its Name::object is the Builtin; in a type switch
// `switch v := x.(type)`, each CaseClause::implicit is that clause's v.
#pragma once

#include "lang/ast.h"
#include "lang/types/object.h"
#include "lang/types/types.h"

#include <string>
#include <string_view>
#include <vector>

namespace vitro::lang::types {

// One package-level variable initialization: `lhs... = rhs` (several lhs only for
// `var a, b = f()`).
struct Initializer {
    std::vector<Var*> lhs;
    Expr* rhs;
};

// A function body to compile.
struct FunctionBody {
    Func* func = nullptr; // the declared function or method; nullptr for a closure
    FuncDecl* decl = nullptr; // nullptr for a closure
    FuncLit* lit = nullptr; // nullptr for a declared function
    Signature* signature = nullptr;
    BlockStmt* body = nullptr;
};

class Package {
public:
    Package(std::string_view p, std::string_view n, Scope* s)
        : path(p)
        , name(n)
        , scope(s)
    {
    }

    std::string_view path; // "main" for the program, "strings", "sync/atomic" ...
    std::string_view name; // the package clause's name
    Scope* scope;
    std::vector<Package*> imports; // directly imported packages, in import order
    File* file = nullptr;
    int height = 0; // 1 + the height of the highest import (orders unexported method names)

    // Filled for the checked program (check_file's result):
    std::vector<Initializer> init_order; // package-level initializers in execution order
    std::vector<Func*> init_funcs; // `func init()` declarations in source order
    std::vector<FunctionBody> functions; // all bodies: declarations first, closures as found
};

// The Go spelling of a type ("[]*strings.Builder", "map[string]int"); named types of
// `current` are not qualified by their package name (types2 TypeString with a qualifier).
std::string type_string(const Type* t, const Package* current = nullptr);

} // namespace vitro::lang::types
