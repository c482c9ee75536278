// lang/parse_internal.h — what lexer.re, parser.y, parse.cpp and syntax_error.cpp share.
//
// Overview: the Lexer (lexer.re, re2c) turns source bytes into Tokens with Go's automatic
// semicolon insertion; the Driver (parse.cpp) feeds them to the bison parser (parser.y),
// turning `{` into LBODY inside if/for/switch/select headers (see Driver below), and gives the
// grammar actions their node-building helpers; syntax_error.cpp words bison's syntax errors the
// way Go's parser does. Only these four files include this header.
//
// Go reference: cmd/compile/internal/syntax (scanner.go, source.go, tokens.go, parser.go).
#pragma once

#include "lang/ast.h"
#include "support/arena.h"
#include "support/diagnostics.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vitro::lang::detail {

// Go's tokens (syntax/tokens.go), with the operators split out so that the grammar can give
// them precedences. Keep kTokNames (lexer.re) in the same order.
enum class Tok : uint8_t {
    Eof,
    Name,
    Literal,
    // operators (Token::op says which); `*` is Star, as in Go
    OrOr,
    AndAnd,
    Cmp, // == != < <= > >=
    Add, // + - | ^
    Mul, // / % & &^ << >>
    Star,
    Not, // !
    Tilde, // ~
    AssignOp, // op=
    IncOp, // ++ --
    Assign, // =
    Define, // :=
    Arrow, // <-
    // delimiters
    Lparen,
    Lbrack,
    Lbrace,
    Lbody, // `{` opening a body in an if/for/switch/select header (Driver, never the Lexer)
    Rparen,
    Rbrack,
    Rbrace,
    Comma,
    Semi,
    Colon,
    Dot,
    DotDotDot,
    // keywords
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,
};

// Go's spelling of a token kind for messages (tokstring in parser.go): "comma",
// "semicolon or newline", "name", "literal", "(", "func" ...
std::string_view tok_string(Tok t);

struct Token {
    Tok kind = Tok::Eof;
    Op op = Op::None; // operators, AssignOp, IncOp
    LitKind lit_kind = LitKind::Int; // Literal
    bool bad = false; // Literal: the lexer reported an error for it
    Pos pos;
    // Name, Literal: the source text. Semi: "semicolon", "newline" or "EOF" (Go's lit).
    std::string_view text;
    // Semi for a newline or EOF: where go/scanner puts it when only comments precede it on the
    // line (the first such comment); unknown otherwise. Used for go/parser's messages.
    Pos comment;
};

// Go's wording of the token in "unexpected X" (syntaxErrorAt in parser.go).
std::string describe_token(const Token& t);

// The scanner. The source is copied into the arena (names and literals are views into that
// copy, so the tree never depends on the caller's buffer). Lexical errors are reported to
// `diags` with Go's wording and positions; they are not syntax errors (Go keeps checking).
class Lexer {
public:
    Lexer(std::string_view source, support::Arena& arena, support::Diagnostics& diags);

    Token next();

    // Errors this lexer reported so far.
    int errors() const { return m_errors; }
    // Word lexical errors as go/scanner does (the go command scans a malformed package clause
    // or import with go/parser before compiling); go_scanner_errors() counts them.
    void set_go_scanner(bool on) { m_go_scanner = on; }
    int go_scanner_errors() const { return m_go_scanner_errors; }
    // Position just past the last byte (File::eof when the file is complete).
    Pos eof_pos() const { return m_eof; }
    // The same as go/token reports it: after a final newline, still on that newline's line.
    Pos go_eof_pos() const
    {
        return m_last_newline_at_end ? Pos { m_eof.line - 1, m_final_newline_col + 1 } : m_eof;
    }

private:
    using Char = unsigned char;

    Token scan();
    void prepare(std::string_view source, support::Arena& arena);
    void clean(std::string_view source, support::Arena& arena);
    Pos pos_at(const Char* p) const;
    void error_at(const Char* p, std::string message);
    void newlines(const Char* from, const Char* to);
    void flush_pending(const Char* upto);
    std::string_view text(const Char* start) const;
    Token make(Tok kind, const Char* start);
    Token semi(const Char* at, std::string_view lit);
    Token op(Tok kind, Op o, const Char* start);
    Token literal(const Char* start, LitKind kind, bool ok);
    Token number(const Char* start);
    Token std_string_slow(const Char* start);
    Token rune_slow(const Char* start);
    bool escape(Char quote);
    int peek() const;
    uint32_t peek_rune() const;
    void skip_char();
    void check_identifier(const Char* start, const Char* end);

    // Cleaned source text (NUL-terminated), in the arena.
    const Char* m_begin = nullptr;
    const Char* m_end = nullptr;
    const Char* m_cur = nullptr;
    const Char* m_marker = nullptr;
    const Char* m_ctxmarker = nullptr;
    // Current line and the start of that line, for positions.
    uint32_t m_line = 1;
    const Char* m_line_start = nullptr;
    bool m_nlsemi = false;
    bool m_go_scanner = false;
    int m_go_scanner_errors = 0;
    const Char* m_comment = nullptr; // first comment after the last token, while nlsemi
    int m_errors = 0;
    Pos m_eof;
    bool m_last_newline_at_end = false;
    uint32_t m_final_newline_col = 0;
    support::Diagnostics& m_diags;

    // Bytes the cleaning pass dropped (NUL, invalid UTF-8, BOM): where (offset in the cleaned
    // text) and how many bytes had been dropped before that point, so that columns stay those
    // of the original text. Empty for clean sources (the common case).
    struct Dropped {
        uint32_t offset;
        uint32_t total;
    };
    std::vector<Dropped> m_dropped;
    // Errors for dropped bytes, reported when scanning passes their offset (Go reports them as
    // it reads them, interleaved with token errors).
    struct Pending {
        uint32_t offset;
        Pos pos;
        std::string message;
    };
    std::vector<Pending> m_pending;
    size_t m_next_pending = 0;
};

// ---- the token bridge and the grammar's helpers (parse.cpp) ----

// A statement list as the grammar builds it: Go keeps an empty statement only where a `;`
// follows it, so the list remembers whether its last statement was empty (nullptr).
struct StmtList {
    std::vector<Stmt*> stmts;
    bool last_empty = false;
};

// The parts of an if/for/switch header before they are checked (header() in parser.go).
struct Header {
    Pos keyword;
    Stmt* init = nullptr;
    Stmt* cond = nullptr; // the condition (or tag) as a statement; nullptr if absent
    Stmt* post = nullptr;
    bool semi = false; // a `;` followed the init statement
    Pos semi_pos;
    std::string_view semi_lit; // that `;`: "semicolon", "newline" or "EOF"
    bool range = false; // cond is a RangeClause
};

// The elements of a call's arguments or a literal's body, through the closing bracket.
struct ExprList {
    std::vector<Expr*> elems;
    bool dots = false; // f(x...)
    Pos close;
};

// One struct field declaration before it is split per name (fieldDecl in parser.go).
struct FieldDecl {
    std::vector<Name*> names; // empty for an embedded field
    Expr* type = nullptr;
    Pos pos;
    Token tag; // kind == Tok::Literal when present
};

// Go's short rendering of a node in messages (syntax.String: composite literal and function
// bodies elided as {…}); syntax_error.cpp.
std::string node_string(const Node* n);
std::string list_string(const std::vector<Expr*>& list);

// How to resynchronize after a syntax error, mirroring the advance() calls in Go's parser: the
// wording (syntax_error.cpp) picks the plan, and an `error` rule of the grammar applies it
// (Driver::resync) by dropping the offending token and letting next() skip ahead.
enum class Resync : uint8_t {
    None,
    Statement, // stmtList: skip to ; } case default or a statement keyword, then go on
    Block, // blockStmt's want('}'): drop one token, then the block ends
    List, // list(): skip to ) ] } or a statement keyword; a matching close is consumed
    Clause, // caseClause: skip past the switch's or select's closing } (the parser leaves it)
    Header, // header's want('{'): skip to the body's `{` (consumed) or } or a keyword
    Decl, // top level: skip to const, type, var or func
};

// Feeds tokens to the parser and builds nodes for its actions.
//
// The LBODY rule (as in Go's old yacc grammar, go.y and lex.c "loophack"): after `if`, `for`,
// `switch` or `select` the header is armed; a `{` met while armed at bracket depth 0 is the
// body's brace and becomes Tok::Lbody, which a composite literal of a bare type name cannot
// start. Every `(` `[` `{` saves the armed state and disarms; its closing bracket restores it.
// Array, slice, map and struct types and function literals may still take an Lbody as their
// opening brace (Go parses `[]int{1}` and `func() {}` as literals even in a header): the
// grammar calls lbody_opens_literal() when it reduces such an Lbody, and the matching `}` then
// re-arms the header. That reduction needs no lookahead, so it runs before the next token is
// read. The bracket stack also caps nesting (kMaxNesting), since later passes recurse.
class Driver {
public:
    static constexpr size_t kMaxNesting = 1000;

    Driver(std::string_view source, support::Arena& arena, support::Diagnostics& diags);

    // The next token for the parser (yylex).
    const Token& next();
    // Chooses how to resynchronize after the syntax error being reported (see Resync).
    void plan_resync(Resync plan, Tok close, bool in_function)
    {
        m_plan = plan;
        m_plan_close = close;
        m_plan_in_function = in_function;
    }
    // Applies the plan from the grammar's `error` rules: the parser has dropped the current
    // token; next() skips as planned. Returns false when recovery should not be restarted
    // (at EOF, to end the parse).
    bool resync();
    // The parser's current lookahead token.
    const Token& token() const { return m_tok; }
    void lbody_opens_literal();

    template <class T, class... A> T* make(A&&... a) { return m_arena.make<T>(std::forward<A>(a)...); }

    // Go's p.syntaxErrorAt: "syntax error: " + msg (dropped at EOF once an error was reported).
    void syntax_error_at(Pos pos, std::string_view msg);
    // Go's syntaxErrorAt with its message forms: "in ...", "at ...", "after ..." become
    // "unexpected TOKEN in ...", "expecting ..." becomes "unexpected TOKEN, expecting ...",
    // anything else is printed as is; TOKEN is the current token.
    void go_syntax_error(Pos pos, std::string_view msg);
    // The same, at the position of the token after the current one (Go reports some errors
    // after consuming a token whose reduction needs no lookahead).
    // `lookahead_read` says whether the parser already holds that token (see LOOKAHEAD_READ).
    void syntax_error_after(bool lookahead_read, std::string msg);
    // Go's p.errorAt: a plain error (not a syntax error; checking continues).
    void error_at(Pos pos, std::string msg);
    void error_after(bool lookahead_read, std::string msg);
    // A method's receiver list must hold exactly one parameter (funcDeclOrNil).
    Field* receiver(std::vector<Field*> list, bool lookahead_read);
    bool had_error() const { return m_errors + m_lexer.errors() > 0; }
    // An error in the package clause or imports as go/parser words it ("expected 'STRING',
    // found x"); the go command stops there, so does the parse (File::header_error).
    void header_error(Pos pos, std::string msg);
    // Token t as go/parser names it after "found" (errorExpected in go/parser/parser.go).
    static std::string go_parser_token(const Token& t);
    // The current token's position as go/token computes it: at EOF after a final newline, the
    // end of the last line (go/token starts no line at the very end of a file).
    Pos go_parser_pos() const
    {
        if (m_tok.kind == Tok::Eof)
            return m_lexer.go_eof_pos();
        return m_tok.kind == Tok::Semi && m_tok.comment.known() ? m_tok.comment : m_tok.pos;
    }
    // Set when parsing must stop (package clause errors, nesting cap): the bridge returns EOF.
    void stop() { m_stopped = true; }
    bool stopped() const { return m_stopped; }
    bool has_header_error() const { return m_header_error || m_lexer.go_scanner_errors() > 0; }

    // Whether the last of `count` switch/select clauses ended in a statement without a `;`
    // (Go then reports "at end of statement" rather than wanting the next clause).
    bool clause_ended_in_statement(size_t count) const
    {
        return count > 0 && count == m_clause_count && m_clause_open;
    }
    void clause_done(size_t count, bool open)
    {
        m_clause_count = count;
        m_clause_open = open;
    }
    bool clause_open = false; // set by a clause's action, for clause_done

    // Grammar helpers (parse.cpp).
    Name* name(const Token& t);
    BasicLit* basic_lit(const Token& t);
    Expr* unary(Pos pos, Op op, Expr* x);
    Expr* receive(Pos pos, Expr* x);
    Stmt* simple_expr_stmt(std::vector<Expr*> list);
    void append_stmt(StmtList& list, Pos semi, Stmt* s);
    std::vector<Field*> params(std::vector<Field*> list);
    CompositeLit* composite_lit(Pos lbrace, Expr* type, ExprList body);
    void add_field(StructType* st, FieldDecl& f);
    // The checks Go's header() makes before its caller wants the `{` (used when the `{` is
    // missing after `init;`: Go then reports these first).
    void early_header_checks(Header h, Tok keyword);
    IfStmt* if_header(Header h);
    ForStmt* for_header(Header h);
    SwitchStmt* switch_header(Header h);
    Stmt* call_stmt(Pos pos, CallKind kind, Expr* x);
    void group(std::vector<Decl*>& decls, size_t from);
    ImportDecl* import_spec(Pos pos, Name* local, const Token& path, bool lookahead_read);
    void header_var(bool lookahead_read);

    File* file = nullptr;

private:
    Expr* header_cond(Header& h, bool is_if);

    support::Arena& m_arena;
    support::Diagnostics& m_diags;
    Lexer m_lexer;
    Token m_tok;
    struct Open {
        bool rearm; // the header state to restore at the matching close
    };
    std::vector<Open> m_open;
    bool m_header = false;
    Tok m_header_keyword = Tok::If;
    bool m_stopped = false;
    bool m_header_error = false;
    // Where the go command's import reader would be (readGoInfo in go/build/read.go): inside
    // the package clause or an import declaration, lexical errors get go/scanner's words.
    enum class Region : uint8_t { Header, AfterSpec, Body } m_region = Region::Header;
    int m_errors = 0;
    std::string m_next_error;
    bool m_next_error_syntax = true;
    // Tokens to deliver before lexing more (a token kept by a resync, or a synthesized one).
    std::vector<Token> m_queue;
    Resync m_plan = Resync::None;
    Resync m_active = Resync::None; // the plan next() is applying
    Tok m_plan_close = Tok::Eof;
    bool m_plan_in_function = false;
    bool m_active_in_function = false;
    Tok m_active_close = Tok::Eof;
    size_t m_active_depth = 0; // Clause: bracket depth of the switch body
    Pos m_kept; // position of the last token a resync delivered again
    size_t m_resyncs_at_eof = 0;

    Token lex();
    Token pop_queue();
    void track_region(const Token& t);
    Token skip_to_sync(Token t);
    size_t m_clause_count = 0;
    bool m_clause_open = false;
};

} // namespace vitro::lang::detail
