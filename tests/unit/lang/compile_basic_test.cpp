// tests/unit/lang/compile_basic_test.cpp — the code generator (lang/compile) on small
// programs: structural facts about the Module (functions, slots, pointer maps, loops, type
// descriptors, natives, globals, line tables) and the diagnostics for unsupported constructs.
// Running the programs is the golden tests' job.
#include "lang/compile/compile.h"
#include "lang/front_end.h"
#include "stdlib/decl_table.h"
#include "vm/bytecode.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

namespace vitro::lang {

namespace {

struct Compiled {
    support::Arena arena;
    support::SourceFile source;
    support::Diagnostics diags { "t.go" };
    TableImporter importer;
    std::unique_ptr<vm::Module> module;

    explicit Compiled(std::string text)
        : source { "t.go", std::move(text) }
    {
        for (const auto& e : stdlib::decl_table())
            importer.add(std::string(e.import_path),
                support::SourceFile { std::string(e.file_name), std::string(e.text) });
        File* file = parse_file(source, arena, diags);
        if (diags.has_errors())
            return;
        types::Package* pkg = check_file(file, importer, arena, diags);
        if (pkg)
            module = compile(pkg, source, diags);
    }

    std::string first_error() const
    {
        auto s = diags.sorted();
        return s.empty() ? "" : diags.format(s[0]);
    }
    const vm::Function* func(std::string_view name) const
    {
        for (auto* f : module->functions)
            if (f->name == name)
                return f;
        return nullptr;
    }
    const gc::Type* type(std::string_view name) const
    {
        const gc::Type* found = nullptr;
        for (auto* t : module->types)
            if (t->name == name) {
                REQUIRE(found == nullptr); // unique per Go type
                found = t;
            }
        return found;
    }
};

std::vector<vm::Op> ops(const vm::Function* f)
{
    std::vector<vm::Op> out;
    for (size_t pc = 0; pc < f->code.size(); pc += static_cast<size_t>(vm::op_words(vm::op_of(f->code[pc]))))
        out.push_back(vm::op_of(f->code[pc]));
    return out;
}

bool has_op(const vm::Function* f, vm::Op op)
{
    auto v = ops(f);
    return std::find(v.begin(), v.end(), op) != v.end();
}

} // namespace

TEST_CASE("compile: fib has Go names, slots and a LOOP back-edge", "[compile]")
{
    Compiled c(R"(package main

import "fmt"

func fib(k int) int {
	if k < 2 {
		return k
	}
	return fib(k-1) + fib(k-2)
}

func main() {
	total := 0
	for r := 0; r < 10; r++ {
		total += fib(32)
	}
	fmt.Println(total)
}
)");
    REQUIRE(c.module);
    const vm::Function* fib = c.func("main.fib");
    REQUIRE(fib);
    CHECK(fib->param_slots == 1);
    CHECK(fib->result_slots == 1);
    CHECK(fib->num_slots <= 16);
    CHECK(has_op(fib, vm::Op::JLE_I64)); // the fused compare-and-branch of `k < 2`
    CHECK(has_op(fib, vm::Op::CALL));
    const vm::Function* main = c.func("main.main");
    REQUIRE(main);
    CHECK(c.module->functions[c.module->main_function] == main);
    CHECK(!has_op(main, vm::Op::LOOP)); // `for i < n` loops are tested at the bottom (no LOOP)
    CHECK(has_op(main, vm::Op::INCJLT_I64)); // and `r++; r < 10` fuses into one instruction
    CHECK(has_op(main, vm::Op::CALLNATIVE));
    REQUIRE(c.module->natives.size() == 1);
    CHECK(c.module->natives[0].name == "fmt.Println");
    CHECK(c.module->functions[c.module->init_function]->name == "main.init");
}

TEST_CASE("compile: pointer maps mark exactly the pointer slots", "[compile]")
{
    Compiled c(R"(package main

func f(n int, s string) int {
	x := n + 1
	p := &x
	t := s + "!"
	return *p + len(t)
}

func main() { println(f(1, "a")) }
)");
    REQUIRE(c.module);
    const vm::Function* f = c.func("main.f");
    REQUIRE(f);
    CHECK(f->param_slots == 3); // int, then string {ptr, len}
    CHECK_FALSE(f->slot_is_pointer(0));
    CHECK(f->slot_is_pointer(1));
    CHECK_FALSE(f->slot_is_pointer(2));
    // x's address is taken: it lives in a heap cell whose address is a pointer slot.
    CHECK(has_op(f, vm::Op::NEW));
    for (uint8_t z : f->zero_on_entry) {
        CHECK(z >= f->param_slots);
        CHECK(f->slot_is_pointer(z));
    }
    CHECK_FALSE(f->zero_on_entry.empty());
}

TEST_CASE("compile: type descriptors have Go's layout and are unique", "[compile]")
{
    Compiled c(R"(package main

type Node struct {
	left, right *Node
	val         int
}

type Mixed struct {
	a int8
	b int64
	c int8
}

type Tail struct {
	n int32
	z struct{}
}

func main() {
	a := []int{1, 2}
	b := append([]int{3}, 4)
	n := &Node{val: 1}
	var m Mixed
	var t Tail
	s := append([]string{"x"}, "y")
	println(len(a), len(b), n.val, m.a, t.n, len(s))
}
)");
    REQUIRE(c.module);
    const gc::Type* node = c.type("main.Node");
    REQUIRE(node);
    CHECK(node->size == 24);
    CHECK(node->ptrdata == 16);
    CHECK(node->pointer_word(0));
    CHECK(node->pointer_word(1));
    CHECK(node->named());
    REQUIRE(node->fields.size() == 3);
    CHECK(node->fields[2].offset == 16);
    const gc::Type* mixed = c.type("main.Mixed");
    REQUIRE(mixed);
    CHECK(mixed->size == 24);
    CHECK(mixed->ptrdata == 0);
    CHECK(mixed->fields[1].offset == 8);
    const gc::Type* tail = c.type("main.Tail");
    REQUIRE(tail);
    CHECK(tail->size == 8); // a final zero-size field gets a byte of padding
    const gc::Type* ints = c.type("[]int");
    REQUIRE(ints);
    CHECK(ints->size == 24);
    CHECK(ints->elem == c.type("int"));
    const gc::Type* strs = c.type("[]string");
    REQUIRE(strs);
    CHECK(strs->elem->ptrdata == 8);
    CHECK(c.type("*main.Node")->elem == node);
}

TEST_CASE("compile: methods, natives and globals get Go's names", "[compile]")
{
    Compiled c(R"(package main

import (
	"fmt"
	"os"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprint(p.X, ",", p.Y) }

type Node struct{ next *Node }

func (n *Node) check() int {
	if n.next == nil {
		return 1
	}
	return 1 + n.next.check()
}

var counter = 3

func main() {
	var sb strings.Builder
	sb.WriteString("hi")
	n := &Node{}
	fmt.Println(sb.String(), Point{1, 2}.String(), n.check(), counter, len(os.Args))
}
)");
    REQUIRE(c.module);
    CHECK(c.func("main.Point.String"));
    CHECK(c.func("main.(*Node).check"));
    std::vector<std::string> natives;
    for (auto& n : c.module->natives)
        natives.push_back(n.name);
    CHECK(std::count(natives.begin(), natives.end(), "strings.(*Builder).WriteString") == 1);
    CHECK(std::count(natives.begin(), natives.end(), "strings.(*Builder).String") == 1);
    CHECK(std::count(natives.begin(), natives.end(), "fmt.Println") == 1);
    bool has_args = false, has_counter = false;
    for (auto& g : c.module->globals) {
        has_args |= g.name == "os.Args";
        has_counter |= g.name == "main.counter";
    }
    CHECK(has_args);
    CHECK(has_counter);
    const gc::Type* point = c.type("main.Point");
    REQUIRE(point);
    REQUIRE(point->methods.size() == 1);
    CHECK(point->methods[0].name == "String");
    CHECK(c.module->functions[point->methods[0].function]->name == "main.Point.String");
}

TEST_CASE("compile: panicking expressions are in the line table", "[compile]")
{
    Compiled c(R"(package main

func main() {
	s := []int{1}
	i := 5
	println(
		s[i])
}
)");
    REQUIRE(c.module);
    const vm::Function* f = c.func("main.main");
    REQUIRE(f);
    bool found = false;
    for (size_t pc = 0; pc < f->code.size(); pc += static_cast<size_t>(vm::op_words(vm::op_of(f->code[pc]))))
        if (vm::op_of(f->code[pc]) == vm::Op::INDEX_64) {
            found = true;
            auto it = std::upper_bound(f->lines.begin(), f->lines.end(), static_cast<uint32_t>(pc),
                [](uint32_t p, const vm::LineEntry& e) { return p < e.pc; });
            REQUIRE(it != f->lines.begin());
            CHECK(std::prev(it)->line == 7);
        }
    CHECK(found);
}

TEST_CASE("compile: unsupported constructs give a diagnostic and no module", "[compile]")
{
    std::string many = "package main\n\nfunc main() {\n\tvar c chan int\n\tselect {\n";
    for (int i = 0; i < 86; i++)
        many += "\tcase <-c:\n";
    many += "\tdefault:\n\t}\n}\n";
    Compiled c(many);
    CHECK_FALSE(c.module);
    CHECK(c.first_error() == "t.go:5:2: vitro: a select with this many cases is not supported yet");

    Compiled e(R"(package main

func main() {
	ch := make(chan int, 1)
	ch <- 1
	println(<-ch, len(ch), cap(ch))
}
)");
    CHECK(e.module);
}

} // namespace vitro::lang

namespace vitro::lang {

TEST_CASE("compile: struct values are copied, never shared", "[compile]")
{
    Compiled c(R"(package main

type V struct{ X, Y int }

func id(v V) V { return v }

func main() {
	a := V{1, 2}
	b := a
	b.X = 5
	c := id(a)
	a = c
	println(a.X, b.X, c.X, a == b)
}
)");
    REQUIRE(c.module);
    const vm::Function* main = c.func("main.main");
    REQUIRE(main);
    CHECK(has_op(main, vm::Op::NEW)); // the literal's box
    CHECK(has_op(main, vm::Op::BOX)); // b := a and the argument copy
    CHECK(has_op(main, vm::Op::COPY)); // a = c copies into a's box
    CHECK(has_op(main, vm::Op::EQ_MEM));
    const vm::Function* id = c.func("main.id");
    REQUIRE(id);
    CHECK(has_op(id, vm::Op::BOX)); // a returned value is a fresh box
}

TEST_CASE("compile: integer arithmetic picks Go's operations", "[compile]")
{
    Compiled c(R"(package main

func f(a int8, b uint, n int, s uint8) (int8, uint, int, uint8) {
	a += 100
	b = b / 3
	n = n << s
	n = n >> n
	return a, b, n, s << 1
}

func main() { println(f(1, 2, 3, 4)) }
)");
    REQUIRE(c.module);
    const vm::Function* f = c.func("main.f");
    REQUIRE(f);
    CHECK(f->result_slots == 4);
    CHECK(has_op(f, vm::Op::EXT_I8)); // int8 wraps
    CHECK(has_op(f, vm::Op::EXT_U8)); // uint8 shift result
    CHECK(has_op(f, vm::Op::DIV_U64));
    CHECK_FALSE(has_op(f, vm::Op::DIV_I64));
    CHECK(has_op(f, vm::Op::CHKSHIFT)); // n >> n: a signed count
    CHECK(has_op(f, vm::Op::SHR_I64));
}

TEST_CASE("compile: wide constants come from the constant table", "[compile]")
{
    Compiled c(R"(package main

func main() {
	x := 100000
	y := 1.5
	println(x, y, 12)
}
)");
    REQUIRE(c.module);
    const vm::Function* main = c.func("main.main");
    CHECK(has_op(main, vm::Op::LOADK));
    CHECK(std::count(c.module->constants.begin(), c.module->constants.end(), uint64_t { 100000 }) == 1);
}

TEST_CASE("compile: every loop ends with LOOP", "[compile]")
{
    Compiled c(R"(package main

func main() {
	s := []int{1, 2, 3}
	m := map[string]int{"a": 1}
	t := 0
	for _, v := range s {
		t += v
	}
	for k, v := range m {
		t += len(k) + v
	}
	for i := range "héllo" {
		t += i
	}
	for t < 100 {
		t *= 2
	}
	println(t)
}
)");
    REQUIRE(c.module);
    auto v = ops(c.func("main.main"));
    CHECK(std::count(v.begin(), v.end(), vm::Op::LOOP) == 3); // ranges; `for t < 100` tests at the bottom
    CHECK(std::count(v.begin(), v.end(), vm::Op::MAPNEXT) == 1);
    CHECK(std::count(v.begin(), v.end(), vm::Op::STRNEXT) == 1);
}

TEST_CASE("compile: non-empty interfaces use static itabs and CALLIFACE", "[compile]")
{
    Compiled c(R"(package main

type S interface{ M() int }

type T struct{}

func (T) M() int { return 1 }

type P struct{ n int }

func (p *P) M() int { return p.n }

func main() {
	var s S = T{}
	println(s.M())
	s = &P{2}
	println(s.M())
}
)");
    REQUIRE(c.module);
    auto v = ops(c.func("main.main"));
    CHECK(std::count(v.begin(), v.end(), vm::Op::CONVITAB) == 2);
    CHECK(std::count(v.begin(), v.end(), vm::Op::CALLIFACE) == 2);
    REQUIRE(c.module->itabs.size() == 2);
    // T's value method is reached through a wrapper taking the data word; *P's directly.
    CHECK(c.module->itabs[0]->fun[0].fn->name == "main.(*T).M");
    CHECK(c.module->itabs[1]->fun[0].fn->name == "main.(*P).M");
    CHECK(c.module->itabs[1]->fun[0].fn == c.func("main.(*P).M"));
}

TEST_CASE("compile: closures get Go's names, capture cells and a context slot", "[compile]")
{
    Compiled c(R"(package main

func main() {
	n := 0
	f := func() func() int {
		return func() int { n++; return n }
	}
	g := func(x int) int { return x * 2 }
	println(f()(), g(n))
}
)");
    REQUIRE(c.module);
    const vm::Function* outer = c.func("main.main.func1");
    const vm::Function* inner = c.func("main.main.func1.1");
    const vm::Function* plain = c.func("main.main.func2");
    REQUIRE(outer);
    REQUIRE(inner);
    REQUIRE(plain);
    // Every function has a slot for the closure context at R[param_slots].
    CHECK(plain->num_slots > plain->param_slots);
    CHECK(plain->param_slots == 1);
    auto count = [](const vm::Function* f, vm::Op op) {
        int n = 0;
        for (size_t pc = 0; pc < f->code.size();
             pc += static_cast<size_t>(vm::op_words(vm::op_of(f->code[pc]))))
            n += vm::op_of(f->code[pc]) == op;
        return n;
    };
    const vm::Function* m = c.func("main.main");
    CHECK(count(m, vm::Op::CLOSURE) == 1); // func1 captures n's cell; func2 captures nothing
    CHECK(count(m, vm::Op::LOADFUNC) == 1);
    CHECK(count(m, vm::Op::CALLFUNC) == 3);
    CHECK(count(outer, vm::Op::CLOSURE) == 1);
}

TEST_CASE("compile: a function with defers returns through its epilogue", "[compile]")
{
    Compiled c(R"(package main

func f(x int) (r int) {
	defer func() { r *= 2 }()
	if x > 0 {
		return x
	}
	return -x
}

func main() { println(f(3)) }
)");
    REQUIRE(c.module);
    const vm::Function* f = c.func("main.f");
    REQUIRE(f);
    REQUIRE(f->defer_epilogue > 0);
    CHECK(vm::op_of(f->code[f->defer_epilogue]) == vm::Op::RUNDEFER);
    const vm::Function* thunk = c.func("main.f.deferwrap1");
    REQUIRE(thunk);
    CHECK(thunk->defer_thunk);
    CHECK(thunk->param_slots == 0);
    int rets = 0;
    for (size_t pc = 0; pc < f->code.size(); pc += static_cast<size_t>(vm::op_words(vm::op_of(f->code[pc]))))
        rets += vm::op_of(f->code[pc]) == vm::Op::RET;
    CHECK(rets == 1); // both returns jump to the epilogue
}

} // namespace vitro::lang
