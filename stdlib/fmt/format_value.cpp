// stdlib/fmt/format_value.cpp — printValue: the walk over a value by its type descriptor
// (structs, arrays, slices, maps with sorted keys, pointers, interfaces), calling methods of
// nested values as Go 1.19 does. See format.h for the overview.
//
// Invariant: `readonly` is reflect's flagRO — set below an unexported struct field and kept
// through everything reached from there (elements, map entries, pointees), so that methods of
// such values are never called (Go cannot interface them).
// Go reference: src/fmt/print.go (printValue), src/internal/fmtsort/sort.go (map key order).
#include "stdlib/fmt/format.h"
#include "stdlib/fmt/load.h"
#include "stdlib/internal/types.h"
#include "vm/ops.h"
#include "vm/value.h"

#include <algorithm>
#include <cmath>

namespace vitro::stdlib::fmt {

using gc::Kind;

namespace {

// internal/fmtsort's compare: the order of map keys (-1, 0, 1).
int compare_values(Value a, Value b);

template <typename T> int three_way(T a, T b)
{
    return a < b ? -1 : a > b ? 1 : 0;
}

// NaNs compare low (fmtsort's floatCompare; NaN against NaN is 0 here so that the order stays
// a strict weak ordering — such keys print alike anyway).
int compare_floats(double x, double y)
{
    if (std::isnan(x) || std::isnan(y))
        return std::isnan(x) && !std::isnan(y) ? -1 : !std::isnan(x) && std::isnan(y) ? 1 : 0;
    return three_way(x, y);
}

// The size of the linker symbol of Go's type descriptor for t (runtime/type.go: the kind's
// type struct, the uncommon part of named types and their method table, a struct's fields).
uint64_t go_type_symbol_size(const gc::Type* t)
{
    uint64_t size = 48; // rtype
    switch (t->kind) {
    case Kind::Array:
        size += 24;
        break;
    case Kind::Chan:
        size += 16;
        break;
    case Kind::Func:
        size += 8;
        break;
    case Kind::Interface:
        size += 32 + 8 * t->methods.size();
        break;
    case Kind::Map:
        size += 32;
        break;
    case Kind::Pointer:
    case Kind::Slice:
        size += 8;
        break;
    case Kind::Struct:
        size += 32 + 24 * t->fields.size();
        break;
    default:
        break;
    }
    bool predeclared = t->kind != Kind::Array && t->kind != Kind::Chan && t->kind != Kind::Func
        && t->kind != Kind::Interface && t->kind != Kind::Map && t->kind != Kind::Pointer
        && t->kind != Kind::Slice && t->kind != Kind::Struct;
    bool has_methods = t->kind != Kind::Interface && !t->methods.empty();
    if (t->named() || predeclared || has_methods)
        size += 16 + (t->kind == Kind::Interface ? 0 : 16 * t->methods.size()); // uncommontype, methods
    return size;
}

int compare_interfaces(Value a, Value b)
{
    Value ea = interface_elem(a.type, a.ptr), eb = interface_elem(b.type, b.ptr);
    if (!ea.type || !eb.type) // nil compares low
        return ea.type ? 1 : eb.type ? -1 : 0;
    if (!vm::same_type(ea.type, eb.type)) {
        // Go compares the addresses of the type descriptors, which its linker lays out by
        // symbol size, then (in practice) by name: the same order here.
        if (int c = three_way(go_type_symbol_size(ea.type), go_type_symbol_size(eb.type)))
            return c;
        if (int c = three_way(ea.type->name, eb.type->name))
            return c;
        return three_way(ea.type, eb.type);
    }
    return compare_values(ea, eb);
}

int compare_values(Value a, Value b)
{
    const gc::Type* t = a.type;
    Kind k = t->kind;
    if (is_signed_int(k))
        return three_way(load_int(a.ptr, t->size), load_int(b.ptr, t->size));
    if (is_unsigned_int(k))
        return three_way(load_uint(a.ptr, t->size), load_uint(b.ptr, t->size));
    switch (k) {
    case Kind::String:
        return three_way(
            static_cast<const vm::String*>(a.ptr)->view(), static_cast<const vm::String*>(b.ptr)->view());
    case Kind::Float32:
    case Kind::Float64:
        return compare_floats(load_float(a.ptr, k), load_float(b.ptr, k));
    case Kind::Complex64:
    case Kind::Complex128: {
        Kind part = k == Kind::Complex64 ? Kind::Float32 : Kind::Float64;
        uint64_t half = t->size / 2;
        if (int c = compare_floats(load_float(a.ptr, part), load_float(b.ptr, part)))
            return c;
        return compare_floats(load_float(static_cast<const uint8_t*>(a.ptr) + half, part),
            load_float(static_cast<const uint8_t*>(b.ptr) + half, part));
    }
    case Kind::Bool:
        return three_way(*static_cast<const uint8_t*>(a.ptr), *static_cast<const uint8_t*>(b.ptr));
    case Kind::Pointer:
    case Kind::UnsafePointer:
    case Kind::Chan:
        return three_way(load_ptr(a.ptr), load_ptr(b.ptr));
    case Kind::Struct:
        for (const gc::Field& f : t->fields) {
            const auto* pa = static_cast<const uint8_t*>(a.ptr) + f.offset;
            const auto* pb = static_cast<const uint8_t*>(b.ptr) + f.offset;
            if (int c = compare_values({ f.type, pa }, { f.type, pb }))
                return c;
        }
        return 0;
    case Kind::Array:
        for (uint64_t i = 0; i < t->len; i++) {
            const auto* pa = static_cast<const uint8_t*>(a.ptr) + i * t->elem->size;
            const auto* pb = static_cast<const uint8_t*>(b.ptr) + i * t->elem->size;
            if (int c = compare_values({ t->elem, pa }, { t->elem, pb }))
                return c;
        }
        return 0;
    case Kind::Interface:
        return compare_interfaces(a, b);
    default:
        return 0;
    }
}

// Go's token.IsExported: the name starts with an upper-case letter (ASCII here; identifiers
// of the v1 subset that start with other letters are taken as unexported).
bool exported(std::string_view name)
{
    return !name.empty() && name[0] >= 'A' && name[0] <= 'Z';
}

} // namespace

namespace {

// Whether an `any` tab word is in fact an Itab (a non-empty interface's value passed on without
// conversion). A Type starts with its size, which no type makes 4 GiB large; an Itab starts
// with two descriptor addresses, the second of an interface type. Accepting both keeps fmt
// from reading an Itab as a type descriptor.
bool looks_like_itab(const void* tab)
{
    const auto* w = static_cast<const uint64_t*>(tab);
    constexpr uint64_t kBig = uint64_t(1) << 32;
    return w[0] >= kBig && w[1] >= kBig && reinterpret_cast<const gc::Type*>(w[1])->kind == Kind::Interface;
}

} // namespace

Value value_of_any(const vm::Iface& e)
{
    if (!e.tab)
        return { nullptr, nullptr };
    const auto* t = static_cast<const gc::Type*>(e.tab);
    if (looks_like_itab(e.tab))
        t = static_cast<const vm::Itab*>(e.tab)->type;
    return { t, (t->flags & gc::kTypeDirectIface) ? static_cast<const void*>(&e.data) : e.data };
}

bool empty_interface(const gc::Type* t)
{
    // The stdlib's own `error` descriptor (internal::kErrorType) may not count its method.
    return t->len == 0 && t->methods.empty() && t != &internal::kErrorType;
}

Value interface_elem(const gc::Type* t, const void* p)
{
    const auto* e = static_cast<const vm::Iface*>(p);
    if (!e->tab)
        return { nullptr, nullptr };
    const gc::Type* dyn = empty_interface(t) ? static_cast<const gc::Type*>(e->tab)
                                             : static_cast<const vm::Itab*>(e->tab)->type;
    const void* data = (dyn->flags & gc::kTypeDirectIface) ? static_cast<const void*>(&e->data) : e->data;
    return { dyn, data };
}

void Printer::print_value(Value v, char32_t verb, int depth, bool readonly)
{
    // Methods of nested values (printArg handled the operand's own).
    if (depth > 0 && v.type && !readonly) {
        Value m = v.type->kind == Kind::Interface ? interface_elem(v.type, v.ptr) : v;
        if (m.type) {
            set_current(m, true); // p.arg = value.Interface()
            if (handle_methods(m, verb))
                return;
        }
    }
    set_current(v, false, readonly);
    if (!v.type) {
        if (depth == 0)
            m_buf += "<invalid reflect.Value>";
        else if (verb == 'v')
            m_buf += "<nil>";
        else
            bad_verb(verb);
        return;
    }
    const gc::Type* t = v.type;
    Kind k = t->kind;
    if (is_signed_int(k)) {
        fmt_integer_verb(static_cast<uint64_t>(load_int(v.ptr, t->size)), true, verb);
        return;
    }
    if (is_unsigned_int(k)) {
        fmt_integer_verb(load_uint(v.ptr, t->size), false, verb);
        return;
    }
    switch (k) {
    case Kind::Bool:
        fmt_bool(*static_cast<const uint8_t*>(v.ptr) != 0, verb);
        return;
    case Kind::Float32:
        fmt_float_verb(load_float(v.ptr, k), 32, verb);
        return;
    case Kind::Float64:
        fmt_float_verb(load_float(v.ptr, k), 64, verb);
        return;
    case Kind::Complex64:
    case Kind::Complex128:
        print_complex(v, verb);
        return;
    case Kind::String:
        fmt_string_verb(static_cast<const vm::String*>(v.ptr)->view(), verb);
        return;
    case Kind::Map:
        print_map(v, verb, depth, readonly);
        return;
    case Kind::Struct:
        print_struct(v, verb, depth, readonly);
        return;
    case Kind::Interface:
        print_interface(v, verb, depth, readonly);
        return;
    case Kind::Array:
    case Kind::Slice:
        print_list(v, verb, depth, readonly);
        return;
    case Kind::Pointer:
        print_pointer(v, verb, depth, readonly);
        return;
    case Kind::Chan:
    case Kind::Func:
    case Kind::UnsafePointer:
        fmt_pointer(v, verb);
        return;
    default:
        m_buf += '?';
        m_buf += t->name;
        m_buf += '?';
        return;
    }
}

void Printer::print_complex(Value v, char32_t verb)
{
    const gc::Type* t = v.type;
    bool c64 = t->kind == Kind::Complex64;
    if (verb != 'v' && verb != 'b' && verb != 'g' && verb != 'G' && verb != 'x' && verb != 'X' && verb != 'f'
        && verb != 'F' && verb != 'e' && verb != 'E') {
        bad_verb(verb);
        return;
    }
    Kind part = c64 ? Kind::Float32 : Kind::Float64;
    bool old_plus = m_flags.plus;
    m_buf += '(';
    fmt_float_verb(load_float(v.ptr, part), c64 ? 32 : 64, verb);
    m_flags.plus = true; // the imaginary part always has a sign
    const void* im = static_cast<const uint8_t*>(v.ptr) + t->size / 2;
    fmt_float_verb(load_float(im, part), c64 ? 32 : 64, verb);
    m_buf += "i)";
    m_flags.plus = old_plus;
}

void Printer::print_interface(Value v, char32_t verb, int depth, bool readonly)
{
    Value e = interface_elem(v.type, v.ptr);
    if (e.type) {
        print_value(e, verb, depth + 1, readonly);
    } else if (m_flags.sharp_v) {
        m_buf += v.type->name;
        m_buf += "(nil)";
    } else {
        m_buf += "<nil>";
    }
}

// A pointer to an array, slice, struct or map prints as &value at top level only (deeper, an
// address: that avoids cycles).
void Printer::print_pointer(Value v, char32_t verb, int depth, bool readonly)
{
    const void* p = load_ptr(v.ptr);
    Kind ek = v.type->elem ? v.type->elem->kind : Kind::Invalid;
    if (depth == 0 && p
        && (ek == Kind::Array || ek == Kind::Slice || ek == Kind::Struct || ek == Kind::Map)) {
        m_buf += '&';
        print_value({ v.type->elem, p }, verb, depth + 1, readonly);
        return;
    }
    fmt_pointer(v, verb);
}

void Printer::print_map(Value v, char32_t verb, int depth, bool readonly)
{
    const gc::Type* t = v.type;
    const void* map = load_ptr(v.ptr);
    if (m_flags.sharp_v) {
        m_buf += t->name;
        if (!map) {
            m_buf += "(nil)";
            return;
        }
        m_buf += '{';
    } else {
        m_buf += "map[";
    }
    std::vector<std::pair<const void*, const void*>> entries;
    if (map && m_env)
        m_env->map_entries(t, map, entries);
    std::stable_sort(entries.begin(), entries.end(), [t](const auto& a, const auto& b) {
        return compare_values({ t->key, a.first }, { t->key, b.first }) < 0;
    });
    for (size_t i = 0; i < entries.size(); i++) {
        if (i > 0)
            m_buf += m_flags.sharp_v ? ", " : " ";
        print_value({ t->key, entries[i].first }, verb, depth + 1, readonly);
        m_buf += ':';
        print_value({ t->elem, entries[i].second }, verb, depth + 1, readonly);
    }
    m_buf += m_flags.sharp_v ? '}' : ']';
}

void Printer::print_struct(Value v, char32_t verb, int depth, bool readonly)
{
    if (m_flags.sharp_v)
        m_buf += v.type->name;
    m_buf += '{';
    bool first = true;
    for (const gc::Field& f : v.type->fields) {
        if (!first)
            m_buf += m_flags.sharp_v ? ", " : " ";
        first = false;
        if (m_flags.plus_v || m_flags.sharp_v) {
            m_buf += f.name;
            m_buf += ':';
        }
        Value field { f.type, static_cast<const uint8_t*>(v.ptr) + f.offset };
        print_value(field, verb, depth + 1, readonly || !exported(f.name));
    }
    m_buf += '}';
}

void Printer::print_list(Value v, char32_t verb, int depth, bool readonly)
{
    const gc::Type* t = v.type;
    const gc::Type* elem = t->elem;
    const uint8_t* base;
    int64_t len;
    bool is_nil = false;
    if (t->kind == Kind::Slice) {
        const auto* s = static_cast<const vm::Slice*>(v.ptr);
        base = s->ptr, len = s->len, is_nil = s->ptr == nullptr;
    } else {
        base = static_cast<const uint8_t*>(v.ptr), len = static_cast<int64_t>(t->len);
    }
    if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && elem->kind == Kind::Uint8) {
        fmt_bytes({ reinterpret_cast<const char*>(base), static_cast<size_t>(len) }, verb);
        return;
    }
    if (m_flags.sharp_v) {
        m_buf += t->name;
        if (is_nil) {
            m_buf += "(nil)";
            return;
        }
        m_buf += '{';
    } else {
        m_buf += '[';
    }
    for (int64_t i = 0; i < len; i++) {
        if (i > 0)
            m_buf += m_flags.sharp_v ? ", " : " ";
        print_value({ elem, base + static_cast<uint64_t>(i) * elem->size }, verb, depth + 1, readonly);
    }
    m_buf += m_flags.sharp_v ? '}' : ']';
}

} // namespace vitro::stdlib::fmt
