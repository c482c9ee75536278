// lang/syntax_error.cpp — Go's wording of syntax errors for the bison parser, and Go's short
// rendering of nodes in messages.
#include "lang/parse_internal.h"
#include "parser.hpp"

#include <cstdio>
#include <cstdlib>

namespace vitro::lang::detail {

// ---- node rendering (syntax/printer.go in ShortForm) ----

namespace {

void print(std::string& out, const Node* n);

void print_list(std::string& out, const std::vector<Expr*>& list)
{
    for (size_t i = 0; i < list.size(); ++i) {
        if (i > 0)
            out += ", ";
        print(out, list[i]);
    }
}

void print_params(std::string& out, const std::vector<Field*>& list)
{
    out += '(';
    for (size_t i = 0; i < list.size(); ++i) {
        const Field* f = list[i];
        if (i > 0)
            out += ", ";
        if (f->name) {
            print(out, f->name);
            if (i + 1 < list.size() && list[i + 1]->name && list[i + 1]->field_type == f->field_type)
                continue;
            out += ' ';
        }
        const Expr* t = f->field_type;
        while (t && t->kind == NodeKind::ParenExpr)
            t = t->as<ParenExpr>()->x;
        print(out, t);
    }
    out += ')';
}

void print_signature(std::string& out, const FuncType* f)
{
    print_params(out, f->params);
    if (f->results.empty())
        return;
    out += ' ';
    if (f->results.size() == 1 && f->results[0]->name == nullptr)
        print(out, f->results[0]->field_type);
    else
        print_params(out, f->results);
}

void print_expr(std::string& out, const Node* n)
{
    switch (n->kind) {
    case NodeKind::BadExpr:
        out += "<bad expr>";
        return;
    case NodeKind::Name:
        out += n->as<Name>()->value;
        return;
    case NodeKind::BasicLit:
        out += n->as<BasicLit>()->value;
        return;
    case NodeKind::FuncLit:
        print(out, n->as<FuncLit>()->type);
        out += n->as<FuncLit>()->body->stmts.empty() ? " {}" : " {…}";
        return;
    case NodeKind::CompositeLit: {
        auto* c = n->as<CompositeLit>();
        if (c->type)
            print(out, c->type);
        out += c->elems.empty() ? "{}" : "{…}";
        return;
    }
    case NodeKind::KeyValueExpr:
        print(out, n->as<KeyValueExpr>()->key);
        out += ": ";
        print(out, n->as<KeyValueExpr>()->value);
        return;
    case NodeKind::ParenExpr:
        out += '(';
        print(out, n->as<ParenExpr>()->x);
        out += ')';
        return;
    case NodeKind::SelectorExpr:
        print(out, n->as<SelectorExpr>()->x);
        out += '.';
        print(out, n->as<SelectorExpr>()->sel);
        return;
    case NodeKind::IndexExpr:
        print(out, n->as<IndexExpr>()->x);
        out += '[';
        print(out, n->as<IndexExpr>()->index);
        out += ']';
        return;
    case NodeKind::SliceExpr: {
        auto* s = n->as<SliceExpr>();
        print(out, s->x);
        out += '[';
        if (s->index[0])
            print(out, s->index[0]);
        out += ':';
        if (s->index[1])
            print(out, s->index[1]);
        if (s->index[2]) {
            out += ':';
            print(out, s->index[2]);
        }
        out += ']';
        return;
    }
    case NodeKind::AssertExpr:
        print(out, n->as<AssertExpr>()->x);
        out += ".(";
        print(out, n->as<AssertExpr>()->assert_type);
        out += ')';
        return;
    case NodeKind::TypeSwitchGuard:
        if (auto* l = n->as<TypeSwitchGuard>()->lhs) {
            print(out, l);
            out += " := ";
        }
        print(out, n->as<TypeSwitchGuard>()->x);
        out += ".(type)";
        return;
    case NodeKind::CallExpr: {
        auto* c = n->as<CallExpr>();
        print(out, c->fun);
        out += '(';
        print_list(out, c->args);
        if (c->has_dots)
            out += "...";
        out += ')';
        return;
    }
    case NodeKind::Operation: {
        auto* o = n->as<Operation>();
        if (o->y == nullptr) {
            out += op_string(o->op);
            print(out, o->x);
        } else {
            print(out, o->x);
            out += ' ';
            out += op_string(o->op);
            out += ' ';
            print(out, o->y);
        }
        return;
    }
    case NodeKind::ListExpr:
        print_list(out, n->as<ListExpr>()->elems);
        return;
    case NodeKind::ArrayType:
        out += '[';
        if (auto* l = n->as<ArrayType>()->len)
            print(out, l);
        else
            out += "...";
        out += ']';
        print(out, n->as<ArrayType>()->elem);
        return;
    case NodeKind::SliceType:
        out += "[]";
        print(out, n->as<SliceType>()->elem);
        return;
    case NodeKind::DotsType:
        out += "...";
        print(out, n->as<DotsType>()->elem);
        return;
    case NodeKind::StructType: {
        auto* s = n->as<StructType>();
        out += "struct{";
        for (size_t i = 0; i < s->fields.size(); ++i) {
            if (i > 0)
                out += "; ";
            if (s->fields[i]->name) {
                print(out, s->fields[i]->name);
                out += ' ';
            }
            print(out, s->fields[i]->field_type);
        }
        out += '}';
        return;
    }
    case NodeKind::FuncType:
        out += "func";
        print_signature(out, n->as<FuncType>());
        return;
    case NodeKind::InterfaceType: {
        auto* t = n->as<InterfaceType>();
        out += "interface{";
        for (size_t i = 0; i < t->methods.size(); ++i) {
            if (i > 0)
                out += "; ";
            if (t->methods[i]->name) {
                print(out, t->methods[i]->name);
                print_signature(out, t->methods[i]->field_type->as<FuncType>());
            } else {
                print(out, t->methods[i]->field_type);
            }
        }
        out += '}';
        return;
    }
    case NodeKind::MapType:
        out += "map[";
        print(out, n->as<MapType>()->key);
        out += ']';
        print(out, n->as<MapType>()->value);
        return;
    case NodeKind::ChanType: {
        auto* c = n->as<ChanType>();
        out += c->dir == ChanDir::Recv ? "<-chan" : c->dir == ChanDir::Send ? "chan<-" : "chan";
        out += ' ';
        bool paren = c->dir == ChanDir::Both && c->elem->kind == NodeKind::ChanType
            && c->elem->as<ChanType>()->dir == ChanDir::Recv;
        if (paren)
            out += '(';
        print(out, c->elem);
        if (paren)
            out += ')';
        return;
    }
    default:
        return;
    }
}

void print(std::string& out, const Node* n)
{
    if (n == nullptr)
        return;
    switch (n->kind) {
    case NodeKind::ExprStmt:
        print(out, n->as<ExprStmt>()->x);
        return;
    case NodeKind::SendStmt:
        print(out, n->as<SendStmt>()->chan);
        out += " <- ";
        print(out, n->as<SendStmt>()->value);
        return;
    case NodeKind::AssignStmt: {
        auto* a = n->as<AssignStmt>();
        print_list(out, a->lhs);
        switch (a->assign_kind) {
        case AssignKind::IncDec:
            out += op_string(a->op);
            out += op_string(a->op);
            return;
        case AssignKind::Assign:
            out += " = ";
            break;
        case AssignKind::Define:
            out += " := ";
            break;
        case AssignKind::OpAssign:
            out += ' ';
            out += op_string(a->op);
            out += "= ";
            break;
        }
        print_list(out, a->rhs);
        return;
    }
    case NodeKind::RangeClause: {
        auto* r = n->as<RangeClause>();
        if (!r->lhs.empty()) {
            print_list(out, r->lhs);
            out += r->define ? " := " : " = ";
        }
        out += "range ";
        print(out, r->x);
        return;
    }
    default:
        print_expr(out, n);
        return;
    }
}

} // namespace

std::string node_string(const Node* n)
{
    std::string out;
    print(out, n);
    return out;
}

std::string list_string(const std::vector<Expr*>& list)
{
    std::string out;
    print_list(out, list);
    return out;
}

// ---- syntax errors ----
//
// Bison detects a syntax error in a state where no default reduction applies; by then it has
// reduced everything the lookahead could not continue, much as Go's recursive descent returns
// from every function that does not want the token. The grammar keeps the states Go's
// messages depend on (list rules spell out their endings; see parser.y), so the symbols on
// the stack, the expected tokens and a few values (is a list empty, did a header have a `;`)
// identify the parser.go function and call that reports the error. word_error() below maps
// them to Go's message; the cases follow parser.go from top to bottom.

namespace {

using Kind = Parser::symbol_kind_type;
using S = Parser::symbol_kind;

struct Wording {
    std::string msg; // Go's syntaxError argument (see Driver::go_syntax_error)
    Pos pos; // unknown: at the current token
    bool stop; // package clause errors end the parse, as in Go
    Tok close = Tok::Eof; // for list errors, the list's closing token
    bool go_parser = false; // msg is go/parser's "expected X" for the package clause or imports

    Wording(std::string m, Pos p = {}, bool s = false)
        : msg(std::move(m))
        , pos(p)
        , stop(s)
    {
        if (msg.rfind("in ", 0) == 0)
            close = msg.back() == ')' ? Tok::Rparen : Tok::Rbrace;
    }
};

// Where Go's parser goes on after the message (the advance() call after it in parser.go).
Resync resync_plan(const std::string& msg)
{
    auto has = [&](const char* s) { return msg.find(s) != std::string::npos; };
    if (msg == "at end of statement")
        return Resync::Statement;
    if (msg == "expecting }")
        return Resync::Block;
    if (msg == "expecting case or default or }")
        return Resync::Clause;
    if (msg.rfind("in ", 0) == 0)
        return Resync::List;
    if (has("top level declaration") || has("outside function body") || has("before {"))
        return Resync::Decl;
    if (msg.rfind("expecting {", 0) == 0 || has("missing { after"))
        return Resync::Header;
    return Resync::List;
}

// The top of the parser's stack as word_error() needs it: symbol kinds, positions, and the
// few semantic values that decide a message.
struct Frame {
    Kind kind = S::S_YYEMPTY;
    Pos pos;
    const Expr* expr = nullptr; // oexpr
    const Stmt* stmt = nullptr; // osimple
    const StmtList* stmts = nullptr;
    const Header* header = nullptr;
    size_t count = 0; // case_list, comm_list
};

struct StackView {
    static constexpr int kDepth = 8;
    Frame frames[kDepth];
    Kind operator()(int i) const { return frames[i].kind; }
};

bool in(Kind k, std::initializer_list<Kind> set)
{
    for (Kind x : set)
        if (x == k)
            return true;
    return false;
}

std::string go_token_name(Kind t)
{
    switch (t) {
    case S::S_YYEOF:
        return "EOF";
    case S::S_NAME:
        return "name";
    case S::S_LITERAL:
        return "literal";
    case S::S_ASSIGN:
        return "=";
    case S::S_DEFINE:
        return ":=";
    case S::S_ARROW:
        return "<-";
    case S::S_LPAREN:
        return "(";
    case S::S_LBRACK:
        return "[";
    case S::S_LBRACE:
    case S::S_LBODY:
        return "{";
    case S::S_RPAREN:
        return ")";
    case S::S_RBRACK:
        return "]";
    case S::S_RBRACE:
        return "}";
    case S::S_COMMA:
        return "comma";
    case S::S_SEMI:
        return "semicolon or newline";
    case S::S_COLON:
        return ":";
    case S::S_DOT:
        return ".";
    case S::S_DDD:
        return "...";
    case S::S_CHAN:
        return "chan";
    default:
        return Parser::symbol_name(t);
    }
}

Wording word_error(const StackView& k, Kind la, uint64_t expect, const Driver& drv);

} // namespace

void Parser::report_syntax_error(const context& ctx) const
{
    symbol_kind_type expected[YYNTOKENS];
    int n = ctx.expected_tokens(expected, YYNTOKENS);
    uint64_t expect = 0;
    for (int i = 0; i < n; ++i)
        expect |= uint64_t(1) << expected[i];
    StackView view;
    for (int i = 0; i < StackView::kDepth && i < int(yystack_.size()); ++i) {
        const stack_symbol_type& e = yystack_[i];
        Frame& f = view.frames[i];
        f.kind = e.kind();
        if (f.kind == symbol_kind::S_YYEMPTY)
            break;
        f.pos = e.location;
        switch (f.kind) {
        case symbol_kind::S_oexpr:
            f.expr = e.value.as<Expr*>();
            break;
        case symbol_kind::S_osimple:
            f.stmt = e.value.as<Stmt*>();
            break;
        case symbol_kind::S_stmt_list:
            f.stmts = &e.value.as<StmtList>();
            break;
        case symbol_kind::S_if_head:
        case symbol_kind::S_for_head:
        case symbol_kind::S_switch_head:
            f.header = &e.value.as<Header>();
            break;
        case symbol_kind::S_case_list:
            f.count = e.value.as<std::vector<CaseClause*>>().size();
            break;
        case symbol_kind::S_comm_list:
            f.count = e.value.as<std::vector<CommClause*>>().size();
            break;
        default:
            break;
        }
    }
    switch (view(0)) {
    case symbol_kind::S_if_head:
        drv.early_header_checks(*view.frames[0].header, Tok::If);
        break;
    case symbol_kind::S_for_head:
        drv.early_header_checks(*view.frames[0].header, Tok::For);
        break;
    case symbol_kind::S_switch_head:
        drv.early_header_checks(*view.frames[0].header, Tok::Switch);
        break;
    default:
        break;
    }
    Wording w = word_error(view, ctx.token(), expect, drv);
    bool in_function = false;
    for (int i = 0; i < int(yystack_.size()) && !in_function; ++i) {
        switch (yystack_[i].kind()) {
        case symbol_kind::S_stmt_list:
        case symbol_kind::S_if_open:
        case symbol_kind::S_for_open:
        case symbol_kind::S_switch_open:
        case symbol_kind::S_case_list:
        case symbol_kind::S_comm_list:
            in_function = true;
            break;
        case symbol_kind::S_LBRACE:
        case symbol_kind::S_lbrace:
            in_function = i + 1 < int(yystack_.size()) && yystack_[i + 1].kind() == symbol_kind::S_signature;
            break;
        default:
            break;
        }
    }
    drv.plan_resync(resync_plan(w.msg), w.close, in_function);
    if (std::getenv("VITRO_PARSE_DEBUG")) {
        std::string trace;
        for (int i = std::min<int>(int(yystack_.size()) - 1, 7); i >= 0; --i)
            trace += std::string(" ")
                + (yystack_[i].kind() == symbol_kind::S_YYEMPTY ? "^" : symbol_name(yystack_[i].kind()));
        std::fprintf(stderr, "STACK%s | %s | %s\n", trace.c_str(), symbol_name(ctx.token()), w.msg.c_str());
    }
    if (w.go_parser) {
        drv.header_error(drv.go_parser_pos(), w.msg + ", found " + Driver::go_parser_token(drv.token()));
        return;
    }
    drv.go_syntax_error(w.pos.known() ? w.pos : drv.token().pos, w.msg);
    if (w.stop)
        drv.stop();
}

namespace {

// The statement list whose opener (`{`, the `:` of a clause ...) is at depth i: Go's stmtList
// stops at a token that cannot start a statement, and its caller then wants `}`, or, in a
// switch or select clause, the next clause.
const char* list_end_message(const StackView& k, int opener)
{
    return k(opener) == S::S_COLON ? "expecting case or default or }" : "expecting }";
}

std::string header_message(const Header& h, Kind keyword)
{
    bool empty = !h.init && !h.cond && !h.semi;
    if (empty)
        return "expecting expression";
    if (keyword == S::S_FOR && h.range)
        return "expecting { after for clause";
    if (!h.semi)
        return "expecting {";
    if (keyword == S::S_FOR)
        return h.post ? "expecting { after for clause" : "expecting expression";
    if (!h.cond)
        return "expecting expression";
    return keyword == S::S_IF ? "expecting { after if clause" : "missing { after switch clause";
}

Wording word_error(const StackView& k, Kind la, uint64_t expect, const Driver& drv)
{
    auto expects = [&](Kind t) { return (expect >> t) & 1; };
    const Kind k0 = k(0), k1 = k(1), k2 = k(2);
    auto loc = [&](int i) { return k.frames[i].pos; };
    const char* grouped = "in grouped declaration; possibly missing semicolon or newline or )";

    // The package clause and imports: the go command parses them with go/parser first
    // (readGoInfo in go/build/read.go), which words the error.
    auto go_parser = [](const char* expected) {
        Wording w(expected);
        w.go_parser = true;
        return w;
    };

    // Go's list() loop does not start at EOF; its caller then wants the closing token.
    if (la == S::S_YYEOF) {
        if (k0 == S::S_LPAREN && (k1 == S::S_pexpr || (expects(S::S_RPAREN) && expects(S::S_DDD))))
            return { "expecting )" }; // f( and func(
        if ((k0 == S::S_COMMA && in(k1, { S::S_arg_list, S::S_param_list })))
            return { "expecting )" };
        if (k0 == S::S_LPAREN && k1 == S::S_IMPORT)
            return go_parser("expected ')'");
        if (k0 == S::S_SEMI && k1 == S::S_import_specs)
            return go_parser("expected ')'");
        if (k0 == S::S_LPAREN && in(k1, { S::S_CONST, S::S_VAR, S::S_TYPE }))
            return { "expecting )" };
        if (k0 == S::S_SEMI
            && in(k1, { S::S_import_specs, S::S_const_specs, S::S_var_specs, S::S_type_specs }))
            return { "expecting )" };
        if ((k0 == S::S_LBRACE || k0 == S::S_lbrace) && expects(S::S_LITERAL) && expects(S::S_RBRACE))
            return { "expecting }" }; // T{
        if (k0 == S::S_lbrace && in(k1, { S::S_STRUCT, S::S_INTERFACE }))
            return { "expecting }" };
        if (k0 == S::S_COMMA && k1 == S::S_elem_list)
            return { "expecting }" };
        if (k0 == S::S_SEMI && in(k1, { S::S_field_list, S::S_iface_list }))
            return { "expecting }" };
        // A switch or select at EOF: the clause loop ends there and wants `}`.
        if (in(k0, { S::S_case_list, S::S_comm_list }) || (k0 == S::S_COLON && expects(S::S_GOTO))
            || (k0 == S::S_SEMI && k1 == S::S_stmt_list && k2 == S::S_COLON)
            || (k0 == S::S_stmt_list && k1 == S::S_COLON && k.frames[0].stmts->last_empty))
            return { "expecting }" };
    }

    const bool spec_name = in(k0, { S::S_NAME, S::S_DOT })
        && (k1 == S::S_IMPORT || (k1 == S::S_LPAREN && k2 == S::S_IMPORT)
            || (k1 == S::S_SEMI && k2 == S::S_import_specs));
    const bool spec_start = k0 == S::S_IMPORT || (k0 == S::S_LPAREN && k1 == S::S_IMPORT)
        || (k0 == S::S_SEMI && k1 == S::S_import_specs);
    if (spec_name || (spec_start && la != S::S_RPAREN))
        return go_parser("expected 'STRING'");
    if ((k0 == S::S_import_specs || k0 == S::S_import_group || (k0 == S::S_NAME && k1 == S::S_PACKAGE))
        && la == S::S_IMPORT)
        return go_parser("expected ';'");
    switch (k0) {
    // ---- package clause and imports (fileOrNil, importDecl) ----
    case S::S_YYEMPTY:
        return go_parser("expected 'package'");
    case S::S_PACKAGE:
        return go_parser("expected 'IDENT'");
    case S::S_import_group:
        return { "expecting semicolon or newline" };
    case S::S_import_specs:
        return go_parser("expected ';'");
    // ---- top level ----
    case S::S_top_decls: {
        const auto& decls = drv.file->decls;
        if (la == S::S_LBRACE && !decls.empty() && decls.back()->kind == NodeKind::FuncDecl
            && decls.back()->as<FuncDecl>()->body == nullptr)
            return { "unexpected semicolon or newline before {" };
        return { "non-declaration statement outside function body" };
    }
    case S::S_top_decl:
        return { "after top level declaration" };
    // ---- declarations (constDecl, typeDecl, varDecl, funcDeclOrNil) ----
    case S::S_CONST:
    case S::S_VAR:
    case S::S_TYPE:
        if (k1 == S::S_LPAREN && k2 == S::S_DOT)
            return { "expecting )" }; // x.(type
        return { "expecting name" };
    case S::S_const_specs:
    case S::S_var_specs:
    case S::S_type_specs:
        return { grouped };
    case S::S_name_list:
        return { "expecting type" };
    case S::S_assign:
        if (k1 == S::S_NAME)
            return { "in type declaration" };
        break;
    case S::S_receiver:
        return { "expecting name or (" };
    case S::S_FUNC:
        if (k1 == S::S_top_decls)
            return { "expecting name or (" };
        return { "expecting (" };
    case S::S_param_list:
        return { "in parameter list; possibly missing comma or )" };
    case S::S_DDD:
        if (in(k1, { S::S_NAME, S::S_LPAREN, S::S_COMMA }))
            return { "... is missing type" };
        if (k1 == S::S_LBRACK)
            return { "expecting ]" };
        if (k1 == S::S_arg_list)
            return { "in argument list; possibly missing comma or )" };
        break;
    // ---- types (typeOrNil, structType, interfaceType, fieldDecl) ----
    case S::S_CHAN:
        return { "missing channel element type" };
    case S::S_MAP:
        return { "expecting [" };
    case S::S_STRUCT:
    case S::S_INTERFACE:
        return { "expecting {" };
    case S::S_field_list:
        return { "in struct type; possibly missing semicolon or newline or }" };
    case S::S_iface_list:
        return { "in interface type; possibly missing semicolon or newline or }" };
    case S::S_embedded: // `(T` or `*(T` in a struct: Go complained at the `(` already
        if (k1 == S::S_LPAREN)
            return { "cannot parenthesize embedded type", loc(1) };
        if (k1 == S::S_STAR && k2 == S::S_LPAREN)
            return { "cannot parenthesize embedded type", loc(2) };
        break;
    // ---- expressions (pexpr, argList, complitexpr) ----
    case S::S_arg_list:
        return { "in argument list; possibly missing comma or )" };
    case S::S_elem_list:
        return { "in composite literal; possibly missing comma or }" };
    case S::S_oexpr: {
        bool empty = k.frames[0].expr == nullptr;
        if (k1 == S::S_LBRACK && k2 == S::S_pexpr) // x[i
            return { empty ? "expecting expression" : "expecting comma, : or ]" };
        if (k1 == S::S_COLON) // x[i:j or x[i:j:k
            return { empty ? "expecting expression" : "expecting ]" };
        if (k1 == S::S_LBRACK) { // [N]T
            if (empty)
                return { "expecting expression" };
            bool type_decl = k2 == S::S_NAME
                && (k(3) == S::S_TYPE
                    || (in(k(3), { S::S_LPAREN, S::S_SEMI }) && in(k(4), { S::S_TYPE, S::S_type_specs })));
            if (type_decl && !empty && k.frames[0].expr->kind == NodeKind::Name)
                return { "generic type parameters are not supported" };
            if (la == S::S_COMMA)
                return { "unexpected comma; expecting ]" };
            return { "expecting ]" };
        }
        break;
    }
    case S::S_expr:
        if (k1 == S::S_LPAREN)
            return { "expecting )" };
        break;
    // ---- statements (stmtList, header, caseClause, commClause ...) ----
    case S::S_stmt_list: {
        const StmtList& list = *k.frames[0].stmts;
        if (list.last_empty)
            return { list_end_message(k, 1) };
        const Stmt* last = list.stmts.empty() ? nullptr : list.stmts.back();
        // `L:` followed by what cannot start a statement (labeledStmtOrNil): the label took an
        // empty statement at the offending token.
        if (last && last->kind == NodeKind::LabeledStmt && !in(la, { S::S_SEMI, S::S_RBRACE })) {
            const Stmt* s = last->as<LabeledStmt>()->stmt;
            if (s->kind == NodeKind::EmptyStmt && s->pos == drv.token().pos)
                return { "missing statement after label", last->pos };
        }
        if (last && last->kind == NodeKind::ReturnStmt && last->as<ReturnStmt>()->results.empty())
            return { "expecting expression" };
        return { "at end of statement" };
    }
    case S::S_SEMI:
        if (k1 == S::S_stmt_list)
            return { list_end_message(k, 2) };
        if (in(k1, { S::S_const_specs, S::S_var_specs, S::S_type_specs }))
            return { "expecting name" };
        if (k1 == S::S_import_specs)
            return { "missing import path" };
        if (k1 == S::S_field_list)
            return { "expecting field name or embedded type" };
        if (k1 == S::S_iface_list)
            return { "expecting ~ term or type" };
        if (k1 == S::S_NAME && k2 == S::S_PACKAGE)
            break;
        break;
    case S::S_LBRACE:
    case S::S_if_open:
    case S::S_for_open:
        if (expects(S::S_GOTO))
            return { "expecting }" };
        break;
    case S::S_lbrace:
        if (expects(S::S_GOTO))
            return { "expecting }" };
        if (k1 == S::S_STRUCT)
            return { "expecting field name or embedded type" };
        if (k1 == S::S_INTERFACE)
            return { "expecting ~ term or type" };
        break;
    case S::S_COLON:
        if (k1 == S::S_NAME && expects(S::S_GOTO))
            return { "missing statement after label", loc(0) };
        if (expects(S::S_GOTO))
            return { list_end_message(k, 0) };
        break;
    case S::S_case_list:
    case S::S_comm_list:
        if (drv.clause_ended_in_statement(k.frames[0].count))
            return { "at end of statement" };
        return { "expecting case or default or }" };
    case S::S_ELSE:
        return { "else must be followed by if or statement block" };
    case S::S_SELECT:
        return { "missing { after select clause" };
    case S::S_if_head:
        return { header_message(*k.frames[0].header, S::S_IF) };
    case S::S_for_head:
        return { header_message(*k.frames[0].header, S::S_FOR) };
    case S::S_switch_head:
        return { header_message(*k.frames[0].header, S::S_SWITCH) };
    case S::S_osimple: // for init; cond
        if (k.frames[0].stmt == nullptr)
            return { la == S::S_LBODY ? "expecting for loop condition" : "expecting expression" };
        return { "expecting semicolon or newline" };
    case S::S_simple_stmt:
    case S::S_DEFAULT:
        return { "expecting :" };
    case S::S_expr_list:
        if (k1 == S::S_CASE)
            return { "expecting :" };
        break;
    case S::S_GOTO:
        return { "expecting name" };
    default:
        break;
    }

    // Tokens and symbols in more than one context, by what comes before them.
    switch (k0) {
    case S::S_NAME:
        if (k1 == S::S_PACKAGE)
            return { "expecting semicolon or newline", {}, true };
        if (k1 == S::S_FUNC || k1 == S::S_receiver)
            return { la == S::S_LBRACK ? "generic type parameters are not supported" : "expecting (" };
        if (expects(S::S_LITERAL) && !expects(S::S_LPAREN))
            return { "missing import path" }; // import x
        if (expects(S::S_STRUCT))
            return { "in type declaration" }; // type T
        break;
    case S::S_DOT:
        if (k1 == S::S_pexpr)
            return { "expecting name or (" };
        if (k1 == S::S_NAME)
            return { "expecting name" };
        return { "missing import path" }; // import .
    case S::S_LPAREN:
        if (k1 == S::S_IMPORT)
            return { "missing import path" };
        if (in(k1, { S::S_CONST, S::S_VAR, S::S_TYPE }))
            return { "expecting name" };
        if (expects(S::S_RPAREN) && expects(S::S_DDD))
            return { "expecting )" }; // a parameter list
        if (k1 == S::S_lbrace || k1 == S::S_field_list || k1 == S::S_SEMI || k1 == S::S_STAR)
            return { "cannot parenthesize embedded type", loc(0) };
        if (k1 == S::S_DOT)
            return { "expecting type" };
        break;
    case S::S_STAR:
        if (k1 == S::S_LPAREN && (k2 == S::S_lbrace || k2 == S::S_SEMI))
            return { "cannot parenthesize embedded type", loc(1) };
        if (!expects(S::S_LITERAL) && !expects(S::S_CHAN))
            return { "expecting name" }; // embedded *T
        break;
    case S::S_ARROW:
        if (!expects(S::S_LITERAL))
            return { "expecting chan" };
        break;
    case S::S_type:
        return { k1 == S::S_LBRACK ? "expecting ]" : "expecting )" };
    case S::S_COMMA:
        if (k1 == S::S_param_list)
            return { "expecting )" };
        if (k1 == S::S_DDD)
            return { "expecting )" };
        if (k1 == S::S_name_list)
            return { "expecting name" };
        break;
    case S::S_RBRACK:
        break;
    default:
        break;
    }

    // Where an operand or a type must start.
    if (expects(S::S_LITERAL))
        return { "expecting expression" };
    if (expects(S::S_CHAN) && expects(S::S_MAP)) {
        if (k0 == S::S_ARROW)
            return { "missing channel element type" };
        return { "expecting type" };
    }
    if (expect != 0 && (expect & (expect - 1)) == 0) {
        for (int t = 0; t < 64; ++t)
            if ((expect >> t) & 1)
                return { "expecting " + go_token_name(Kind(t)) };
    }
    return { "" };
}

} // namespace

// Called by the skeleton for a Parser::syntax_error thrown from an action (the grammar throws
// none, but the skeleton requires the member).
void Parser::error(const location_type& loc, const std::string& msg)
{
    drv.syntax_error_at(loc, msg);
}

} // namespace vitro::lang::detail
