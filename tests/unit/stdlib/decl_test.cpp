// tests/unit/stdlib/decl_test.cpp — the embedded declaration table (stdlib/*/decl.go): every
// package v1 promises is there, each file names the right package, declares without bodies,
// and parses and checks clean through vitro's own front end; a few declarations that decide
// type identity in real programs (io.Writer = os.Stdout, time.Duration, sort.Interface, untyped
// math limits) check the way Go checks them.
#include "lang/ast.h"
#include "lang/front_end.h"
#include "stdlib/decl_table.h"
#include "support/arena.h"
#include "support/diagnostics.h"

#include <catch2/catch.hpp>
#include <cctype>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace {

using vitro::support::SourceFile;

// The packages issue 2 lists, plus io, math/rand and math/bits, which their signatures and
// ordinary programs need.
const std::vector<std::string_view> kRequired = {
    "bufio",
    "bytes",
    "context",
    "errors",
    "fmt",
    "io",
    "math",
    "math/bits",
    "math/rand",
    "os",
    "runtime",
    "runtime/debug",
    "runtime/pprof",
    "sort",
    "strconv",
    "strings",
    "sync",
    "sync/atomic",
    "testing",
    "time",
    "unicode",
    "unicode/utf8",
};

// The name in the file's package clause, found after any comments and blank space; "" if the
// text does not start with one.
std::string package_clause_name(std::string_view text)
{
    size_t i = 0;
    for (;;) {
        while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i])))
            ++i;
        if (text.substr(i, 2) == "//") {
            i = text.find('\n', i);
            if (i == std::string_view::npos)
                return "";
        } else if (text.substr(i, 2) == "/*") {
            i = text.find("*/", i + 2);
            if (i == std::string_view::npos)
                return "";
            i += 2;
        } else {
            break;
        }
    }
    constexpr std::string_view kw = "package";
    if (text.substr(i, kw.size()) != kw)
        return "";
    i += kw.size();
    size_t start = i;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t'))
        ++i;
    if (i == start)
        return "";
    size_t name_start = i;
    while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '_'))
        ++i;
    return std::string(text.substr(name_start, i - name_start));
}

std::string_view last_element(std::string_view path)
{
    size_t slash = path.rfind('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

vitro::lang::TableImporter table_importer()
{
    vitro::lang::TableImporter importer;
    for (const auto& e : vitro::stdlib::decl_table())
        importer.add(
            std::string(e.import_path), SourceFile { std::string(e.file_name), std::string(e.text) });
    return importer;
}

// Checks a main program against the table; returns its diagnostics, one per line ("" if none).
std::string check_program(const std::string& text)
{
    SourceFile src { "prog.go", text };
    vitro::support::Arena arena;
    vitro::support::Diagnostics diags(src.name);
    vitro::lang::File* file = vitro::lang::parse_file(src, arena, diags);
    if (!diags.has_errors()) {
        vitro::lang::TableImporter importer = table_importer();
        vitro::lang::check_file(file, importer, arena, diags);
    }
    std::string out;
    for (const auto& e : diags.sorted())
        out += diags.format(e) + "\n";
    return out;
}

} // namespace

TEST_CASE("the table lists every required package once", "[stdlib]")
{
    const auto& table = vitro::stdlib::decl_table();
    std::set<std::string_view> paths;
    for (const auto& e : table) {
        INFO(e.import_path);
        CHECK(paths.insert(e.import_path).second);
    }
    for (std::string_view p : kRequired) {
        INFO(p);
        CHECK(paths.count(p) == 1);
    }
}

TEST_CASE("each entry's package clause names the last path element", "[stdlib]")
{
    for (const auto& e : vitro::stdlib::decl_table()) {
        INFO(e.import_path);
        CHECK(package_clause_name(e.text) == last_element(e.import_path));
        CHECK(e.file_name == "$GOROOT/src/" + std::string(e.import_path) + "/decl.go");
    }
}

TEST_CASE("the package clause reader is not fooled", "[stdlib]")
{
    CHECK(package_clause_name("// c\n/* d */ package fmt\n") == "fmt");
    CHECK(package_clause_name("package   utf8") == "utf8");
    CHECK(package_clause_name("packagefmt") == "");
    CHECK(package_clause_name("// package fmt") == "");
    CHECK(package_clause_name("var x int\npackage fmt") == "");
}

TEST_CASE("each entry parses clean and declares functions without bodies", "[stdlib]")
{
    for (const auto& e : vitro::stdlib::decl_table()) {
        INFO(e.import_path);
        SourceFile src { std::string(e.file_name), std::string(e.text) };
        vitro::support::Arena arena;
        vitro::support::Diagnostics diags(src.name);
        vitro::lang::File* file = vitro::lang::parse_file(src, arena, diags);
        std::string errors;
        for (const auto& d : diags.sorted())
            errors += diags.format(d) + "\n";
        CHECK(errors == "");
        REQUIRE(file != nullptr);
        REQUIRE(file->package_name != nullptr);
        CHECK(file->package_name->value == last_element(e.import_path));
        int bodies = 0;
        for (vitro::lang::Decl* d : file->decls)
            if (d->kind == vitro::lang::NodeKind::FuncDecl && d->as<vitro::lang::FuncDecl>()->body != nullptr)
                ++bodies;
        CHECK(bodies == 0);
    }
}

TEST_CASE("each entry type-checks clean when imported", "[stdlib]")
{
    for (const auto& e : vitro::stdlib::decl_table()) {
        INFO(e.import_path);
        std::string prog
            = "package main\n\nimport _ \"" + std::string(e.import_path) + "\"\n\nfunc main() {}\n";
        CHECK(check_program(prog) == "");
    }
}

TEST_CASE("declarations give Go's types and constants", "[stdlib]")
{
    // Each line holds only if the declaration has Go's shape: an interface with Go's method
    // set, a named type with methods, an untyped constant, a typed constant of a named type.
    std::string prog = R"(package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

type stringer struct{}

func (stringer) String() string { return "s" }

func bench(b *testing.B) {
	for i := 0; i < b.N; i++ {
	}
	b.ReportAllocs()
	b.ResetTimer()
	var tb testing.TB = b
	tb.Helper()
}

func main() {
	var w io.Writer = os.Stdout
	var r io.Reader = os.Stdin
	var f fmt.Stringer = stringer{}
	var d time.Duration = 3 * time.Second
	var s sort.Interface = sort.IntSlice([]int{2, 1})
	var u uint64 = math.MaxUint64
	var i8 int8 = math.MinInt8
	var fl float32 = math.MaxFloat32
	var rn rune = utf8.RuneError + unicode.MaxRune
	var m time.Month = time.December
	var ctx context.Context = context.Background()
	var mu sync.Mutex
	var wg sync.WaitGroup
	var n atomic.Int64
	var sb strings.Builder
	sc := bufio.NewScanner(r)
	_, err := strconv.Atoi("1")
	var ne *strconv.NumError
	ok := errors.As(err, &ne) || errors.Is(err, io.EOF) || err == os.ErrNotExist
	mu.Lock()
	wg.Add(1)
	n.Add(1)
	sb.WriteString(d.String() + m.String() + time.RFC3339)
	fmt.Fprintln(w, f, s.Len(), u, i8, fl, rn, ctx.Err(), sc.Scan(), ok, n.Load(), sb.Len())
	fmt.Println(testing.Benchmark(bench).NsPerOp(), unicode.Is(unicode.Letter, 'x'), strconv.IntSize)
	const big = math.MaxInt64 + 1 - 1
	var mode os.FileMode = os.ModePerm | os.ModeDir
	_ = mode.IsDir() && os.O_RDONLY|os.O_CREATE != 0
	_ = io.SeekStart + bufio.MaxScanTokenSize + big/2
}
)";
    CHECK(check_program(prog) == "");
}

TEST_CASE("declarations show up in Go's diagnostics as Go shows them", "[stdlib]")
{
    // time.Second is a typed constant of the named type time.Duration, not an untyped one.
    CHECK(check_program(
              "package main\n\nimport \"time\"\n\nfunc main() {\n\tvar x int = time.Second\n\t_ = x\n}\n")
        == "prog.go:6:14: cannot use time.Second (constant 1000000000 of type time.Duration) as type int in "
           "variable declaration\n");
    // Interface method sets carry Go's parameter names into the "want" line.
    CHECK(check_program("package main\n\nimport \"io\"\n\ntype T struct{}\n\nfunc (T) Write(b []byte) int { "
                        "return 0 }\n\n"
                        "func main() {\n\tvar w io.Writer = T{}\n\t_ = w\n}\n")
        == "prog.go:10:20: cannot use T{} (value of type T) as type io.Writer in variable declaration:\n"
           "\tT does not implement io.Writer (wrong type for Write method)\n"
           "\t\thave Write(b []byte) int\n"
           "\t\twant Write(p []byte) (n int, err error)\n");
}
