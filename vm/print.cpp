// vm/print.cpp — the built-in print/println and the panic value printer, in the format of
// Go's runtime printer (runtime/print.go, runtime/error.go printany): floats as
// +1.500000e+000, pointers as 0x..., slices as [len/cap]0xptr, interfaces as (0xtab,0xdata).
// Output goes to stderr after flushing the program's buffered stdout, so the two streams
// interleave as they do in Go (which writes both unbuffered).
#include "vm/ops.h"

#include <cinttypes>
#include <cmath>
#include <cstring>

namespace vitro::vm {

namespace {

std::string float_text(double v)
{
    if (v != v)
        return "NaN";
    if (v + v == v && v > 0)
        return "+Inf";
    if (v + v == v && v < 0)
        return "-Inf";
    constexpr int n = 7;
    char buf[n + 7];
    buf[0] = '+';
    int e = 0;
    if (v == 0) {
        if (std::signbit(v))
            buf[0] = '-';
    } else {
        if (v < 0) {
            v = -v;
            buf[0] = '-';
        }
        while (v >= 10) {
            e++;
            v /= 10;
        }
        while (v < 1) {
            e--;
            v *= 10;
        }
        double h = 5.0;
        for (int i = 0; i < n; i++)
            h /= 10;
        v += h;
        if (v >= 10) {
            e++;
            v /= 10;
        }
    }
    for (int i = 0; i < n; i++) {
        int s = static_cast<int>(v);
        buf[i + 2] = static_cast<char>(s + '0');
        v -= s;
        v *= 10;
    }
    buf[1] = buf[2];
    buf[2] = '.';
    buf[n + 2] = 'e';
    buf[n + 3] = '+';
    if (e < 0) {
        e = -e;
        buf[n + 3] = '-';
    }
    buf[n + 4] = static_cast<char>(e / 100 + '0');
    buf[n + 5] = static_cast<char>((e / 10) % 10 + '0');
    buf[n + 6] = static_cast<char>(e % 10 + '0');
    return std::string(buf, sizeof buf);
}

std::string hex_text(uint64_t v)
{
    char buf[24];
    std::snprintf(buf, sizeof buf, "0x%" PRIx64, v);
    return buf;
}

// The text of a slot-form value of a basic kind (print's format).
std::string value_text(const gc::Type* t, const Slot* v)
{
    switch (t->kind) {
    case gc::Kind::Bool:
        return v[0] ? "true" : "false";
    case gc::Kind::Int:
    case gc::Kind::Int8:
    case gc::Kind::Int16:
    case gc::Kind::Int32:
    case gc::Kind::Int64:
        return std::to_string(static_cast<int64_t>(v[0]));
    case gc::Kind::Uint:
    case gc::Kind::Uint8:
    case gc::Kind::Uint16:
    case gc::Kind::Uint32:
    case gc::Kind::Uint64:
    case gc::Kind::Uintptr:
        return std::to_string(static_cast<uint64_t>(v[0]));
    case gc::Kind::Float32:
    case gc::Kind::Float64:
        return float_text(f64_of_slot(v[0]));
    case gc::Kind::Complex64:
    case gc::Kind::Complex128:
        return concat({ "(", float_text(f64_of_slot(v[0])), float_text(f64_of_slot(v[1])), "i)" });
    case gc::Kind::String:
        return std::string(reinterpret_cast<const char*>(v[0]), v[1]);
    case gc::Kind::Slice:
        return concat({ "[", std::to_string(static_cast<int64_t>(v[1])), "/",
            std::to_string(static_cast<int64_t>(v[2])), "]", hex_text(v[0]) });
    case gc::Kind::Interface:
        return concat({ "(", hex_text(v[0]), ",", hex_text(v[1]), ")" });
    default:
        return hex_text(v[0]);
    }
}

} // namespace

void print_float(std::FILE* to, double v)
{
    std::string s = float_text(v);
    std::fwrite(s.data(), 1, s.size(), to);
}

void print_value(Runtime& rt, const gc::Type* t, const Slot* v)
{
    rt.flush_out();
    std::string s = value_text(t, v);
    std::fwrite(s.data(), 1, s.size(), stderr);
}

std::string panic_value_text(Iface v)
{
    if (!v.tab)
        return "nil";
    const gc::Type* t = dynamic_type(v.tab, false);
    Slot slots[3] = {};
    const void* data = (t->flags & gc::kTypeDirectIface) ? static_cast<const void*>(&v.data) : v.data;
    bool basic = true;
    switch (t->kind) {
    case gc::Kind::Struct:
    case gc::Kind::Array:
    case gc::Kind::Pointer:
    case gc::Kind::Map:
    case gc::Kind::Chan:
    case gc::Kind::Func:
    case gc::Kind::Slice:
    case gc::Kind::Interface:
    case gc::Kind::UnsafePointer:
        basic = false;
        break;
    default:
        break;
    }
    if (!basic)
        return concat({ "(", t->name, ") ", hex_text(reinterpret_cast<uint64_t>(v.data)) });
    load_value(slots, t, data);
    std::string text = value_text(t, slots);
    if (!t->named())
        return text;
    if (t->kind == gc::Kind::String)
        return concat({ t->name, "(\"", text, "\")" });
    if (t->kind == gc::Kind::Complex64 || t->kind == gc::Kind::Complex128)
        return concat({ t->name, text });
    return concat({ t->name, "(", text, ")" });
}

} // namespace vitro::vm
