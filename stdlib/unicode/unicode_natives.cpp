// stdlib/unicode/unicode_natives.cpp — package unicode's classification and case functions.
//
// All of them are lookups in Go's Unicode 13.0 tables (support/unicode.h, generated from Go's
// unicode package by tools/gen_unicode). The RangeTable variables (unicode.Letter, unicode.Han...)
// and Is/In/IsOneOf are in rangetables.cpp.
// Go reference: src/unicode/graphic.go, letter.go.
#include "stdlib/natives.h"
#include "support/unicode.h"

namespace vitro::stdlib::unicode_pkg {

void register_rangetables(vm::NativeRegistry& r);

namespace {

namespace uc = vitro::support::unicode;

int32_t rune_arg(vm::NativeCall& call, int i)
{
    return static_cast<int32_t>(call.int_arg(i));
}

template <bool (*F)(int32_t)> void predicate(vm::NativeCall& call)
{
    call.set_int(0, F(rune_arg(call, 0)) ? 1 : 0);
}

template <int32_t (*F)(int32_t)> void mapping(vm::NativeCall& call)
{
    call.set_int(0, F(rune_arg(call, 0)));
}

// unicode.To(_case, r).
void To(vm::NativeCall& call)
{
    int64_t c = call.int_arg(0);
    int32_t r = rune_arg(call, 1);
    int32_t out = uc::kReplacementChar;
    if (c == 0)
        out = uc::to_upper(r);
    else if (c == 1)
        out = uc::to_lower(r);
    else if (c == 2)
        out = uc::to_title(r);
    call.set_int(0, out);
}

} // namespace

} // namespace vitro::stdlib::unicode_pkg

namespace vitro::stdlib {

void register_unicode(vm::NativeRegistry& r)
{
    using namespace unicode_pkg;
    register_rangetables(r);
    namespace uc = vitro::support::unicode;
    r.add("unicode.IsLetter", predicate<uc::is_letter>);
    r.add("unicode.IsUpper", predicate<uc::is_upper>);
    r.add("unicode.IsLower", predicate<uc::is_lower>);
    r.add("unicode.IsTitle", predicate<uc::is_title>);
    r.add("unicode.IsMark", predicate<uc::is_mark>);
    r.add("unicode.IsNumber", predicate<uc::is_number>);
    r.add("unicode.IsDigit", predicate<uc::is_digit>);
    r.add("unicode.IsPunct", predicate<uc::is_punct>);
    r.add("unicode.IsSymbol", predicate<uc::is_symbol>);
    r.add("unicode.IsSpace", predicate<uc::is_space>);
    r.add("unicode.IsControl", predicate<uc::is_control>);
    r.add("unicode.IsGraphic", predicate<uc::is_graphic>);
    r.add("unicode.IsPrint", predicate<uc::is_print>);
    r.add("unicode.ToUpper", mapping<uc::to_upper>);
    r.add("unicode.ToLower", mapping<uc::to_lower>);
    r.add("unicode.ToTitle", mapping<uc::to_title>);
    r.add("unicode.SimpleFold", mapping<uc::simple_fold>);
    r.add("unicode.To", To);
}

} // namespace vitro::stdlib
