// stdlib/fmt/fmt_natives.cpp — fmt's Print, Fprint and Sprint families and Errorf as natives
// over the formatting core (format.h), with the RuntimeEnv of methods.h (map iteration,
// Error/String methods of script and stdlib types).
//
// Overview: a `...any` argument arrives as a slice of interface values; each becomes a Value.
// Fprint*'s io.Writer is a non-empty interface (its tab word an Itab): *os.File writes to the
// process's stream directly, any other writer gets one call of its Write method (a script
// method, or the native of a stdlib type such as *strings.Builder, *bytes.Buffer,
// *bufio.Writer), and Fprint returns what Write returned. Errorf with a valid %w returns a
// *fmt.wrapError (wrap_error.h), otherwise an *errors.errorString, as Go 1.19 does.
// Invariant: formatting may run script code (methods) that grows the goroutine stack, which
// moves the caller's slots: natives re-derive NativeCall::args afterwards (ArgsAnchor).
// Go counterpart: src/fmt/print.go (Fprint, Fprintf, Fprintln, Print..., Sprint...),
// src/fmt/errors.go (Errorf, wrapError).
#include "stdlib/fmt/format.h"
#include "stdlib/fmt/load.h"
#include "stdlib/fmt/methods.h"
#include "stdlib/fmt/print.h"
#include "stdlib/fmt/wrap_error.h"
#include "stdlib/internal/io_util.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"
#include "stdlib/os/os_files.h"
#include "vm/ops.h"
#include "vm/runtime.h"

#include <vector>

namespace vitro::stdlib::fmt {

namespace {

// Keeps NativeCall::args valid across script calls: slots are re-derived from their offset in
// the goroutine stack, which a nested call may have reallocated.
class ArgsAnchor {
public:
    explicit ArgsAnchor(vm::NativeCall& call)
        : m_call(call)
        , m_g(call.runtime().current())
    {
        if (call.args >= m_g.stack && call.args < m_g.stack + m_g.stack_slots)
            m_offset = call.args - m_g.stack;
    }
    ~ArgsAnchor() { restore(); }
    void restore()
    {
        if (m_offset >= 0)
            m_call.args = m_g.stack + m_offset;
    }

private:
    vm::NativeCall& m_call;
    vm::Goroutine& m_g;
    ptrdiff_t m_offset = -1;
};

std::vector<Value> values_of(vm::Slice args)
{
    std::vector<Value> values;
    const auto* a = reinterpret_cast<const vm::Iface*>(args.ptr);
    values.reserve(static_cast<size_t>(args.len));
    for (int64_t i = 0; i < args.len; i++)
        values.push_back(value_of_any(a[i]));
    return values;
}

enum class Mode { Print, Println, Printf };

// Formats the []any at slot `args_slot` (with the format string at `format_slot` for Printf).
// `wrapped`: Errorf's %w operand (type null: none); null for the other functions.
std::string format_call(
    vm::NativeCall& call, Mode mode, int format_slot, int args_slot, Value* wrapped = nullptr)
{
    RuntimeEnv env(call.runtime());
    ArgsAnchor anchor(call);
    std::vector<Value> values = values_of(call.slice_arg(args_slot));
    Printer p(&env);
    if (mode == Mode::Print) {
        p.print(values);
    } else if (mode == Mode::Println) {
        p.println(values);
    } else {
        p.set_wrap_errors(wrapped != nullptr);
        p.printf(call.string_arg(format_slot).view(), values);
    }
    if (wrapped)
        *wrapped = p.wrapped_error();
    return std::move(p.buffer());
}

// (n int, err error) at slot 0 after writing `text` to `out`.
void write_result(vm::NativeCall& call, std::FILE* out, const std::string& text)
{
    if (out)
        std::fwrite(text.data(), 1, text.size(), out);
    call.set_int(0, out ? static_cast<int64_t>(text.size()) : 0);
    internal::set_nil_error(call, 1);
}

// Writes `text` to io.Writer w and sets Fprint's results (n int, err error) from slot 0, or
// records the panic of a nil writer or of a panicking Write method.
void write_to(vm::NativeCall& call, vm::Iface w, const std::string& text)
{
    vm::Runtime& rt = call.runtime();
    if (!w.tab) {
        call.panic_runtime_error("invalid memory address or nil pointer dereference");
        return;
    }
    const gc::Type* t = static_cast<const vm::Itab*>(w.tab)->type;
    if (t->name == "*os.File") {
        if (std::FILE* out = os::file_stream(rt, w.data)) { // os.Stdout, os.Stderr: buffered
            write_result(call, out, text);
            return;
        }
    }
    // A standard-library writer with a native handler (bytes.Buffer, io.PipeWriter...).
    if (internal::has_native_writer(t)) {
        void* bytes = text.empty() ? gc::Heap::zero_base() : rt.heap().alloc_noscan(text.size());
        if (!text.empty())
            std::memcpy(bytes, text.data(), text.size());
        gc::Heap::TempRoot keep(rt.heap(), bytes);
        int64_t n = 0;
        vm::Iface err {};
        if (!internal::io_write(
                call, w, static_cast<const uint8_t*>(bytes), static_cast<int64_t>(text.size()), n, err))
            return;
        call.set_int(0, n);
        call.set_iface(1, err);
        return;
    }
    // Any other writer: one call of its Write method with the formatted bytes.
    void* bytes = text.empty() ? gc::Heap::zero_base() : rt.heap().alloc_noscan(text.size());
    if (!text.empty())
        std::memcpy(bytes, text.data(), text.size());
    gc::Heap::TempRoot keep(rt.heap(), bytes);
    auto len = static_cast<vm::Slot>(text.size());
    vm::Slot args[3] = { reinterpret_cast<vm::Slot>(bytes), len, len };
    vm::Slot results[3] = {};
    Value writer { t, (t->flags & gc::kTypeDirectIface) ? static_cast<const void*>(&w.data) : w.data };
    RuntimeEnv env(rt);
    std::string panic_text;
    MethodCall r;
    {
        ArgsAnchor anchor(call);
        r = env.call_method(
            writer, "Write", "func([]uint8) (int, error)", args, 3, results, 3, panic_text, false);
    }
    if (r == MethodCall::Panicked)
        return; // the panic stays recorded: the interpreter raises it in the caller
    if (r == MethodCall::Missing) {
        call.set_int(0, 0);
        internal::set_nil_error(call, 1);
        return;
    }
    call.args[0] = results[0];
    call.args[1] = results[1];
    call.args[2] = results[2];
}

void Print(vm::NativeCall& call)
{
    write_result(call, call.out(), format_call(call, Mode::Print, 0, 0));
}

void Println(vm::NativeCall& call)
{
    write_result(call, call.out(), format_call(call, Mode::Println, 0, 0));
}

void Printf(vm::NativeCall& call)
{
    write_result(call, call.out(), format_call(call, Mode::Printf, 0, 2));
}

void Sprint(vm::NativeCall& call)
{
    std::string text = format_call(call, Mode::Print, 0, 0);
    call.set_string(0, call.new_string(text));
}

void Sprintln(vm::NativeCall& call)
{
    std::string text = format_call(call, Mode::Println, 0, 0);
    call.set_string(0, call.new_string(text));
}

void Sprintf(vm::NativeCall& call)
{
    std::string text = format_call(call, Mode::Printf, 0, 2);
    call.set_string(0, call.new_string(text));
}

// Go 1.19's Append family: the formatted bytes appended to b (slots 0-2).
void Append(vm::NativeCall& call)
{
    std::string text = format_call(call, Mode::Print, 0, 3);
    call.set_slice(0, internal::append_bytes(call, call.slice_arg(0), text));
}

void Appendln(vm::NativeCall& call)
{
    std::string text = format_call(call, Mode::Println, 0, 3);
    call.set_slice(0, internal::append_bytes(call, call.slice_arg(0), text));
}

void Appendf(vm::NativeCall& call)
{
    std::string text = format_call(call, Mode::Printf, 3, 5);
    call.set_slice(0, internal::append_bytes(call, call.slice_arg(0), text));
}

void Fprint(vm::NativeCall& call)
{
    std::string text = format_call(call, Mode::Print, 0, 2);
    write_to(call, call.iface_arg(0), text);
}

void Fprintln(vm::NativeCall& call)
{
    std::string text = format_call(call, Mode::Println, 0, 2);
    write_to(call, call.iface_arg(0), text);
}

void Fprintf(vm::NativeCall& call)
{
    std::string text = format_call(call, Mode::Printf, 2, 4);
    write_to(call, call.iface_arg(0), text);
}

// The `error` interface value holding the %w operand v: its itab comes from the standard
// library for its own error types. Script error types need an itab built at run time (the
// iface work's vm::find_itab(rt, v.type, &internal::kErrorType, missing)); until then they get
// none and Errorf returns a plain *errors.errorString with the same text.
bool error_iface_of(vm::Runtime& rt, Value v, vm::Iface& out)
{
    const vm::Itab* itab = stdlib_error_itab(v.type);
    std::string_view missing;
    if (!itab)
        itab = vm::find_itab(rt, v.type, &internal::kErrorType, missing); // a script error type
    if (!itab)
        return false;
    out.tab = itab;
    out.data = (v.type->flags & gc::kTypeDirectIface) ? load_ptr(v.ptr) : const_cast<void*>(v.ptr);
    return true;
}

void Errorf(vm::NativeCall& call)
{
    Value wrapped { nullptr, nullptr };
    std::string text = format_call(call, Mode::Printf, 0, 2, &wrapped);
    vm::Iface err;
    if (!wrapped.type || !error_iface_of(call.runtime(), wrapped, err)) {
        call.set_iface(0, internal::new_error(call, text));
        return;
    }
    gc::Heap& heap = call.heap();
    gc::Heap::TempRoot keep_err(heap, err.data);
    vm::String msg = call.new_string(text);
    gc::Heap::TempRoot keep_msg(heap, msg.ptr);
    auto* e = static_cast<WrapError*>(heap.alloc(&kWrapErrorType));
    internal::store_string(e->msg, msg);
    e->err.tab = err.tab;
    gc::store_ptr(&e->err.data, err.data);
    call.set_iface(0, { &kWrapErrorItab, e });
}

} // namespace

std::string format_args(vm::NativeCall& call, PrintKind kind, int format_slot, int args_slot)
{
    Mode mode = kind == PrintKind::Print ? Mode::Print
        : kind == PrintKind::Println     ? Mode::Println
                                         : Mode::Printf;
    return format_call(call, mode, format_slot, args_slot);
}

void write_text(vm::NativeCall& call, vm::Iface w, const std::string& text)
{
    write_to(call, w, text);
}

} // namespace vitro::stdlib::fmt

namespace vitro::stdlib {

namespace fmt {
void register_scan(vm::NativeRegistry& r); // scan_natives.cpp
void register_state(vm::NativeRegistry& r); // state_natives.cpp
} // namespace fmt

void register_fmt(vm::NativeRegistry& r)
{
    fmt::register_scan(r);
    fmt::register_state(r);
    r.add("fmt.Print", fmt::Print);
    r.add("fmt.Println", fmt::Println);
    r.add("fmt.Printf", fmt::Printf);
    r.add("fmt.Sprint", fmt::Sprint);
    r.add("fmt.Sprintln", fmt::Sprintln);
    r.add("fmt.Sprintf", fmt::Sprintf);
    r.add("fmt.Errorf", fmt::Errorf);
    r.add("fmt.Append", fmt::Append);
    r.add("fmt.Appendln", fmt::Appendln);
    r.add("fmt.Appendf", fmt::Appendf);
    r.add("fmt.Fprint", fmt::Fprint);
    r.add("fmt.Fprintln", fmt::Fprintln);
    r.add("fmt.Fprintf", fmt::Fprintf);
    r.add("fmt.(*wrapError).Error", fmt::wrap_error_error);
    r.add("fmt.(*wrapError).Unwrap", fmt::wrap_error_unwrap);
}

} // namespace vitro::stdlib
