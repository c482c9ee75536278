// lang/ast.h — the syntax tree that the parser builds and the checker annotates.
//
// Overview: the node set mirrors Go's own cmd/compile/internal/syntax package (nodes.go), so
// that Go's rules and diagnostics, which are written against that tree, carry over directly.
// Types are expressions (ArrayType, MapType, ... are Expr nodes), because Go's grammar cannot
// tell `[]int{1}` from an index expression until the checker runs.
//
// Positions: every node has `pos`, and it is the position Go's syntax package gives that node,
// because Go reports errors there (checked against Go 1.19's parser on the test corpus):
//   Name, BasicLit: the token. FuncLit: `func`. ParenExpr: `(`. CompositeLit: `{`.
//   KeyValueExpr: `:`. SelectorExpr, AssertExpr, TypeSwitchGuard: the `.`.
//   IndexExpr, SliceExpr: `[`. CallExpr: `(`. Operation: the operator (binary and unary;
//   a pointer type `*T` is a unary Mul). ListExpr: its first element's position.
//   ArrayType, SliceType: `[`. DotsType: `...`. StructType, InterfaceType, MapType: the
//   keyword. FuncType: the `(` of its parameters (not `func`). ChanType: `chan`, or `<-` for
//   `<-chan T` written as a type (in an expression `<-chan T` keeps the `chan` position).
//   Field: its name, else the start of its type.
//   AssignStmt (all forms, ++ and -- too): the operator. SendStmt: `<-`. ExprStmt: its
//   expression's pos (so `f(x)` as a statement is at its `(`). LabeledStmt: the `:`.
//   EmptyStmt: the `;` (or the `}` after `L:`). RangeClause: `range`. BlockStmt: `{`.
//   DeclStmt, ReturnStmt, BranchStmt, CallStmt, If/For/Switch/SelectStmt: their keyword.
//   CaseClause, CommClause: `case`/`default`.
//   ImportDecl, ConstDecl, VarDecl, TypeDecl: the first token of the spec. FuncDecl: the token
//   after `func` (the name, or the `(` of the receiver). File: `package`.
// start_pos() (ast.cpp) walks down to the leftmost token, as syntax.StartPos does.
//
// Ownership: all nodes live in the Arena of the compilation (support/arena.h); pointers between
// nodes are plain and non-owning. Lists are std::vector (the arena runs their destructors).
//
// Checker annotations: fields under "set by the checker" are null/empty after parsing; the
// checker (lang/types) fills them and later passes (escape, compile) read them. The types they
// point to are owned by the checker's arena.
#pragma once

#include "support/arena.h"
#include "support/source.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace vitro::lang {

using support::Pos;

namespace types {
class Type;
class Object;
class Constant;
} // namespace types

// Operators, in Go's token order (syntax/tokens.go).
enum class Op : uint8_t {
    None,
    // unary/binary
    Def, // ':' in `:=` (AssignStmt only)
    Not, // !
    Recv, // <-
    Tilde, // ~ (constraints; rejected: no generics in v1)
    OrOr, // ||
    AndAnd, // &&
    Eql, // ==
    Neq, // !=
    Lss, // <
    Leq, // <=
    Gtr, // >
    Geq, // >=
    Add, // +
    Sub, // -
    Or, // |
    Xor, // ^
    Mul, // *  (also pointer indirection / pointer type when unary)
    Div, // /
    Rem, // %
    And, // &  (also address-of when unary)
    AndNot, // &^
    Shl, // <<
    Shr, // >>
};

// The Go spelling of an operator ("+", "&^", "<-" ...).
std::string_view op_string(Op op);

enum class LitKind : uint8_t { Int, Float, Imag, Rune, String };
enum class ChanDir : uint8_t { Both, Send, Recv };
enum class BranchKind : uint8_t { Break, Continue, Goto, Fallthrough };
enum class CallKind : uint8_t { Go, Defer };

enum class NodeKind : uint8_t {
    // expressions
    BadExpr,
    Name,
    BasicLit,
    CompositeLit,
    KeyValueExpr,
    FuncLit,
    ParenExpr,
    SelectorExpr,
    IndexExpr,
    SliceExpr,
    AssertExpr,
    TypeSwitchGuard,
    Operation,
    CallExpr,
    ListExpr,
    // type expressions
    ArrayType,
    SliceType,
    DotsType,
    StructType,
    Field,
    InterfaceType,
    FuncType,
    MapType,
    ChanType,
    // statements
    EmptyStmt,
    LabeledStmt,
    BlockStmt,
    ExprStmt,
    SendStmt,
    DeclStmt,
    AssignStmt,
    BranchStmt,
    CallStmt,
    ReturnStmt,
    IfStmt,
    ForStmt,
    RangeClause,
    SwitchStmt,
    SelectStmt,
    CaseClause,
    CommClause,
    // declarations
    ImportDecl,
    ConstDecl,
    TypeDecl,
    VarDecl,
    FuncDecl,
    File,
};

struct Node {
    NodeKind kind;
    Pos pos;

    explicit Node(NodeKind k, Pos p = {})
        : kind(k)
        , pos(p)
    {
    }
    template <class T> T* as() { return static_cast<T*>(this); }
    template <class T> const T* as() const { return static_cast<const T*>(this); }
};

// How an expression may be used, once checked (mirrors types2's operandMode).
enum class ExprMode : uint8_t {
    Invalid,
    NoValue,
    Builtin,
    TypeExpr,
    Constant,
    Variable,
    MapIndex,
    Value,
    CommaOk
};

struct Expr : Node {
    using Node::Node;
    // set by the checker
    const types::Type* type = nullptr;
    const types::Constant* constant = nullptr; // non-null iff mode == Constant
    ExprMode mode = ExprMode::Invalid;
};

struct Stmt : Node {
    using Node::Node;
};

struct Decl : Node {
    using Node::Node;
};

// ---- expressions ----

struct BadExpr : Expr {
    explicit BadExpr(Pos p)
        : Expr(NodeKind::BadExpr, p)
    {
    }
};

struct Name : Expr {
    std::string_view value; // "_" for the blank identifier
    // set by the checker: the object this name declares or uses (nullptr for `_`).
    types::Object* object = nullptr;
    Name(Pos p, std::string_view v)
        : Expr(NodeKind::Name, p)
        , value(v)
    {
    }
};

struct BasicLit : Expr {
    std::string_view value; // the literal's source text, quotes and prefixes included
    LitKind lit_kind;
    bool bad = false; // the lexer reported an error for it
    BasicLit(Pos p, std::string_view v, LitKind k)
        : Expr(NodeKind::BasicLit, p)
        , value(v)
        , lit_kind(k)
    {
    }
};

struct CompositeLit : Expr {
    Expr* type = nullptr; // nullptr when elided inside an outer literal
    std::vector<Expr*> elems;
    int nkeys = 0; // how many elems are KeyValueExpr
    Pos rbrace;
    explicit CompositeLit(Pos p)
        : Expr(NodeKind::CompositeLit, p)
    {
    }
};

struct KeyValueExpr : Expr {
    Expr* key;
    Expr* value;
    KeyValueExpr(Pos p, Expr* k, Expr* v)
        : Expr(NodeKind::KeyValueExpr, p)
        , key(k)
        , value(v)
    {
    }
};

struct FuncType;
struct BlockStmt;

struct FuncLit : Expr {
    FuncType* type;
    BlockStmt* body;
    FuncLit(Pos p, FuncType* t, BlockStmt* b)
        : Expr(NodeKind::FuncLit, p)
        , type(t)
        , body(b)
    {
    }
};

struct ParenExpr : Expr {
    Expr* x;
    ParenExpr(Pos p, Expr* e)
        : Expr(NodeKind::ParenExpr, p)
        , x(e)
    {
    }
};

struct SelectorExpr : Expr {
    Expr* x;
    Name* sel;
    // set by the checker: what the selector denotes (field, method, package member) is recorded
    // on `sel->object`; for promoted fields/methods the embedding path is recorded here.
    std::vector<int> path; // indices of embedded fields walked, then the final field/method index
    SelectorExpr(Pos p, Expr* e, Name* s)
        : Expr(NodeKind::SelectorExpr, p)
        , x(e)
        , sel(s)
    {
    }
};

struct IndexExpr : Expr {
    Expr* x;
    Expr* index;
    IndexExpr(Pos p, Expr* e, Expr* i)
        : Expr(NodeKind::IndexExpr, p)
        , x(e)
        , index(i)
    {
    }
};

struct SliceExpr : Expr {
    Expr* x;
    Expr* index[3] = { nullptr, nullptr, nullptr }; // low, high, max; any may be nullptr
    bool full = false; // x[a:b:c]
    SliceExpr(Pos p, Expr* e)
        : Expr(NodeKind::SliceExpr, p)
        , x(e)
    {
    }
};

struct AssertExpr : Expr {
    Expr* x;
    Expr* assert_type;
    AssertExpr(Pos p, Expr* e, Expr* t)
        : Expr(NodeKind::AssertExpr, p)
        , x(e)
        , assert_type(t)
    {
    }
};

// `x.(type)` or `v := x.(type)` in a type switch header.
struct TypeSwitchGuard : Expr {
    Name* lhs = nullptr; // may be nullptr
    Expr* x;
    TypeSwitchGuard(Pos p, Name* l, Expr* e)
        : Expr(NodeKind::TypeSwitchGuard, p)
        , lhs(l)
        , x(e)
    {
    }
};

// Unary (y == nullptr) or binary operation. Unary `*x` is Op::Mul, `&x` Op::And, `<-x` Op::Recv.
struct Operation : Expr {
    Op op;
    Expr* x;
    Expr* y = nullptr;
    Operation(Pos p, Op o, Expr* a, Expr* b)
        : Expr(NodeKind::Operation, p)
        , op(o)
        , x(a)
        , y(b)
    {
    }
};

struct CallExpr : Expr {
    Expr* fun;
    std::vector<Expr*> args;
    bool has_dots = false; // f(x...)
    Pos rparen;
    CallExpr(Pos p, Expr* f)
        : Expr(NodeKind::CallExpr, p)
        , fun(f)
    {
    }
};

// A comma-separated list where Go's grammar yields one (only inside the parser; the tree uses
// vectors elsewhere).
struct ListExpr : Expr {
    std::vector<Expr*> elems;
    explicit ListExpr(Pos p)
        : Expr(NodeKind::ListExpr, p)
    {
    }
};

// ---- type expressions ----

struct ArrayType : Expr {
    Expr* len; // nullptr for [...]T
    Expr* elem;
    ArrayType(Pos p, Expr* l, Expr* e)
        : Expr(NodeKind::ArrayType, p)
        , len(l)
        , elem(e)
    {
    }
};

struct SliceType : Expr {
    Expr* elem;
    SliceType(Pos p, Expr* e)
        : Expr(NodeKind::SliceType, p)
        , elem(e)
    {
    }
};

// ...T as the type of a final variadic parameter.
struct DotsType : Expr {
    Expr* elem;
    DotsType(Pos p, Expr* e)
        : Expr(NodeKind::DotsType, p)
        , elem(e)
    {
    }
};

// A struct field, a parameter or result, or an interface element. `name` is nullptr for an
// embedded field, an unnamed parameter, or an embedded interface.
struct Field : Expr {
    Name* name;
    Expr* field_type;
    Field(Pos p, Name* n, Expr* t)
        : Expr(NodeKind::Field, p)
        , name(n)
        , field_type(t)
    {
    }
};

struct StructType : Expr {
    std::vector<Field*> fields;
    std::vector<BasicLit*> tags; // parallel to fields; nullptr where a field has no tag
    explicit StructType(Pos p)
        : Expr(NodeKind::StructType, p)
    {
    }
};

struct InterfaceType : Expr {
    // Methods have name + FuncType; embedded interfaces have name == nullptr.
    std::vector<Field*> methods;
    explicit InterfaceType(Pos p)
        : Expr(NodeKind::InterfaceType, p)
    {
    }
};

struct FuncType : Expr {
    std::vector<Field*> params;
    std::vector<Field*> results;
    explicit FuncType(Pos p)
        : Expr(NodeKind::FuncType, p)
    {
    }
};

struct MapType : Expr {
    Expr* key;
    Expr* value;
    MapType(Pos p, Expr* k, Expr* v)
        : Expr(NodeKind::MapType, p)
        , key(k)
        , value(v)
    {
    }
};

struct ChanType : Expr {
    ChanDir dir;
    Expr* elem;
    ChanType(Pos p, ChanDir d, Expr* e)
        : Expr(NodeKind::ChanType, p)
        , dir(d)
        , elem(e)
    {
    }
};

// ---- statements ----

struct EmptyStmt : Stmt {
    explicit EmptyStmt(Pos p)
        : Stmt(NodeKind::EmptyStmt, p)
    {
    }
};

struct LabeledStmt : Stmt {
    Name* label;
    Stmt* stmt; // never nullptr; EmptyStmt for `L: }`
    LabeledStmt(Pos p, Name* l, Stmt* s)
        : Stmt(NodeKind::LabeledStmt, p)
        , label(l)
        , stmt(s)
    {
    }
};

struct BlockStmt : Stmt {
    std::vector<Stmt*> stmts;
    Pos rbrace;
    explicit BlockStmt(Pos p)
        : Stmt(NodeKind::BlockStmt, p)
    {
    }
};

struct ExprStmt : Stmt {
    Expr* x;
    ExprStmt(Pos p, Expr* e)
        : Stmt(NodeKind::ExprStmt, p)
        , x(e)
    {
    }
};

struct SendStmt : Stmt {
    Expr* chan;
    Expr* value;
    SendStmt(Pos p, Expr* c, Expr* v)
        : Stmt(NodeKind::SendStmt, p)
        , chan(c)
        , value(v)
    {
    }
};

struct DeclStmt : Stmt {
    std::vector<Decl*> decls;
    explicit DeclStmt(Pos p)
        : Stmt(NodeKind::DeclStmt, p)
    {
    }
};

enum class AssignKind : uint8_t {
    Assign, // lhs = rhs
    Define, // lhs := rhs
    OpAssign, // lhs op= rhs (one each side)
    IncDec, // lhs++ / lhs-- : op is Add or Sub, rhs empty
};

struct AssignStmt : Stmt {
    AssignKind assign_kind;
    Op op = Op::None; // for OpAssign and IncDec
    std::vector<Expr*> lhs;
    std::vector<Expr*> rhs;
    AssignStmt(Pos p, AssignKind k)
        : Stmt(NodeKind::AssignStmt, p)
        , assign_kind(k)
    {
    }
};

struct BranchStmt : Stmt {
    BranchKind branch;
    Name* label = nullptr;
    Stmt* target = nullptr; // set by the checker: the statement broken out of / continued
    BranchStmt(Pos p, BranchKind b)
        : Stmt(NodeKind::BranchStmt, p)
        , branch(b)
    {
    }
};

// `go f(x)` / `defer f(x)`. `call` is always a CallExpr: as in Go's parser, the parser reports
// "expression in go/defer must be function call" (and "... must not be parenthesized") and wraps
// another operand x as a CallExpr without arguments (fun = x, at x's position).
struct CallStmt : Stmt {
    CallKind call_kind;
    Expr* call;
    CallStmt(Pos p, CallKind k, Expr* c)
        : Stmt(NodeKind::CallStmt, p)
        , call_kind(k)
        , call(c)
    {
    }
};

struct ReturnStmt : Stmt {
    std::vector<Expr*> results;
    explicit ReturnStmt(Pos p)
        : Stmt(NodeKind::ReturnStmt, p)
    {
    }
};

struct IfStmt : Stmt {
    Stmt* init = nullptr;
    Expr* cond = nullptr;
    BlockStmt* then = nullptr;
    Stmt* else_ = nullptr; // nullptr, IfStmt or BlockStmt
    explicit IfStmt(Pos p)
        : Stmt(NodeKind::IfStmt, p)
    {
    }
};

// `for k, v := range x` / `for range x`; only ever ForStmt::init.
struct RangeClause : Stmt {
    std::vector<Expr*> lhs; // 0, 1 or 2 entries
    bool define = false;
    Expr* x;
    RangeClause(Pos p, Expr* e)
        : Stmt(NodeKind::RangeClause, p)
        , x(e)
    {
    }
};

struct ForStmt : Stmt {
    Stmt* init = nullptr; // a RangeClause for range loops
    Expr* cond = nullptr;
    Stmt* post = nullptr;
    BlockStmt* body = nullptr;
    explicit ForStmt(Pos p)
        : Stmt(NodeKind::ForStmt, p)
    {
    }
};

struct CaseClause : Stmt {
    std::vector<Expr*> cases; // empty for default
    bool is_default = false;
    std::vector<Stmt*> body;
    Pos colon;
    // set by the checker: in a type switch `switch v := x.(type)`, the variable v declared
    // implicitly in this clause (nullptr otherwise).
    types::Object* implicit = nullptr;
    explicit CaseClause(Pos p)
        : Stmt(NodeKind::CaseClause, p)
    {
    }
};

struct SwitchStmt : Stmt {
    Stmt* init = nullptr;
    Expr* tag = nullptr; // nullptr, an expression, or a TypeSwitchGuard
    std::vector<CaseClause*> body;
    Pos rbrace;
    explicit SwitchStmt(Pos p)
        : Stmt(NodeKind::SwitchStmt, p)
    {
    }
};

struct CommClause : Stmt {
    Stmt* comm = nullptr; // SendStmt, ExprStmt(<-c), AssignStmt(v[, ok] =/:= <-c); nullptr = default
    std::vector<Stmt*> body;
    Pos colon;
    explicit CommClause(Pos p)
        : Stmt(NodeKind::CommClause, p)
    {
    }
};

struct SelectStmt : Stmt {
    std::vector<CommClause*> body;
    Pos rbrace;
    explicit SelectStmt(Pos p)
        : Stmt(NodeKind::SelectStmt, p)
    {
    }
};

// ---- declarations ----

// Declarations written in one parenthesized group share a Group (identity only); iota and the
// implicit repetition of constant specs need it.
struct Group {
    int unused = 0;
};

struct ImportDecl : Decl {
    Group* group = nullptr;
    Name* local_name = nullptr; // nullptr, a name, `.` or `_`
    BasicLit* path;
    ImportDecl(Pos p, BasicLit* path_lit)
        : Decl(NodeKind::ImportDecl, p)
        , path(path_lit)
    {
    }
};

struct ConstDecl : Decl {
    Group* group = nullptr;
    int iota = 0; // index of this spec within its group
    std::vector<Name*> names;
    Expr* type = nullptr; // may be nullptr
    std::vector<Expr*> values; // empty: repeat the previous spec of the group
    explicit ConstDecl(Pos p)
        : Decl(NodeKind::ConstDecl, p)
    {
    }
};

struct TypeDecl : Decl {
    Group* group = nullptr;
    Name* name;
    bool alias = false; // type A = B
    Expr* type;
    TypeDecl(Pos p, Name* n, Expr* t)
        : Decl(NodeKind::TypeDecl, p)
        , name(n)
        , type(t)
    {
    }
};

struct VarDecl : Decl {
    Group* group = nullptr;
    std::vector<Name*> names;
    Expr* type = nullptr; // may be nullptr
    std::vector<Expr*> values; // may be empty
    explicit VarDecl(Pos p)
        : Decl(NodeKind::VarDecl, p)
    {
    }
};

struct FuncDecl : Decl {
    Field* recv = nullptr; // method receiver, or nullptr
    Name* name;
    FuncType* type;
    BlockStmt* body = nullptr; // nullptr for a declaration without body (stdlib tables)
    FuncDecl(Pos p, Name* n, FuncType* t)
        : Decl(NodeKind::FuncDecl, p)
        , name(n)
        , type(t)
    {
    }
};

struct File : Node {
    Name* package_name = nullptr;
    std::vector<Decl*> decls;
    Pos eof; // position just past the last byte
    // The package clause or an import is malformed. The go command reads those with go/parser
    // before compiling and stops there, with go/parser's message (not a "syntax error" one); the
    // driver must not type-check such a file.
    bool header_error = false;
    explicit File(Pos p)
        : Node(NodeKind::File, p)
    {
    }
};

// The leftmost position of a node (syntax.StartPos): for `a.b + c` the position of `a`.
Pos start_pos(const Node* n);
// The position just past the rightmost token, where known (syntax.EndPos); used rarely.
Pos end_pos(const Node* n);

} // namespace vitro::lang
