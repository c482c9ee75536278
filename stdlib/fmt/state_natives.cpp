// stdlib/fmt/state_natives.cpp — the fmt.State a Formatter's Format method receives.
//
// Go passes its printer (*fmt.pp) as the State; here a small heap object of type *fmt.pp holds
// the address of the C++ Printer that is formatting (a word the collector does not follow).
// Its methods are natives found by name through the State itab: Write and WriteString append to
// the printer's buffer, Width/Precision/Flag report the current verb's flags. A registered
// io.Writer handler makes fmt.Fprintf(f, ...) inside Format write there too. When Format
// returns, the object is detached (printer null) so that a State kept by the program writes
// nothing.
// Go reference: src/fmt/print.go (pp.Width, Precision, Flag, Write, WriteString, handleMethods).
#include "stdlib/fmt/methods.h"
#include "stdlib/internal/ifaces.h"
#include "stdlib/internal/io_util.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"
#include "vm/runtime.h"

namespace vitro::stdlib::fmt {

namespace {

struct State {
    Printer* printer;
};

const gc::Type kPpType = internal::make_struct_type("fmt.pp", 8, 0, nullptr, gc::kTypeNamed);
const gc::Type kPpPtrType = internal::make_pointer_type(&kPpType, "*fmt.pp");
const gc::Method kStateMethods[] = { internal::iface_method("Flag"), internal::iface_method("Precision"),
    internal::iface_method("Width"), internal::iface_method("Write") };
const gc::Type kStateIface = internal::make_iface_type("fmt.State", kStateMethods);

Printer* printer_of(vm::NativeCall& call)
{
    const auto* st = static_cast<const State*>(call.ptr_arg(0));
    return st ? st->printer : nullptr;
}

void Write(vm::NativeCall& call)
{
    vm::Slice b = call.slice_arg(1);
    if (Printer* p = printer_of(call))
        p->buffer().append(reinterpret_cast<const char*>(b.ptr), static_cast<size_t>(b.len));
    call.set_int(0, b.len);
    internal::set_nil_error(call, 1);
}

void WriteString(vm::NativeCall& call)
{
    vm::String s = call.string_arg(1);
    if (Printer* p = printer_of(call))
        p->buffer().append(s.view());
    call.set_int(0, s.len);
    internal::set_nil_error(call, 1);
}

void Width(vm::NativeCall& call)
{
    Printer* p = printer_of(call);
    call.set_int(0, p ? p->flags().wid : 0);
    call.set_int(1, p && p->flags().wid_present);
}

void Precision(vm::NativeCall& call)
{
    Printer* p = printer_of(call);
    call.set_int(0, p ? p->flags().prec : 0);
    call.set_int(1, p && p->flags().prec_present);
}

void Flag(vm::NativeCall& call)
{
    Printer* p = printer_of(call);
    bool on = false;
    if (p) {
        const Flags& f = p->flags();
        switch (call.int_arg(1)) {
        case '-':
            on = f.minus;
            break;
        case '+':
            on = f.plus || f.plus_v;
            break;
        case '#':
            on = f.sharp || f.sharp_v;
            break;
        case ' ':
            on = f.space;
            break;
        case '0':
            on = f.zero;
            break;
        default:
            break;
        }
    }
    call.set_int(0, on);
}

void state_write(vm::NativeCall&, void* self, std::string_view data, int64_t& n, vm::Iface& err)
{
    if (self)
        if (Printer* p = static_cast<State*>(self)->printer)
            p->buffer().append(data);
    n = static_cast<int64_t>(data.size());
    err = { nullptr, nullptr };
}

} // namespace

void* new_state(vm::Runtime& rt, Printer* p, vm::Iface& state)
{
    auto* st = static_cast<State*>(rt.heap().alloc(&kPpType));
    st->printer = p;
    state = { internal::itab_for(rt, &kPpPtrType, &kStateIface), st };
    return st;
}

void end_state(void* st)
{
    static_cast<State*>(st)->printer = nullptr;
}

void register_state(vm::NativeRegistry& r)
{
    r.add("fmt.(*pp).Write", Write);
    r.add("fmt.(*pp).WriteString", WriteString);
    r.add("fmt.(*pp).Width", Width);
    r.add("fmt.(*pp).Precision", Precision);
    r.add("fmt.(*pp).Flag", Flag);
    internal::register_native_writer("*fmt.pp", state_write);
}

} // namespace vitro::stdlib::fmt
