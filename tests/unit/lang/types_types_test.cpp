// tests/unit/lang/types_types_test.cpp — the checker's type representation without parsing:
// the universe, identity, predicates, method sets and type strings.
#include "lang/types/checker.h"

#include <catch2/catch.hpp>

namespace vitro::lang::types {

// Builds types by hand around a Checker for an empty package.
struct TypesFixture {
    support::Arena arena;
    TableImporter importer;
    Context ctx { arena, importer, make_universe(arena), {} };
    Scope* scope = arena.make<Scope>(ctx.universe->scope, false);
    Package* pkg = arena.make<Package>("main", "main", scope);
    File* file = arena.make<File>(Pos { 1, 1 });
    support::Diagnostics diags { "t.go" };
    Checker check { ctx, pkg, file, diags, true };

    Type* basic(BasicKind k) { return ctx.universe->typ(k); }
    Type* lookup_type(std::string_view name) { return ctx.universe->scope->lookup(name)->type; }
    Named* named(std::string_view name, Type* underlying)
    {
        auto* obj = arena.make<TypeName>(Pos { 1, 1 }, pkg, name, nullptr);
        auto* n = arena.make<Named>(obj);
        obj->type = n;
        n->underlying = underlying;
        n->from_rhs = underlying;
        return n;
    }
    Func* method(std::string_view name, Type* recv, std::vector<Type*> params, std::vector<Type*> results)
    {
        auto* sig = arena.make<Signature>();
        sig->recv = arena.make<Var>(Pos {}, pkg, "", recv);
        sig->params = arena.make<Tuple>();
        for (Type* t : params)
            sig->params->vars.push_back(arena.make<Var>(Pos {}, pkg, "", t));
        sig->results = arena.make<Tuple>();
        for (Type* t : results)
            sig->results->vars.push_back(arena.make<Var>(Pos {}, pkg, "", t));
        return arena.make<Func>(Pos {}, pkg, name, sig);
    }
    Interface* iface(std::vector<Func*> methods)
    {
        auto* it = arena.make<Interface>();
        it->methods = std::move(methods);
        sort_methods(it->methods);
        return it;
    }
};

TEST_CASE("universe declares Go's predeclared types", "[types]")
{
    TypesFixture f;
    CHECK(f.lookup_type("int") == f.basic(BasicKind::Int));
    CHECK(identical(f.lookup_type("byte"), f.basic(BasicKind::Uint8)));
    CHECK(identical(f.lookup_type("rune"), f.basic(BasicKind::Int32)));
    CHECK(f.check.type_string(f.lookup_type("byte")) == "byte");
    CHECK(f.check.type_string(f.lookup_type("any")) == "any");
    CHECK(f.check.type_string(f.lookup_type("error")) == "error");
    CHECK(f.ctx.universe->scope->lookup("nil")->kind() == ObjectKind::Nil);
    CHECK(f.ctx.universe->scope->lookup("iota")->kind() == ObjectKind::Const);
    for (const char* b : { "append", "cap", "clear", "close", "copy", "delete", "len", "make", "max", "min",
             "new", "panic", "print", "println", "recover" })
        CHECK(f.ctx.universe->scope->lookup(b)->kind() == ObjectKind::Builtin);
    CHECK(f.ctx.universe->scope->lookup("comparable") == nullptr);
}

TEST_CASE("type identity is structural except for named types", "[types]")
{
    TypesFixture f;
    Type* i = f.basic(BasicKind::Int);
    Type* s1 = f.arena.make<Slice>(i);
    Type* s2 = f.arena.make<Slice>(i);
    CHECK(identical(s1, s2));
    CHECK_FALSE(identical(s1, f.arena.make<Slice>(f.basic(BasicKind::String))));
    CHECK(identical(f.arena.make<Map>(i, s1), f.arena.make<Map>(i, s2)));
    CHECK_FALSE(identical(f.arena.make<Array>(i, 3), f.arena.make<Array>(i, 4)));
    CHECK_FALSE(identical(f.arena.make<Chan>(ChanDir::Send, i), f.arena.make<Chan>(ChanDir::Both, i)));
    Named* a = f.named("A", i);
    Named* b = f.named("B", i);
    CHECK_FALSE(identical(a, b));
    CHECK_FALSE(identical(a, i));
    CHECK(identical(under(a), under(b)));
}

TEST_CASE("comparability and nil-ability follow the spec", "[types]")
{
    TypesFixture f;
    Type* i = f.basic(BasicKind::Int);
    auto* st = f.arena.make<Struct>();
    st->fields.push_back(f.arena.make<Var>(Pos {}, f.pkg, "s", f.arena.make<Slice>(i)));
    CHECK(comparable(i));
    CHECK_FALSE(comparable(st));
    CHECK_FALSE(comparable(f.arena.make<Map>(i, i)));
    CHECK(comparable(f.arena.make<Array>(f.arena.make<Pointer>(i), 2)));
    CHECK(has_nil(f.arena.make<Slice>(i)));
    CHECK_FALSE(has_nil(i));
    CHECK(has_nil(f.lookup_type("error")));
}

TEST_CASE("type strings match types2's spelling", "[types]")
{
    TypesFixture f;
    Type* i = f.basic(BasicKind::Int);
    Type* s = f.basic(BasicKind::String);
    auto* recv_only = f.arena.make<Chan>(ChanDir::Recv, i);
    CHECK(f.check.type_string(f.arena.make<Chan>(ChanDir::Both, recv_only)) == "chan (<-chan int)");
    CHECK(f.check.type_string(f.arena.make<Map>(s, f.arena.make<Slice>(f.arena.make<Pointer>(i))))
        == "map[string][]*int");
    auto* sig = f.arena.make<Signature>();
    sig->params = f.arena.make<Tuple>();
    sig->params->vars.push_back(f.arena.make<Var>(Pos {}, f.pkg, "a", i));
    sig->params->vars.push_back(f.arena.make<Var>(Pos {}, f.pkg, "b", f.arena.make<Slice>(s)));
    sig->variadic = true;
    sig->results = f.arena.make<Tuple>();
    sig->results->vars.push_back(f.arena.make<Var>(Pos {}, f.pkg, "", f.lookup_type("error")));
    CHECK(f.check.type_string(sig) == "func(a int, b ...string) error");
    auto* st = f.arena.make<Struct>();
    st->fields.push_back(f.arena.make<Var>(Pos {}, f.pkg, "X", i));
    st->fields.push_back(f.arena.make<Var>(Pos {}, f.pkg, "Y", s));
    CHECK(f.check.type_string(st) == "struct{X int; Y string}");
    CHECK(f.check.type_string(f.arena.make<Interface>()) == "interface{}");
}

TEST_CASE("method sets: pointer receivers and interface satisfaction", "[types]")
{
    TypesFixture f;
    auto* st = f.arena.make<Struct>();
    st->complete = true;
    Named* t = f.named("T", st);
    Type* pt = f.arena.make<Pointer>(t);
    Func* m = f.method("M", pt, {}, {});
    m->ptr_recv_hint = true;
    t->methods.push_back(m);
    Interface* i = f.iface({ f.method("M", nullptr, {}, {}) });

    Func* alt = nullptr;
    CHECK(f.check.lookup_field_or_method(pt, false, f.pkg, "M").obj == m);
    auto r = f.check.lookup_field_or_method(t, false, f.pkg, "M");
    CHECK(r.obj == nullptr);
    CHECK(r.indirect); // "cannot call pointer method M on T"
    CHECK(f.check.lookup_field_or_method(t, true, f.pkg, "M").obj == m); // addressable
    (void)alt;
    CHECK(f.check.implements(pt, i).empty());
    CHECK(f.check.implements(t, i) == "T does not implement interface{M()} (M method has pointer receiver)");
    Interface* j = f.iface({ f.method("N", nullptr, {}, {}) });
    CHECK(f.check.implements(pt, j) == "*T does not implement interface{N()} (missing N method)");
}

TEST_CASE("promoted fields record their embedding path; ambiguity is detected", "[types]")
{
    TypesFixture f;
    Type* i = f.basic(BasicKind::Int);
    auto make_struct = [&](std::vector<Var*> fields) {
        auto* s = f.arena.make<Struct>();
        s->fields = std::move(fields);
        s->complete = true;
        return s;
    };
    Named* a = f.named("A", make_struct({ f.arena.make<Var>(Pos {}, f.pkg, "X", i) }));
    Named* b = f.named("B", make_struct({ f.arena.make<Var>(Pos {}, f.pkg, "X", i) }));
    auto embed = [&](Type* t, std::string_view name) {
        auto* v = f.arena.make<Var>(Pos {}, f.pkg, name, t);
        v->embedded = true;
        return v;
    };
    Named* one = f.named("One", make_struct({ f.arena.make<Var>(Pos {}, f.pkg, "Y", i), embed(a, "A") }));
    auto r = f.check.lookup_field_or_method(one, false, f.pkg, "X");
    REQUIRE(r.obj != nullptr);
    CHECK(r.index == std::vector<int> { 1, 0 });
    Named* both = f.named("Both", make_struct({ embed(a, "A"), embed(b, "B") }));
    auto amb = f.check.lookup_field_or_method(both, false, f.pkg, "X");
    CHECK(amb.obj == nullptr);
    CHECK_FALSE(amb.index.empty()); // ambiguous selector
}

} // namespace vitro::lang::types
