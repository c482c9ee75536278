// lang/types/checker.h — the type checker: Go 1.19's rules and diagnostics over lang/ast.h.
//
// Overview: a Checker checks one package (the program, or one imported standard package's
// declaration file) the way types2 does (cmd/compile/internal/types2, Go 1.19, configured as
// cmd/compile configures it: CompilerErrorMessages on, branch statements checked here the way
// the syntax package's checkBranches does). Messages use types2's wording and positions, since
// the test corpus compares Go's first error line byte for byte.
//
// Phases (Checker::check_package, mirroring check.go checkFiles):
//   1. collect_objects (resolver.cpp): imports (each imported package is checked first, by
//      its own Checker, and cached in the shared Context), then every package-level const,
//      var, type and func gets an Object and a DeclInfo; methods are associated with their
//      receiver base type names. Nothing is type-checked yet.
//   2. package_objects: obj_decl each object in source order (types first, then aliases,
//      then the rest). obj_decl is re-entrant: an object referenced before its turn is
//      checked on demand; colors (white/grey/black) and the object path detect cycles
//      ("invalid recursive type", "initialization loop").
//   3. process_delayed: actions queued with later() run in FIFO order: function bodies,
//      validity checks that need complete types (map keys, recursive types, interface
//      method sets). Function literal bodies are queued too and run at the end of the
//      statement that contains them, so they see exactly the declarations in scope there.
//   4. init_order (initorder.cpp): package-level variables sorted by dependency, with
//      dependencies through functions resolved (spec "Package initialization").
//   5. unused imports; for the program only, and only when no error was found, the checks
//      Go's compiler makes after type checking: missing function bodies, then `main`.
// Imports that cannot be resolved stop the checker after phase 1, as `go build` stops
// before compiling ("package foo is not in GOROOT (...)"). Errors inside a standard
// package's declaration file are vitro bugs; they are reported at the import, in full.
//
// Untyped constants: an operand's value is an exact Constant (constant.h) and its type an
// untyped Basic until context fixes it. Each expression's type/mode/constant are written into
// the Expr when raw_expr finishes. When an untyped operand later gets its final type
// (assignment, binary operation with a typed operand, conversion), update_expr_type walks the
// already-annotated subtree top-down and retypes the untyped parts, exactly like types2's
// updateExprType: constant subtrees keep their untyped types except at the root, the operands
// of comparisons keep theirs, and the left operand of a non-constant shift takes the final
// type (and must then be an integer: "invalid operation: 1 << s (shift of type float64)").
// Representability is checked when a constant is converted to a typed type (overflow,
// truncation), and untyped integer constants may not exceed 512 bits.
//
// Invariants: errors go to the Diagnostics sink and checking continues; an erroneous
// operand has Mode::Invalid and produces no further errors (the "invalid operand" trick of
// errors.go). Objects and types live in the compilation's Arena. An expression is "pending
// untyped" exactly while its recorded type is an untyped Basic (types2 keeps a separate map).
// Recursion is bounded: one expression or type expression nests at most kMaxDepth deep (a
// long `a + b + ...` chain is a deep tree the parser does not limit); declarations checked on
// demand from inside others (`const c0 = c1 + 1; const c1 = ...`, chains of embedded types)
// start their own count and are bounded by the stack instead: check_file runs the checker on
// a thread with a large stack and StackLimit stops it with an error first (stack.h). Else-if
// chains, scope trees and dependency graphs are walked with loops or explicit stacks.
//
// Rejected: a separate "untyped" side table like types2's (the tree already has a slot for
// the type, and a lookup per update costs more than reading it); running obj_decl without
// colors via a topological sort first (types2's on-demand scheme reproduces its error
// positions and cycle reports, which the corpus compares).
//
// Out of scope for v1 and rejected with a message at the construct: complex numbers
// (types complex64/complex128, the builtins complex/real/imag), unsafe and reflect (not
// importable). Struct tags are accepted and kept on the struct type (identity compares them,
// as Go does) but have no other effect.
//
// Go reference: cmd/compile/internal/types2 (check.go, resolver.go, decl.go, expr.go,
// stmt.go, assignments.go, call.go, builtins.go, lookup.go, operand.go, conversions.go,
// index.go, typexpr.go, return.go, initorder.go), syntax/branches.go; Go 1.23's types2 for
// min, max, clear and range over integers.
#pragma once

#include "lang/ast.h"
#include "lang/front_end.h"
#include "lang/types/constant.h"
#include "lang/types/object.h"
#include "lang/types/package.h"
#include "lang/types/stack.h"
#include "lang/types/types.h"
#include "support/arena.h"
#include "support/diagnostics.h"

#include <fmt/format.h>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace vitro::lang::types {

// The position types2 reports for a node (syntax.StartPos, positions.go): the leftmost
// position for most expressions, but (as in Go) a slice expression, key:value pair,
// parenthesized expression or function literal reports its own position.
Pos go_start_pos(const Node* n);

// How an operand may be used (types2 operandMode).
enum class Mode : uint8_t {
    Invalid,
    NoValue,
    Builtin,
    TypeExpr,
    Constant,
    Variable,
    MapIndex,
    Value,
    NilValue,
    CommaOk
};

struct Operand {
    Mode mode = Mode::Invalid;
    Expr* expr = nullptr;
    Type* type = nullptr;
    Constant val; // Mode::Constant only
    BuiltinId id = BuiltinId::Append; // Mode::Builtin only
    bool is_nil() const { return mode == Mode::NilValue; }
    bool invalid() const { return mode == Mode::Invalid; }
};

// What kind of expression a call or operand was (types2 exprKind): statements may stand
// alone, expressions and conversions may not.
enum class ExprKind : uint8_t { Conversion, Expression, Statement };

// Why an untyped value cannot take a type (types2 errorCode subset).
enum class ConvError : uint8_t {
    None,
    TruncatedFloat,
    NumericOverflow,
    InvalidConstVal,
    InvalidUntypedConversion
};

// The universe scope and the predeclared types, shared by all packages of a compilation.
struct Universe {
    Scope* scope = nullptr;
    Basic* basic[kNumBasicKinds] = {};
    Basic* byte_type = nullptr; // uint8 named "byte"
    Basic* rune_type = nullptr; // int32 named "rune"
    Type* any_type = nullptr; // interface{} printed "any"
    Named* error_type = nullptr;
    Interface* empty_interface = nullptr;
    Object* iota = nullptr;
    Nil* nil = nullptr;
    Type* typ(BasicKind k) const { return basic[static_cast<int>(k)]; }
};
Universe* make_universe(support::Arena& arena);

// State shared by the checkers of one compilation: arena, importer and the package cache.
struct Context {
    support::Arena& arena;
    const Importer& importer;
    Universe* universe;
    std::unordered_map<std::string, Package*> packages; // by import path; nullptr = in progress
};

// Package-level declaration information (types2 declInfo).
struct DeclInfo {
    Scope* file = nullptr;
    std::vector<Var*> lhs; // n:1 variable declarations `var a, b = f()`
    Expr* vtype = nullptr;
    Expr* init = nullptr;
    bool inherited = false; // constant with an implicitly repeated initializer
    TypeDecl* tdecl = nullptr;
    FuncDecl* fdecl = nullptr;
    std::vector<Object*> deps; // package-level objects this declaration refers to
    std::unordered_set<Object*> dep_set;
    bool has_initializer() const { return init != nullptr || (fdecl != nullptr && fdecl->body != nullptr); }
    void add_dep(Object* obj)
    {
        if (dep_set.insert(obj).second)
            deps.push_back(obj);
    }
};

// Statement context bits (stmt.go stmtContext).
enum StmtContext : uint32_t {
    kBreakOk = 1,
    kContinueOk = 2,
    kFallthroughOk = 4,
    kFinalSwitchCase = 8,
    kInTypeSwitch = 16,
};

class Checker {
public:
    Checker(Context& ctx, Package* pkg, File* file, support::Diagnostics& diags, bool is_main);
    // Runs all phases; returns false when errors were reported.
    bool check_package();

    // ---- shared helpers used by several files ----
    Universe& universe() { return *m_ctx.universe; }
    Type* typ(BasicKind k) { return m_ctx.universe->typ(k); }
    Type* invalid_type() { return typ(BasicKind::Invalid); }
    template <class T, class... Args> T* make(Args&&... args)
    {
        return m_ctx.arena.make<T>(std::forward<Args>(args)...);
    }
    void error(Pos pos, std::string msg);
    void error_at(const Node* n, std::string msg) { error(go_start_pos(n), std::move(msg)); }
    // `file:line:col` for positions quoted inside messages ("other declaration of x"), with the
    // "./" Go's compiler shows for a file named on the command line.
    std::string pos_string(Pos p) const;
    void error_at(const Operand& x, std::string msg);
    // Declares obj in scope (reporting redeclarations); records the Name's object.
    void declare(Scope* scope, Name* id, Object* obj);
    void obj_decl(Object* obj, Named* def);
    Package* pkg() { return m_pkg; }
    // Named.under: collapses chains of named types, reporting cycles (decl.cpp).
    Type* named_under(Named* n);

    // Strings for messages (typestring.cpp).
    std::string type_string(const Type* t);
    std::string operand_string(const Operand& x);
    std::string func_string(Func* f); // "M(int) string"
    std::string qualifier(const Package* p);

private:
    friend struct CheckerAccess; // unit tests

    // environment of the code being checked (types2 environment)
    struct Env {
        DeclInfo* decl = nullptr;
        Scope* scope = nullptr;
        const Constant* iota = nullptr;
        Pos errpos;
        Signature* sig = nullptr;
        bool has_call_or_recv = false;
    };

    // check.cpp
    void record(Operand& x);
    void later(std::function<void()> f);
    void process_delayed(size_t top);
    void check_main_func();
    void finalize_named();
    bool report_suppressed(const std::string& msg) const;

    // resolver.cpp
    struct MethodInfo {
        Func* obj;
        bool ptr;
        Name* recv;
    };
    void collect_objects();
    void collect_const_decl(ConstDecl* s, Scope* file_scope, ConstDecl*& last, int iota);
    void collect_var_decl(VarDecl* s, Scope* file_scope);
    void collect_func_decl(FuncDecl* s, Scope* file_scope, std::vector<MethodInfo>& methods);
    Name* unpack_recv(Expr* rtyp, bool* ptr);
    bool import_decl(ImportDecl* d, Scope* file_scope, std::unordered_set<Package*>& seen);
    Package* import_package(ImportDecl* d, std::string_view path);
    void declare_pkg_obj(Name* id, Object* obj, DeclInfo* d);
    void arity(Pos pos, const std::vector<Name*>& names, const std::vector<Expr*>& inits, bool is_const,
        bool inherited);
    TypeName* resolve_base_type_name(bool seen_ptr, Expr* typ, bool* ptr);
    void package_objects();
    void unused_imports();

    // decl.cpp
    bool valid_cycle(Object* obj);
    void cycle_error(const std::vector<Object*>& cycle);
    void const_decl(Const* obj, Expr* type, Expr* init, bool inherited);
    void var_decl(Var* obj, std::vector<Var*>* lhs, Expr* type, Expr* init);
    void type_decl(TypeName* obj, TypeDecl* tdecl, Named* def);
    void collect_methods(TypeName* obj);
    void check_field_uniqueness(Named* base);
    void func_decl(Func* obj, DeclInfo* d);
    void decl_stmt(const std::vector<Decl*>& decls);
    void local_const_decl(ConstDecl* s, ConstDecl*& last, int iota);
    void local_var_decl(VarDecl* s);
    // The named types being expanded by valid_type, outermost first, and their indices.
    struct ValidTypePath {
        std::vector<Named*> list;
        std::unordered_map<Object*, size_t> index;
    };
    bool valid_type(Type* t, ValidTypePath& path);
    void add_decl_dep(Object* to);

    // typexpr.cpp
    void ident(Operand& x, Name* e, Named* def, bool want_type);
    Type* type_expr(Expr* e);
    Type* var_type(Expr* e);
    Type* defined_type(Expr* e, Named* def);
    Type* typ_internal(Expr* e, Named* def);
    Type* typ_named_expr(Operand& x, Named* def);
    void validate_receiver(Var* recv);
    int64_t array_length(Expr* e);
    void struct_type(Struct* st, StructType* e);
    void interface_type(Interface* it, InterfaceType* e, Named* def);
    void func_type(Signature* sig, Field* recv, FuncType* ftype);
    std::vector<Var*> collect_params(
        Scope* scope, const std::vector<Field*>& list, bool variadic_ok, bool* variadic);
    void check_map_key(Map* m, Expr* key);

    // expr.cpp
    ExprKind raw_expr(Operand& x, Expr* e, Type* hint);
    ExprKind expr_internal(Operand& x, Expr* e, Type* hint);
    void expr(Operand& x, Expr* e);
    void multi_expr(Operand& x, Expr* e);
    void expr_with_hint(Operand& x, Expr* e, Type* hint);
    void expr_or_type(Operand& x, Expr* e);
    void exclude(Operand& x, unsigned modeset);
    void single_value(Operand& x);
    void unary(Operand& x, Operation* e);
    void binary(Operand& x, Expr* e, Expr* lhs, Expr* rhs, Op op);
    void shift(Operand& x, Operand& y, Expr* e, Op op);
    void comparison(Operand& x, Operand& y, Op op, bool switch_case);
    bool op_allowed(Operand& x, Op op, bool is_binary);
    void overflow(Operand& x);
    std::string incomparable_cause(Type* t);
    std::string kind_string(Type* t);
    void deref_expr(Operand& x, Operation* e);
    void basic_lit(Operand& x, BasicLit* e);
    void func_lit(Operand& x, FuncLit* e);
    void assert_expr(Operand& x, AssertExpr* e);
    void type_assertion(Expr* e, Operand& x, Type* t, bool type_switch);

    // literal.cpp
    void composite_lit(Operand& x, CompositeLit* e, Type* hint);
    void struct_lit(Operand& x, CompositeLit* e, Struct* st, Type* type, Type* base);
    void map_lit(Operand& x, CompositeLit* e, Map* m);
    int64_t indexed_elts(const std::vector<Expr*>& elts, Type* elem, int64_t length);

    // untyped.cpp
    void update_expr_type(Expr* x, Type* t, bool final);
    void update_expr_type0(Expr* parent, Expr* x, Type* t, bool final);
    void update_expr_val(Expr* x, const Constant& val);
    void convert_untyped(Operand& x, Type* target);
    Type* implicit_type_and_value(Operand& x, Type* target, std::optional<Constant>* val, ConvError* code);
    void representable(Operand& x, const Basic* t);
    ConvError representation(Operand& x, const Basic* t, Constant* out);
    void invalid_conversion(ConvError code, Operand& x, Type* target);
    bool representable_const(const Constant& x, const Basic* t, Constant* rounded);
    Type* default_type(Type* t);

    // call.cpp
    ExprKind call_expr(Operand& x, CallExpr* call);
    std::vector<Operand> expr_list(const std::vector<Expr*>& elist, bool allow_comma_ok, bool* comma_ok);
    void arguments(CallExpr* call, Signature* sig, std::vector<Operand>& args);
    void selector(Operand& x, SelectorExpr* e, Named* def);
    bool package_selector(Operand& x, SelectorExpr* e);
    void method_expr(Operand& x, SelectorExpr* e, Func* m);
    void use(Expr* e);
    void use_list(const std::vector<Expr*>& list);
    void conversion(Operand& x, Type* t);
    bool convertible_to(Operand& x, Type* t, std::string* cause);

    // builtins.cpp
    bool builtin(Operand& x, CallExpr* call, BuiltinId id);
    bool builtin_append(Operand& x, CallExpr* call, std::vector<Operand>& args);
    bool builtin_len_cap(Operand& x, BuiltinId id);
    bool builtin_copy(Operand& x, Operand& y);
    bool builtin_make(Operand& x, CallExpr* call);
    bool builtin_min_max(Operand& x, BuiltinId id, std::vector<Operand>& args);

    // index.cpp
    void index_expr(Operand& x, IndexExpr* e);
    void slice_expr(Operand& x, SliceExpr* e);
    Type* index(Expr* index, int64_t max, int64_t* val);
    bool is_valid_index(Operand& x, std::string_view what, bool allow_negative);

    // assign.cpp
    void assignment(Operand& x, Type* t, std::string_view context);
    void init_const(Const* lhs, Operand& x);
    Type* init_var(Var* lhs, Operand& x, std::string_view context);
    Type* assign_var(Expr* lhs, Operand& x);
    void init_vars(std::vector<Var*>& lhs, const std::vector<Expr*>& rhs, ReturnStmt* ret);
    void assign_vars(const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs);
    void short_var_decl(Pos pos, const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs);
    void assign_error(const std::vector<Expr*>& rhs, size_t nvars, size_t nvals);
    void return_count_error(Node* at, bool too_many, std::vector<Operand>& rhs, std::vector<Var*>& lhs);
    std::string types_summary(const std::vector<Type*>& list, bool variadic);

public:
    // operand.cpp
    bool assignable_to(Operand& x, Type* t, std::string* reason);
    std::string implements(Type* v, Type* t); // "" when v implements t, else the reason

    // lookup.cpp
    struct Lookup {
        Object* obj = nullptr;
        std::vector<int> index;
        bool indirect = false;
    };
    Lookup lookup_field_or_method(
        Type* t, bool addressable, const Package* pkg, std::string_view name, bool fold_case = false);

private:
    Lookup lookup_field_or_method0(
        Type* t, bool addressable, const Package* pkg, std::string_view name, bool fold_case);
    Func* missing_method(Type* v, Interface* t, bool is_static, Func** alt);
    std::string missing_method_reason(Type* v, Type* t, Func* m, Func* alt);
    std::string interface_ptr_error(Type* t);

    // stmt.cpp
    void func_body(DeclInfo* decl, Signature* sig, BlockStmt* body, const Constant* iota);
    void usage(Scope* scope);
    void stmt_list(uint32_t ctxt, const std::vector<Stmt*>& list);
    void stmt(uint32_t ctxt, Stmt* s);
    void simple_stmt(Stmt* s);
    void expr_stmt(ExprStmt* s);
    void send_stmt(SendStmt* s);
    void assign_stmt(AssignStmt* s);
    void return_stmt(ReturnStmt* s);
    void if_stmt(uint32_t inner, IfStmt* s);
    void for_stmt(uint32_t inner, ForStmt* s);
    void select_stmt(uint32_t inner, SelectStmt* s);
    void switch_stmt(uint32_t inner, SwitchStmt* s);
    void type_switch_stmt(uint32_t inner, SwitchStmt* s, TypeSwitchGuard* g);
    void range_stmt(uint32_t inner, ForStmt* s, RangeClause* r);
    void range_define(ForStmt* s, RangeClause* r, Operand& x, Type* key, Type* val, bool over_int);
    void case_values(Operand& x, const std::vector<Expr*>& values,
        std::unordered_map<std::string, std::vector<std::pair<Pos, Type*>>>& seen);
    Type* case_types(Operand* x, const std::vector<Expr*>& types, std::vector<std::pair<Type*, Expr*>>& seen,
        bool* is_nil);
    void suspended_call(std::string_view keyword, Expr* call);
    void open_scope();
    void close_scope();
    bool is_nil_expr(Expr* e);
    void multiple_defaults(const std::vector<CaseClause*>& body);

    // flow.cpp: branch targets and labels (syntax/branches.go), terminating statements
    void check_branches(BlockStmt* body);
    bool is_terminating(Stmt* s, std::string_view label);
    bool is_terminating_list(const std::vector<Stmt*>& list, std::string_view label);

    // sizes.cpp: the back end's size limits, checked after everything else
    struct SizeSite {
        Pos pos;
        Type* type;
    };
    void note_size_site(Pos pos, Type* t);
    bool check_sizes();

    // initorder.cpp
    void init_order();
    void report_init_cycle(const std::vector<Object*>& cycle);

    Context& m_ctx;
    Package* m_pkg;
    File* m_file;
    support::Diagnostics& m_diags;
    bool m_is_main; // the program (function bodies, main, unused imports)
    bool m_reported_any = false;
    bool m_import_failed = false;

    // Nesting depth of the expression or type being checked. The parser bounds bracket nesting,
    // but a long operator chain (`1 + 1 + ... + 1`) is a deep left-leaning tree that would
    // exhaust the C stack; past kMaxDepth the checker reports an error instead. Only syntax
    // counts: obj_decl starts every declaration checked on demand at depth 0, and m_stack
    // bounds the nesting of declarations in declarations (stack.h).
    static constexpr int kMaxDepth = 1000;
    // The longest constant string `+` may build (see binary in expr.cpp).
    static constexpr size_t kMaxConstString = size_t { 1 } << 26;
    int m_depth = 0;
    bool m_depth_reported = false;
    StackLimit m_stack;
    bool m_out_of_stack = false; // reported; later errors are dropped
    bool enter_nested(const Node* n);
    bool stack_exhausted(Pos pos);

    Env m_env;
    std::vector<Object*> m_obj_list; // package-level objects (objMap), in source order
    std::vector<PkgName*> m_imports;
    std::unordered_map<TypeName*, std::vector<Func*>> m_methods; // until collect_methods runs
    std::vector<std::function<void()>> m_delayed;
    std::vector<Object*> m_obj_path;
    std::unordered_set<CallExpr*> m_is_panic; // calls to panic in functions with results
    std::unordered_set<Expr*> m_lhs_shift; // untyped lhs operands of non-constant shifts
    std::unordered_set<Named*> m_valid_named; // named types already found valid
    std::vector<FuncDecl*> m_missing_bodies; // reported only when everything else checks
    std::vector<SizeSite> m_size_sites; // likewise
    std::vector<Named*> m_named; // named types declared here (finalized at the end)
    std::unordered_map<Object*, PkgName*> m_dot_imports; // objects imported with `import .`
};

// The Go spelling of `n` as the compiler prints expressions in messages (syntax.String in
// ShortForm: function and composite literal bodies become "…").
std::string expr_string(const Expr* e);

} // namespace vitro::lang::types
