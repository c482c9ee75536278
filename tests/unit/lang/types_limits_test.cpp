// tests/unit/lang/types_limits_test.cpp — the checker's limits: long chains of declarations
// that Go accepts check clean, syntactic nesting and the C stack stay bounded, constant strings
// and literal indices cannot overflow (lang/types/stack.h, expr.cpp, literal.cpp).
#include "lang/front_end.h"
#include "lang/types/checker.h"
#include "lang/types/stack.h"
#include "stdlib/decl_table.h"

#include <catch2/catch.hpp>
#include <functional>
#include <string>

namespace vitro::lang::types {

namespace {

struct Program {
    support::Arena arena;
    support::SourceFile source;
    support::Diagnostics diags { "t.go" };
    TableImporter importer;
    File* file = nullptr;

    explicit Program(std::string text)
        : source { "t.go", std::move(text) }
    {
        for (const auto& e : stdlib::decl_table())
            importer.add(std::string(e.import_path),
                support::SourceFile { std::string(e.file_name), std::string(e.text) });
        file = parse_file(source, arena, diags);
    }

    // Checks the way check_file does, on the calling thread.
    void check_here()
    {
        Context ctx { arena, importer, make_universe(arena), {} };
        auto* pkg = arena.make<Package>("main", "main", arena.make<Scope>(ctx.universe->scope, false));
        pkg->file = file;
        Checker check(ctx, pkg, file, diags, true);
        check.check_package();
    }

    void check() { check_file(file, importer, arena, diags); }

    std::string first_error() const
    {
        auto s = diags.sorted();
        return s.empty() ? "" : diags.format(s[0]);
    }
};

std::string numbered(int n, const std::function<std::string(int)>& line)
{
    std::string out;
    for (int i = 0; i < n; ++i)
        out += line(i) + "\n";
    return out;
}

// `const c0 = c1 + 1` ... `const c{n} = 0`: checking c0 checks every other constant inside it.
std::string const_chain(int n)
{
    return "package main\n\n"
        + numbered(
            n, [](int i) { return "const c" + std::to_string(i) + " = c" + std::to_string(i + 1) + " + 1"; })
        + "const c" + std::to_string(n) + " = 0\n\nfunc main() { println(c0) }\n";
}

} // namespace

TEST_CASE("long chains of declarations check clean, as in Go", "[types]")
{
    SECTION("constants")
    {
        Program p(const_chain(3000));
        p.check();
        CHECK(p.first_error() == "");
    }
    SECTION("variables")
    {
        Program p("package main\n\n" + numbered(3000, [](int i) {
            return "var v" + std::to_string(i) + " = v" + std::to_string(i + 1) + " + 1";
        }) + "var v3000 = 0\n\nfunc main() { println(v0) }\n");
        p.check();
        CHECK(p.first_error() == "");
    }
    SECTION("embedded structs, with promoted fields and methods")
    {
        Program p("package main\n\n"
            + numbered(3000,
                [](int i) {
                    return "type T" + std::to_string(i) + " struct{ T" + std::to_string(i + 1) + " }";
                })
            + "type T3000 struct{ x int }\n\nfunc (T3000) M() int { return 1 }\n\n"
              "func main() {\n\tvar t T0\n\tprintln(t.x + t.M(), t == t)\n}\n");
        p.check();
        CHECK(p.first_error() == "");
    }
    SECTION("embedded interfaces")
    {
        Program p("package main\n\n"
            + numbered(1000,
                [](int i) {
                    return "type I" + std::to_string(i) + " interface{ I" + std::to_string(i + 1) + " }";
                })
            + "type I1000 interface{ M() }\n\ntype T struct{}\n\nfunc (T) M() {}\n\n"
              "func main() {\n\tvar i I0 = T{}\n\ti.M()\n}\n");
        p.check();
        CHECK(p.first_error() == "");
    }
    SECTION("else-if chains")
    {
        Program p("package main\n\nfunc f(x int) int {\n\tif x == 0 {\n\t\treturn 0\n"
            + numbered(5000,
                [](int i) {
                    return "\t} else if x == " + std::to_string(i + 1) + " {\n\t\treturn "
                        + std::to_string(i);
                })
            + "\t}\n\treturn -1\n}\n\nfunc main() { println(f(3)) }\n");
        p.check();
        CHECK(p.first_error() == "");
    }
}

TEST_CASE("syntactic nesting of one expression is still capped", "[types]")
{
    std::string sum = "1";
    for (int i = 0; i < 1200; ++i)
        sum += " + 1";
    Program p("package main\n\nvar x = " + sum + "\n\nfunc main() { println(x) }\n");
    p.check();
    CHECK(p.first_error() == "t.go:3:9: expression nesting too deep (more than 1000 levels)");
    // 1000 levels within one declaration, reached from another declaration, are fine.
    std::string sum999 = "1";
    for (int i = 0; i < 998; ++i)
        sum999 += " + y";
    Program q("package main\n\nvar x = " + sum999 + "\nvar y = 1 + 2 + 3\n\nfunc main() { println(x) }\n");
    q.check();
    CHECK(q.first_error() == "");
}

TEST_CASE("declarations nested deeper than the stack allows are an error, not a crash", "[types]")
{
    Program p(const_chain(20000));
    REQUIRE(p.file != nullptr);
    run_with_stack(size_t { 1 } << 20, [&] { p.check_here(); });
    auto errors = p.diags.sorted();
    REQUIRE(errors.size() == 1); // later errors would follow from the skipped declarations
    CHECK(errors[0].message == "declarations nested too deep (the type checker ran out of stack)");
}

TEST_CASE("a stack limit trips before the stack is used up", "[types]")
{
    StackLimit limit = StackLimit::with_budget(256 << 10);
    CHECK_FALSE(limit.exhausted());
    std::function<int(int)> dive = [&](int depth) -> int {
        volatile char frame[512] = {};
        if (limit.exhausted())
            return depth;
        return dive(depth + 1) + frame[0];
    };
    int depth = 0;
    run_with_stack(size_t { 1 } << 20, [&] {
        limit = StackLimit::for_current_thread();
        depth = dive(0);
    });
    CHECK(depth > 100);
}

TEST_CASE("constant strings have a length limit", "[types]")
{
    // Doubling a string 40 times would need a terabyte; Go runs out of memory.
    Program p("package main\n\nconst s0 = \"ab\"\n" + numbered(39, [](int i) {
        std::string prev = "s" + std::to_string(i);
        return "const s" + std::to_string(i + 1) + " = " + prev + " + " + prev;
    }) + "\nfunc main() { println(len(s39), s39[:2]) }\n");
    p.check();
    auto errors = p.diags.sorted();
    REQUIRE(errors.size() == 1);
    // s26 = s25 + s25 would be 1 << 27 bytes.
    CHECK(p.diags.format(errors[0]) == "t.go:29:17: constant string too long (more than 67108864 bytes)");
}

TEST_CASE("a slice literal index cannot overflow the length", "[types]")
{
    Program p("package main\n\nvar a = []int{9223372036854775807: 1}\n\nfunc main() { _ = a }\n");
    p.check();
    CHECK(
        p.first_error() == "t.go:3:34: index 9223372036854775807 is out of bounds (>= 9223372036854775807)");
    Program q("package main\n\nvar a = []int{9223372036854775806: 1, 2}\n\nfunc main() { _ = a }\n");
    q.check();
    CHECK(
        q.first_error() == "t.go:3:39: index 9223372036854775807 is out of bounds (>= 9223372036854775807)");
}

} // namespace vitro::lang::types
