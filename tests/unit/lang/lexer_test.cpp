// tests/unit/lang/lexer_test.cpp — the Go scanner (lang/lexer.re): tokens, automatic
// semicolons, literal forms, positions and Go 1.19's lexical error messages.
#include "lang/parse_internal.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace vitro;
using lang::detail::Lexer;
using lang::detail::Tok;
using lang::detail::Token;

namespace {

struct Scan {
    support::Arena arena;
    support::Diagnostics diags { "x.go" };
    std::vector<Token> toks;

    explicit Scan(std::string_view src)
    {
        Lexer lx(src, arena, diags);
        for (;;) {
            toks.push_back(lx.next());
            if (toks.back().kind == Tok::Eof || toks.size() > 10000)
                break;
        }
    }

    // "kind:text" per token, with ; spelled by its text ("newline", "EOF"...).
    std::string shape() const
    {
        std::string out;
        for (const Token& t : toks) {
            if (!out.empty())
                out += ' ';
            if (t.kind == Tok::Name || t.kind == Tok::Literal)
                out += std::string(t.text);
            else if (t.kind == Tok::Semi)
                out += ";" + std::string(t.text);
            else
                out += lang::detail::describe_token(t);
        }
        return out;
    }

    std::vector<std::string> errors() const
    {
        std::vector<std::string> out;
        for (const auto& e : diags.sorted())
            out.push_back(diags.format(e));
        return out;
    }
};

std::string first_error(std::string_view src)
{
    Scan s(src);
    auto e = s.errors();
    return e.empty() ? "" : e.front();
}

} // namespace

TEST_CASE("tokens and operators", "[lexer]")
{
    Scan s("x := a.b[1] &^= c <-ch ... ~y || z && !w != v <<= 2");
    CHECK(s.shape() == "x := a . b [ 1 ] &^= c <- ch ... ~ y || z && ! w != v <<= 2 ;EOF EOF");
    CHECK(s.errors().empty());
}

TEST_CASE("keywords are recognized only as whole words", "[lexer]")
{
    Scan s("if iff func funcs for_ range");
    REQUIRE(s.toks.size() >= 6);
    CHECK(s.toks[0].kind == Tok::If);
    CHECK(s.toks[1].kind == Tok::Name);
    CHECK(s.toks[2].kind == Tok::Func);
    CHECK(s.toks[3].kind == Tok::Name);
    CHECK(s.toks[4].kind == Tok::Name);
    CHECK(s.toks[5].kind == Tok::Range);
}

TEST_CASE("automatic semicolons follow the Go spec", "[lexer]")
{
    // After names, literals, ) ] }, ++ --, and break continue fallthrough return.
    CHECK(Scan("a\nb\n").shape() == "a ;newline b ;newline EOF");
    CHECK(Scan("f()\nx[1]\n{}\ni++\n").shape()
        == "f ( ) ;newline x [ 1 ] ;newline { } ;newline i ++ ;newline EOF");
    CHECK(Scan("return\nbreak\n").shape() == "return ;newline break ;newline EOF");
    // Not after operators, commas, opening brackets or other keywords.
    CHECK(Scan("a +\nb,\nc(\n").shape() == "a + b comma c ( EOF");
    CHECK(Scan("if\nx").shape() == "if x ;EOF EOF");
    // An explicit ; reads "semicolon"; at the end of the file "EOF".
    CHECK(Scan("x; y").shape() == "x ;semicolon y ;EOF EOF");
}

TEST_CASE("comments and semicolons", "[lexer]")
{
    // A line comment keeps its newline; a general comment with a newline acts as one,
    // positioned at the comment.
    CHECK(Scan("x // c\ny").shape() == "x ;newline y ;EOF EOF");
    Scan s("x /* a\nb */ y");
    CHECK(s.shape() == "x ;newline y ;EOF EOF");
    CHECK(s.toks[1].pos == support::Pos { 1, 3 });
    CHECK(s.toks[2].pos == support::Pos { 2, 6 });
    CHECK(Scan("x /* c */ y").shape() == "x y ;EOF EOF");
}

TEST_CASE("positions are 1-based bytes", "[lexer]")
{
    Scan s("package main\n\tx := \"é\" + y");
    REQUIRE(s.toks.size() >= 7);
    CHECK(s.toks[0].pos == support::Pos { 1, 1 });
    CHECK(s.toks[1].pos == support::Pos { 1, 9 });
    CHECK(s.toks[2].pos == support::Pos { 1, 13 }); // the newline
    CHECK(s.toks[3].pos == support::Pos { 2, 2 }); // a tab is one column
    CHECK(s.toks[6].pos == support::Pos { 2, 12 }); // é is two bytes
}

TEST_CASE("number literals", "[lexer]")
{
    for (std::string_view lit : { "0", "42", "0x1F", "0X_ff", "0o17", "0O17", "017", "0b1010", "1_000_000",
             "1.5", ".5", "1.", "1e10", "1E-3", "0x1p-2", "0x1.8P+3", "0x_1.p4", "09.5", "1_0.2_5e1_0" }) {
        INFO(lit);
        Scan s(lit);
        CHECK(s.errors().empty());
        REQUIRE(s.toks[0].kind == Tok::Literal);
        CHECK(s.toks[0].text == lit);
        CHECK(!s.toks[0].bad);
    }
    CHECK(Scan("42").toks[0].lit_kind == vitro::lang::LitKind::Int);
    CHECK(Scan("1e3").toks[0].lit_kind == vitro::lang::LitKind::Float);
    CHECK(Scan("0x1p1").toks[0].lit_kind == vitro::lang::LitKind::Float);
    // A number stops where Go's scanner stops.
    CHECK(Scan("123abc").shape() == "123 abc ;EOF EOF");
    CHECK(Scan("0x1e+5").shape() == "0x1e + 5 ;EOF EOF");
}

TEST_CASE("number literal errors use Go's words and positions", "[lexer]")
{
    CHECK(first_error("x = 08") == "x.go:1:6: invalid digit '8' in octal literal");
    CHECK(first_error("x = 0b102") == "x.go:1:9: invalid digit '2' in binary literal");
    CHECK(first_error("x = 1__0") == "x.go:1:7: '_' must separate successive digits");
    CHECK(first_error("x = 1_") == "x.go:1:6: '_' must separate successive digits");
    CHECK(first_error("x = 0x") == "x.go:1:7: hexadecimal literal has no digits");
    CHECK(first_error("x = 0o") == "x.go:1:7: octal literal has no digits");
    CHECK(first_error("x = 1e") == "x.go:1:7: exponent has no digits");
    CHECK(first_error("x = 0x1.5") == "x.go:1:10: hexadecimal mantissa requires a 'p' exponent");
    CHECK(first_error("x = 1p5") == "x.go:1:6: 'p' exponent requires hexadecimal mantissa");
    CHECK(first_error("x = 0o1e5") == "x.go:1:8: 'e' exponent requires decimal mantissa");
    CHECK(first_error("x = 0b1.0") == "x.go:1:8: invalid radix point in binary literal");
    // Complex numbers are outside vitro's language.
    Scan c("x = 2i");
    CHECK(c.errors() == std::vector<std::string> { "x.go:1:5: complex numbers are not supported" });
    CHECK(c.toks[2].bad);
    CHECK(c.toks[2].lit_kind == vitro::lang::LitKind::Imag);
}

TEST_CASE("string and rune literals", "[lexer]")
{
    for (std::string_view lit : { R"("")", R"("a\n\t\\\"")", R"("\x41\101\u00e9\U0001F600")", "\"é\"",
             R"('a')", R"('\'')", R"('\x7f')", R"('\377')", R"('\u12e4')", "'é'", "`raw\\n`" }) {
        INFO(lit);
        Scan s(lit);
        CHECK(s.errors().empty());
        REQUIRE(s.toks[0].kind == Tok::Literal);
        CHECK(s.toks[0].text == lit);
    }
    // A raw string may span lines; positions continue after it.
    Scan r("`a\nb` x");
    CHECK(r.toks[1].pos == support::Pos { 2, 4 });
}

TEST_CASE("string and rune errors use Go's words and positions", "[lexer]")
{
    CHECK(first_error("s = \"\\q\"") == "x.go:1:7: unknown escape");
    CHECK(first_error("s = \"ab\ncd\"") == "x.go:1:8: newline in string");
    CHECK(first_error("s = \"ab") == "x.go:1:5: string not terminated");
    CHECK(first_error("s = `ab") == "x.go:1:5: string not terminated");
    CHECK(first_error("r = 'ab'") == "x.go:1:5: more than one character in rune literal");
    CHECK(first_error("r = ''") == "x.go:1:6: empty rune literal or unescaped '");
    CHECK(first_error("r = 'a") == "x.go:1:5: rune literal not terminated");
    CHECK(first_error("r = 'a\n") == "x.go:1:7: newline in rune literal");
    CHECK(first_error("s = \"\\400\"") == "x.go:1:10: octal escape value 256 > 255");
    CHECK(first_error("s = \"\\xg0\"") == "x.go:1:8: invalid character 'g' in hexadecimal escape");
    CHECK(first_error("s = \"\\uD800\"") == "x.go:1:12: escape is invalid Unicode code point U+D800");
    CHECK(first_error("s = \"\\U00110000\"") == "x.go:1:16: escape is invalid Unicode code point U+110000");
}

TEST_CASE("invalid characters and source encoding", "[lexer]")
{
    CHECK(first_error("x @ y") == "x.go:1:3: invalid character U+0040 '@'");
    CHECK(first_error("x \x01 y") == "x.go:1:3: invalid character U+0001");
    CHECK(first_error("a€b") == "x.go:1:2: invalid character U+20AC '€' in identifier");
    CHECK(first_error("\xd9\xa3x") == "x.go:1:1: identifier cannot begin with digit U+0663 '٣'");
    CHECK(first_error("x/* y") == "x.go:1:2: comment not terminated");
    // NUL, invalid UTF-8 and a BOM past the start are dropped with an error; columns keep
    // counting their bytes.
    Scan n(std::string_view("a\0b c", 5));
    CHECK(n.errors() == std::vector<std::string> { "x.go:1:2: invalid NUL character" });
    CHECK(n.toks[0].text == "ab");
    CHECK(n.toks[1].pos == support::Pos { 1, 5 });
    CHECK(first_error("x \xff y") == "x.go:1:3: invalid UTF-8 encoding");
    CHECK(first_error("x \xef\xbb\xbf y") == "x.go:1:3: invalid BOM in the middle of the file");
    // A BOM at the start is skipped silently (the first token is then at column 4, as in Go).
    Scan b("\xef\xbb\xbfpackage p");
    CHECK(b.errors().empty());
    CHECK(b.toks[0].pos == support::Pos { 1, 4 });
}

TEST_CASE("a shebang line is skipped", "[lexer]")
{
    Scan s("#!/usr/bin/env vitro\npackage main\n");
    CHECK(s.errors().empty());
    CHECK(s.toks[0].kind == Tok::Package);
    CHECK(s.toks[0].pos == support::Pos { 2, 1 });
}

TEST_CASE("Unicode identifiers", "[lexer]")
{
    Scan s("héllo := 世界 + x٣");
    CHECK(s.errors().empty());
    CHECK(s.shape() == "héllo := 世界 + x٣ ;EOF EOF");
}
