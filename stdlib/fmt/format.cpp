// stdlib/fmt/format.cpp — Printf's format parsing, Print/Println spacing, printArg and the
// printValue walk over composite values (see format.h for the overview).
//
// Go reference: src/fmt/print.go (doPrintf, doPrint, doPrintln, printArg, printValue,
// handleMethods, badVerb, argNumber, intFromArg), src/internal/fmtsort/sort.go (map key order).
#include "stdlib/fmt/format.h"

#include "stdlib/internal/types.h"
#include "stdlib/strconv/conv.h"
#include "vm/value.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace vitro::stdlib::fmt {

namespace conv = vitro::stdlib::strconv;
using gc::Kind;

namespace {

bool is_signed_int(Kind k)
{
    return k >= Kind::Int && k <= Kind::Int64;
}

bool is_unsigned_int(Kind k)
{
    return k >= Kind::Uint && k <= Kind::Uintptr;
}

int64_t load_int(const void* p, uint64_t size)
{
    switch (size) {
    case 1:
        return *static_cast<const int8_t*>(p);
    case 2: {
        int16_t v;
        std::memcpy(&v, p, 2);
        return v;
    }
    case 4: {
        int32_t v;
        std::memcpy(&v, p, 4);
        return v;
    }
    default: {
        int64_t v;
        std::memcpy(&v, p, 8);
        return v;
    }
    }
}

uint64_t load_uint(const void* p, uint64_t size)
{
    uint64_t v = 0;
    std::memcpy(&v, p, size); // little-endian: the low bytes
    return v;
}

double load_float(const void* p, Kind k)
{
    if (k == Kind::Float32) {
        float f;
        std::memcpy(&f, p, 4);
        return f;
    }
    double d;
    std::memcpy(&d, p, 8);
    return d;
}

const void* load_ptr(const void* p)
{
    const void* v;
    std::memcpy(&v, p, 8);
    return v;
}

// Whether an interface type's tab word is a bare type descriptor (empty interface) or an Itab:
// interface descriptors list their methods (vm/value.h), none for empty ones.
bool empty_interface(const gc::Type* t)
{
    return t->methods.empty();
}

// The dynamic value held by the interface value at `p` of interface type `t`.
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

bool too_large(int64_t x)
{
    return x > 1000000 || x < -1000000;
}

// parsenum: a decimal number in s[start, end); false if there is none or it is absurdly large.
bool parse_num(std::string_view s, size_t start, size_t end, int& num, size_t& next)
{
    num = 0;
    next = start;
    bool isnum = false;
    if (start >= end) {
        next = end;
        return false;
    }
    for (; next < end && s[next] >= '0' && s[next] <= '9'; next++) {
        if (too_large(num)) {
            next = end;
            num = 0;
            return false;
        }
        num = num * 10 + (s[next] - '0');
        isnum = true;
    }
    return isnum;
}

// intFromArg: a '*' width or precision argument.
bool int_from_arg(std::span<const Value> args, size_t& arg_num, int& num)
{
    num = 0;
    if (arg_num >= args.size())
        return false;
    Value a = args[arg_num++];
    bool is_int = false;
    if (a.type && is_signed_int(a.type->kind)) {
        int64_t n = load_int(a.ptr, a.type->size);
        num = static_cast<int>(n), is_int = true;
        if (too_large(n))
            num = 0, is_int = false;
    } else if (a.type && is_unsigned_int(a.type->kind)) {
        uint64_t n = load_uint(a.ptr, a.type->size);
        num = static_cast<int>(n), is_int = n <= 1000000;
        if (!is_int)
            num = 0;
    }
    return is_int;
}

// internal/fmtsort's compare: the order of map keys.
int compare_values(Value a, Value b);

int compare_interfaces(Value a, Value b)
{
    Value ea = interface_elem(a.type, a.ptr), eb = interface_elem(b.type, b.ptr);
    if (!ea.type || !eb.type)
        return ea.type ? 1 : eb.type ? -1 : 0;
    if (ea.type != eb.type)
        return ea.type < eb.type ? -1 : 1;
    return compare_values(ea, eb);
}

template <typename T> int three_way(T a, T b)
{
    return a < b ? -1 : a > b ? 1 : 0;
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
    case Kind::Float64: {
        double x = load_float(a.ptr, k), y = load_float(b.ptr, k);
        if (std::isnan(x) || std::isnan(y))
            return std::isnan(x) && !std::isnan(y) ? -1 : !std::isnan(x) && std::isnan(y) ? 1 : 0;
        return three_way(x, y);
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

// time.Month.String and time.Weekday.String (src/time/time.go).
std::string calendar_name(std::string_view type, int64_t n)
{
    static constexpr std::string_view kMonths[] = { "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December" };
    static constexpr std::string_view kDays[]
        = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
    bool month = type == "time.Month";
    if (month && n >= 1 && n <= 12)
        return std::string(kMonths[n - 1]);
    if (!month && n >= 0 && n <= 6)
        return std::string(kDays[n]);
    return std::string(month ? "%!Month(" : "%!Weekday(") + std::to_string(n) + ")";
}

} // namespace

Value value_of_any(const vm::Iface& e)
{
    if (!e.tab)
        return { nullptr, nullptr };
    const auto* t = static_cast<const gc::Type*>(e.tab);
    return { t, (t->flags & gc::kTypeDirectIface) ? static_cast<const void*>(&e.data) : e.data };
}

void Printer::bad_verb(char32_t verb)
{
    m_erroring = true;
    m_buf += "%!";
    write_rune(verb);
    m_buf += '(';
    if (m_current.type) {
        m_buf += m_current.type->name;
        m_buf += '=';
        print_arg(m_current, 'v');
    } else {
        m_buf += "<nil>";
    }
    m_buf += ')';
    m_erroring = false;
}

bool Printer::handle_methods(Value v, char32_t verb)
{
    if (m_erroring)
        return false;
    // Methods implemented natively by the standard library: error values and time.Duration.
    bool stringish = verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q';
    if (stringish && !m_flags.sharp_v) {
        std::string text;
        if (v.type->kind == Kind::Pointer && load_ptr(v.ptr)
            && internal::error_text(v.type, load_ptr(v.ptr), text)) {
            fmt_string_verb(text, verb);
            return true;
        }
        if (v.type->kind == Kind::Int64 && v.type->name == "time.Duration") {
            fmt_string_verb(duration_string(load_int(v.ptr, 8)), verb);
            return true;
        }
        if (v.type->kind == Kind::Int && (v.type->name == "time.Month" || v.type->name == "time.Weekday")) {
            fmt_string_verb(calendar_name(v.type->name, load_int(v.ptr, 8)), verb);
            return true;
        }
    }
    return m_env && m_env->handle_methods(*this, v, verb);
}

void Printer::print_arg(Value arg, char32_t verb)
{
    m_current = arg;
    if (!arg.type) {
        if (verb == 'T' || verb == 'v')
            pad("<nil>");
        else
            bad_verb(verb);
        return;
    }
    if (verb == 'T') {
        fmt_s(arg.type->name);
        return;
    }
    if (verb == 'p') {
        fmt_pointer(arg, 'p');
        return;
    }
    // Unnamed basic types have no methods (print.go's type switch fast path).
    Kind k = arg.type->kind;
    bool basic = k <= Kind::Complex128 || k == Kind::String;
    if ((arg.type->named() || !basic) && handle_methods(arg, verb))
        return;
    print_value(arg, verb, 0);
}

void Printer::print_value(Value v, char32_t verb, int depth)
{
    if (depth > 0 && v.type && handle_methods(v, verb))
        return;
    m_current = v;
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
        print_map(v, verb, depth);
        return;
    case Kind::Struct:
        print_struct(v, verb, depth);
        return;
    case Kind::Interface:
        print_interface(v, verb, depth);
        return;
    case Kind::Array:
    case Kind::Slice:
        print_list(v, verb, depth);
        return;
    case Kind::Pointer:
        print_pointer(v, verb, depth);
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

void Printer::print_interface(Value v, char32_t verb, int depth)
{
    Value e = interface_elem(v.type, v.ptr);
    if (e.type) {
        print_value(e, verb, depth + 1);
    } else if (m_flags.sharp_v) {
        m_buf += v.type->name;
        m_buf += "(nil)";
    } else {
        m_buf += "<nil>";
    }
}

// A pointer to an array, slice, struct or map prints as &value at top level only (deeper, an
// address: that avoids cycles).
void Printer::print_pointer(Value v, char32_t verb, int depth)
{
    const void* p = load_ptr(v.ptr);
    Kind ek = v.type->elem ? v.type->elem->kind : Kind::Invalid;
    if (depth == 0 && p
        && (ek == Kind::Array || ek == Kind::Slice || ek == Kind::Struct || ek == Kind::Map)) {
        m_buf += '&';
        print_value({ v.type->elem, p }, verb, depth + 1);
        return;
    }
    fmt_pointer(v, verb);
}

void Printer::print_map(Value v, char32_t verb, int depth)
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
        print_value({ t->key, entries[i].first }, verb, depth + 1);
        m_buf += ':';
        print_value({ t->elem, entries[i].second }, verb, depth + 1);
    }
    m_buf += m_flags.sharp_v ? '}' : ']';
}

void Printer::print_struct(Value v, char32_t verb, int depth)
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
        print_value({ f.type, static_cast<const uint8_t*>(v.ptr) + f.offset }, verb, depth + 1);
    }
    m_buf += '}';
}

void Printer::print_list(Value v, char32_t verb, int depth)
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
        print_value({ elem, base + static_cast<uint64_t>(i) * elem->size }, verb, depth + 1);
    }
    m_buf += m_flags.sharp_v ? '}' : ']';
}

void Printer::print(std::span<const Value> args)
{
    bool prev_string = false;
    for (size_t i = 0; i < args.size(); i++) {
        bool is_string = args[i].type && args[i].type->kind == Kind::String;
        // A space between operands when neither is a string.
        if (i > 0 && !is_string && !prev_string)
            m_buf += ' ';
        m_flags = {};
        print_arg(args[i], 'v');
        prev_string = is_string;
    }
}

void Printer::println(std::span<const Value> args)
{
    for (size_t i = 0; i < args.size(); i++) {
        if (i > 0)
            m_buf += ' ';
        m_flags = {};
        print_arg(args[i], 'v');
    }
    m_buf += '\n';
}

namespace {

// argNumber: an explicit [n] argument index at format[i]; sets `found` and `good`.
size_t arg_number(std::string_view format, size_t i, size_t num_args, size_t& arg_num, bool& found,
    bool& good, bool& reordered)
{
    found = false;
    if (i >= format.size() || format[i] != '[')
        return i;
    reordered = true;
    std::string_view rest = format.substr(i);
    // parseArgNumber: at least "[n]"; without a closing bracket one byte is consumed.
    size_t close = rest.find(']');
    if (rest.size() < 3 || close == std::string_view::npos) {
        good = false;
        return i + 1;
    }
    int index;
    size_t next;
    bool ok = parse_num(rest, 1, close, index, next) && next == close;
    if (ok && index - 1 >= 0 && static_cast<size_t>(index - 1) < num_args) {
        arg_num = static_cast<size_t>(index - 1);
        found = true;
        return i + close + 1;
    }
    good = false;
    found = ok;
    return i + close + 1;
}

} // namespace

// Flags, and Go's fast path for a simple lowercase verb (true when it printed the verb).
bool Printer::scan_flags(Scan& sc)
{
    for (; sc.i < sc.format.size(); sc.i++) {
        char c = sc.format[sc.i];
        if (c == '#') {
            m_flags.sharp = true;
        } else if (c == '0') {
            m_flags.zero = !m_flags.minus; // only pad with zeros on the left
        } else if (c == '+') {
            m_flags.plus = true;
        } else if (c == '-') {
            m_flags.minus = true;
            m_flags.zero = false;
        } else if (c == ' ') {
            m_flags.space = true;
        } else if (c >= 'a' && c <= 'z' && sc.arg_num < sc.args.size()) {
            if (c == 'v') {
                m_flags.sharp_v = m_flags.sharp, m_flags.sharp = false;
                m_flags.plus_v = m_flags.plus, m_flags.plus = false;
            }
            print_arg(sc.args[sc.arg_num++], static_cast<char32_t>(c));
            sc.i++;
            return true;
        } else {
            break;
        }
    }
    return false;
}

void Printer::scan_width(Scan& sc)
{
    if (sc.i < sc.format.size() && sc.format[sc.i] == '*') {
        sc.i++;
        m_flags.wid_present = int_from_arg(sc.args, sc.arg_num, m_flags.wid);
        if (!m_flags.wid_present)
            m_buf += "%!(BADWIDTH)";
        if (m_flags.wid < 0) { // a negative width means left alignment
            m_flags.wid = -m_flags.wid;
            m_flags.minus = true;
            m_flags.zero = false;
        }
        sc.after_index = false;
    } else {
        m_flags.wid_present = parse_num(sc.format, sc.i, sc.format.size(), m_flags.wid, sc.i);
        if (sc.after_index && m_flags.wid_present)
            sc.good = false; // "%[3]2d"
    }
}

void Printer::scan_precision(Scan& sc)
{
    if (!(sc.i + 1 < sc.format.size() && sc.format[sc.i] == '.'))
        return;
    sc.i++;
    if (sc.after_index)
        sc.good = false; // "%[3].2d"
    sc.i = arg_number(sc.format, sc.i, sc.args.size(), sc.arg_num, sc.after_index, sc.good, sc.reordered);
    if (sc.i < sc.format.size() && sc.format[sc.i] == '*') {
        sc.i++;
        m_flags.prec_present = int_from_arg(sc.args, sc.arg_num, m_flags.prec);
        if (m_flags.prec < 0) {
            m_flags.prec = 0;
            m_flags.prec_present = false;
        }
        if (!m_flags.prec_present)
            m_buf += "%!(BADPREC)";
        sc.after_index = false;
    } else {
        m_flags.prec_present = parse_num(sc.format, sc.i, sc.format.size(), m_flags.prec, sc.i);
        if (!m_flags.prec_present) { // "%.d" means precision 0
            m_flags.prec = 0;
            m_flags.prec_present = true;
        }
    }
}

// One verb after its '%' (sc.i is just past the '%').
void Printer::scan_verb(Scan& sc)
{
    m_flags = {};
    sc.good = true;
    sc.after_index = false;
    if (scan_flags(sc))
        return;
    sc.i = arg_number(sc.format, sc.i, sc.args.size(), sc.arg_num, sc.after_index, sc.good, sc.reordered);
    scan_width(sc);
    scan_precision(sc);
    if (!sc.after_index)
        sc.i = arg_number(sc.format, sc.i, sc.args.size(), sc.arg_num, sc.after_index, sc.good, sc.reordered);
    if (sc.i >= sc.format.size()) {
        m_buf += "%!(NOVERB)";
        return;
    }
    int size = 1;
    auto verb = static_cast<char32_t>(static_cast<uint8_t>(sc.format[sc.i]));
    if (verb >= 0x80)
        verb = static_cast<char32_t>(conv::decode_rune(sc.format.substr(sc.i), &size));
    sc.i += static_cast<size_t>(size);
    if (verb == '%') {
        m_buf += '%'; // takes no operand and ignores width and precision
    } else if (!sc.good) {
        m_buf += "%!";
        write_rune(verb);
        m_buf += "(BADINDEX)";
    } else if (sc.arg_num >= sc.args.size()) {
        m_buf += "%!";
        write_rune(verb);
        m_buf += "(MISSING)";
    } else {
        if (verb == 'v') {
            m_flags.sharp_v = m_flags.sharp, m_flags.sharp = false;
            m_flags.plus_v = m_flags.plus, m_flags.plus = false;
        }
        print_arg(sc.args[sc.arg_num++], verb);
    }
}

void Printer::printf(std::string_view format, std::span<const Value> args)
{
    Scan sc { format, 0, args };
    while (sc.i < format.size()) {
        size_t last = sc.i;
        while (sc.i < format.size() && format[sc.i] != '%')
            sc.i++;
        m_buf.append(format.substr(last, sc.i - last));
        if (sc.i >= format.size())
            break;
        sc.i++; // the '%'
        scan_verb(sc);
    }
    // Extra arguments, unless the format used explicit indexes.
    size_t arg_num = sc.arg_num;
    if (!sc.reordered && arg_num < args.size()) {
        m_flags = {};
        m_buf += "%!(EXTRA ";
        for (size_t k = arg_num; k < args.size(); k++) {
            if (k > arg_num)
                m_buf += ", ";
            if (!args[k].type) {
                m_buf += "<nil>";
            } else {
                m_buf += args[k].type->name;
                m_buf += '=';
                print_arg(args[k], 'v');
            }
        }
        m_buf += ')';
    }
}

std::string sprintf(std::string_view format, std::span<const Value> args, Env* env)
{
    Printer p(env);
    p.printf(format, args);
    return std::move(p.buffer());
}

std::string sprint(std::span<const Value> args, Env* env)
{
    Printer p(env);
    p.print(args);
    return std::move(p.buffer());
}

std::string sprintln(std::span<const Value> args, Env* env)
{
    Printer p(env);
    p.println(args);
    return std::move(p.buffer());
}

} // namespace vitro::stdlib::fmt
