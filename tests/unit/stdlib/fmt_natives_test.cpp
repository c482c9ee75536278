// tests/unit/stdlib/fmt_natives_test.cpp — fmt's formatting core and strconv's conversions as
// pure functions, against outputs of real Go 1.19 (fmt_natives_cases.inc, produced by
// fmt_natives_gen.go): floats under every verb (shortest %v, %e/%f/%g with precisions, ties,
// specials, float32), integers and strings under flags and widths, composites (slices, structs,
// %+v/%#v, pointers at top level, nil), Printf's error forms, Print/Println spacing,
// ParseInt/ParseFloat and Duration.String.
#include "gc/type.h"
#include "stdlib/fmt/format.h"
#include "stdlib/internal/types.h"
#include "stdlib/strconv/conv.h"
#include "vm/value.h"

#include <array>
#include <bit>
#include <catch2/catch.hpp>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace {

namespace fmt = vitro::stdlib::fmt;
namespace conv = vitro::stdlib::strconv;
namespace gc = vitro::gc;
namespace vm = vitro::vm;

struct FloatCase {
    const char* format;
    uint64_t bits;
    const char* expected;
};
struct Float32Case {
    const char* format;
    uint32_t bits;
    const char* expected;
};
struct IntCase {
    const char* format;
    int64_t value;
    const char* expected;
};
struct StringCase {
    const char* format;
    const char* value;
    const char* expected;
};
struct CompositeCase {
    const char* format;
    std::vector<std::string> args;
    const char* expected;
};
struct PrintCase {
    std::vector<std::string> args;
    const char* print;
    const char* println;
};
struct ParseIntCase {
    const char* input;
    int base, bits;
    int64_t value;
    const char* error;
};
struct ParseFloatCase {
    const char* input;
    const char* value; // FormatFloat(v, 'g', -1, 64)
    const char* error;
};
struct DurationCase {
    int64_t d;
    const char* expected;
};

#include "fmt_natives_cases.inc"

const uint64_t kMask0 = 1, kMaskP = 0x2, kMaskInner = 0x11;

gc::Type basic(uint64_t size, gc::Kind kind, std::string_view name, const uint64_t* mask = nullptr)
{
    gc::Type t;
    t.size = size;
    t.align = static_cast<uint32_t>(size > 8 ? 8 : size);
    t.kind = kind;
    t.name = name;
    t.ptrmask = mask;
    t.ptrdata = mask ? 8 : 0;
    if (kind == gc::Kind::Pointer)
        t.flags = gc::kTypeDirectIface;
    return t;
}

// The descriptors a compiled program would carry for the palette's types.
struct Types {
    gc::Type int_t = basic(8, gc::Kind::Int, "int");
    gc::Type int32_t_ = basic(4, gc::Kind::Int32, "int32");
    gc::Type uint8_t_ = basic(1, gc::Kind::Uint8, "uint8");
    gc::Type uint_t = basic(8, gc::Kind::Uint, "uint");
    gc::Type f64 = basic(8, gc::Kind::Float64, "float64");
    gc::Type f32 = basic(4, gc::Kind::Float32, "float32");
    gc::Type bool_t = basic(1, gc::Kind::Bool, "bool");
    gc::Type string_t = basic(16, gc::Kind::String, "string", &kMask0);
    gc::Type any_t = basic(16, gc::Kind::Interface, "interface {}");
    gc::Type int_slice = basic(24, gc::Kind::Slice, "[]int", &kMask0);
    gc::Type byte_slice = basic(24, gc::Kind::Slice, "[]uint8", &kMask0);
    gc::Type string_slice = basic(24, gc::Kind::Slice, "[]string", &kMask0);
    gc::Type int_array = basic(24, gc::Kind::Array, "[3]int");
    gc::Type p = basic(24, gc::Kind::Struct, "main.P", &kMaskP);
    gc::Type p_ptr = basic(8, gc::Kind::Pointer, "*main.P", &kMask0);
    gc::Type int_ptr = basic(8, gc::Kind::Pointer, "*int", &kMask0);
    gc::Type inner = basic(56, gc::Kind::Struct, "main.Inner", &kMaskInner);
    std::array<gc::Field, 2> p_fields { { { "X", &int_t, 0, false }, { "Y", &string_t, 8, false } } };
    std::array<gc::Field, 4> inner_fields { {
        { "A", &int_slice, 0, false },
        { "B", &int_ptr, 24, false },
        { "C", &any_t, 32, false },
        { "D", &bool_t, 48, false },
    } };

    Types()
    {
        int_slice.elem = &int_t;
        byte_slice.elem = &uint8_t_;
        string_slice.elem = &string_t;
        int_array.elem = &int_t;
        int_array.len = 3;
        p.fields = p_fields;
        p.flags |= gc::kTypeNamed;
        p_ptr.elem = &p;
        int_ptr.elem = &int_t;
        inner.fields = inner_fields;
        inner.flags |= gc::kTypeNamed;
    }
};

vm::String str(std::string_view s)
{
    return { reinterpret_cast<const uint8_t*>(s.data()), static_cast<int64_t>(s.size()) };
}

struct PStruct {
    int64_t x;
    vm::String y;
};
struct InnerStruct {
    vm::Slice a;
    int64_t* b;
    vm::Iface c;
    bool d;
};

// The palette of fmt_natives_gen.go, as values in Go's memory layout.
struct Palette {
    Types t;
    int64_t i = 42, neg = -7, three = 3;
    uint8_t u8 = 200;
    uint64_t u = 7;
    int32_t r = 'x';
    double f = 2.5;
    float f32 = 0.1f;
    bool tr = true;
    vm::String s = str("hi");
    std::array<int64_t, 3> ints { 1, 2, 3 };
    std::array<int64_t, 3> arr { 7, 8, 9 };
    std::array<int64_t, 1> four { 4 };
    std::string bytes = "hi";
    std::array<vm::String, 2> strs { str("a"), str("b c") };
    vm::Slice sl { reinterpret_cast<uint8_t*>(ints.data()), 3, 3 };
    vm::Slice bs { reinterpret_cast<uint8_t*>(bytes.data()), 2, 2 };
    vm::Slice ss { reinterpret_cast<uint8_t*>(strs.data()), 2, 2 };
    vm::Slice nilsl { nullptr, 0, 0 };
    PStruct p { 1, str("a") };
    PStruct p2 { 2, str("b") };
    PStruct* pp = &p2;
    InnerStruct inner { { reinterpret_cast<uint8_t*>(four.data()), 1, 1 }, nullptr, { &t.int_t, &three },
        true };
    InnerStruct innerx { { nullptr, 0, 0 }, nullptr, { nullptr, nullptr }, false };
    std::map<std::string, fmt::Value> values;

    Palette()
    {
        values = {
            { "i", { &t.int_t, &i } },
            { "neg", { &t.int_t, &neg } },
            { "s", { &t.string_t, &s } },
            { "f", { &t.f64, &f } },
            { "t", { &t.bool_t, &tr } },
            { "nil", { nullptr, nullptr } },
            { "u8", { &t.uint8_t_, &u8 } },
            { "r", { &t.int32_t_, &r } },
            { "sl", { &t.int_slice, &sl } },
            { "bs", { &t.byte_slice, &bs } },
            { "ss", { &t.string_slice, &ss } },
            { "p", { &t.p, &p } },
            { "pp", { &t.p_ptr, &pp } },
            { "arr", { &t.int_array, arr.data() } },
            { "nilsl", { &t.int_slice, &nilsl } },
            { "inner", { &t.inner, &inner } },
            { "innerx", { &t.inner, &innerx } },
            { "f32", { &t.f32, &f32 } },
            { "u", { &t.uint_t, &u } },
        };
    }
    std::vector<fmt::Value> args(const std::vector<std::string>& names) const
    {
        std::vector<fmt::Value> out;
        for (const auto& n : names)
            out.push_back(values.at(n));
        return out;
    }
};

} // namespace

TEST_CASE("fmt formats float64 values as Go does", "[stdlib][fmt]")
{
    gc::Type f64 = basic(8, gc::Kind::Float64, "float64");
    for (const auto& c : kFloatCases) {
        double v = std::bit_cast<double>(c.bits);
        fmt::Value arg { &f64, &v };
        INFO("format " << c.format << " value bits " << c.bits);
        CHECK(fmt::sprintf(c.format, { &arg, 1 }) == c.expected);
    }
}

TEST_CASE("fmt formats float32 values with float32 precision", "[stdlib][fmt]")
{
    gc::Type f32 = basic(4, gc::Kind::Float32, "float32");
    for (const auto& c : kFloat32Cases) {
        float v = std::bit_cast<float>(c.bits);
        fmt::Value arg { &f32, &v };
        INFO("format " << c.format << " value " << v);
        CHECK(fmt::sprintf(c.format, { &arg, 1 }) == c.expected);
    }
}

TEST_CASE("fmt formats integers under flags, widths and verbs", "[stdlib][fmt]")
{
    gc::Type int_t = basic(8, gc::Kind::Int, "int");
    for (const auto& c : kIntCases) {
        // %c of 0 is a NUL byte, which the C string of the expected output cannot hold.
        if (std::string_view(c.format) == "%c" && c.value == 0)
            continue;
        int64_t v = c.value;
        fmt::Value arg { &int_t, &v };
        INFO("format " << c.format << " value " << v);
        CHECK(fmt::sprintf(c.format, { &arg, 1 }) == c.expected);
    }
}

TEST_CASE("fmt formats strings: quoting, hex, truncation, padding", "[stdlib][fmt]")
{
    gc::Type string_t = basic(16, gc::Kind::String, "string", &kMask0);
    for (const auto& c : kStringCases) {
        vm::String v = str(c.value);
        fmt::Value arg { &string_t, &v };
        INFO("format " << c.format << " value " << c.value);
        CHECK(fmt::sprintf(c.format, { &arg, 1 }) == c.expected);
    }
}

TEST_CASE("fmt formats composites and Printf's error forms", "[stdlib][fmt]")
{
    Palette palette;
    for (const auto& c : kCompositeCases) {
        auto args = palette.args(c.args);
        INFO("format " << c.format);
        CHECK(fmt::sprintf(c.format, args) == c.expected);
    }
}

TEST_CASE("fmt Print and Println space operands as Go does", "[stdlib][fmt]")
{
    Palette palette;
    for (const auto& c : kPrintCases) {
        auto args = palette.args(c.args);
        CHECK(fmt::sprint(args) == c.print);
        CHECK(fmt::sprintln(args) == c.println);
    }
}

TEST_CASE("strconv parses integers with Go's errors", "[stdlib][strconv]")
{
    for (const auto& c : kParseIntCases) {
        conv::IntResult r = conv::parse_int(c.input, c.base, c.bits);
        std::string err;
        switch (r.err) {
        case conv::NumErr::None:
            break;
        case conv::NumErr::Syntax:
            err = "invalid syntax";
            break;
        case conv::NumErr::Range:
            err = "value out of range";
            break;
        case conv::NumErr::Base:
            err = "invalid base " + std::to_string(c.base);
            break;
        case conv::NumErr::BitSize:
            err = "invalid bit size " + std::to_string(c.bits);
            break;
        }
        INFO("input " << c.input << " base " << c.base << " bits " << c.bits);
        CHECK(r.value == c.value);
        CHECK(err == c.error);
    }
}

TEST_CASE("strconv parses floats with Go's syntax and range errors", "[stdlib][strconv]")
{
    for (const auto& c : kParseFloatCases) {
        conv::FloatResult r = conv::parse_float(c.input, 64);
        std::string text;
        conv::append_float(text, r.value, 'g', -1, 64);
        INFO("input " << c.input);
        CHECK(text == c.value);
        CHECK((r.err == conv::NumErr::None           ? ""
                      : r.err == conv::NumErr::Range ? "value out of range"
                                                     : "invalid syntax")
            == std::string(c.error));
    }
}

TEST_CASE("time's Month, Weekday and Duration print through their String methods", "[stdlib][time]")
{
    gc::Type month = basic(8, gc::Kind::Int, "time.Month");
    gc::Type weekday = basic(8, gc::Kind::Int, "time.Weekday");
    gc::Type duration = basic(8, gc::Kind::Int64, "time.Duration");
    month.flags = weekday.flags = duration.flags = gc::kTypeNamed;
    int64_t march = 3, bad_month = 13, saturday = 6, bad_day = 9, may = 5, june = 6, d = 1500000000;
    std::array<fmt::Value, 7> args { { { &month, &march }, { &month, &bad_month }, { &weekday, &saturday },
        { &weekday, &bad_day }, { &month, &may }, { &month, &june }, { &duration, &d } } };
    CHECK(fmt::sprintf("%v %v %v %v|%d %q|%v", args) == kCalendar);
}

TEST_CASE("time.Duration prints as Go's String method", "[stdlib][time]")
{
    for (const auto& c : kDurationCases)
        CHECK(fmt::duration_string(c.d) == c.expected);
}

namespace {

// A map as fmt's Env sees one: any non-null map word, entries listed in a scrambled order.
class TestMapEnv final : public fmt::Env {
public:
    std::vector<std::pair<const void*, const void*>> entries;
    void map_entries(
        const gc::Type*, const void*, std::vector<std::pair<const void*, const void*>>& out) override
    {
        out = entries;
    }
    fmt::MethodCall call_string_method(fmt::Value, std::string_view, std::string&) override
    {
        return fmt::MethodCall::Missing;
    }
    bool has_string_method(fmt::Value, std::string_view) override { return false; }
};

} // namespace

TEST_CASE("fmt prints maps with sorted keys", "[stdlib][fmt]")
{
    Types t;
    gc::Type map_si = basic(8, gc::Kind::Map, "map[string]int", &kMask0);
    map_si.key = &t.string_t;
    map_si.elem = &t.int_t;
    std::array<vm::String, 3> keys { str("b"), str("a"), str("c") };
    std::array<int64_t, 3> vals { 2, 1, 3 };
    TestMapEnv env;
    for (size_t i = 0; i < 3; i++)
        env.entries.emplace_back(&keys[i], &vals[i]);
    int dummy = 0;
    void* map_word = &dummy;
    std::array<fmt::Value, 3> args { { { &map_si, &map_word }, { &map_si, &map_word },
        { &map_si, &map_word } } };
    CHECK(fmt::sprintf("%v|%+v|%#v", args, &env) == kMapStringInt);

    gc::Type map_is = basic(8, gc::Kind::Map, "map[int]string", &kMask0);
    map_is.key = &t.int_t;
    map_is.elem = &t.string_t;
    std::array<int64_t, 3> ikeys { 3, 1, -2 };
    std::array<vm::String, 3> svals { str("c"), str("a"), str("x") };
    env.entries.clear();
    for (size_t i = 0; i < 3; i++)
        env.entries.emplace_back(&ikeys[i], &svals[i]);
    fmt::Value arg { &map_is, &map_word };
    CHECK(fmt::sprint({ &arg, 1 }, &env) == kMapIntString);

    gc::Type map_ii = basic(8, gc::Kind::Map, "map[int]int", &kMask0);
    map_ii.key = &t.int_t;
    map_ii.elem = &t.int_t;
    env.entries.clear();
    void* nil_map = nullptr;
    std::array<fmt::Value, 3> empties { { { &map_ii, &map_word }, { &map_ii, &nil_map },
        { &map_ii, &nil_map } } };
    CHECK(fmt::sprintf("%v %v %#v", empties, &env) == kMapEmpty);
}

TEST_CASE("strconv's error values print their Error text", "[stdlib][strconv]")
{
    namespace internal = vitro::stdlib::internal;
    internal::NumError e { str("Atoi"), str("x1"), internal::err_syntax() };
    void* p = &e;
    fmt::Value arg { &internal::kNumErrorPtrType, &p };
    CHECK(fmt::sprintf("%v", { &arg, 1 }) == kAtoiError);
    internal::NumError r { str("Atoi"), str("99999999999999999999"), internal::err_range() };
    p = &r;
    CHECK(fmt::sprint({ &arg, 1 }) == kAtoiRangeError);
    // %s and %q format the Error text as a string.
    CHECK(fmt::sprintf("%s|%q", std::array<fmt::Value, 2> { arg, arg }) == kAtoiRangeSQ);
}
