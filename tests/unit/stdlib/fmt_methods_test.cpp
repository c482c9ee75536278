// tests/unit/stdlib/fmt_methods_test.cpp — fmt's handleMethods rules in the formatting core,
// with a fake Env standing in for the VM: String/Error/GoString are called only for the verbs
// that take strings, Error wins over String, unexported fields print without methods, a
// panicking method prints %!v(PANIC=String method: ...) (or <nil> for a nil pointer receiver,
// nothing for panic(nil)), and Errorf's %w accepts one error operand. Expected strings are
// Go 1.19's (tests/golden/stdlib/fmt_stringer_methods.go, fmt_method_panics.go and
// fmt_errorf_verbs.go print the same cases).
#include "gc/type.h"
#include "stdlib/fmt/format.h"
#include "vm/value.h"

#include <array>
#include <catch2/catch.hpp>
#include <cstdint>
#include <cstring>
#include <string>

namespace {

namespace fmt = vitro::stdlib::fmt;
namespace gc = vitro::gc;

gc::Type named(uint64_t size, gc::Kind kind, std::string_view name)
{
    gc::Type t;
    t.size = size;
    t.align = static_cast<uint32_t>(size < 8 ? size : 8);
    t.kind = kind;
    t.flags = gc::kTypeNamed | gc::kTypeComparable;
    t.name = name;
    return t;
}

// main.Color (String), main.Code (Error and String), main.Boom (String panics), main.Quiet
// (panic(nil)), *main.Node (String that panics on a nil receiver), main.Go (GoString, String).
class MethodEnv final : public fmt::Env {
public:
    void map_entries(const gc::Type*, const void*, std::vector<std::pair<const void*, const void*>>&) override
    {
    }
    fmt::MethodCall call_string_method(fmt::Value v, std::string_view name, std::string& out) override
    {
        std::string_view t = v.type->name;
        int64_t n = 0;
        if (v.type->kind == gc::Kind::Int)
            std::memcpy(&n, v.ptr, 8);
        if (t == "main.Color" && name == "String") {
            static constexpr std::array<const char*, 3> kNames { "Red", "Green", "Blue" };
            out = n >= 0 && n < 3 ? kNames[static_cast<size_t>(n)] : "Color(" + std::to_string(n) + ")";
            return fmt::MethodCall::Returned;
        }
        if (t == "main.Code" && (name == "Error" || name == "String")) {
            out = name == "Error" ? "code " + std::to_string(n) : "never";
            return fmt::MethodCall::Returned;
        }
        if (t == "main.Boom" && name == "String") {
            out = "boom";
            return fmt::MethodCall::Panicked;
        }
        if (t == "main.Quiet" && name == "String")
            return fmt::MethodCall::PanickedNil;
        if (t == "*main.Node" && name == "String") {
            void* p;
            std::memcpy(&p, v.ptr, 8);
            out = p ? "node" : "runtime error: invalid memory address or nil pointer dereference";
            return p ? fmt::MethodCall::Returned : fmt::MethodCall::Panicked;
        }
        if (t == "main.Go" && (name == "GoString" || name == "String")) {
            out = name == "GoString" ? "Go{" + std::to_string(n) + "}" : "go-string";
            return fmt::MethodCall::Returned;
        }
        return fmt::MethodCall::Missing;
    }
    bool has_string_method(fmt::Value v, std::string_view name) override
    {
        return name == "Error" && v.type->name == "main.Code";
    }
};

struct MethodTypes {
    gc::Type color = named(8, gc::Kind::Int, "main.Color");
    gc::Type code = named(8, gc::Kind::Int, "main.Code");
    gc::Type boom = named(8, gc::Kind::Int, "main.Boom");
    gc::Type quiet = named(8, gc::Kind::Int, "main.Quiet");
    gc::Type go = named(8, gc::Kind::Int, "main.Go");
    gc::Type node = named(8, gc::Kind::Struct, "main.Node");
    gc::Type node_ptr = named(8, gc::Kind::Pointer, "*main.Node");
    gc::Type shape = named(16, gc::Kind::Struct, "main.Shape");
    gc::Type color_slice = named(24, gc::Kind::Slice, "[]main.Color");
    std::array<gc::Field, 2> shape_fields { { { "C", &color, 0, false }, { "hidden", &color, 8, false } } };

    MethodTypes()
    {
        node_ptr.flags = gc::kTypeComparable | gc::kTypeDirectIface;
        node_ptr.elem = &node;
        shape.fields = shape_fields;
        color_slice.flags = 0;
        color_slice.elem = &color;
    }
};

} // namespace

TEST_CASE("fmt calls String and Error for the verbs that take strings", "[stdlib][fmt]")
{
    MethodTypes t;
    MethodEnv env;
    int64_t green = 1, blue = 2, seven = 7, code = 4;
    std::array<fmt::Value, 9> args { { { &t.color, &green }, { &t.color, &green }, { &t.color, &green },
        { &t.color, &green }, { &t.color, &green }, { &t.color, &green }, { &t.color, &blue },
        { &t.color, &seven }, { &t.code, &code } } };
    CHECK(fmt::sprintf("%v %s %d %x %X %q %-6v|%v %v", args, &env)
        == "Green Green 1 477265656e 477265656E \"Green\" Blue  |Color(7) code 4");

    // Nested values: exported fields and elements use their methods, unexported fields do not.
    int64_t shape[2] = { 1, 2 };
    std::array<int64_t, 2> colors { 0, 2 };
    vitro::vm::Slice slice { reinterpret_cast<uint8_t*>(colors.data()), 2, 2 };
    std::array<fmt::Value, 4> nested { { { &t.shape, shape }, { &t.shape, shape }, { &t.shape, shape },
        { &t.color_slice, &slice } } };
    CHECK(fmt::sprintf("%v %+v %d %v", nested, &env) == "{Green 2} {C:Green hidden:2} {1 2} [Red Blue]");
}

TEST_CASE("fmt prints panicking methods as catchPanic does", "[stdlib][fmt]")
{
    MethodTypes t;
    MethodEnv env;
    int64_t zero = 0;
    void* nil = nullptr;
    int64_t node_storage = 0;
    void* node = &node_storage;
    std::array<fmt::Value, 6> args { { { &t.boom, &zero }, { &t.boom, &zero }, { &t.boom, &zero },
        { &t.quiet, &zero }, { &t.node_ptr, &nil }, { &t.node_ptr, &node } } };
    CHECK(fmt::sprintf("%v|%s|%d|%5v|%v|%v", args, &env)
        == "%!v(PANIC=String method: boom)|%!s(PANIC=String method: boom)|0||<nil>|node");
}

TEST_CASE("fmt uses GoString only under %#v", "[stdlib][fmt]")
{
    MethodTypes t;
    MethodEnv env;
    int64_t a = 1, b = 2;
    std::array<fmt::Value, 3> args { { { &t.go, &a }, { &t.go, &b }, { &t.go, &a } } };
    CHECK(fmt::sprintf("%v|%#v|%+v", args, &env) == "go-string|Go{2}|go-string");
}

TEST_CASE("Errorf's %w takes one error operand", "[stdlib][fmt]")
{
    MethodTypes t;
    MethodEnv env;
    int64_t code = 3, num = 42;
    gc::Type int_t = named(8, gc::Kind::Int, "int");
    int_t.flags = gc::kTypeComparable;
    std::array<fmt::Value, 2> one { { { &t.code, &code }, { &int_t, &num } } };
    fmt::Printer p(&env);
    p.set_wrap_errors(true);
    p.printf("a %w b %w", one);
    CHECK(p.buffer() == "a code 3 b %!w(int=42)");
    // An int operand takes printArg's fast path: %w is a bad verb there, and the error wrapped
    // first stays (a second error operand would drop it, as in fmt_errorf_verbs.go).
    CHECK(p.wrapped_error().type == &t.code);

    fmt::Printer q(&env);
    q.set_wrap_errors(true);
    q.printf("x: %w", std::span<const fmt::Value>(one.data(), 1));
    CHECK(q.buffer() == "x: code 3");
    CHECK(q.wrapped_error().type == &t.code);

    CHECK(fmt::sprintf("%w", std::span<const fmt::Value>(one.data(), 1), &env) == "%!w(main.Code=3)");
}
