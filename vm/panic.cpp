// vm/panic.cpp — defer, panic and recover: the unwinding protocol behind RUNDEFER, RECOVER
// and the interpreter's `unwind` loop (vm/interp.cpp), and the values recover() returns for
// run-time errors.
//
// Overview (Go's runtime/panic.go, restated for a slot stack):
//  - `defer` pushes a DeferRecord {frame base, thunk closure} on Goroutine::defers; records of
//    one frame are contiguous and the innermost frame's are last.
//  - A function with defers ends in an epilogue: RUNDEFER (runs the frame's records, newest
//    first, each call returning to the RUNDEFER), then the results, then RET. `return` stores
//    the results and jumps to the epilogue.
//  - Raising a panic fills Goroutine::panic (active). The unwind loop pops frames that have no
//    records; at the first frame F that has some, panic.frame = F and F continues at its
//    epilogue. RUNDEFER in F then *pauses* the panic (moves it to Goroutine::paused) while the
//    deferred calls run normally, so natives and nested panics see no active panic.
//  - recover() returns the newest paused panic's value when its caller is a deferred-call
//    thunk that F's RUNDEFER called (Go: "called directly by a deferred function") and it was
//    not recovered yet; it marks it recovered.
//  - Back in RUNDEFER: a recovered panic of F is dropped, together with every older paused
//    panic whose frame is F or deeper (they were aborted by the recovered one and their
//    frames are gone); F then finishes its remaining deferred calls and returns normally with
//    its result variables. A panic of F not recovered resumes unwinding from F once F has no
//    records left.
//  - A new panic raised while deferred calls run leaves the older paused ones in place: the
//    fatal report prints them oldest first (`panic: a [recovered]` / TAB `panic: b`).
//  - runtime.Goexit is a panic state with `goexit` set: the same unwinding runs every deferred
//    call, recover() returns nil for it, and at the goroutine's bottom it is not fatal: the
//    scheduler ends the goroutine (main's Goexit lets the others run on; vm/sched.cpp).
// Invariants: a record's frame is alive (frames only pop by RET, after their epilogue, or by
// the unwind loop, which never pops a frame that has records); Goroutine::defers and paused
// panics' values are roots of the collector (Runtime::scan_roots).
// Concurrency: per goroutine; nothing shared.
#include "support/assert.h"
#include "vm/frame.h"
#include "vm/ops.h"
#include "vm/runtime.h"

namespace vitro::vm {

const Closure* next_deferred_call(Goroutine& g, uint64_t frame)
{
    if (g.panic.active && g.panic.frame == frame) {
        g.panic.active = false; // paused while this frame's deferred calls run
        g.paused.push_back(std::move(g.panic));
        g.panic = PanicState {};
    }
    if (!g.paused.empty() && g.paused.back().frame == frame && g.paused.back().recovered) {
        while (!g.paused.empty() && g.paused.back().frame >= frame)
            g.paused.pop_back();
    }
    if (g.defers.empty() || g.defers.back().frame != frame)
        return nullptr;
    const Closure* c = g.defers.back().call;
    g.defers.pop_back();
    return c;
}

bool resume_unwinding(Goroutine& g, uint64_t frame)
{
    if (g.paused.empty() || g.paused.back().frame != frame || g.paused.back().recovered)
        return false;
    g.panic = std::move(g.paused.back());
    g.paused.pop_back();
    g.panic.active = true;
    return true;
}

bool unwinding_can_stop(const Goroutine& g, const Slot* stack, uint64_t frame)
{
    uint64_t pending = g.defers.empty() ? 0 : g.defers.back().frame;
    for (uint64_t b = frame; b >= kFrameHeader;) {
        if (b == pending)
            return true;
        if (!stack[b - kHeaderFunction]) // a sentinel: the bottom one has caller base 0
            return stack[b - kHeaderCallerBase] != 0;
        uint64_t caller = stack[b - kHeaderCallerBase];
        if (caller >= b)
            return false;
        b = caller;
    }
    return false;
}

void begin_goexit(Goroutine& g)
{
    g.panic = PanicState {};
    g.panic.active = true;
    g.panic.goexit = true;
}

Iface recover_panic(Runtime& rt, Goroutine& g, uint64_t frame)
{
    if (g.paused.empty() || g.paused.back().recovered || g.paused.back().goexit)
        return {};
    PanicState& p = g.paused.back();
    const Slot* s = g.stack;
    uint64_t caller = s[frame - kHeaderCallerBase];
    if (caller < kFrameHeader)
        return {};
    const auto* cfn = reinterpret_cast<const Function*>(s[caller - kHeaderFunction]);
    // Compiler-made wrappers ("main.T.M-fm", itab and method-expression wrappers) are
    // transparent, as Go's wrapper functions are.
    while (cfn && (cfn->wrapper || cfn->name.ends_with("-fm"))
        && s[caller - kHeaderCallerBase] >= kFrameHeader) {
        caller = s[caller - kHeaderCallerBase];
        cfn = reinterpret_cast<const Function*>(s[caller - kHeaderFunction]);
    }
    if (!cfn || !cfn->defer_thunk || s[caller - kHeaderCallerBase] != p.frame)
        return {};
    p.recovered = true;
    if (!p.runtime_error && !p.value.tab && !p.message.empty())
        return rt.error_value(p.message, false); // a native's panic with a plain text
    if (p.runtime_error)
        return rt.error_value(p.message, true);
    return p.value;
}

} // namespace vitro::vm

namespace vitro::vm {

// The dynamic type of a recovered run-time error, by Go's type names (runtime/error.go):
// index and slice bounds are runtime.boundsError, failed assertions *runtime.TypeAssertionError,
// runtime.plainError for texts without the "runtime error: " prefix (nil map writes), else
// runtime.errorString. Each is a string-shaped named type here holding the Error() text, so
// fmt prints it as Go prints the error.
Iface Runtime::error_value(const std::string& message, bool runtime_error)
{
    const gc::Type* t = nullptr;
    if (!runtime_error) {
        for (const gc::Type* mt : m_module.types)
            if (mt->kind == gc::Kind::String && mt->name == "string")
                t = mt;
        if (!t)
            t = m_string_slice_type->elem;
    } else {
        std::string_view name = "runtime.errorString";
        if (message.rfind("interface conversion", 0) == 0)
            name = "*runtime.TypeAssertionError";
        else if (message.find("index out of range") != std::string::npos
            || message.find("slice bounds out of range") != std::string::npos)
            name = "runtime.boundsError";
        else if (message.rfind("runtime error: ", 0) != 0)
            name = "runtime.plainError";
        for (const gc::Type* mt : m_module.types) // made by the compiler when recover is used
            if (mt->name == name && mt->kind == gc::Kind::String)
                t = mt;
        for (const gc::Type* et : m_error_types)
            if (!t && et->name == name)
                t = et;
        if (!t) {
            auto* nt = m_arena.make<gc::Type>();
            *nt = *m_string_slice_type->elem;
            nt->name = m_arena.intern_copy(name);
            nt->flags |= gc::kTypeNamed;
            m_error_types.push_back(nt);
            t = nt;
        }
    }
    auto* box = static_cast<String*>(m_heap->alloc(t));
    gc::Heap::TempRoot keep(*m_heap, box);
    NativeCall call(*this, nullptr);
    String s = call.new_string(message);
    gc::store_ptr(reinterpret_cast<void**>(const_cast<uint8_t**>(&box->ptr)), const_cast<uint8_t*>(s.ptr));
    box->len = s.len;
    return Iface { t, box };
}

} // namespace vitro::vm
