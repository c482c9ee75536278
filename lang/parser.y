// lang/parser.y — Go's grammar for vitro (bison lalr1.cc): tokens to the tree of lang/ast.h.
//
// Overview: one LALR(1) grammar for v1 Go, shaped after Go's own recursive-descent parser
// (cmd/compile/internal/syntax/parser.go) so that the tree, the node positions and the error
// messages come out as Go's do:
//   - Types are expressions: an operand may be a type literal (`[]int`, `map[K]V`,
//     `struct{...}`, `func(...)`, `chan T`), and `*T`, `<-chan T` parse as unary expressions,
//     as in Go. Where only a type may appear (declarations, parameters, fields, `x.(T)`), the
//     `type` rules apply.
//   - Composite literals: `T{`, `pkg.T{`, `x[i]{` and `(T){` start a literal only with a plain
//     `{`; array, slice, map and struct types and function literals also accept LBODY, the `{`
//     the Driver (parse.cpp) produces inside if/for/switch/select headers. This is go.y's
//     solution of the `if x == T{} {` ambiguity; see Driver for the bracket bookkeeping.
//   - Go's parser accepts some malformed constructs and reports them itself ("cannot use ...
//     as value", "mixed named and unnamed parameters", "var declaration not allowed in for
//     initializer" ...); the grammar accepts the same and its actions report them. Every other
//     syntax error is found by bison and worded by syntax_error.cpp.
//   - Positions (@n) are the first token of each symbol (YYLLOC_DEFAULT below); each node gets
//     the position Go gives it, e.g. a binary Operation its operator, a CallExpr its `(`.
//
// Invariants: `%expect 0`. The remaining shift/reduce choices are settled by the precedence
// declarations below, each for a reason Go's parser shares: a `{`/LBODY after a literal type
// or a func signature opens the literal; `(` after `func(...)` opens the result list; `.`
// after a type name continues a qualified name. Error recovery: `error` rules at statement,
// declaration and list level; syntax_error.cpp also tells the Driver what to skip.
//
// Go reference: syntax/parser.go (fileOrNil ... argList), go.y of Go 1.4 (LBODY).

%require "3.8"
%language "c++"
%skeleton "lalr1.cc"
%define api.namespace {vitro::lang::detail}
%define api.parser.class {Parser}
%define api.value.type variant
%define api.token.constructor
%define api.location.type {vitro::support::Pos}
%define parse.error custom
%locations
%expect 0
%param {Driver& drv}

%code requires {
#include "lang/parse_internal.h"
}

%code {
namespace vitro::lang::detail {
Parser::symbol_type yylex(Driver& drv);
}
// A symbol's position is that of its first token; an empty one takes the previous symbol's.
#define YYLLOC_DEFAULT(Current, Rhs, N) ((Current) = (N) ? YYRHSLOC(Rhs, 1) : YYRHSLOC(Rhs, 0))
// Whether the parser has read the token after the symbols being reduced (lalr1.cc keeps it in
// `yyla`): Go reports some errors at that token.
#define LOOKAHEAD_READ (!yyla.empty())
// The action of an `error` rule: drop the offending token and resynchronize as planned when the
// error was worded (Driver::resync); Go reports again on the next line, so the parser must too.
#define RECOVER()                                                                               \
    do {                                                                                        \
        yyla.clear();                                                                           \
        if (drv.resync())                                                                       \
            yyerrok;                                                                            \
    } while (0)
}

%token END 0 "EOF"
%token <Token> NAME LITERAL
%token <Op> CMPOP MULOP ASSIGNOP INCOP
%token OROR ANDAND PLUS MINUS OR XOR STAR AMP NOT TILDE
%token ASSIGN DEFINE ARROW
%token LPAREN LBRACK LBRACE LBODY RPAREN RBRACK RBRACE COMMA COLON DOT DDD
%token <std::string_view> SEMI
%token BREAK CASE CHAN CONST CONTINUE DEFAULT DEFER ELSE FALLTHROUGH FOR FUNC GO GOTO IF
%token IMPORT INTERFACE MAP PACKAGE RANGE RETURN SELECT STRUCT SWITCH TYPE VAR

// Shift preferences (see the head comment), then operator precedence (Go spec "Operators").
%precedence NOTBRACE
%precedence LBODY
%precedence NOTPAREN
%precedence LPAREN LBRACK ARROW
%precedence NOTDOT
%precedence DOT
%left OROR
%left ANDAND
%left CMPOP
%left PLUS MINUS OR XOR
%left STAR AMP MULOP

%type <Expr*> expr uexpr pexpr tpexpr complit funclit othertype type ntype chan_elem result_type
%type <Expr*> oexpr belem elem structtype interfacetype qualident embedded tname type_args
%type <std::vector<Expr*>> expr_list arg_list elem_list
%type <ExprList> call_args lit_body
%type <FuncType*> signature sig_params
%type <std::vector<Field*>> param_body param_list result iface_body iface_list
%type <Field*> param iface_elem receiver
%type <StructType*> field_body field_list
%type <FieldDecl> field_decl
%type <Token> otag
%type <Stmt*> stmt simple_stmt osimple hinit range_clause
%type <StmtList> stmt_list
%type <BlockStmt*> block fbody
%type <Header> if_header for_header if_head for_head switch_head
%type <IfStmt*> if_open if_stmt
%type <ForStmt*> for_open
%type <SwitchStmt*> switch_open
%type <std::vector<CaseClause*>> case_list
%type <CaseClause*> case_clause
%type <std::vector<CommClause*>> comm_list
%type <CommClause*> comm_clause
%type <std::vector<Name*>> name_list
%type <std::vector<Decl*>> import_group import_specs import_body const_group const_specs const_body
%type <std::vector<Decl*>> var_group var_specs var_body type_group type_specs type_body top_decl
%type <Decl*> import_spec const_spec var_spec type_spec
%type <FuncDecl*> func_decl

%%

file:
    package_clause imports top_decls {
        drv.file->eof = drv.token().pos;
    }
;

package_clause:
    PACKAGE NAME SEMI {
        drv.file = drv.make<File>(@1);
        drv.file->package_name = drv.name($2);
    }
;

imports:
    %empty
  | imports IMPORT import_group SEMI { for (Decl* d : $3) drv.file->decls.push_back(d); }
;

import_group:
    import_spec { $$.push_back($1); }
  | LPAREN import_body { $$ = std::move($2); drv.group($$, 0); }
;

import_body:
    RPAREN {}
  | import_specs RPAREN { $$ = std::move($1); }
  | import_specs SEMI RPAREN { $$ = std::move($1); }
  | import_specs error { $$ = std::move($1); RECOVER(); }
;

import_specs:
    import_spec { $$.push_back($1); }
  | import_specs SEMI import_spec { $$ = std::move($1); $$.push_back($3); }
;

import_spec:
    LITERAL { $$ = drv.import_spec(@1, nullptr, $1, LOOKAHEAD_READ); }
  | NAME LITERAL { $$ = drv.import_spec(@1, drv.name($1), $2, LOOKAHEAD_READ); }
  | DOT LITERAL { $$ = drv.import_spec(@1, drv.make<Name>(@1, "."), $2, LOOKAHEAD_READ); }
;

top_decls:
    %empty
  | top_decls top_decl SEMI { for (Decl* d : $2) drv.file->decls.push_back(d); }
  | top_decls error { RECOVER(); }
;

top_decl:
    CONST const_group { $$ = std::move($2); }
  | VAR var_group { $$ = std::move($2); }
  | TYPE type_group { $$ = std::move($2); }
  | func_decl { $$.push_back($1); }
;

// ---- declarations ----

const_group:
    const_spec { $$.push_back($1); }
  | LPAREN const_body { $$ = std::move($2); drv.group($$, 0); }
;
const_body:
    RPAREN {}
  | const_specs RPAREN { $$ = std::move($1); }
  | const_specs SEMI RPAREN { $$ = std::move($1); }
  | const_specs error { $$ = std::move($1); RECOVER(); }
;
const_specs:
    const_spec { $$.push_back($1); }
  | const_specs SEMI const_spec { $$ = std::move($1); $$.push_back($3); }
;
const_spec:
    name_list { auto* d = drv.make<ConstDecl>(@1); d->names = std::move($1); $$ = d; }
  | name_list type {
        auto* d = drv.make<ConstDecl>(@1); d->names = std::move($1); d->type = $2; $$ = d;
    }
  | name_list assign expr_list {
        auto* d = drv.make<ConstDecl>(@1); d->names = std::move($1); d->values = std::move($3); $$ = d;
    }
  | name_list type assign expr_list {
        auto* d = drv.make<ConstDecl>(@1);
        d->names = std::move($1); d->type = $2; d->values = std::move($4); $$ = d;
    }
;

var_group:
    var_spec { $$.push_back($1); }
  | LPAREN var_body { $$ = std::move($2); drv.group($$, 0); }
;
var_body:
    RPAREN {}
  | var_specs RPAREN { $$ = std::move($1); }
  | var_specs SEMI RPAREN { $$ = std::move($1); }
  | var_specs error { $$ = std::move($1); RECOVER(); }
;
var_specs:
    var_spec { $$.push_back($1); }
  | var_specs SEMI var_spec { $$ = std::move($1); $$.push_back($3); }
;
var_spec:
    name_list type { auto* d = drv.make<VarDecl>(@1); d->names = std::move($1); d->type = $2; $$ = d; }
  | name_list type assign expr_list {
        auto* d = drv.make<VarDecl>(@1);
        d->names = std::move($1); d->type = $2; d->values = std::move($4); $$ = d;
    }
  | name_list assign expr_list {
        auto* d = drv.make<VarDecl>(@1); d->names = std::move($1); d->values = std::move($3); $$ = d;
    }
;

type_group:
    type_spec { $$.push_back($1); }
  | LPAREN type_body { $$ = std::move($2); drv.group($$, 0); }
;
type_body:
    RPAREN {}
  | type_specs RPAREN { $$ = std::move($1); }
  | type_specs SEMI RPAREN { $$ = std::move($1); }
  | type_specs error { $$ = std::move($1); RECOVER(); }
;
type_specs:
    type_spec { $$.push_back($1); }
  | type_specs SEMI type_spec { $$ = std::move($1); $$.push_back($3); }
;
type_spec:
    NAME type { $$ = drv.make<TypeDecl>(@1, drv.name($1), $2); }
  | NAME assign type {
        auto* d = drv.make<TypeDecl>(@1, drv.name($1), $3); d->alias = true; $$ = d;
    }
;

// `=`, or `:=` with Go's complaint (gotAssign in parser.go).
assign:
    ASSIGN
  | DEFINE { drv.syntax_error_at(@1, "unexpected :=, expecting ="); }
;

name_list:
    NAME { $$.push_back(drv.name($1)); }
  | name_list COMMA NAME { $$ = std::move($1); $$.push_back(drv.name($3)); }
;

func_decl:
    FUNC NAME signature fbody {
        $$ = drv.make<FuncDecl>(@2, drv.name($2), $3); $$->body = $4;
    }
  | FUNC receiver NAME signature fbody {
        $$ = drv.make<FuncDecl>(@2, drv.name($3), $4); $$->body = $5; $$->recv = $2;
    }
;

receiver:
    LPAREN param_body { $$ = drv.receiver(drv.params(std::move($2)), LOOKAHEAD_READ); }
;

fbody:
    %empty { $$ = nullptr; }
  | block { $$ = $1; }
;

signature:
    sig_params result { $$ = $1; $$->results = std::move($2); }
;

// Reduced as soon as `)` is read, so that a mixed parameter list is reported in Go's order.
sig_params:
    LPAREN param_body { $$ = drv.make<FuncType>(@1); $$->params = drv.params(std::move($2)); }
;

result:
    %empty %prec NOTPAREN {}
  | result_type { $$.push_back(drv.make<Field>(@1, nullptr, $1)); }
  | LPAREN param_body { $$ = drv.params(std::move($2)); }
;

param_body:
    RPAREN {}
  | param_list RPAREN { $$ = std::move($1); }
  | param_list COMMA RPAREN { $$ = std::move($1); }
  | param_list error { $$ = std::move($1); RECOVER(); }
;

param_list:
    param { $$.push_back($1); }
  | param_list COMMA param { $$ = std::move($1); $$.push_back($3); }
;

// As paramDeclOrNil: a lone name may be a parameter name or a type; params() decides.
param:
    NAME %prec NOTDOT { $$ = drv.make<Field>(@1, drv.name($1), nullptr); }
  | NAME DOT NAME {
        $$ = drv.make<Field>(@1, nullptr, drv.make<SelectorExpr>(@2, drv.name($1), drv.name($3)));
    }
  | NAME type { $$ = drv.make<Field>(@1, drv.name($1), $2); }
  | NAME DDD type { $$ = drv.make<Field>(@1, drv.name($1), drv.make<DotsType>(@2, $3)); }
  | DDD type { $$ = drv.make<Field>(@1, nullptr, drv.make<DotsType>(@1, $2)); }
  | ntype { $$ = drv.make<Field>(@1, nullptr, $1); }
;

// ---- types ----

type:
    qualident { $$ = $1; }
  | ntype { $$ = $1; }
;

// A type name; `T[...]` (a generic instance, typeInstance in parser.go) is parsed to report it.
qualident:
    tname %prec NOTPAREN { $$ = $1; }
  | tname LBRACK type_args RBRACK {
        drv.syntax_error_at(@2, "generic type parameters are not supported");
        $$ = drv.make<IndexExpr>(@2, $1, $3);
    }
;

tname:
    NAME %prec NOTDOT { $$ = drv.name($1); }
  | NAME DOT NAME { $$ = drv.make<SelectorExpr>(@2, drv.name($1), drv.name($3)); }
;

type_args:
    type { $$ = $1; }
  | type_args COMMA type { $$ = $1; }
;

// Types that do not start with a name.
ntype:
    STAR type { $$ = drv.make<Operation>(@1, Op::Mul, $2, nullptr); }
  | LPAREN type RPAREN { $$ = $2; }
  | ARROW CHAN type { $$ = drv.make<ChanType>(@1, ChanDir::Recv, $3); }
  | othertype { $$ = $1; }
  | FUNC signature { $$ = $2; }
;

// A function result: a type, but `(` always opens a result list (funcResult in parser.go).
result_type:
    qualident { $$ = $1; }
  | STAR type { $$ = drv.make<Operation>(@1, Op::Mul, $2, nullptr); }
  | ARROW CHAN type { $$ = drv.make<ChanType>(@1, ChanDir::Recv, $3); }
  | othertype { $$ = $1; }
  | FUNC signature { $$ = $2; }
;

// The element of `chan E`: any type but `<-chan T` (`chan <-chan T` is `chan<- (chan T)`).
chan_elem:
    qualident { $$ = $1; }
  | STAR type { $$ = drv.make<Operation>(@1, Op::Mul, $2, nullptr); }
  | LPAREN type RPAREN { $$ = $2; }
  | othertype { $$ = $1; }
  | FUNC signature { $$ = $2; }
;

othertype:
    LBRACK oexpr RBRACK type {
        if ($2 == nullptr)
            $$ = drv.make<SliceType>(@1, $4);
        else
            $$ = drv.make<ArrayType>(@1, $2, $4);
    }
  | LBRACK DDD RBRACK type { $$ = drv.make<ArrayType>(@1, nullptr, $4); }
  | CHAN chan_elem { $$ = drv.make<ChanType>(@1, ChanDir::Both, $2); }
  | CHAN ARROW type { $$ = drv.make<ChanType>(@1, ChanDir::Send, $3); }
  | MAP LBRACK type RBRACK type { $$ = drv.make<MapType>(@1, $3, $5); }
  | structtype { $$ = $1; }
  | interfacetype { $$ = $1; }
;

lbrace:
    LBRACE
  | LBODY { drv.lbody_opens_literal(); }
;

structtype:
    STRUCT lbrace field_body { $3->pos = @1; $$ = $3; }
;

field_body:
    RBRACE { $$ = drv.make<StructType>(Pos {}); }
  | field_list RBRACE { $$ = $1; }
  | field_list SEMI RBRACE { $$ = $1; }
  | field_list error { $$ = $1; RECOVER(); }
;

field_list:
    field_decl { $$ = drv.make<StructType>(Pos {}); drv.add_field($$, $1); }
  | field_list SEMI field_decl { $$ = $1; drv.add_field($$, $3); }
;

field_decl:
    name_list type otag { $$.names = std::move($1); $$.type = $2; $$.pos = @1; $$.tag = $3; }
  | embedded otag { $$.type = $1; $$.pos = @1; $$.tag = $2; }
  | STAR embedded otag {
        $$.type = drv.make<Operation>(@1, Op::Mul, $2, nullptr); $$.pos = @1; $$.tag = $3;
    }
  | LPAREN embedded RPAREN otag {
        drv.syntax_error_at(@1, "cannot parenthesize embedded type");
        $$.type = $2; $$.pos = @1; $$.tag = $4;
    }
  | LPAREN STAR embedded RPAREN otag {
        drv.syntax_error_at(@1, "cannot parenthesize embedded type");
        $$.type = drv.make<Operation>(@2, Op::Mul, $3, nullptr); $$.pos = @1; $$.tag = $5;
    }
  | STAR LPAREN embedded RPAREN otag {
        drv.syntax_error_at(@2, "cannot parenthesize embedded type");
        $$.type = drv.make<Operation>(@1, Op::Mul, $3, nullptr); $$.pos = @1; $$.tag = $5;
    }
;

embedded:
    NAME %prec NOTDOT { $$ = drv.name($1); }
  | NAME DOT NAME { $$ = drv.make<SelectorExpr>(@2, drv.name($1), drv.name($3)); }
;

otag:
    %empty {}
  | LITERAL { $$ = $1; }
;

interfacetype:
    INTERFACE lbrace iface_body {
        auto* t = drv.make<InterfaceType>(@1); t->methods = std::move($3); $$ = t;
    }
;

iface_body:
    RBRACE {}
  | iface_list RBRACE { $$ = std::move($1); }
  | iface_list SEMI RBRACE { $$ = std::move($1); }
  | iface_list error { $$ = std::move($1); RECOVER(); }
;

iface_list:
    iface_elem { $$.push_back($1); }
  | iface_list SEMI iface_elem { $$ = std::move($1); $$.push_back($3); }
;

iface_elem:
    NAME signature { $$ = drv.make<Field>(@1, drv.name($1), $2); }
  | embedded { $$ = drv.make<Field>(@1, nullptr, $1); }
;

// ---- expressions ----

expr:
    uexpr { $$ = $1; }
  | expr OROR expr { $$ = drv.make<Operation>(@2, Op::OrOr, $1, $3); }
  | expr ANDAND expr { $$ = drv.make<Operation>(@2, Op::AndAnd, $1, $3); }
  | expr CMPOP expr { $$ = drv.make<Operation>(@2, $2, $1, $3); }
  | expr PLUS expr { $$ = drv.make<Operation>(@2, Op::Add, $1, $3); }
  | expr MINUS expr { $$ = drv.make<Operation>(@2, Op::Sub, $1, $3); }
  | expr OR expr { $$ = drv.make<Operation>(@2, Op::Or, $1, $3); }
  | expr XOR expr { $$ = drv.make<Operation>(@2, Op::Xor, $1, $3); }
  | expr STAR expr { $$ = drv.make<Operation>(@2, Op::Mul, $1, $3); }
  | expr AMP expr { $$ = drv.make<Operation>(@2, Op::And, $1, $3); }
  | expr MULOP expr { $$ = drv.make<Operation>(@2, $2, $1, $3); }
;

uexpr:
    pexpr { $$ = $1; }
  | STAR uexpr { $$ = drv.unary(@1, Op::Mul, $2); }
  | AMP uexpr { $$ = drv.unary(@1, Op::And, $2); }
  | PLUS uexpr { $$ = drv.unary(@1, Op::Add, $2); }
  | MINUS uexpr { $$ = drv.unary(@1, Op::Sub, $2); }
  | NOT uexpr { $$ = drv.unary(@1, Op::Not, $2); }
  | XOR uexpr { $$ = drv.unary(@1, Op::Xor, $2); }
  | TILDE uexpr { $$ = drv.unary(@1, Op::Tilde, $2); }
  | ARROW uexpr { $$ = drv.receive(@1, $2); }
;

// Primary expressions that may be the type of a composite literal `T{...}`.
tpexpr:
    NAME { $$ = drv.name($1); }
  | pexpr DOT NAME { $$ = drv.make<SelectorExpr>(@2, $1, drv.name($3)); }
  | pexpr LBRACK expr RBRACK { $$ = drv.make<IndexExpr>(@2, $1, $3); }
  | LPAREN expr RPAREN { $$ = drv.make<ParenExpr>(@1, $2); }
;

pexpr:
    tpexpr { $$ = $1; }
  | LITERAL { $$ = drv.basic_lit($1); }
  | complit { $$ = $1; }
  | funclit { $$ = $1; }
  | othertype %prec NOTBRACE { $$ = $1; }
  | FUNC signature %prec NOTBRACE { $$ = $2; }
  | pexpr DOT LPAREN type RPAREN { $$ = drv.make<AssertExpr>(@2, $1, $4); }
  | pexpr DOT LPAREN TYPE RPAREN { $$ = drv.make<TypeSwitchGuard>(@2, nullptr, $1); }
  | pexpr LBRACK RBRACK {
        drv.syntax_error_at(@3, "unexpected ], expecting operand");
        $$ = $1;
    }
  | pexpr LBRACK oexpr COLON oexpr RBRACK {
        auto* s = drv.make<SliceExpr>(@2, $1); s->index[0] = $3; s->index[1] = $5; $$ = s;
    }
  | pexpr LBRACK oexpr COLON oexpr COLON oexpr RBRACK {
        auto* s = drv.make<SliceExpr>(@2, $1);
        s->full = true;
        s->index[0] = $3;
        s->index[1] = $5;
        s->index[2] = $7;
        if ($5 == nullptr) {
            drv.error_at(@6, "middle index required in 3-index slice");
            s->index[1] = drv.make<BadExpr>(@6);
        }
        if ($7 == nullptr) {
            drv.error_at(@8, "final index required in 3-index slice");
            s->index[2] = drv.make<BadExpr>(@8);
        }
        $$ = s;
    }
  | pexpr LPAREN call_args {
        auto* c = drv.make<CallExpr>(@2, $1);
        c->args = std::move($3.elems);
        c->has_dots = $3.dots;
        c->rparen = $3.close;
        $$ = c;
    }
;

// The list rules spell out every ending, without empty alternatives, so that no default
// reduction happens before an error: the state where bison detects a syntax error then still
// shows whether the list was empty or ended in a separator, which Go's wording depends on.
call_args:
    RPAREN { $$.close = @1; }
  | arg_list RPAREN { $$.elems = std::move($1); $$.close = @2; }
  | arg_list COMMA RPAREN { $$.elems = std::move($1); $$.close = @3; }
  | arg_list DDD RPAREN { $$.elems = std::move($1); $$.dots = true; $$.close = @3; }
  | arg_list DDD COMMA RPAREN { $$.elems = std::move($1); $$.dots = true; $$.close = @4; }
  | arg_list error { $$.elems = std::move($1); $$.close = @2; RECOVER(); }
;

oexpr:
    %empty { $$ = nullptr; }
  | expr { $$ = $1; }
;

arg_list:
    expr { $$.push_back($1); }
  | arg_list COMMA expr { $$ = std::move($1); $$.push_back($3); }
;

complit:
    tpexpr LBRACE lit_body {
        if ($1->kind == NodeKind::ParenExpr)
            drv.syntax_error_at(@2, "cannot parenthesize type in composite literal");
        $$ = drv.composite_lit(@2, $1, std::move($3));
    }
  | othertype lbrace lit_body { $$ = drv.composite_lit(@2, $1, std::move($3)); }
;

lit_body:
    RBRACE { $$.close = @1; }
  | elem_list RBRACE { $$.elems = std::move($1); $$.close = @2; }
  | elem_list COMMA RBRACE { $$.elems = std::move($1); $$.close = @3; }
  | elem_list error { $$.elems = std::move($1); $$.close = @2; RECOVER(); }
;

elem_list:
    elem { $$.push_back($1); }
  | elem_list COMMA elem { $$ = std::move($1); $$.push_back($3); }
;

elem:
    belem { $$ = $1; }
  | belem COLON belem { $$ = drv.make<KeyValueExpr>(@2, $1, $3); }
;

belem:
    expr { $$ = $1; }
  | LBRACE lit_body { $$ = drv.composite_lit(@1, nullptr, std::move($2)); }
;

funclit:
    FUNC signature lbrace stmt_list RBRACE {
        auto* b = drv.make<BlockStmt>(@3);
        b->stmts = std::move($4.stmts);
        b->rbrace = @5;
        $$ = drv.make<FuncLit>(@1, $2, b);
    }
;

expr_list:
    expr { $$.push_back($1); }
  | expr_list COMMA expr { $$ = std::move($1); $$.push_back($3); }
;

// ---- statements ----

stmt_list:
    stmt { $$.last_empty = $1 == nullptr; if ($1) $$.stmts.push_back($1); }
  | stmt_list SEMI stmt { $$ = std::move($1); drv.append_stmt($$, @2, $3); }
  | stmt_list error { $$ = std::move($1); $$.last_empty = false; RECOVER(); }
;

stmt:
    %empty { $$ = nullptr; }
  | simple_stmt { $$ = $1; }
  | NAME COLON stmt {
        Stmt* s = $3 ? $3 : drv.make<EmptyStmt>(drv.token().pos);
        $$ = drv.make<LabeledStmt>(@2, drv.name($1), s);
    }
  | GO pexpr { $$ = drv.call_stmt(@1, CallKind::Go, $2); }
  | DEFER pexpr { $$ = drv.call_stmt(@1, CallKind::Defer, $2); }
  | RETURN { $$ = drv.make<ReturnStmt>(@1); }
  | RETURN expr_list { auto* r = drv.make<ReturnStmt>(@1); r->results = std::move($2); $$ = r; }
  | BREAK { $$ = drv.make<BranchStmt>(@1, BranchKind::Break); }
  | BREAK NAME {
        auto* b = drv.make<BranchStmt>(@1, BranchKind::Break); b->label = drv.name($2); $$ = b;
    }
  | CONTINUE { $$ = drv.make<BranchStmt>(@1, BranchKind::Continue); }
  | CONTINUE NAME {
        auto* b = drv.make<BranchStmt>(@1, BranchKind::Continue); b->label = drv.name($2); $$ = b;
    }
  | GOTO NAME {
        auto* b = drv.make<BranchStmt>(@1, BranchKind::Goto); b->label = drv.name($2); $$ = b;
    }
  | FALLTHROUGH { $$ = drv.make<BranchStmt>(@1, BranchKind::Fallthrough); }
  | block { $$ = $1; }
  | if_stmt { $$ = $1; }
  | for_open stmt_list RBRACE { $1->body->stmts = std::move($2.stmts); $1->body->rbrace = @3; $$ = $1; }
  | switch_open case_list RBRACE { $1->body = std::move($2); $1->rbrace = @3; $$ = $1; }
  | SELECT LBODY comm_list RBRACE {
        auto* s = drv.make<SelectStmt>(@1); s->body = std::move($3); s->rbrace = @4; $$ = s;
    }
  | VAR var_group { auto* d = drv.make<DeclStmt>(@1); d->decls = std::move($2); $$ = d; }
  | CONST const_group { auto* d = drv.make<DeclStmt>(@1); d->decls = std::move($2); $$ = d; }
  | TYPE type_group { auto* d = drv.make<DeclStmt>(@1); d->decls = std::move($2); $$ = d; }
;

// A lone expression list is an expression statement (or Go's "expecting := or = or comma"):
// reducing it here rather than from `expr` makes bison's default reduction match Go's
// simpleStmt, which returns as soon as the list is not followed by an assignment.
simple_stmt:
    expr_list { $$ = drv.simple_expr_stmt(std::move($1)); }
  | expr ASSIGNOP expr {
        auto* a = drv.make<AssignStmt>(@2, AssignKind::OpAssign);
        a->op = $2; a->lhs.push_back($1); a->rhs.push_back($3); $$ = a;
    }
  | expr INCOP {
        auto* a = drv.make<AssignStmt>(@2, AssignKind::IncDec); a->op = $2; a->lhs.push_back($1); $$ = a;
    }
  | expr ARROW expr { $$ = drv.make<SendStmt>(@2, $1, $3); }
  | expr_list ASSIGN expr_list {
        auto* a = drv.make<AssignStmt>(@2, AssignKind::Assign);
        a->lhs = std::move($1); a->rhs = std::move($3); $$ = a;
    }
  | expr_list DEFINE expr_list {
        auto* a = drv.make<AssignStmt>(@2, AssignKind::Define);
        a->op = Op::Def; a->lhs = std::move($1); a->rhs = std::move($3); $$ = a;
    }
;

block:
    LBRACE stmt_list RBRACE {
        $$ = drv.make<BlockStmt>(@1); $$->stmts = std::move($2.stmts); $$->rbrace = @3;
    }
;

// Header statements: `var` is accepted with Go's complaint (header in parser.go).
osimple:
    %empty { $$ = nullptr; }
  | simple_stmt { $$ = $1; }
;

hinit:
    osimple { $$ = $1; }
  | header_var simple_stmt { $$ = $2; }
;

header_var:
    VAR { drv.header_var(LOOKAHEAD_READ); }
;

if_header:
    hinit { $$.cond = $1; }
  | hinit SEMI osimple {
        $$.init = $1; $$.cond = $3; $$.semi = true; $$.semi_pos = @2; $$.semi_lit = $2;
    }
;

// Headers are checked once their `{` is read (the *_open rules), so that a missing `{` is
// reported first, as Go does.
if_head:
    IF if_header { $$ = std::move($2); $$.keyword = @1; }
;

if_open:
    if_head LBODY { $$ = drv.if_header(std::move($1)); $$->then = drv.make<BlockStmt>(@2); }
  | if_head error { $$ = drv.make<IfStmt>($1.keyword); $$->then = drv.make<BlockStmt>(@2); RECOVER(); }
;

if_stmt:
    if_open stmt_list RBRACE { $$ = $1; $$->then->stmts = std::move($2.stmts); $$->then->rbrace = @3; }
  | if_open stmt_list RBRACE ELSE if_stmt {
        $$ = $1; $$->then->stmts = std::move($2.stmts); $$->then->rbrace = @3; $$->else_ = $5;
    }
  | if_open stmt_list RBRACE ELSE block {
        $$ = $1; $$->then->stmts = std::move($2.stmts); $$->then->rbrace = @3; $$->else_ = $5;
    }
;

for_header:
    hinit { $$.cond = $1; }
  | range_clause { $$.cond = $1; $$.range = true; }
  | hinit SEMI osimple SEMI osimple {
        $$.init = $1; $$.cond = $3; $$.post = $5; $$.semi = true; $$.semi_pos = @2;
    }
;

range_clause:
    RANGE expr { $$ = drv.make<RangeClause>(@1, $2); }
  | expr_list ASSIGN RANGE expr {
        auto* r = drv.make<RangeClause>(@3, $4); r->lhs = std::move($1); $$ = r;
    }
  | expr_list DEFINE RANGE expr {
        auto* r = drv.make<RangeClause>(@3, $4); r->lhs = std::move($1); r->define = true; $$ = r;
    }
;

for_head:
    FOR for_header { $$ = std::move($2); $$.keyword = @1; }
;

for_open:
    for_head LBODY { $$ = drv.for_header(std::move($1)); $$->body = drv.make<BlockStmt>(@2); }
  | for_head error { $$ = drv.make<ForStmt>($1.keyword); $$->body = drv.make<BlockStmt>(@2); RECOVER(); }
;

switch_head:
    SWITCH if_header { $$ = std::move($2); $$.keyword = @1; }
;

switch_open:
    switch_head LBODY { $$ = drv.switch_header(std::move($1)); }
  | switch_head error { $$ = drv.make<SwitchStmt>($1.keyword); RECOVER(); }
;

case_list:
    %empty {}
  | case_list case_clause { $$ = std::move($1); $$.push_back($2); drv.clause_done($$.size(), drv.clause_open); }
;

case_clause:
    CASE expr_list COLON stmt_list {
        $$ = drv.make<CaseClause>(@1); $$->cases = std::move($2); $$->colon = @3; drv.clause_open = !$4.last_empty; $$->body = std::move($4.stmts);
    }
  | DEFAULT COLON stmt_list {
        $$ = drv.make<CaseClause>(@1); $$->is_default = true; $$->colon = @2; drv.clause_open = !$3.last_empty; $$->body = std::move($3.stmts);
    }
;

comm_list:
    %empty {}
  | comm_list comm_clause { $$ = std::move($1); $$.push_back($2); drv.clause_done($$.size(), drv.clause_open); }
;

comm_clause:
    CASE simple_stmt COLON stmt_list {
        $$ = drv.make<CommClause>(@1); $$->comm = $2; $$->colon = @3; drv.clause_open = !$4.last_empty; $$->body = std::move($4.stmts);
    }
  | DEFAULT COLON stmt_list {
        $$ = drv.make<CommClause>(@1); $$->colon = @2; drv.clause_open = !$3.last_empty; $$->body = std::move($3.stmts);
    }
;

%%

namespace vitro::lang::detail {

Parser::symbol_type yylex(Driver& drv)
{
    const Token& t = drv.next();
    const Pos p = t.pos;
    switch (t.kind) {
    case Tok::Eof: return Parser::make_END(p);
    case Tok::Name: return Parser::make_NAME(t, p);
    case Tok::Literal: return Parser::make_LITERAL(t, p);
    case Tok::OrOr: return Parser::make_OROR(p);
    case Tok::AndAnd: return Parser::make_ANDAND(p);
    case Tok::Cmp: return Parser::make_CMPOP(t.op, p);
    case Tok::Add:
        switch (t.op) {
        case Op::Add: return Parser::make_PLUS(p);
        case Op::Sub: return Parser::make_MINUS(p);
        case Op::Or: return Parser::make_OR(p);
        default: return Parser::make_XOR(p);
        }
    case Tok::Mul: return t.op == Op::And ? Parser::make_AMP(p) : Parser::make_MULOP(t.op, p);
    case Tok::Star: return Parser::make_STAR(p);
    case Tok::Not: return Parser::make_NOT(p);
    case Tok::Tilde: return Parser::make_TILDE(p);
    case Tok::AssignOp: return Parser::make_ASSIGNOP(t.op, p);
    case Tok::IncOp: return Parser::make_INCOP(t.op, p);
    case Tok::Assign: return Parser::make_ASSIGN(p);
    case Tok::Define: return Parser::make_DEFINE(p);
    case Tok::Arrow: return Parser::make_ARROW(p);
    case Tok::Lparen: return Parser::make_LPAREN(p);
    case Tok::Lbrack: return Parser::make_LBRACK(p);
    case Tok::Lbrace: return Parser::make_LBRACE(p);
    case Tok::Lbody: return Parser::make_LBODY(p);
    case Tok::Rparen: return Parser::make_RPAREN(p);
    case Tok::Rbrack: return Parser::make_RBRACK(p);
    case Tok::Rbrace: return Parser::make_RBRACE(p);
    case Tok::Comma: return Parser::make_COMMA(p);
    case Tok::Semi: return Parser::make_SEMI(t.text, p);
    case Tok::Colon: return Parser::make_COLON(p);
    case Tok::Dot: return Parser::make_DOT(p);
    case Tok::DotDotDot: return Parser::make_DDD(p);
    case Tok::Break: return Parser::make_BREAK(p);
    case Tok::Case: return Parser::make_CASE(p);
    case Tok::Chan: return Parser::make_CHAN(p);
    case Tok::Const: return Parser::make_CONST(p);
    case Tok::Continue: return Parser::make_CONTINUE(p);
    case Tok::Default: return Parser::make_DEFAULT(p);
    case Tok::Defer: return Parser::make_DEFER(p);
    case Tok::Else: return Parser::make_ELSE(p);
    case Tok::Fallthrough: return Parser::make_FALLTHROUGH(p);
    case Tok::For: return Parser::make_FOR(p);
    case Tok::Func: return Parser::make_FUNC(p);
    case Tok::Go: return Parser::make_GO(p);
    case Tok::Goto: return Parser::make_GOTO(p);
    case Tok::If: return Parser::make_IF(p);
    case Tok::Import: return Parser::make_IMPORT(p);
    case Tok::Interface: return Parser::make_INTERFACE(p);
    case Tok::Map: return Parser::make_MAP(p);
    case Tok::Package: return Parser::make_PACKAGE(p);
    case Tok::Range: return Parser::make_RANGE(p);
    case Tok::Return: return Parser::make_RETURN(p);
    case Tok::Select: return Parser::make_SELECT(p);
    case Tok::Struct: return Parser::make_STRUCT(p);
    case Tok::Switch: return Parser::make_SWITCH(p);
    case Tok::Type: return Parser::make_TYPE(p);
    case Tok::Var: return Parser::make_VAR(p);
    }
    return Parser::make_END(p);
}

} // namespace vitro::lang::detail
