// tests/unit/lang/parser_test.cpp — the parser (lang/parser.y, parse.cpp, syntax_error.cpp):
// tree shapes and node positions, compared with dumps produced by Go 1.19's own syntax package
// (cmd/compile/internal/syntax) for the same sources; syntax errors in Go's words (each expected
// line is what `go build` prints); recovery, the LBODY rule, and robustness.
#include "lang/front_end.h"

#include <catch2/catch.hpp>
#include <map>
#include <random>
#include <string>

namespace {

using namespace vitro::lang;

// The tree in the format of the oracle that produced the expected dumps below (a dumper over
// Go 1.19's own cmd/compile/internal/syntax): one node per line, "label: Kind line:col attrs".

struct Dumper {
    std::string out;
    std::map<const Group*, int> groups;

    static std::string p(vitro::support::Pos pos)
    {
        return std::to_string(pos.line) + ":" + std::to_string(pos.col);
    }
    void line(const std::string& label, int depth, const std::string& s)
    {
        out.append(size_t(depth) * 2, ' ');
        if (!label.empty())
            out += label + ": ";
        out += s + "\n";
    }
    int group(const Group* g)
    {
        if (!g)
            return 0;
        auto it = groups.find(g);
        if (it != groups.end())
            return it->second;
        int n = int(groups.size()) + 1;
        groups[g] = n;
        return n;
    }
    template <class T> void list(const std::string& label, const std::vector<T*>& xs, int depth)
    {
        for (size_t i = 0; i < xs.size(); ++i)
            node(label + "[" + std::to_string(i) + "]", xs[i], depth);
    }
    static const char* lit_kind(LitKind k)
    {
        switch (k) {
        case LitKind::Int:
            return "Int";
        case LitKind::Float:
            return "Float";
        case LitKind::Imag:
            return "Imag";
        case LitKind::Rune:
            return "Rune";
        case LitKind::String:
            return "String";
        }
        return "?";
    }
    static std::string b(bool v) { return v ? "true" : "false"; }

    void node(const std::string& label, const Node* n, int depth)
    {
        if (!n) {
            line(label, depth, "nil");
            return;
        }
        int c = depth + 1;
        switch (n->kind) {
        case NodeKind::File: {
            auto* f = n->as<File>();
            line(label, depth, "File " + p(f->pos) + " eof=" + p(f->eof));
            node("package", f->package_name, c);
            list("decl", f->decls, c);
            break;
        }
        case NodeKind::ImportDecl: {
            auto* d = n->as<ImportDecl>();
            line(label, depth, "ImportDecl " + p(d->pos) + " group=" + std::to_string(group(d->group)));
            node("local", d->local_name, c);
            node("path", d->path, c);
            break;
        }
        case NodeKind::ConstDecl: {
            auto* d = n->as<ConstDecl>();
            line(label, depth, "ConstDecl " + p(d->pos) + " group=" + std::to_string(group(d->group)));
            list("name", d->names, c);
            node("type", d->type, c);
            list("value", d->values, c);
            break;
        }
        case NodeKind::TypeDecl: {
            auto* d = n->as<TypeDecl>();
            line(label, depth,
                "TypeDecl " + p(d->pos) + " group=" + std::to_string(group(d->group))
                    + " alias=" + b(d->alias));
            node("name", d->name, c);
            node("type", d->type, c);
            break;
        }
        case NodeKind::VarDecl: {
            auto* d = n->as<VarDecl>();
            line(label, depth, "VarDecl " + p(d->pos) + " group=" + std::to_string(group(d->group)));
            list("name", d->names, c);
            node("type", d->type, c);
            list("value", d->values, c);
            break;
        }
        case NodeKind::FuncDecl: {
            auto* d = n->as<FuncDecl>();
            line(label, depth, "FuncDecl " + p(d->pos));
            node("recv", d->recv, c);
            node("name", d->name, c);
            node("type", d->type, c);
            node("body", d->body, c);
            break;
        }
        case NodeKind::BadExpr:
            line(label, depth, "BadExpr " + p(n->pos));
            break;
        case NodeKind::Name:
            line(label, depth, "Name " + p(n->pos) + " " + std::string(n->as<Name>()->value));
            break;
        case NodeKind::BasicLit: {
            auto* l = n->as<BasicLit>();
            line(label, depth,
                "BasicLit " + p(l->pos) + " " + lit_kind(l->lit_kind) + " " + std::string(l->value)
                    + (l->bad ? " bad" : ""));
            break;
        }
        case NodeKind::CompositeLit: {
            auto* l = n->as<CompositeLit>();
            line(label, depth,
                "CompositeLit " + p(l->pos) + " nkeys=" + std::to_string(l->nkeys)
                    + " rbrace=" + p(l->rbrace));
            node("type", l->type, c);
            list("elem", l->elems, c);
            break;
        }
        case NodeKind::KeyValueExpr:
            line(label, depth, "KeyValueExpr " + p(n->pos));
            node("key", n->as<KeyValueExpr>()->key, c);
            node("value", n->as<KeyValueExpr>()->value, c);
            break;
        case NodeKind::FuncLit:
            line(label, depth, "FuncLit " + p(n->pos));
            node("type", n->as<FuncLit>()->type, c);
            node("body", n->as<FuncLit>()->body, c);
            break;
        case NodeKind::ParenExpr:
            line(label, depth, "ParenExpr " + p(n->pos));
            node("x", n->as<ParenExpr>()->x, c);
            break;
        case NodeKind::SelectorExpr:
            line(label, depth, "SelectorExpr " + p(n->pos));
            node("x", n->as<SelectorExpr>()->x, c);
            node("sel", n->as<SelectorExpr>()->sel, c);
            break;
        case NodeKind::IndexExpr:
            line(label, depth, "IndexExpr " + p(n->pos));
            node("x", n->as<IndexExpr>()->x, c);
            node("index", n->as<IndexExpr>()->index, c);
            break;
        case NodeKind::SliceExpr: {
            auto* s = n->as<SliceExpr>();
            line(label, depth, "SliceExpr " + p(s->pos) + " full=" + b(s->full));
            node("x", s->x, c);
            for (int i = 0; i < 3; ++i)
                node("index[" + std::to_string(i) + "]", s->index[i], c);
            break;
        }
        case NodeKind::AssertExpr:
            line(label, depth, "AssertExpr " + p(n->pos));
            node("x", n->as<AssertExpr>()->x, c);
            node("type", n->as<AssertExpr>()->assert_type, c);
            break;
        case NodeKind::TypeSwitchGuard:
            line(label, depth, "TypeSwitchGuard " + p(n->pos));
            node("lhs", n->as<TypeSwitchGuard>()->lhs, c);
            node("x", n->as<TypeSwitchGuard>()->x, c);
            break;
        case NodeKind::Operation: {
            auto* o = n->as<Operation>();
            line(label, depth, "Operation " + p(o->pos) + " op=" + std::string(op_string(o->op)));
            node("x", o->x, c);
            node("y", o->y, c);
            break;
        }
        case NodeKind::CallExpr: {
            auto* e = n->as<CallExpr>();
            line(label, depth, "CallExpr " + p(e->pos) + " dots=" + b(e->has_dots));
            node("fun", e->fun, c);
            list("arg", e->args, c);
            break;
        }
        case NodeKind::ListExpr:
            line(label, depth, "ListExpr " + p(n->pos));
            list("elem", n->as<ListExpr>()->elems, c);
            break;
        case NodeKind::ArrayType:
            line(label, depth, "ArrayType " + p(n->pos));
            node("len", n->as<ArrayType>()->len, c);
            node("elem", n->as<ArrayType>()->elem, c);
            break;
        case NodeKind::SliceType:
            line(label, depth, "SliceType " + p(n->pos));
            node("elem", n->as<SliceType>()->elem, c);
            break;
        case NodeKind::DotsType:
            line(label, depth, "DotsType " + p(n->pos));
            node("elem", n->as<DotsType>()->elem, c);
            break;
        case NodeKind::StructType: {
            auto* s = n->as<StructType>();
            line(label, depth, "StructType " + p(s->pos));
            for (size_t i = 0; i < s->fields.size(); ++i) {
                node("field[" + std::to_string(i) + "]", s->fields[i], c);
                if (i < s->tags.size() && s->tags[i])
                    node("tag[" + std::to_string(i) + "]", s->tags[i], c);
            }
            break;
        }
        case NodeKind::Field:
            line(label, depth, "Field " + p(n->pos));
            node("name", n->as<Field>()->name, c);
            node("type", n->as<Field>()->field_type, c);
            break;
        case NodeKind::InterfaceType:
            line(label, depth, "InterfaceType " + p(n->pos));
            list("method", n->as<InterfaceType>()->methods, c);
            break;
        case NodeKind::FuncType:
            line(label, depth, "FuncType " + p(n->pos));
            list("param", n->as<FuncType>()->params, c);
            list("result", n->as<FuncType>()->results, c);
            break;
        case NodeKind::MapType:
            line(label, depth, "MapType " + p(n->pos));
            node("key", n->as<MapType>()->key, c);
            node("value", n->as<MapType>()->value, c);
            break;
        case NodeKind::ChanType: {
            auto* t = n->as<ChanType>();
            int dir = t->dir == ChanDir::Both ? 0 : t->dir == ChanDir::Send ? 1 : 2;
            line(label, depth, "ChanType " + p(t->pos) + " dir=" + std::to_string(dir));
            node("elem", t->elem, c);
            break;
        }
        case NodeKind::EmptyStmt:
            line(label, depth, "EmptyStmt " + p(n->pos));
            break;
        case NodeKind::LabeledStmt:
            line(label, depth, "LabeledStmt " + p(n->pos));
            node("label", n->as<LabeledStmt>()->label, c);
            node("stmt", n->as<LabeledStmt>()->stmt, c);
            break;
        case NodeKind::BlockStmt:
            line(label, depth, "BlockStmt " + p(n->pos) + " rbrace=" + p(n->as<BlockStmt>()->rbrace));
            list("stmt", n->as<BlockStmt>()->stmts, c);
            break;
        case NodeKind::ExprStmt:
            line(label, depth, "ExprStmt " + p(n->pos));
            node("x", n->as<ExprStmt>()->x, c);
            break;
        case NodeKind::SendStmt:
            line(label, depth, "SendStmt " + p(n->pos));
            node("chan", n->as<SendStmt>()->chan, c);
            node("value", n->as<SendStmt>()->value, c);
            break;
        case NodeKind::DeclStmt:
            line(label, depth, "DeclStmt " + p(n->pos));
            list("decl", n->as<DeclStmt>()->decls, c);
            break;
        case NodeKind::AssignStmt: {
            auto* a = n->as<AssignStmt>();
            std::string op;
            switch (a->assign_kind) {
            case AssignKind::Assign:
                op = "=";
                break;
            case AssignKind::Define:
                op = ":=";
                break;
            case AssignKind::OpAssign:
                op = std::string(op_string(a->op)) + "=";
                break;
            case AssignKind::IncDec:
                op = std::string(op_string(a->op)) + std::string(op_string(a->op));
                break;
            }
            line(label, depth, "AssignStmt " + p(a->pos) + " op=" + op);
            list("lhs", a->lhs, c);
            list("rhs", a->rhs, c);
            break;
        }
        case NodeKind::BranchStmt: {
            auto* s = n->as<BranchStmt>();
            const char* k = s->branch == BranchKind::Break ? "break"
                : s->branch == BranchKind::Continue        ? "continue"
                : s->branch == BranchKind::Goto            ? "goto"
                                                           : "fallthrough";
            line(label, depth, "BranchStmt " + p(s->pos) + " " + k);
            node("label", s->label, c);
            break;
        }
        case NodeKind::CallStmt: {
            auto* s = n->as<CallStmt>();
            line(label, depth, "CallStmt " + p(s->pos) + (s->call_kind == CallKind::Go ? " go" : " defer"));
            node("call", s->call, c);
            break;
        }
        case NodeKind::ReturnStmt:
            line(label, depth, "ReturnStmt " + p(n->pos));
            list("result", n->as<ReturnStmt>()->results, c);
            break;
        case NodeKind::IfStmt: {
            auto* s = n->as<IfStmt>();
            line(label, depth, "IfStmt " + p(s->pos));
            node("init", s->init, c);
            node("cond", s->cond, c);
            node("then", s->then, c);
            node("else", s->else_, c);
            break;
        }
        case NodeKind::ForStmt: {
            auto* s = n->as<ForStmt>();
            line(label, depth, "ForStmt " + p(s->pos));
            node("init", s->init, c);
            node("cond", s->cond, c);
            node("post", s->post, c);
            node("body", s->body, c);
            break;
        }
        case NodeKind::RangeClause: {
            auto* r = n->as<RangeClause>();
            line(label, depth, "RangeClause " + p(r->pos) + " def=" + b(r->define));
            list("lhs", r->lhs, c);
            node("x", r->x, c);
            break;
        }
        case NodeKind::SwitchStmt: {
            auto* s = n->as<SwitchStmt>();
            line(label, depth, "SwitchStmt " + p(s->pos) + " rbrace=" + p(s->rbrace));
            node("init", s->init, c);
            node("tag", s->tag, c);
            list("clause", s->body, c);
            break;
        }
        case NodeKind::SelectStmt: {
            auto* s = n->as<SelectStmt>();
            line(label, depth, "SelectStmt " + p(s->pos) + " rbrace=" + p(s->rbrace));
            list("clause", s->body, c);
            break;
        }
        case NodeKind::CaseClause: {
            auto* s = n->as<CaseClause>();
            line(label, depth,
                "CaseClause " + p(s->pos) + " colon=" + p(s->colon) + " default=" + b(s->is_default));
            list("case", s->cases, c);
            list("stmt", s->body, c);
            break;
        }
        case NodeKind::CommClause: {
            auto* s = n->as<CommClause>();
            line(label, depth, "CommClause " + p(s->pos) + " colon=" + p(s->colon));
            node("comm", s->comm, c);
            list("stmt", s->body, c);
            break;
        }
        default:
            line(label, depth, "??");
            break;
        }
    }
};

std::string astdump_text(const Node* n)
{
    Dumper d;
    d.node("", n, 0);
    return d.out;
}

struct Parsed {
    vitro::support::Arena arena;
    vitro::support::Diagnostics diags { "x.go" };
    File* file = nullptr;

    explicit Parsed(std::string text)
    {
        vitro::support::SourceFile src { "x.go", std::move(text) };
        file = parse_file(src, arena, diags);
    }
    std::string first_error() const
    {
        auto s = diags.sorted();
        return s.empty() ? "" : diags.format(s.front());
    }
};

const char* kExprSource = R"go(package p

var a = -x*y + z<<2 == w && !ok || f(b, c...)[i:j:k].m
var b = T{1, k: v, {2}}.f(s[1:], <-ch, x.(int), &Point{X: 1})
var c = []func(int) (int, error){func(int) (int, error) { return 0, nil }}
var d = (<-chan int)(nil)
)go";

const char* kExprDump = R"dump(File 1:1 eof=7:1
  package: Name 1:9 p
  decl[0]: VarDecl 3:5 group=0
    name[0]: Name 3:5 a
    type: nil
    value[0]: Operation 3:33 op=||
      x: Operation 3:26 op=&&
        x: Operation 3:21 op===
          x: Operation 3:14 op=+
            x: Operation 3:11 op=*
              x: Operation 3:9 op=-
                x: Name 3:10 x
                y: nil
              y: Name 3:12 y
            y: Operation 3:17 op=<<
              x: Name 3:16 z
              y: BasicLit 3:19 Int 2
          y: Name 3:24 w
        y: Operation 3:29 op=!
          x: Name 3:30 ok
          y: nil
      y: SelectorExpr 3:53
        x: SliceExpr 3:46 full=true
          x: CallExpr 3:37 dots=true
            fun: Name 3:36 f
            arg[0]: Name 3:38 b
            arg[1]: Name 3:41 c
          index[0]: Name 3:47 i
          index[1]: Name 3:49 j
          index[2]: Name 3:51 k
        sel: Name 3:54 m
  decl[1]: VarDecl 4:5 group=0
    name[0]: Name 4:5 b
    type: nil
    value[0]: CallExpr 4:26 dots=false
      fun: SelectorExpr 4:24
        x: CompositeLit 4:10 nkeys=1 rbrace=4:23
          type: Name 4:9 T
          elem[0]: BasicLit 4:11 Int 1
          elem[1]: KeyValueExpr 4:15
            key: Name 4:14 k
            value: Name 4:17 v
          elem[2]: CompositeLit 4:20 nkeys=0 rbrace=4:22
            type: nil
            elem[0]: BasicLit 4:21 Int 2
        sel: Name 4:25 f
      arg[0]: SliceExpr 4:28 full=false
        x: Name 4:27 s
        index[0]: BasicLit 4:29 Int 1
        index[1]: nil
        index[2]: nil
      arg[1]: Operation 4:34 op=<-
        x: Name 4:36 ch
        y: nil
      arg[2]: AssertExpr 4:41
        x: Name 4:40 x
        type: Name 4:43 int
      arg[3]: Operation 4:49 op=&
        x: CompositeLit 4:55 nkeys=1 rbrace=4:60
          type: Name 4:50 Point
          elem[0]: KeyValueExpr 4:57
            key: Name 4:56 X
            value: BasicLit 4:59 Int 1
        y: nil
  decl[2]: VarDecl 5:5 group=0
    name[0]: Name 5:5 c
    type: nil
    value[0]: CompositeLit 5:33 nkeys=0 rbrace=5:74
      type: SliceType 5:9
        elem: FuncType 5:15
          param[0]: Field 5:16
            name: nil
            type: Name 5:16 int
          result[0]: Field 5:22
            name: nil
            type: Name 5:22 int
          result[1]: Field 5:27
            name: nil
            type: Name 5:27 error
      elem[0]: FuncLit 5:34
        type: FuncType 5:38
          param[0]: Field 5:39
            name: nil
            type: Name 5:39 int
          result[0]: Field 5:45
            name: nil
            type: Name 5:45 int
          result[1]: Field 5:50
            name: nil
            type: Name 5:50 error
        body: BlockStmt 5:57 rbrace=5:73
          stmt[0]: ReturnStmt 5:59
            result[0]: BasicLit 5:66 Int 0
            result[1]: Name 5:69 nil
  decl[3]: VarDecl 6:5 group=0
    name[0]: Name 6:5 d
    type: nil
    value[0]: CallExpr 6:21 dots=false
      fun: ParenExpr 6:9
        x: ChanType 6:12 dir=2
          elem: Name 6:17 int
      arg[0]: Name 6:22 nil
)dump";

const char* kStmtSource = R"go(package p

func f(a, b int, c ...string) (r int, err error) {
	if x := g(); x > 0 {
		x++
	} else if y {
	} else {
		;
	}
	for i := 0; i < n; i += 2 {
		continue
	}
	for k, v := range m {
		ch <- k + v
	}
L:
	switch t := v.(type) {
	case int, string:
		break L
	default:
		fallthrough
	}
	select {
	case v, ok := <-c:
		go h(v, ok)
	case c <- 1:
	default:
		defer func() {}()
	}
	var z, w = 1, 2
	return z, nil
}
)go";

const char* kStmtDump = R"dump(File 1:1 eof=33:1
  package: Name 1:9 p
  decl[0]: FuncDecl 3:6
    recv: nil
    name: Name 3:6 f
    type: FuncType 3:7
      param[0]: Field 3:8
        name: Name 3:8 a
        type: Name 3:13 int
      param[1]: Field 3:11
        name: Name 3:11 b
        type: Name 3:13 int
      param[2]: Field 3:18
        name: Name 3:18 c
        type: DotsType 3:20
          elem: Name 3:23 string
      result[0]: Field 3:32
        name: Name 3:32 r
        type: Name 3:34 int
      result[1]: Field 3:39
        name: Name 3:39 err
        type: Name 3:43 error
    body: BlockStmt 3:50 rbrace=32:1
      stmt[0]: IfStmt 4:2
        init: AssignStmt 4:7 op=:=
          lhs[0]: Name 4:5 x
          rhs[0]: CallExpr 4:11 dots=false
            fun: Name 4:10 g
        cond: Operation 4:17 op=>
          x: Name 4:15 x
          y: BasicLit 4:19 Int 0
        then: BlockStmt 4:21 rbrace=6:2
          stmt[0]: AssignStmt 5:4 op=++
            lhs[0]: Name 5:3 x
        else: IfStmt 6:9
          init: nil
          cond: Name 6:12 y
          then: BlockStmt 6:14 rbrace=7:2
          else: BlockStmt 7:9 rbrace=9:2
            stmt[0]: EmptyStmt 8:3
      stmt[1]: ForStmt 10:2
        init: AssignStmt 10:8 op=:=
          lhs[0]: Name 10:6 i
          rhs[0]: BasicLit 10:11 Int 0
        cond: Operation 10:16 op=<
          x: Name 10:14 i
          y: Name 10:18 n
        post: AssignStmt 10:23 op=+=
          lhs[0]: Name 10:21 i
          rhs[0]: BasicLit 10:26 Int 2
        body: BlockStmt 10:28 rbrace=12:2
          stmt[0]: BranchStmt 11:3 continue
            label: nil
      stmt[2]: ForStmt 13:2
        init: RangeClause 13:14 def=true
          lhs[0]: Name 13:6 k
          lhs[1]: Name 13:9 v
          x: Name 13:20 m
        cond: nil
        post: nil
        body: BlockStmt 13:22 rbrace=15:2
          stmt[0]: SendStmt 14:6
            chan: Name 14:3 ch
            value: Operation 14:11 op=+
              x: Name 14:9 k
              y: Name 14:13 v
      stmt[3]: LabeledStmt 16:2
        label: Name 16:1 L
        stmt: SwitchStmt 17:2 rbrace=22:2
          init: nil
          tag: TypeSwitchGuard 17:15
            lhs: Name 17:9 t
            x: Name 17:14 v
          clause[0]: CaseClause 18:2 colon=18:18 default=false
            case[0]: Name 18:7 int
            case[1]: Name 18:12 string
            stmt[0]: BranchStmt 19:3 break
              label: Name 19:9 L
          clause[1]: CaseClause 20:2 colon=20:9 default=true
            stmt[0]: BranchStmt 21:3 fallthrough
              label: nil
      stmt[4]: SelectStmt 23:2 rbrace=29:2
        clause[0]: CommClause 24:2 colon=24:19
          comm: AssignStmt 24:13 op=:=
            lhs[0]: Name 24:7 v
            lhs[1]: Name 24:10 ok
            rhs[0]: Operation 24:16 op=<-
              x: Name 24:18 c
              y: nil
          stmt[0]: CallStmt 25:3 go
            call: CallExpr 25:7 dots=false
              fun: Name 25:6 h
              arg[0]: Name 25:8 v
              arg[1]: Name 25:11 ok
        clause[1]: CommClause 26:2 colon=26:13
          comm: SendStmt 26:9
            chan: Name 26:7 c
            value: BasicLit 26:12 Int 1
        clause[2]: CommClause 27:2 colon=27:9
          comm: nil
          stmt[0]: CallStmt 28:3 defer
            call: CallExpr 28:18 dots=false
              fun: FuncLit 28:9
                type: FuncType 28:13
                body: BlockStmt 28:16 rbrace=28:17
      stmt[5]: DeclStmt 30:2
        decl[0]: VarDecl 30:6 group=0
          name[0]: Name 30:6 z
          name[1]: Name 30:9 w
          type: nil
          value[0]: BasicLit 30:13 Int 1
          value[1]: BasicLit 30:16 Int 2
      stmt[6]: ReturnStmt 31:2
        result[0]: Name 31:9 z
        result[1]: Name 31:12 nil
)dump";

const char* kDeclSource = R"go(package p

import (
	"fmt"
	s "strings"
)

const (
	A = iota
	B
)

type (
	T struct {
		X, Y int
		*Base
		pkg.E "tag"
	}
	I interface {
		fmt.Stringer
		M(int) bool
	}
	Alias = map[string][]*T
)

func (t *T) M(x int) bool { return x > 0 }
func Decl(chan<- int, <-chan string) func()
)go";

const char* kDeclDump = R"dump(File 1:1 eof=28:1
  package: Name 1:9 p
  decl[0]: ImportDecl 4:2 group=1
    local: nil
    path: BasicLit 4:2 String "fmt"
  decl[1]: ImportDecl 5:2 group=1
    local: Name 5:2 s
    path: BasicLit 5:4 String "strings"
  decl[2]: ConstDecl 9:2 group=2
    name[0]: Name 9:2 A
    type: nil
    value[0]: Name 9:6 iota
  decl[3]: ConstDecl 10:2 group=2
    name[0]: Name 10:2 B
    type: nil
  decl[4]: TypeDecl 14:2 group=3 alias=false
    name: Name 14:2 T
    type: StructType 14:4
      field[0]: Field 15:3
        name: Name 15:3 X
        type: Name 15:8 int
      field[1]: Field 15:6
        name: Name 15:6 Y
        type: Name 15:8 int
      field[2]: Field 16:3
        name: nil
        type: Operation 16:3 op=*
          x: Name 16:4 Base
          y: nil
      field[3]: Field 17:3
        name: nil
        type: SelectorExpr 17:6
          x: Name 17:3 pkg
          sel: Name 17:7 E
      tag[3]: BasicLit 17:9 String "tag"
  decl[5]: TypeDecl 19:2 group=3 alias=false
    name: Name 19:2 I
    type: InterfaceType 19:4
      method[0]: Field 20:3
        name: nil
        type: SelectorExpr 20:6
          x: Name 20:3 fmt
          sel: Name 20:7 Stringer
      method[1]: Field 21:3
        name: Name 21:3 M
        type: FuncType 21:4
          param[0]: Field 21:5
            name: nil
            type: Name 21:5 int
          result[0]: Field 21:10
            name: nil
            type: Name 21:10 bool
  decl[6]: TypeDecl 23:2 group=3 alias=true
    name: Name 23:2 Alias
    type: MapType 23:10
      key: Name 23:14 string
      value: SliceType 23:21
        elem: Operation 23:23 op=*
          x: Name 23:24 T
          y: nil
  decl[7]: FuncDecl 26:6
    recv: Field 26:7
      name: Name 26:7 t
      type: Operation 26:9 op=*
        x: Name 26:10 T
        y: nil
    name: Name 26:13 M
    type: FuncType 26:14
      param[0]: Field 26:15
        name: Name 26:15 x
        type: Name 26:17 int
      result[0]: Field 26:22
        name: nil
        type: Name 26:22 bool
    body: BlockStmt 26:27 rbrace=26:42
      stmt[0]: ReturnStmt 26:29
        result[0]: Operation 26:38 op=>
          x: Name 26:36 x
          y: BasicLit 26:40 Int 0
  decl[8]: FuncDecl 27:6
    recv: nil
    name: Name 27:6 Decl
    type: FuncType 27:10
      param[0]: Field 27:11
        name: nil
        type: ChanType 27:11 dir=1
          elem: Name 27:18 int
      param[1]: Field 27:23
        name: nil
        type: ChanType 27:23 dir=2
          elem: Name 27:30 string
      result[0]: Field 27:38
        name: nil
        type: FuncType 27:42
    body: nil
)dump";

const char* kHeaderSource = R"go(package p

func f() {
	if x == (T{}) {
	}
	for _, v := range []T{{1}, {2}} {
	}
	switch s := struct{ a int }{1}; s.a {
	}
	if g := func() bool { return true }; g() {
	}
	for m := map[string]int{"a": 1}; len(m) > 0; {
	}
}
)go";

const char* kHeaderDump = R"dump(File 1:1 eof=15:1
  package: Name 1:9 p
  decl[0]: FuncDecl 3:6
    recv: nil
    name: Name 3:6 f
    type: FuncType 3:7
    body: BlockStmt 3:10 rbrace=14:1
      stmt[0]: IfStmt 4:2
        init: nil
        cond: Operation 4:7 op===
          x: Name 4:5 x
          y: ParenExpr 4:10
            x: CompositeLit 4:12 nkeys=0 rbrace=4:13
              type: Name 4:11 T
        then: BlockStmt 4:16 rbrace=5:2
        else: nil
      stmt[1]: ForStmt 6:2
        init: RangeClause 6:14 def=true
          lhs[0]: Name 6:6 _
          lhs[1]: Name 6:9 v
          x: CompositeLit 6:23 nkeys=0 rbrace=6:32
            type: SliceType 6:20
              elem: Name 6:22 T
            elem[0]: CompositeLit 6:24 nkeys=0 rbrace=6:26
              type: nil
              elem[0]: BasicLit 6:25 Int 1
            elem[1]: CompositeLit 6:29 nkeys=0 rbrace=6:31
              type: nil
              elem[0]: BasicLit 6:30 Int 2
        cond: nil
        post: nil
        body: BlockStmt 6:34 rbrace=7:2
      stmt[2]: SwitchStmt 8:2 rbrace=9:2
        init: AssignStmt 8:11 op=:=
          lhs[0]: Name 8:9 s
          rhs[0]: CompositeLit 8:29 nkeys=0 rbrace=8:31
            type: StructType 8:14
              field[0]: Field 8:22
                name: Name 8:22 a
                type: Name 8:24 int
            elem[0]: BasicLit 8:30 Int 1
        tag: SelectorExpr 8:35
          x: Name 8:34 s
          sel: Name 8:36 a
      stmt[3]: IfStmt 10:2
        init: AssignStmt 10:7 op=:=
          lhs[0]: Name 10:5 g
          rhs[0]: FuncLit 10:10
            type: FuncType 10:14
              result[0]: Field 10:17
                name: nil
                type: Name 10:17 bool
            body: BlockStmt 10:22 rbrace=10:36
              stmt[0]: ReturnStmt 10:24
                result[0]: Name 10:31 true
        cond: CallExpr 10:40 dots=false
          fun: Name 10:39 g
        then: BlockStmt 10:43 rbrace=11:2
        else: nil
      stmt[4]: ForStmt 12:2
        init: AssignStmt 12:8 op=:=
          lhs[0]: Name 12:6 m
          rhs[0]: CompositeLit 12:25 nkeys=1 rbrace=12:32
            type: MapType 12:11
              key: Name 12:15 string
              value: Name 12:22 int
            elem[0]: KeyValueExpr 12:29
              key: BasicLit 12:26 String "a"
              value: BasicLit 12:31 Int 1
        cond: Operation 12:42 op=>
          x: CallExpr 12:38 dots=false
            fun: Name 12:35 len
            arg[0]: Name 12:39 m
          y: BasicLit 12:44 Int 0
        post: nil
        body: BlockStmt 12:47 rbrace=13:2
)dump";

// Each body goes inside `package main; func main() { ... }` (line 4 on) and differs from a
// valid one by one mistake; the message is Go 1.19's first line for it.
const std::pair<const char*, const char*> kSyntaxErrors[] = {
    { "\tx := []int{1, 2\n\t}",
        "x.go:4:17: syntax error: unexpected newline in composite literal; possibly missing comma or }" },
    { "\tfmt.Println(\"a\"",
        "x.go:4:17: syntax error: unexpected newline in argument list; possibly missing comma or )" },
    { "\tif x := 1 {\n\t}", "x.go:4:7: syntax error: cannot use x := 1 as value" },
    { "\tif x = 2 {\n\t}", "x.go:4:7: syntax error: cannot use assignment (x) = (2) as value" },
    { "\tvar x := 1", "x.go:4:8: syntax error: unexpected :=, expecting =" },
    { "\tfor var i = 0; i < 3; i++ {\n\t}",
        "x.go:4:10: syntax error: var declaration not allowed in for initializer" },
    { "\tfor i := 0; i < 3; i := i + 1 {\n\t}",
        "x.go:4:23: syntax error: cannot declare in post statement of for loop" },
    { "\tx := 1 2", "x.go:4:9: syntax error: unexpected literal 2 at end of statement" },
    { "\tif true {\n\t}\n\telse {\n\t}", "x.go:6:2: syntax error: unexpected else, expecting }" },
    { "\tif true {\n\t} else for {\n\t}",
        "x.go:5:9: syntax error: else must be followed by if or statement block" },
    { "\tswitch x {\n\tcase 1\n\t}", "x.go:5:8: syntax error: unexpected newline, expecting :" },
    { "\tswitch x {\n\tfoo:\n\t}", "x.go:5:2: syntax error: unexpected foo, expecting case or default or }" },
    { "\tx y", "x.go:4:4: syntax error: unexpected y at end of statement" },
    { "\ta, b 1", "x.go:4:7: syntax error: unexpected literal 1, expecting := or = or comma" },
    { "\tL: )", "x.go:4:3: syntax error: missing statement after label" },
    { "\tx := T{1}\n\tif x == T{1} {\n\t}", "x.go:5:15: syntax error: unexpected { at end of statement" },
    { "\tf(a..., b)", "x.go:4:10: syntax error: unexpected b, expecting )" },
    { "\tx := a[1:2:]", "x.go:4:13: final index required in 3-index slice" },
    { "\tx = = 1", "x.go:4:6: syntax error: unexpected =, expecting expression" },
    { "\tx := 1 +\n", "x.go:6:1: syntax error: unexpected }, expecting expression" },
    { "\tfor x := range y; x < 1; x++ {\n\t}",
        "x.go:4:18: syntax error: unexpected semicolon, expecting { after for clause" },
    { "\tif x\n\t{\n\t}", "x.go:4:6: syntax error: unexpected newline, expecting { after if clause" },
    { "\tif x; {\n\t}", "x.go:4:6: syntax error: missing condition in if statement" },
    { "\tif {\n\t}", "x.go:4:5: syntax error: missing condition in if statement" },
    { "\tgo func() {}", "x.go:4:5: expression in go must be function call" },
    { "\tdefer (f())", "x.go:4:8: expression in defer must not be parenthesized" },
    { "\tvar s struct{ a int, b int }",
        "x.go:4:21: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or "
        "}" },
    { "\tx := map[string]int{\"a\": 1, \"b\" 2}",
        "x.go:4:34: syntax error: unexpected literal 2 in composite literal; possibly missing comma or }" },
    { "\tfor i := 0; i < 10 {\n\t}",
        "x.go:4:21: syntax error: unexpected {, expecting semicolon or newline" },
    { "\tswitch x; y z {\n\t}", "x.go:4:14: syntax error: missing { after switch clause" },
    { "\tx.(", "x.go:5:1: syntax error: unexpected }, expecting type" },
    { "\tx := [3]int{1,2,3}[1:2:3", "x.go:4:26: syntax error: unexpected newline, expecting ]" },
};

} // namespace

TEST_CASE("trees and positions match Go's syntax package", "[parser]")
{
    const std::pair<const char*, const char*> cases[] = {
        { kExprSource, kExprDump },
        { kStmtSource, kStmtDump },
        { kDeclSource, kDeclDump },
        { kHeaderSource, kHeaderDump },
    };
    for (const auto& [source, dump] : cases) {
        Parsed p(source);
        INFO(source);
        CHECK(p.diags.count() == 0);
        CHECK(astdump_text(p.file) == dump);
    }
}

TEST_CASE("syntax errors read as Go's", "[parser]")
{
    for (const auto& [body, want] : kSyntaxErrors) {
        std::string source = std::string("package main\n\nfunc main() {\n") + body + "\n}\n";
        INFO(source);
        Parsed p(source);
        CHECK(p.first_error() == want);
    }
}

TEST_CASE("top-level syntax errors", "[parser]")
{
    // The package clause and imports are read by the go command with go/parser first.
    CHECK(Parsed("x := 1\n").first_error() == "x.go:1:1: expected 'package', found x");
    CHECK(Parsed("x := 1\n").file->header_error);
    CHECK(Parsed("package main\nx := 1\n").first_error()
        == "x.go:2:1: syntax error: non-declaration statement outside function body");
    CHECK(Parsed("package main\nfunc main()\n{\n}\n").first_error()
        == "x.go:3:1: syntax error: unexpected semicolon or newline before {");
    CHECK(Parsed("package main\nvar x = 5 6\n").first_error()
        == "x.go:2:11: syntax error: unexpected literal 6 after top level declaration");
    CHECK(
        Parsed("package main\nimport fmt\n").first_error() == "x.go:2:11: expected 'STRING', found newline");
    CHECK(Parsed("package main\nimport 1\n").first_error() == "x.go:2:8: expected 'STRING', found 1");
    CHECK(Parsed("package main\nimport (\n\t\"fmt\" \"os\"\n)\n").first_error()
        == "x.go:3:8: expected ';', found \"os\"");
    CHECK(Parsed("package").first_error() == "x.go:1:8: expected 'IDENT', found 'EOF'");
    CHECK(!Parsed("package main\nvar x = 5 6\n").file->header_error);
    CHECK(Parsed("package main\nfunc (a, b T) f() {}\n").first_error()
        == "x.go:2:15: method has multiple receivers");
    CHECK(Parsed("package main\nfunc f(a int, string) {}\n").first_error()
        == "x.go:2:15: syntax error: mixed named and unnamed parameters");
    CHECK(Parsed("package main\nfunc f() {\n").first_error()
        == "x.go:3:1: syntax error: unexpected EOF, expecting }");
}

TEST_CASE("generics are reported as unsupported", "[parser]")
{
    CHECK(Parsed("package main\nfunc f[T any](x T) {}\n").first_error()
        == "x.go:2:7: syntax error: generic type parameters are not supported");
    CHECK(Parsed("package main\ntype L[T any] []T\n").first_error()
        == "x.go:2:10: syntax error: generic type parameters are not supported");
    CHECK(Parsed("package main\nvar x List[int]\n").first_error()
        == "x.go:2:11: syntax error: generic type parameters are not supported");
}

TEST_CASE("one syntax error per line, later lines still reported", "[parser]")
{
    Parsed p(
        "package main\n\nfunc main() {\n\tx := 1 2 3\n\ty := (\n\tz := 1\n}\n\nfunc g() {\n\tf(1 2)\n}\n");
    auto errs = p.diags.sorted();
    REQUIRE(errs.size() >= 2);
    CHECK(p.diags.format(errs[0]) == "x.go:4:9: syntax error: unexpected literal 2 at end of statement");
    bool later = false;
    for (const auto& e : errs)
        later |= p.diags.format(e)
            == "x.go:10:6: syntax error: unexpected literal 2 in argument list; possibly missing comma or )";
    CHECK(later);
}

TEST_CASE("composite literals in if, for and switch headers (LBODY)", "[parser]")
{
    // A literal of a bare type name needs parentheses in a header; other literal types do not.
    CHECK(Parsed("package p\nfunc f() {\n\tif x == (T{}) {\n\t}\n}\n").diags.count() == 0);
    CHECK(Parsed("package p\nfunc f() {\n\tfor _, v := range []T{{1}} {\n\t\t_ = v\n\t}\n}\n").diags.count()
        == 0);
    CHECK(Parsed("package p\nfunc f() {\n\tif x == T{} {\n\t}\n}\n").first_error()
        == "x.go:3:14: syntax error: unexpected { at end of statement");
    // Inside a function literal in a header, literals are free again.
    Parsed p("package p\nfunc f() {\n\tif g := func() T { return T{} }; g() == (T{}) {\n\t}\n}\n");
    CHECK(p.diags.count() == 0);
    // The body's `{` after a literal that opened with an LBODY is again the body.
    Parsed q("package p\nfunc f() {\n\tswitch s := struct{ a int }{1}; s.a {\n\tcase 1:\n\t}\n}\n");
    CHECK(q.diags.count() == 0);
    auto* fn = q.file->decls[0]->as<FuncDecl>();
    REQUIRE(fn->body->stmts.size() == 1);
    auto* sw = fn->body->stmts[0]->as<SwitchStmt>();
    REQUIRE(sw->body.size() == 1);
    CHECK(sw->tag->kind == NodeKind::SelectorExpr);
}

TEST_CASE("groups and iota", "[parser]")
{
    Parsed p("package p\nconst (\n\tA = iota\n\tB\n\tC\n)\nconst D = 1\n");
    REQUIRE(p.file->decls.size() == 4);
    auto* a = p.file->decls[0]->as<ConstDecl>();
    auto* c = p.file->decls[2]->as<ConstDecl>();
    auto* d = p.file->decls[3]->as<ConstDecl>();
    CHECK(a->group != nullptr);
    CHECK(a->group == c->group);
    CHECK(a->iota == 0);
    CHECK(c->iota == 2);
    CHECK(c->values.empty());
    CHECK(d->group == nullptr);
    CHECK(p.file->eof == vitro::support::Pos { 8, 1 });
}

TEST_CASE("deep nesting is capped with a syntax error", "[parser]")
{
    std::string deep = "package p\nvar x = " + std::string(5000, '(') + "1" + std::string(5000, ')') + "\n";
    Parsed p(deep);
    // Column 1009 is past what Go's compiler records, so like Go the message has none.
    CHECK(p.first_error() == "x.go:2: syntax error: nesting too deep (more than 1000 levels)");
    CHECK(p.diags.sorted().at(0).pos == vitro::support::Pos { 2, vitro::support::Diagnostics::kColMax });
    std::string ok = "package p\nvar x = " + std::string(900, '(') + "1" + std::string(900, ')') + "\n";
    CHECK(Parsed(ok).diags.count() == 0);
}

TEST_CASE("any input ends with diagnostics, never a crash", "[parser]")
{
    // Every prefix of a valid program, and random byte soup.
    std::string program = kStmtSource;
    for (size_t n = 0; n < program.size(); n += 3) {
        Parsed p(program.substr(0, n));
        CHECK(p.file != nullptr);
    }
    std::mt19937 rng(7);
    const char* pieces[] = { "(", ")", "{", "}", "[", "]", "if", "for", "x", ":=", "=", ",", ";", "\n",
        "func", "1", "\"s\"", "struct", "interface", "chan", "<-", "...", ".", "*", "&", "case", "switch",
        "go", "\x01", "\xff" };
    for (int round = 0; round < 200; ++round) {
        std::string s = "package p\n";
        for (int i = 0; i < 60; ++i)
            s += std::string(pieces[rng() % std::size(pieces)]) + " ";
        Parsed p(s);
        CHECK(p.file != nullptr);
        CHECK(p.diags.count() > 0);
    }
}
