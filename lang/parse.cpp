// lang/parse.cpp — parse_file, the token bridge between lexer.re and parser.y, and the node
// building the grammar actions share.
//
// Overview: parse_file runs the bison parser over a Driver. The Driver hands the parser the
// lexer's tokens, turning `{` into LBODY in if/for/switch/select headers (the rule is
// described at class Driver in parse_internal.h), caps bracket nesting, and implements the
// checks Go's parser makes on constructs it accepts (parameter lists, if/for/switch headers,
// go/defer operands, receive of a channel type ...), with Go's messages and positions.
//
// Invariants: every node lives in the arena; names and literals are views into the arena copy
// of the source (Lexer). Errors never throw: the parser reports and recovers (syntax_error.cpp),
// and parse_file always returns a File.
//
// Go reference: syntax/parser.go (header, paramList, callStmt, unaryExpr, importDecl).
#include "lang/front_end.h"
#include "lang/parse_internal.h"
#include "parser.hpp"

namespace vitro::lang {

namespace detail {

Driver::Driver(std::string_view source, support::Arena& arena, support::Diagnostics& diags)
    : m_arena(arena)
    , m_diags(diags)
    , m_lexer(source, arena, diags)
{
}

// One token from the lexer, with the header/bracket bookkeeping (see Driver).
Token Driver::lex()
{
    if (m_stopped) {
        Token t = m_tok;
        t.kind = Tok::Eof;
        return t;
    }
    m_lexer.set_go_scanner(m_region == Region::Header);
    Token t = m_lexer.next();
    track_region(t);
    switch (t.kind) {
    case Tok::If:
    case Tok::For:
    case Tok::Switch:
    case Tok::Select:
        m_header = true;
        m_header_keyword = t.kind;
        break;
    case Tok::Lbrace:
        if (m_header) {
            t.kind = Tok::Lbody;
            m_open.push_back({ false });
            m_header = false;
            break;
        }
        [[fallthrough]];
    case Tok::Lparen:
    case Tok::Lbrack:
        m_open.push_back({ m_header });
        m_header = false;
        break;
    case Tok::Rparen:
    case Tok::Rbrack:
    case Tok::Rbrace:
        m_header = !m_open.empty() && m_open.back().rearm;
        if (!m_open.empty())
            m_open.pop_back();
        break;
    default:
        break;
    }
    if (m_open.size() > kMaxNesting) {
        m_tok = t;
        syntax_error_at(t.pos, "nesting too deep (more than " + std::to_string(kMaxNesting) + " levels)");
        stop();
        t.kind = Tok::Eof;
    }
    return t;
}

Token Driver::pop_queue()
{
    Token t = m_queue.back();
    m_queue.pop_back();
    return t;
}

// The go command reads `package name` and then `import` declarations up to their end; a
// `;` at bracket depth 0 ends one, and anything but `import` after it ends the header.
void Driver::track_region(const Token& t)
{
    switch (m_region) {
    case Region::Header:
        if (t.kind == Tok::Semi && m_open.empty())
            m_region = Region::AfterSpec;
        break;
    case Region::AfterSpec:
        if (t.kind == Tok::Import)
            m_region = Region::Header;
        else if (t.kind != Tok::Semi)
            m_region = Region::Body;
        break;
    case Region::Body:
        break;
    }
}

const Token& Driver::next()
{
    Token t = m_queue.empty() ? lex() : pop_queue();
    if (m_active != Resync::None) {
        t = skip_to_sync(t);
        m_active = Resync::None;
    }
    m_tok = t;
    if (!m_next_error.empty()) {
        if (m_next_error_syntax)
            syntax_error_at(m_tok.pos, m_next_error);
        else
            error_at(m_tok.pos, m_next_error);
        m_next_error.clear();
    }
    return m_tok;
}

namespace {

// Keywords that start a statement: Go's parser stops skipping at them inside a function
// (stopset in parser.go).
bool in_stopset(Tok t)
{
    switch (t) {
    case Tok::Break:
    case Tok::Const:
    case Tok::Continue:
    case Tok::Defer:
    case Tok::Fallthrough:
    case Tok::For:
    case Tok::Go:
    case Tok::Goto:
    case Tok::If:
    case Tok::Return:
    case Tok::Select:
    case Tok::Switch:
    case Tok::Type:
    case Tok::Var:
        return true;
    default:
        return false;
    }
}

} // namespace

bool Driver::resync()
{
    Token x = m_tok;
    // At EOF only closing blocks makes progress; the count bounds it (nesting is capped).
    if (x.kind == Tok::Eof && (m_plan != Resync::Block || ++m_resyncs_at_eof > kMaxNesting + 10))
        return false;
    m_active = m_plan == Resync::None ? Resync::Statement : m_plan;
    m_active_close = m_plan_close;
    m_active_in_function = m_plan_in_function;
    bool opener
        = x.kind == Tok::Lparen || x.kind == Tok::Lbrack || x.kind == Tok::Lbrace || x.kind == Tok::Lbody;
    m_active_depth = m_open.size() - (opener && !m_open.empty() ? 1 : 0);
    m_plan = Resync::None;
    // The parser dropped x. Unless it is where skipping would stop anyway, it stays dropped;
    // a token delivered again that fails again is dropped, so every error makes progress.
    if (x.kind == Tok::Eof || !(x.pos == m_kept))
        m_queue.push_back(x);
    return true;
}

// Skips from t as the active plan says and returns the token to deliver (possibly a
// synthesized `;` or `}` in front of it).
Token Driver::skip_to_sync(Token t)
{
    const bool stopset = m_active_in_function;
    auto keep = [&](Token k) {
        m_kept = k.pos;
        return k;
    };
    auto synth = [&](Tok kind, Token before) {
        m_queue.push_back(before);
        m_kept = before.pos;
        Token s = before;
        s.kind = kind;
        s.text = kind == Tok::Semi ? "newline" : "";
        return s;
    };
    switch (m_active) {
    case Resync::None:
        return t;
    case Resync::Block:
        // want('}') consumed the offending token (not EOF); the block ends there.
        if (t.kind != Tok::Eof)
            t = m_queue.empty() ? lex() : pop_queue();
        if (!m_open.empty())
            m_open.pop_back();
        return synth(Tok::Rbrace, t);
    case Resync::Statement:
        for (;; t = lex()) {
            switch (t.kind) {
            case Tok::Semi:
            case Tok::Rbrace:
            case Tok::Case:
            case Tok::Default:
            case Tok::Eof:
                return keep(t);
            default:
                if (in_stopset(t.kind))
                    return synth(Tok::Semi, t);
            }
        }
    case Resync::List:
        for (;; t = lex()) {
            if (t.kind == m_active_close)
                return lex(); // consumed as the list's close
            if (t.kind == Tok::Rparen || t.kind == Tok::Rbrack || t.kind == Tok::Rbrace || t.kind == Tok::Eof
                || (stopset && in_stopset(t.kind)))
                return keep(t);
        }
    case Resync::Clause:
        // The parser dropped the whole switch; skip to its end and go on after it.
        for (;; t = lex()) {
            if (t.kind == Tok::Eof)
                return keep(t);
            if (t.kind == Tok::Rbrace && m_open.size() < m_active_depth)
                return lex();
        }
    case Resync::Header:
        for (;; t = lex()) {
            if (t.kind == Tok::Lbody || t.kind == Tok::Lbrace)
                return lex(); // the body's brace
            if (t.kind == Tok::Rbrace || t.kind == Tok::Eof || in_stopset(t.kind))
                return keep(t);
        }
    case Resync::Decl:
        for (;; t = lex()) {
            switch (t.kind) {
            case Tok::Const:
            case Tok::Type:
            case Tok::Var:
            case Tok::Func:
            case Tok::Eof:
                return keep(t);
            default:
                break;
            }
        }
    }
    return t;
}

void Driver::lbody_opens_literal()
{
    if (!m_open.empty())
        m_open.back().rearm = true;
}

void Driver::syntax_error_at(Pos pos, std::string_view msg)
{
    // Go stops reporting at EOF once anything was reported ("avoid meaningless follow-up
    // errors", syntaxErrorAt in parser.go).
    if (m_tok.kind == Tok::Eof && had_error())
        return;
    ++m_errors;
    // Go exits at its 10th error; so does the parse.
    if (!m_diags.error(pos, "syntax error: " + std::string(msg)))
        stop();
}

void Driver::go_syntax_error(Pos pos, std::string_view msg)
{
    auto starts = [&](std::string_view prefix) { return msg.substr(0, prefix.size()) == prefix; };
    if (msg.empty())
        syntax_error_at(pos, "unexpected " + describe_token(m_tok));
    else if (starts("in ") || starts("at ") || starts("after "))
        syntax_error_at(pos, "unexpected " + describe_token(m_tok) + " " + std::string(msg));
    else if (starts("expecting "))
        syntax_error_at(pos, "unexpected " + describe_token(m_tok) + ", " + std::string(msg));
    else
        syntax_error_at(pos, msg);
}

void Driver::syntax_error_after(bool lookahead_read, std::string msg)
{
    if (lookahead_read) {
        syntax_error_at(m_tok.pos, msg);
    } else {
        m_next_error = std::move(msg);
        m_next_error_syntax = true;
    }
}

void Driver::header_error(Pos pos, std::string msg)
{
    if (m_stopped)
        return;
    ++m_errors;
    m_header_error = true;
    m_diags.error(pos, std::move(msg));
    stop();
}

std::string Driver::go_parser_token(const Token& t)
{
    switch (t.kind) {
    case Tok::Name:
    case Tok::Literal:
        return std::string(t.text);
    case Tok::Semi:
        return t.text == "semicolon" ? "';'" : "newline";
    case Tok::Eof:
        return "'EOF'";
    case Tok::Comma:
        return "','";
    case Tok::Lbody:
        return "'{'";
    default: {
        std::string d = describe_token(t);
        return "'" + d + "'";
    }
    }
}

void Driver::error_after(bool lookahead_read, std::string msg)
{
    if (lookahead_read) {
        error_at(m_tok.pos, msg);
    } else {
        m_next_error = std::move(msg);
        m_next_error_syntax = false;
    }
}

Field* Driver::receiver(std::vector<Field*> list, bool lookahead_read)
{
    if (list.empty()) {
        error_after(lookahead_read, "method has no receiver");
        return nullptr;
    }
    if (list.size() > 1)
        error_after(lookahead_read, "method has multiple receivers");
    return list.front();
}

void Driver::error_at(Pos pos, std::string msg)
{
    ++m_errors;
    m_diags.error(pos, std::move(msg));
}

// ---- grammar helpers ----

Name* Driver::name(const Token& t)
{
    return make<Name>(t.pos, t.text);
}

BasicLit* Driver::basic_lit(const Token& t)
{
    auto* b = make<BasicLit>(t.pos, t.text, t.lit_kind);
    b->bad = t.bad;
    return b;
}

namespace {

Expr* unparen(Expr* x)
{
    while (x->kind == NodeKind::ParenExpr)
        x = x->as<ParenExpr>()->x;
    return x;
}

} // namespace

Expr* Driver::unary(Pos pos, Op op, Expr* x)
{
    // `&(T{})`: Go drops the parentheses around an address-of operand (unaryExpr).
    if (op == Op::And)
        x = unparen(x);
    return make<Operation>(pos, op, x, nullptr);
}

// `<-x`: a receive, unless x is a channel type, in which case `<-` makes it receive-only
// (unaryExpr in parser.go re-associates `<-chan T`).
Expr* Driver::receive(Pos pos, Expr* x)
{
    if (x->kind != NodeKind::ChanType)
        return make<Operation>(pos, Op::Recv, x, nullptr);
    ChanDir dir = ChanDir::Send;
    Expr* t = x;
    while (dir == ChanDir::Send) {
        if (t->kind != NodeKind::ChanType)
            break;
        auto* c = t->as<ChanType>();
        dir = c->dir;
        if (dir == ChanDir::Recv)
            syntax_error_at(m_tok.pos, "unexpected <-, expecting chan");
        c->dir = ChanDir::Recv;
        t = c->elem;
    }
    if (dir == ChanDir::Send)
        syntax_error_at(m_tok.pos, "unexpected " + node_string(t) + ", expecting chan");
    return x;
}

Stmt* Driver::simple_expr_stmt(std::vector<Expr*> list)
{
    if (list.size() > 1)
        syntax_error_at(m_tok.pos, "unexpected " + describe_token(m_tok) + ", expecting := or = or comma");
    return make<ExprStmt>(list[0]->pos, list[0]);
}

void Driver::append_stmt(StmtList& list, Pos semi, Stmt* s)
{
    if (list.last_empty)
        list.stmts.push_back(make<EmptyStmt>(semi));
    if (s)
        list.stmts.push_back(s);
    list.last_empty = s == nullptr;
}

// Mirrors paramList in parser.go: either every parameter has a name or none has; a lone name
// is a type when none has one.
std::vector<Field*> Driver::params(std::vector<Field*> list)
{
    size_t named = 0;
    for (Field* f : list)
        named += f->name && f->field_type;
    if (list.empty() || named == list.size())
        return list;
    if (named == 0) {
        for (Field* f : list) {
            if (f->name) {
                f->field_type = f->name;
                f->name = nullptr;
            }
        }
        return list;
    }
    Pos pos;
    Expr* typ = nullptr;
    for (size_t i = list.size(); i-- > 0;) {
        Field* par = list[i];
        if (par->field_type) {
            typ = par->field_type;
            if (!par->name) {
                pos = start_pos(typ);
                par->name = make<Name>(pos, "_");
            }
        } else if (typ) {
            par->field_type = typ;
        } else {
            pos = par->name->pos;
            par->field_type = make<BadExpr>(pos);
        }
    }
    if (pos.known())
        syntax_error_at(pos, "mixed named and unnamed parameters");
    return list;
}

CompositeLit* Driver::composite_lit(Pos lbrace, Expr* type, ExprList body)
{
    auto* c = make<CompositeLit>(lbrace);
    c->type = type;
    c->elems = std::move(body.elems);
    for (Expr* e : c->elems)
        c->nkeys += e->kind == NodeKind::KeyValueExpr;
    c->rbrace = body.close;
    return c;
}

void Driver::add_field(StructType* st, FieldDecl& f)
{
    BasicLit* tag = f.tag.kind == Tok::Literal ? basic_lit(f.tag) : nullptr;
    if (f.names.empty()) {
        st->fields.push_back(make<Field>(f.pos, nullptr, f.type));
        st->tags.push_back(tag);
        return;
    }
    for (Name* n : f.names) {
        st->fields.push_back(make<Field>(n->pos, n, f.type));
        st->tags.push_back(tag);
    }
}

// The condition of a header (the end of header() in parser.go).
Expr* Driver::header_cond(Header& h, bool is_if)
{
    Stmt* s = h.cond;
    if (s == nullptr) {
        if (!is_if)
            return nullptr;
        if (!h.semi)
            syntax_error_at(m_tok.pos, "missing condition in if statement");
        else if (h.semi_lit != "semicolon")
            syntax_error_at(
                h.semi_pos, "unexpected " + std::string(h.semi_lit) + ", expecting { after if clause");
        else
            syntax_error_at(h.semi_pos, "missing condition in if statement");
        return make<BadExpr>(h.semi ? h.semi_pos : m_tok.pos);
    }
    if (s->kind == NodeKind::ExprStmt)
        return s->as<ExprStmt>()->x;
    std::string str;
    if (s->kind == NodeKind::AssignStmt && s->as<AssignStmt>()->assign_kind == AssignKind::Assign) {
        // Go spells out `=` where `==` was probably meant.
        auto* a = s->as<AssignStmt>();
        str = "assignment (" + list_string(a->lhs) + ") = (" + list_string(a->rhs) + ")";
    } else {
        str = node_string(s);
    }
    syntax_error_at(s->pos, "cannot use " + str + " as value");
    return nullptr;
}

void Driver::early_header_checks(Header h, Tok keyword)
{
    if (!h.semi || h.range)
        return;
    if (keyword == Tok::For && h.post && h.post->kind == NodeKind::AssignStmt
        && h.post->as<AssignStmt>()->assign_kind == AssignKind::Define)
        syntax_error_at(h.post->pos, "cannot declare in post statement of for loop");
    if (!h.cond || h.cond->kind == NodeKind::ExprStmt)
        return;
    if (keyword == Tok::Switch && h.cond->kind == NodeKind::AssignStmt) {
        auto* a = h.cond->as<AssignStmt>();
        if (a->assign_kind == AssignKind::Define && a->rhs.size() == 1
            && a->rhs[0]->kind == NodeKind::TypeSwitchGuard)
            return; // switch x := y.(type)
    }
    header_cond(h, keyword == Tok::If);
}

IfStmt* Driver::if_header(Header h)
{
    auto* s = make<IfStmt>(h.keyword);
    s->init = h.init;
    s->cond = header_cond(h, true);
    return s;
}

ForStmt* Driver::for_header(Header h)
{
    auto* s = make<ForStmt>(h.keyword);
    if (h.range) {
        s->init = h.cond;
        return s;
    }
    s->init = h.init;
    s->cond = header_cond(h, false);
    s->post = h.post;
    if (auto* a = h.post;
        a && a->kind == NodeKind::AssignStmt && a->as<AssignStmt>()->assign_kind == AssignKind::Define)
        syntax_error_at(a->pos, "cannot declare in post statement of for loop");
    return s;
}

SwitchStmt* Driver::switch_header(Header h)
{
    auto* s = make<SwitchStmt>(h.keyword);
    s->init = h.init;
    // `switch v := x.(type)`: the guard takes the name (simpleStmt in parser.go).
    if (auto* c = h.cond; c && c->kind == NodeKind::AssignStmt) {
        auto* a = c->as<AssignStmt>();
        if (a->assign_kind == AssignKind::Define && a->lhs.size() == 1 && a->rhs.size() == 1
            && a->lhs[0]->kind == NodeKind::Name && a->rhs[0]->kind == NodeKind::TypeSwitchGuard) {
            auto* g = a->rhs[0]->as<TypeSwitchGuard>();
            g->lhs = a->lhs[0]->as<Name>();
            h.cond = make<ExprStmt>(g->pos, g);
        }
    }
    s->tag = header_cond(h, false);
    return s;
}

void Driver::header_var(bool lookahead_read)
{
    syntax_error_after(lookahead_read,
        "var declaration not allowed in " + std::string(tok_string(m_header_keyword)) + " initializer");
}

// go/defer operands (callStmt in parser.go).
Stmt* Driver::call_stmt(Pos pos, CallKind kind, Expr* x)
{
    const char* what = kind == CallKind::Go ? "go" : "defer";
    if (Expr* t = unparen(x); t != x) {
        error_at(x->pos, std::string("expression in ") + what + " must not be parenthesized");
        x = t;
    }
    if (x->kind != NodeKind::CallExpr) {
        error_at(x->pos, std::string("expression in ") + what + " must be function call");
        x = make<CallExpr>(x->pos, x);
    }
    return make<CallStmt>(pos, kind, x);
}

// Declarations written in one parenthesized group share a Group; a constant's iota is its
// index in the group.
void Driver::group(std::vector<Decl*>& decls, size_t from)
{
    auto* g = make<Group>();
    int iota = 0;
    for (size_t i = from; i < decls.size(); ++i) {
        Decl* d = decls[i];
        switch (d->kind) {
        case NodeKind::ImportDecl:
            d->as<ImportDecl>()->group = g;
            break;
        case NodeKind::ConstDecl:
            d->as<ConstDecl>()->group = g;
            d->as<ConstDecl>()->iota = iota;
            break;
        case NodeKind::TypeDecl:
            d->as<TypeDecl>()->group = g;
            break;
        case NodeKind::VarDecl:
            d->as<VarDecl>()->group = g;
            break;
        default:
            break;
        }
        ++iota;
    }
}

ImportDecl* Driver::import_spec(Pos pos, Name* local, const Token& path, bool lookahead_read)
{
    auto* d = make<ImportDecl>(pos, basic_lit(path));
    d->local_name = local;
    (void)lookahead_read;
    if (!path.bad && path.lit_kind != LitKind::String) {
        // The go command's go/parser rejects it first (Go's compiler would say "import path
        // must be a string").
        header_error(path.pos, "expected 'STRING', found " + std::string(path.text));
        d->path->bad = true;
    }
    return d;
}

} // namespace detail

File* parse_file(const support::SourceFile& source, support::Arena& arena, support::Diagnostics& diags)
{
    detail::Driver drv(source.text, arena, diags);
    detail::Parser parser(drv);
    parser.parse();
    if (drv.file == nullptr)
        drv.file = arena.make<File>(Pos { 1, 1 });
    drv.file->header_error = drv.has_header_error();
    return drv.file;
}

} // namespace vitro::lang
