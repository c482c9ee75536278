// stdlib/fmt/format.h — fmt's formatting core: Go's Print/Println/Printf rules over values
// described by type descriptors, as a pure function of (format, values) into a std::string.
//
// Overview: a Value is a type descriptor and the address of the value in Go's memory layout
// (gc/type.h), which is what an `any` argument carries (vm::Iface: a pointer-shaped value is
// the data word itself, so its address is that of the word). Printer mirrors Go's pp/fmt pair
// (src/fmt/print.go, format.go): printArg's fast paths for the predeclared types,
// handleMethods (error before Stringer, GoStringer under %#v, %w in Errorf, catchPanic's
// `%!v(PANIC=String method: ...)`), printValue's walk over composites (maps with sorted keys
// as internal/fmtsort sorts them, structs, pointers at top level as &{...}), the
// flags/width/precision machinery, and the error forms (%!d(string=x), %!d(MISSING),
// %!(EXTRA ...), %!(BADWIDTH)...).
// What needs the VM goes through Env: iterating a map's entries and calling a value's
// Error()/String()/GoString() methods (script methods, or natives of standard-library types).
// Without an Env maps print as map[] and only the methods built in here work (the Error text
// of the stdlib's own error types, time.Duration, time.Month, time.Weekday), so the core can
// be tested without a running program.
// Invariants: values reached through unexported struct fields are "read-only" (reflect's
// flagRO): their methods are never called, as in Go. Interface values inside composites: the
// tab word is the dynamic type for an empty interface and an Itab (first word: the dynamic
// type) for a non-empty one; an interface type is empty when its descriptor counts no methods
// (gc::Type::len and methods of an Interface).
#pragma once

#include "gc/type.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vitro::vm {
struct Iface;
}

namespace vitro::stdlib::fmt {

struct Value {
    const gc::Type* type; // nullptr: a nil interface
    const void* ptr; // the value's address (Go layout)
};

// The Value an empty-interface argument carries (`e` must outlive the Value).
Value value_of_any(const vm::Iface& e);
// Whether interface type t is empty (its tab word is a Type*, not an Itab*).
bool empty_interface(const gc::Type* t);
// The dynamic value held by the interface value at `p` of interface type `t` (a nil interface:
// a null type).
Value interface_elem(const gc::Type* t, const void* p);

// How calling a method went.
enum class MethodCall {
    Missing, // the value's method set has no such method
    Returned, // the method returned; its result is in `out`
    Panicked, // the method panicked; `out` is the panic value printed with %v
    PanickedNil, // the method called panic(nil): Go 1.19's recover sees nothing, fmt prints nothing
};

class Env {
public:
    virtual ~Env() = default;
    // Appends the address of every key and value of map `map` (the map word) of type map_type.
    virtual void map_entries(
        const gc::Type* map_type, const void* map, std::vector<std::pair<const void*, const void*>>& out)
        = 0;
    // Calls method `name` (Error, String, GoString: a `func() string`) of the concrete,
    // non-nil-interface value v, if v's method set has it.
    virtual MethodCall call_string_method(Value v, std::string_view name, std::string& out) = 0;
    // Whether v's method set has method `name` of that kind (for %w's `arg.(error)`).
    virtual bool has_string_method(Value v, std::string_view name) = 0;
    // fmt.Formatter: calls v.Format(state, verb) with an fmt.State writing into `p`, if v has a
    // Format method (Missing otherwise). On a panic `out` is the panic value printed with %v.
    virtual MethodCall call_format(Value v, char32_t verb, class Printer& p, std::string& out)
    {
        (void)v, (void)verb, (void)p, (void)out;
        return MethodCall::Missing;
    }
};

struct Flags {
    bool plus = false, minus = false, sharp = false, space = false, zero = false;
    bool plus_v = false, sharp_v = false; // %+v, %#v
    bool wid_present = false, prec_present = false;
    int wid = 0, prec = 0;
};

class Printer {
public:
    explicit Printer(Env* env = nullptr)
        : m_env(env)
    {
    }
    void printf(std::string_view format, std::span<const Value> args);
    void print(std::span<const Value> args);
    void println(std::span<const Value> args);

    std::string& buffer() { return m_buf; }
    Flags& flags() { return m_flags; }
    // printArg: one argument with the current flags.
    void print_arg(Value arg, char32_t verb);
    // fmtString: a string with the current flags, as a method's result is printed.
    void format_string(std::string_view s, char32_t verb);

    // Errorf: %w accepts one error operand, remembered as wrapped_error (type null: none).
    void set_wrap_errors(bool on) { m_wrap_errs = on; }
    Value wrapped_error() const { return m_wrapped; }

private:
    void print_value(Value v, char32_t verb, int depth, bool readonly);
    bool handle_methods(Value v, char32_t verb);
    bool string_method(Value v, char32_t verb, std::string_view name);
    MethodCall call_method(Value v, std::string_view name, std::string& out);
    bool has_method(Value v, std::string_view name);
    void bad_verb(char32_t verb);
    void write_rune(char32_t r);
    // p.arg (an operand: printed with printArg) or p.value (a nested value: printValue).
    void set_current(Value v, bool is_arg, bool readonly = false)
    {
        m_current = v;
        m_current_is_arg = is_arg;
        m_current_readonly = readonly;
    }

    // Basic kinds (print.go's fmtBool, fmtInteger, fmtFloat, fmtString, fmtBytes, fmtPointer).
    void fmt_bool(bool v, char32_t verb);
    void fmt_integer_verb(uint64_t v, bool is_signed, char32_t verb);
    void fmt_float_verb(double v, int size, char32_t verb);
    void fmt_string_verb(std::string_view s, char32_t verb);
    void fmt_bytes(std::string_view b, char32_t verb);
    void fmt_pointer(Value v, char32_t verb);
    void fmt_0x64(uint64_t v, bool leading_0x);
    void print_complex(Value v, char32_t verb);
    void print_interface(Value v, char32_t verb, int depth, bool readonly);
    void print_pointer(Value v, char32_t verb, int depth, bool readonly);
    void print_map(Value v, char32_t verb, int depth, bool readonly);
    void print_struct(Value v, char32_t verb, int depth, bool readonly);
    void print_list(Value v, char32_t verb, int depth, bool readonly);

    // Low level (format.go).
    void write_padding(int n);
    void pad(std::string_view s);
    void fmt_integer(uint64_t u, int base, bool is_signed, char32_t verb, bool upper);
    void fmt_float(double v, int size, char32_t verb, int prec);
    void fmt_s(std::string_view s);
    void fmt_sbx(std::string_view s, bool upper);
    void fmt_q(std::string_view s);
    void fmt_c(uint64_t c);
    void fmt_qc(uint64_t c);
    void fmt_unicode(uint64_t u);
    std::string_view truncate(std::string_view s) const;

    // Printf's scan of one verb: position, arguments used, and argument-index state.
    struct Scan {
        std::string_view format;
        size_t i;
        std::span<const Value> args;
        size_t arg_num = 0;
        bool reordered = false; // an explicit [n] index was used: no EXTRA check
        bool good = true; // the argument index is valid
        bool after_index = false; // the previous item was an index like [3]
    };
    void scan_verb(Scan& sc);
    bool scan_flags(Scan& sc);
    void scan_width(Scan& sc);
    void scan_precision(Scan& sc);

    Env* m_env;
    std::string m_buf;
    Flags m_flags;
    Value m_current { nullptr, nullptr }; // p.arg / p.value: what bad_verb describes
    bool m_current_is_arg = true;
    bool m_current_readonly = false;
    bool m_erroring = false; // printing a bad verb's operand: no methods
    bool m_wrap_errs = false; // Errorf: %w is allowed
    Value m_wrapped { nullptr, nullptr }; // the %w operand
};

// Convenience for tests and Sprintf-like callers.
std::string sprintf(std::string_view format, std::span<const Value> args, Env* env = nullptr);
std::string sprint(std::span<const Value> args, Env* env = nullptr);
std::string sprintln(std::span<const Value> args, Env* env = nullptr);

// time.Duration's String (src/time/time.go): "1h2m3.5s", "1.5ms", "0s".
std::string duration_string(int64_t d);

} // namespace vitro::stdlib::fmt
