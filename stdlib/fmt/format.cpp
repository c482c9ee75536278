// stdlib/fmt/format.cpp — Printf's format parsing, Print/Println spacing, printArg, badVerb
// and handleMethods (see format.h for the overview; the walk over composite values is
// format_value.cpp, single basic values format_basic.cpp).
//
// Go reference: src/fmt/print.go (doPrintf, doPrint, doPrintln, printArg, handleMethods,
// catchPanic, badVerb, argNumber, intFromArg).
#include "stdlib/fmt/format.h"

#include "stdlib/fmt/load.h"
#include "stdlib/fmt/wrap_error.h"
#include "stdlib/internal/types.h"
#include "stdlib/strconv/conv.h"
#include "vm/value.h"

namespace vitro::stdlib::fmt {

namespace conv = vitro::stdlib::strconv;
using gc::Kind;

namespace {

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

// The methods built into the core: Error of the stdlib's own error types and String of
// time.Duration, time.Month and time.Weekday (also through a pointer, as Go's method sets have
// them). `out` null: only whether v has the method.
MethodCall builtin_method(Value v, std::string_view name, std::string* out)
{
    const gc::Type* t = v.type;
    if (name == "Error" && t->kind == Kind::Pointer
        && (t == &internal::kErrorStringPtrType || t == &internal::kNumErrorPtrType
            || t == &internal::kPathErrorPtrType || t == &internal::kErrnoType || t == &kWrapErrorPtrType)) {
        if (!out)
            return MethodCall::Returned;
        const void* data = load_ptr(v.ptr);
        if (!data) {
            *out = "runtime error: invalid memory address or nil pointer dereference";
            return MethodCall::Panicked;
        }
        if (t == &kWrapErrorPtrType)
            *out = static_cast<const WrapError*>(data)->msg.view();
        else
            internal::error_text(t, data, *out);
        return MethodCall::Returned;
    }
    if (name != "String")
        return MethodCall::Missing;
    const void* addr = v.ptr;
    if (t->kind == Kind::Pointer && t->elem && t->elem->named()) {
        t = t->elem;
        addr = load_ptr(v.ptr);
    }
    bool duration = t->kind == Kind::Int64 && t->name == "time.Duration";
    bool calendar = t->kind == Kind::Int && (t->name == "time.Month" || t->name == "time.Weekday");
    if (!duration && !calendar)
        return MethodCall::Missing;
    if (!out)
        return MethodCall::Returned;
    if (!addr) {
        *out = "runtime error: invalid memory address or nil pointer dereference";
        return MethodCall::Panicked;
    }
    *out = duration ? duration_string(load_int(addr, 8)) : calendar_name(t->name, load_int(addr, 8));
    return MethodCall::Returned;
}

bool stringish_verb(char32_t verb)
{
    return verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q';
}

} // namespace

void Printer::bad_verb(char32_t verb)
{
    m_erroring = true;
    m_buf += "%!";
    write_rune(verb);
    m_buf += '(';
    if (m_current.type) {
        m_buf += m_current.type->name;
        m_buf += '=';
        if (m_current_is_arg)
            print_arg(m_current, 'v');
        else
            print_value(m_current, 'v', 0, m_current_readonly);
    } else {
        m_buf += "<nil>";
    }
    m_buf += ')';
    m_erroring = false;
}

MethodCall Printer::call_method(Value v, std::string_view name, std::string& out)
{
    MethodCall r = builtin_method(v, name, &out);
    if (r == MethodCall::Missing && m_env)
        r = m_env->call_string_method(v, name, out);
    return r;
}

bool Printer::has_method(Value v, std::string_view name)
{
    return builtin_method(v, name, nullptr) != MethodCall::Missing
        || (m_env && m_env->has_string_method(v, name));
}

// Formats v with its method `name` (true), or returns false when v has no such method. A
// panicking method prints as catchPanic does: "<nil>" for a nil pointer receiver, else
// %!v(PANIC=String method: value).
bool Printer::string_method(Value v, char32_t verb, std::string_view name)
{
    std::string out;
    MethodCall r = call_method(v, name, out);
    if (r == MethodCall::Missing)
        return false;
    if (r == MethodCall::Returned) {
        if (name == "GoString")
            fmt_s(out); // printed unadorned
        else
            fmt_string_verb(out, verb);
        return true;
    }
    if (r == MethodCall::PanickedNil)
        return true;
    if (v.type->kind == Kind::Pointer && !load_ptr(v.ptr)) {
        m_buf += "<nil>";
        return true;
    }
    m_buf += "%!";
    write_rune(verb);
    m_buf += "(PANIC=";
    m_buf += name;
    m_buf += " method: ";
    m_buf += out;
    m_buf += ')';
    return true;
}

// handleMethods (print.go) for the concrete value v: Formatter first, then GoStringer for %#v,
// then error and Stringer for the string-like verbs.
bool Printer::handle_methods(Value v, char32_t verb)
{
    if (m_erroring)
        return false;
    if (verb == 'w') {
        // %w: only in Errorf, only once, and only with an error operand.
        if (!m_wrap_errs || m_wrapped.type || !has_method(v, "Error")) {
            m_wrapped = { nullptr, nullptr };
            m_wrap_errs = false;
            bad_verb(verb);
            return true;
        }
        m_wrapped = v;
        verb = 'v';
    }
    if (m_env) {
        std::string out;
        MethodCall r = m_env->call_format(v, verb, *this, out);
        if (r == MethodCall::Returned || r == MethodCall::PanickedNil)
            return true;
        if (r == MethodCall::Panicked) { // catchPanic
            if (v.type->kind == Kind::Pointer && !load_ptr(v.ptr)) {
                m_buf += "<nil>";
                return true;
            }
            m_buf += "%!";
            write_rune(verb);
            m_buf += "(PANIC=Format method: ";
            m_buf += out;
            m_buf += ')';
            return true;
        }
    }
    if (m_flags.sharp_v)
        return string_method(v, verb, "GoString");
    if (!stringish_verb(verb))
        return false;
    return string_method(v, verb, "Error") || string_method(v, verb, "String");
}

void Printer::print_arg(Value arg, char32_t verb)
{
    set_current(arg, true);
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
    const gc::Type* t = arg.type;
    Kind k = t->kind;
    // Unnamed basic types have no methods (print.go's type switch fast path); so has []byte,
    // whose %#v spells the type "[]byte".
    if (!t->named() && (k <= Kind::Complex128 || k == Kind::String)) {
        print_value(arg, verb, 0, false);
        return;
    }
    if (!t->named() && k == Kind::Slice && t->elem->kind == Kind::Uint8 && !t->elem->named() && verb == 'v'
        && m_flags.sharp_v) {
        const auto* s = static_cast<const vm::Slice*>(arg.ptr);
        m_buf += "[]byte";
        if (!s->ptr) {
            m_buf += "(nil)";
            return;
        }
        m_buf += '{';
        for (int64_t i = 0; i < s->len; i++) {
            if (i > 0)
                m_buf += ", ";
            fmt_0x64(s->ptr[i], true);
        }
        m_buf += '}';
        return;
    }
    if (handle_methods(arg, verb))
        return;
    print_value(arg, verb, 0, false);
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
