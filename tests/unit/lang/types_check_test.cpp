// tests/unit/lang/types_check_test.cpp — the checker end to end: parse, check, and inspect the
// annotations later passes rely on (types of untyped expressions, objects, selector paths,
// branch targets, initialization order) and a few diagnostics.
#include "lang/front_end.h"
#include "lang/types/checker.h"
#include "stdlib/decl_table.h"

#include <catch2/catch.hpp>

namespace vitro::lang::types {

namespace {

struct Checked {
    support::Arena arena;
    support::SourceFile source;
    support::Diagnostics diags { "t.go" };
    TableImporter importer;
    File* file = nullptr;
    Package* pkg = nullptr;

    explicit Checked(std::string text)
        : source { "t.go", std::move(text) }
    {
        for (const auto& e : stdlib::decl_table())
            importer.add(std::string(e.import_path),
                support::SourceFile { std::string(e.file_name), std::string(e.text) });
        file = parse_file(source, arena, diags);
        if (!diags.has_errors())
            pkg = check_file(file, importer, arena, diags);
    }

    std::string first_error() const
    {
        auto s = diags.sorted();
        return s.empty() ? "" : diags.format(s[0]);
    }

    FuncDecl* func(std::string_view name) const
    {
        for (Decl* d : file->decls)
            if (d->kind == NodeKind::FuncDecl && d->as<FuncDecl>()->name->value == name)
                return d->as<FuncDecl>();
        return nullptr;
    }
    // The statements of function `name`.
    const std::vector<Stmt*>& body(std::string_view name) const { return func(name)->body->stmts; }
};

std::string type_of(Checked& c, const Expr* e)
{
    return e->type ? type_string(e->type, c.pkg) : "<none>";
}

Expr* rhs0(Stmt* s)
{
    return s->as<AssignStmt>()->rhs[0];
}

} // namespace

TEST_CASE("valid programs check cleanly and return the package", "[types]")
{
    Checked c("package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hi\") }\n");
    CHECK(c.first_error() == "");
    REQUIRE(c.pkg != nullptr);
    CHECK(c.pkg->scope->lookup("main") != nullptr);
    REQUIRE(c.pkg->imports.size() == 1);
    CHECK(c.pkg->imports[0]->path == "fmt");
    CHECK(c.pkg->functions.size() == 1);
}

TEST_CASE("untyped constants take the type their context gives them", "[types]")
{
    Checked c("package main\n\nfunc main() {\n\tvar f float64\n\tf = 1 + 2\n\tvar s uint = 3\n"
              "\tvar i int64\n\ti = 1 << s\n\tx := 'a'\n\t_, _, _ = f, i, x\n}\n");
    REQUIRE(c.pkg != nullptr);
    auto& stmts = c.body("main");
    Expr* sum = rhs0(stmts[1]);
    CHECK(type_of(c, sum) == "float64");
    REQUIRE(sum->constant != nullptr);
    CHECK(sum->constant->to_string() == "3");
    // constant subtrees keep their untyped types below the root
    CHECK(type_of(c, sum->as<Operation>()->x) == "untyped int");
    // the left operand of a non-constant shift takes the shift's final type
    Expr* shl = rhs0(stmts[4]);
    CHECK(type_of(c, shl) == "int64");
    CHECK(type_of(c, shl->as<Operation>()->x) == "int64");
    CHECK(type_of(c, rhs0(stmts[5])) == "rune");
}

TEST_CASE("comparisons keep untyped bool; their operands get default types", "[types]")
{
    Checked c("package main\n\nfunc main() {\n\ta := 1\n\tb := a < 2\n\t_ = b\n}\n");
    REQUIRE(c.pkg != nullptr);
    Expr* cmp = rhs0(c.body("main")[1]);
    CHECK(type_of(c, cmp) == "bool"); // := gives the default type
    CHECK(type_of(c, cmp->as<Operation>()->y) == "int");
}

TEST_CASE("names, selectors and branch statements are annotated", "[types]")
{
    Checked c(R"(package main

type In struct{ X int }
type Out struct {
	Y int
	In
}

func main() {
	var o Out
	o.X = 1
L:
	for {
		for {
			break L
		}
	}
}
)");
    REQUIRE(c.pkg != nullptr);
    auto& stmts = c.body("main");
    auto* assign = stmts[1]->as<AssignStmt>();
    auto* sel = assign->lhs[0]->as<SelectorExpr>();
    CHECK(sel->path == std::vector<int> { 1, 0 });
    REQUIRE(sel->sel->object != nullptr);
    CHECK(sel->sel->object->kind() == ObjectKind::Var);
    CHECK(sel->x->as<Name>()->object->name == "o");
    CHECK(sel->mode == ExprMode::Variable);
    auto* labeled = stmts[2]->as<LabeledStmt>();
    auto* outer = labeled->stmt->as<ForStmt>();
    auto* inner = outer->body->stmts[0]->as<ForStmt>();
    auto* brk = inner->body->stmts[0]->as<BranchStmt>();
    CHECK(brk->target == outer);
}

TEST_CASE("package-level variables are initialized in dependency order", "[types]")
{
    Checked c("package main\n\nvar a = b + f()\nvar b = 2\nvar c, d = g()\n\nfunc f() int { return d }\n"
              "func g() (int, int) { return 1, 2 }\n\nfunc main() {}\n");
    REQUIRE(c.pkg != nullptr);
    auto& order = c.pkg->init_order;
    REQUIRE(order.size() == 3);
    CHECK(order[0].lhs[0]->name == "b");
    CHECK(order[1].lhs.size() == 2); // c, d = g()
    CHECK(order[2].lhs[0]->name == "a");
}

TEST_CASE("closures are listed with the function bodies", "[types]")
{
    Checked c("package main\n\nfunc main() {\n\tf := func() int { return 1 }\n\t_ = f()\n}\n");
    REQUIRE(c.pkg != nullptr);
    REQUIRE(c.pkg->functions.size() == 2);
    CHECK(c.pkg->functions[1].lit != nullptr);
    CHECK(c.pkg->functions[1].func == nullptr);
}

TEST_CASE("type switch clauses declare their own variable", "[types]")
{
    Checked c("package main\n\nfunc main() {\n\tvar x any = 1\n\tswitch v := x.(type) {\n\tcase int:\n"
              "\t\t_ = v + 1\n\tcase string, bool:\n\t\t_ = v\n\t}\n}\n");
    REQUIRE(c.pkg != nullptr);
    auto* sw = c.body("main")[1]->as<SwitchStmt>();
    REQUIRE(sw->body[0]->implicit != nullptr);
    CHECK(type_string(sw->body[0]->implicit->type, c.pkg) == "int");
    CHECK(type_string(sw->body[1]->implicit->type, c.pkg) == "any");
}

TEST_CASE("diagnostics use Go 1.19's words and positions", "[types]")
{
    CHECK(Checked("package main\n\nfunc main() {\n\tx := 1\n}\n").first_error()
        == "t.go:4:2: x declared but not used");
    CHECK(Checked("package main\n\nimport \"os\"\n\nfunc main() {}\n").first_error()
        == "t.go:3:8: imported and not used: \"os\"");
    CHECK(Checked("package main\n\nfunc f() int {\n}\n\nfunc main() { f() }\n").first_error()
        == "t.go:4:1: missing return");
    CHECK(Checked("package main\n\nfunc main() {\n\tvar s string = 1\n\t_ = s\n}\n").first_error()
        == "t.go:4:17: cannot use 1 (untyped int constant) as string value in variable declaration");
    CHECK(Checked("package main\n\nfunc main() {\n\ta := 1\n\ta := 2\n\t_ = a\n}\n").first_error()
        == "t.go:5:4: no new variables on left side of :=");
    CHECK(Checked("package main\n\nfunc f() {}\n").first_error()
        == "t.go:1:9: function main is undeclared in the main package");
    CHECK(Checked("package main\n\nimport \"nosuch\"\n\nfunc main() {}\n").first_error()
        == "t.go:3:8: package nosuch is not in GOROOT (/usr/lib/go-1.19/src/nosuch)");
    CHECK(Checked("package main\n\nfunc main() {\n\tgoto L\nL:\n}\n").first_error().empty());
    CHECK(Checked("package main\n\nfunc main() {\n\tgoto L\n\tx := 1\n\t_ = x\nL:\n}\n").first_error()
        == "t.go:4:7: goto L jumps over declaration of x at ./t.go:5:4");
    CHECK(Checked("package main\n\nfunc main() {\n\tgoto L\n\t{\n\tL:\n\t}\n}\n").first_error()
        == "t.go:4:7: goto L jumps into block starting at ./t.go:5:2");
    CHECK(Checked("package main\n\nfunc main() {\n\tgoto N\n}\n").first_error()
        == "t.go:4:7: label N not defined");
}

} // namespace vitro::lang::types
