// stdlib/fmt/fmt_natives.cpp — fmt's Print family as natives over the formatting core
// (format.h). A `...any` argument arrives as a slice of interface values; each becomes a Value.
// The Env gives the core what needs the running program: map iteration (vm/map.h) and, from
// issue 4 on, calling Error()/String() methods of script types.
#include "stdlib/fmt/format.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"
#include "stdlib/os/os_files.h"
#include "vm/map.h"
#include "vm/runtime.h"

#include <vector>

namespace vitro::stdlib::fmt {

namespace {

class RuntimeEnv final : public Env {
public:
    explicit RuntimeEnv(vm::Runtime& rt)
        : m_rt(rt)
    {
    }
    void map_entries(const gc::Type* map_type, const void* map,
        std::vector<std::pair<const void*, const void*>>& out) override
    {
        auto* m = static_cast<vm::MapHeader*>(const_cast<void*>(map));
        if (m->count == 0)
            return;
        // The iterator is a heap object; the map stays reachable from the caller's arguments.
        vm::MapIter* it = vm::map_iter(m_rt, map_type, m);
        gc::Heap::TempRoot keep(m_rt.heap(), it);
        void *key, *value;
        while (vm::map_next(m_rt, it, key, value))
            out.emplace_back(key, value);
    }
    bool handle_methods(Printer&, Value, char32_t) override
    {
        return false; // script methods (Error, String) need calls into script code: issue 4
    }

private:
    vm::Runtime& m_rt;
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

// Formats `args` (slot i: a []any) with `format` for Printf.
std::string format_call(vm::NativeCall& call, Mode mode, std::string_view format, int args_slot)
{
    RuntimeEnv env(call.runtime());
    std::vector<Value> values = values_of(call.slice_arg(args_slot));
    Printer p(&env);
    if (mode == Mode::Print)
        p.print(values);
    else if (mode == Mode::Println)
        p.println(values);
    else
        p.printf(format, values);
    return std::move(p.buffer());
}

// (n int, err error) from slot 0 after writing `text` to `out`.
void write_result(vm::NativeCall& call, std::FILE* out, const std::string& text)
{
    if (out)
        std::fwrite(text.data(), 1, text.size(), out);
    call.set_int(0, out ? static_cast<int64_t>(text.size()) : 0);
    internal::set_nil_error(call, 1);
}

void Print(vm::NativeCall& call)
{
    write_result(call, call.out(), format_call(call, Mode::Print, {}, 0));
}

void Println(vm::NativeCall& call)
{
    write_result(call, call.out(), format_call(call, Mode::Println, {}, 0));
}

void Printf(vm::NativeCall& call)
{
    write_result(call, call.out(), format_call(call, Mode::Printf, call.string_arg(0).view(), 2));
}

void Sprint(vm::NativeCall& call)
{
    call.set_string(0, call.new_string(format_call(call, Mode::Print, {}, 0)));
}

void Sprintln(vm::NativeCall& call)
{
    call.set_string(0, call.new_string(format_call(call, Mode::Println, {}, 0)));
}

void Sprintf(vm::NativeCall& call)
{
    call.set_string(0, call.new_string(format_call(call, Mode::Printf, call.string_arg(0).view(), 2)));
}

void Errorf(vm::NativeCall& call)
{
    call.set_iface(
        0, internal::new_error(call, format_call(call, Mode::Printf, call.string_arg(0).view(), 2)));
}

// Fprint*(w io.Writer, ...): w is os.Stdout or os.Stderr (other writers need method calls).
std::FILE* writer_stream(vm::NativeCall& call)
{
    return os::file_stream(call.runtime(), call.iface_arg(0).data);
}

void Fprint(vm::NativeCall& call)
{
    std::string text = format_call(call, Mode::Print, {}, 2);
    write_result(call, writer_stream(call), text);
}

void Fprintln(vm::NativeCall& call)
{
    std::string text = format_call(call, Mode::Println, {}, 2);
    write_result(call, writer_stream(call), text);
}

void Fprintf(vm::NativeCall& call)
{
    std::string text = format_call(call, Mode::Printf, call.string_arg(2).view(), 4);
    write_result(call, writer_stream(call), text);
}

} // namespace

} // namespace vitro::stdlib::fmt

namespace vitro::stdlib {

void register_fmt(vm::NativeRegistry& r)
{
    r.add("fmt.Print", fmt::Print);
    r.add("fmt.Println", fmt::Println);
    r.add("fmt.Printf", fmt::Printf);
    r.add("fmt.Sprint", fmt::Sprint);
    r.add("fmt.Sprintln", fmt::Sprintln);
    r.add("fmt.Sprintf", fmt::Sprintf);
    r.add("fmt.Errorf", fmt::Errorf);
    r.add("fmt.Fprint", fmt::Fprint);
    r.add("fmt.Fprintln", fmt::Fprintln);
    r.add("fmt.Fprintf", fmt::Fprintf);
}

} // namespace vitro::stdlib
