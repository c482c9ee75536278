// vm/runtime.cpp — Runtime: linking, globals, the main goroutine, stack growth, fatal panics
// and traces, the collector's root scan, the environment, and NativeCall (design: runtime.h).
#include "vm/runtime.h"

#include "support/assert.h"
#include "support/config.h"
#include "vm/frame.h"
#include "vm/map.h"
#include "vm/ops.h"
#include "vm/sched.h"

#include <algorithm>
#include <cinttypes>
#include <cstdlib>
#include <cstring>

namespace vitro::vm {

// ---- environment ----

bool heap_options_from_env(gc::Options& out, std::string& error)
{
    if (const char* v = std::getenv("GOGC"); v && *v) {
        std::string s = v;
        if (s == "off") {
            out.gogc = -1;
        } else {
            char* end = nullptr;
            errno = 0;
            long n = std::strtol(s.c_str(), &end, 10);
            if (*end || errno || n > 1000000000L || n < -1000000000L) {
                error = "vitro: invalid GOGC value \"" + s + "\"";
                return false;
            }
            out.gogc = n < 0 ? -1 : static_cast<int>(n);
        }
    }
    if (const char* v = std::getenv("GODEBUG"); v && *v) {
        std::string s = v;
        size_t at = 0;
        while (at <= s.size()) {
            size_t comma = s.find(',', at);
            std::string item = s.substr(at, comma == std::string::npos ? std::string::npos : comma - at);
            if (item.rfind("gctrace=", 0) == 0)
                out.gctrace = item.substr(8) != "0" && !item.substr(8).empty();
            if (comma == std::string::npos)
                break;
            at = comma + 1;
        }
    }
    return true;
}

// ---- construction and linking ----

Runtime::Runtime(Module& module, const gc::Options& options)
    : m_module(module)
    , m_heap(std::make_unique<gc::Heap>(options))
{
    m_heap->set_roots(this);
    if (m_module.globals_size) {
        m_globals = static_cast<uint8_t*>(std::calloc(1, m_module.globals_size));
        VITRO_CHECK(m_globals);
    }
    m_sched = std::make_unique<Scheduler>(*this);
    // []string for os.Args.
    auto* str = m_arena.make<gc::Type>();
    static const uint64_t kStringMask[1] = { 1 };
    str->size = 16, str->ptrdata = 8, str->ptrmask = kStringMask, str->align = 8;
    str->kind = gc::Kind::String, str->name = "string", str->flags = gc::kTypeComparable;
    auto* slice = m_arena.make<gc::Type>();
    slice->size = 24, slice->ptrdata = 8, slice->ptrmask = kStringMask, slice->align = 8;
    slice->kind = gc::Kind::Slice, slice->name = "[]string", slice->elem = str;
    m_string_slice_type = slice;
}

Runtime::~Runtime()
{
    m_heap->set_roots(nullptr);
    m_sched.reset();
    std::free(m_globals);
}

Goroutine& Runtime::current()
{
    return m_sched->current();
}

namespace {

// Stands in for a native method that a method set names but the registry lacks.
void missing_native_method(NativeCall& call)
{
    call.panic_message("vitro: this native method is not implemented yet");
}

} // namespace

bool Runtime::link(const NativeRegistry& registry, std::string& error)
{
    m_natives.clear();
    // Native thunks (vm/native_thunk.cpp) are appended while the interpreter runs: the table
    // must never move.
    m_natives.reserve(m_module.natives.size() + kMaxNativeThunks);
    m_registry = &registry;
    for (const NativeRef& ref : m_module.natives) {
        NativeFn fn = registry.find(ref.name);
        if (!fn && ref.optional)
            fn = missing_native_method;
        if (!fn) {
            error = m_module.file_name + ":" + std::to_string(ref.line) + ":" + std::to_string(ref.col)
                + ": vitro: " + ref.name + " is not implemented yet";
            return false;
        }
        m_natives.push_back(fn);
    }
    // Static itabs: resolve their native methods and make them the cached itab of their pair.
    for (Itab* it : m_module.itabs) {
        for (uint64_t i = 0; i < it->nfun; i++)
            if (it->fun[i].native_index != kNoNative)
                it->fun[i].native = m_natives[it->fun[i].native_index];
        m_itab_cache.emplace(std::make_pair(it->type, it->iface), it);
    }
    // Cache every map type's layout in its descriptor (gc::Type::extra belongs to vm/).
    for (const gc::Type* t : m_module.types)
        if (t->kind == gc::Kind::Map)
            (void)map_layout(t);
    return true;
}

const MapLayout* Runtime::map_layout(const gc::Type* map_type)
{
    if (map_type->extra)
        return static_cast<const MapLayout*>(map_type->extra);
    const MapLayout* l = make_map_layout(m_arena, map_type);
    // Type descriptors are immutable except for `extra`, which vm/ fills once.
    const_cast<gc::Type*>(map_type)->extra = l;
    return l;
}

// ---- running ----

void Runtime::set_os_args()
{
    const GlobalSymbol* sym = m_module.find_global("os.Args");
    if (!sym)
        return;
    auto n = static_cast<uint64_t>(m_args.size());
    auto* arr = static_cast<String*>(n ? m_heap->alloc_array(m_string_slice_type->elem, n) : nullptr);
    gc::Heap::TempRoot keep(*m_heap, arr);
    auto* dst = reinterpret_cast<Slice*>(m_globals + sym->offset);
    for (uint64_t i = 0; i < n; i++) {
        NativeCall call(*this, nullptr);
        String s = call.new_string(m_args[i]);
        gc::store_ptr(
            reinterpret_cast<void**>(const_cast<uint8_t**>(&arr[i].ptr)), const_cast<uint8_t*>(s.ptr));
        arr[i].len = s.len;
    }
    gc::store_ptr(reinterpret_cast<void**>(&dst->ptr), arr);
    dst->len = static_cast<int64_t>(n);
    dst->cap = static_cast<int64_t>(n);
}

void Runtime::call(const Function* fn, const Slot* args, uint32_t nargs, Slot* results, uint32_t nresults)
{
    // Bottom sentinel (Function* null, caller base 0) at slots 0..2; the frame at base 6.
    Goroutine& g = m_sched->main_goroutine();
    uint64_t base = 2 * kFrameHeader;
    if (base + fn->num_slots + kFrameHeader > g.stack_slots)
        grow_stack(g, base + fn->num_slots + kFrameHeader);
    Slot* s = g.stack;
    s[0] = s[1] = s[2] = 0;
    s[base - kHeaderReturnPc] = 0;
    s[base - kHeaderCallerBase] = kFrameHeader;
    s[base - kHeaderFunction] = reinterpret_cast<Slot>(fn);
    std::memset(s + base, 0, fn->num_slots * sizeof(Slot));
    for (uint32_t i = 0; i < nargs; i++)
        s[base + i] = args[i];
    g.base = base;
    g.pc = 0;
    g.status = GStatus::Running;
    m_sched->drive(g);
    if (g.panic.active)
        fatal_panic(g); // unwound to the bottom through deferred calls that did not recover
    for (uint32_t i = 0; i < nresults; i++)
        results[i] = g.stack[base + i];
}

int Runtime::run()
{
    set_os_args();
    if (m_module.init_function < m_module.functions.size())
        call(m_module.functions[m_module.init_function], nullptr, 0, nullptr, 0);
    call(m_module.functions[m_module.main_function], nullptr, 0, nullptr, 0);
    flush_out();
    return 0;
}

void Runtime::exit(int code)
{
    flush_out();
    std::fflush(stderr);
    std::exit(code);
}

// ---- stacks ----

void Runtime::grow_stack(Goroutine& g, uint64_t needed)
{
    uint64_t slots = g.stack_slots;
    while (slots < needed)
        slots *= 2;
    if (slots * sizeof(Slot) > kMaxStackBytes) {
        fatal_error(g, "stack overflow", "runtime: goroutine stack exceeds 1000000000-byte limit\n");
    }
    auto* s = static_cast<Slot*>(std::realloc(g.stack, slots * sizeof(Slot)));
    if (!s)
        fatal_error(g, "out of memory", "");
    std::memset(s + g.stack_slots, 0, (slots - g.stack_slots) * sizeof(Slot));
    g.stack = s;
    g.stack_slots = slots;
}

uint64_t Runtime::stack_bytes() const
{
    return m_sched->stack_bytes();
}

namespace {

// Calls f(base, fn, pc, limit) for each script frame from the top: `limit` is the slot index
// where the frame's own slots end (its callee's header, or the frame's end for the top one).
template <class Visit> void walk_frames(const Goroutine& g, Visit visit)
{
    const Slot* s = g.stack;
    uint64_t base = g.base;
    uint64_t pc = g.pc;
    uint64_t limit = ~uint64_t(0);
    while (base >= kFrameHeader) {
        const auto* fn = reinterpret_cast<const Function*>(s[base - kHeaderFunction]);
        uint64_t ret = s[base - kHeaderReturnPc];
        uint64_t caller = s[base - kHeaderCallerBase];
        if (fn) {
            uint64_t end = base + fn->num_slots;
            if (end > limit)
                end = limit;
            if (!visit(base, fn, static_cast<uint32_t>(pc), end))
                return;
        }
        // A null Function* is a sentinel: the bottom one (caller base 0) or a nested entry
        // whose header links to the interrupted frame.
        if (caller == 0 || caller >= base)
            return;
        limit = base - kFrameHeader;
        base = caller;
        pc = ret;
    }
}

} // namespace

void Runtime::scan_roots(gc::Marker& m)
{
    if (m_globals && m_module.globals_size)
        m.scan_words(reinterpret_cast<const uint64_t*>(m_globals), m_module.globals_size / 8,
            m_module.globals_ptrmask.empty() ? nullptr : m_module.globals_ptrmask.data());
    for (void* p : m_pinned)
        m.mark_word(reinterpret_cast<uint64_t>(p));
    m_sched->for_each_live([&](const Goroutine& g) {
        const Slot* s = g.stack;
        walk_frames(g, [&](uint64_t base, const Function* fn, uint32_t, uint64_t end) {
            for (uint64_t i = base; i < end; i++)
                if (fn->slot_is_pointer(static_cast<uint32_t>(i - base)))
                    m.mark_word(s[i]);
            return true;
        });
        if (g.panic.active)
            m.mark_word(reinterpret_cast<uint64_t>(g.panic.value.data));
        for (const PanicState& p : g.paused)
            m.mark_word(reinterpret_cast<uint64_t>(p.value.data));
        for (const DeferRecord& d : g.defers)
            m.mark_word(reinterpret_cast<uint64_t>(d.call));
    });
    m_sched->scan_timers(m);
}

// ---- panics and traces ----

void Runtime::print_trace(Goroutine& g, std::FILE* to)
{
    const char* status = g.status == GStatus::Waiting ? g.wait_reason
        : g.status == GStatus::Runnable               ? "runnable"
                                                      : "running";
    std::fprintf(to, "goroutine %" PRId64 " [%s]:\n", g.id, status);
    int frames = 0;
    walk_frames(g, [&](uint64_t, const Function* fn, uint32_t pc, uint64_t) {
        if (frames == 100) {
            std::fprintf(to, "...additional frames elided...\n");
            return false;
        }
        // A saved pc is just past the instruction that is running (or that called).
        uint32_t at = pc ? pc - 1 : 0;
        std::fprintf(to, "%s(%s)\n\t%s:%u +0x%x\n", fn->name.c_str(), fn->param_slots ? "..." : "",
            m_module.file_path.c_str(), fn->line_at(at), at * 4);
        frames++;
        return true;
    });
    if (g.creator_fn)
        std::fprintf(to, "created by %s\n\t%s:%u +0x0\n", g.creator_fn->name.c_str(),
            m_module.file_path.c_str(), g.creator_line);
}

void Runtime::print_all_traces(Goroutine& first, std::FILE* to)
{
    print_trace(first, to);
    m_sched->for_each_live([&](Goroutine& g) {
        if (&g != &first) {
            std::fprintf(to, "\n");
            print_trace(g, to);
        }
    });
}

namespace {

// Finds a method by name in a type's method set.
const gc::Method* find_method(const gc::Type* t, std::string_view name)
{
    for (const gc::Method& m : t->methods)
        if (m.name == name)
            return &m;
    return nullptr;
}

} // namespace

void Runtime::fatal_panic(Goroutine& g)
{
    flush_out();
    // Go's printpanics: the panics still in progress, oldest first, later ones TAB-indented.
    std::vector<PanicState> chain;
    for (PanicState& p : g.paused)
        if (!p.goexit) // an interrupted runtime.Goexit is not a panic
            chain.push_back(std::move(p));
    g.paused.clear();
    chain.push_back(g.panic);
    std::vector<std::string> texts;
    for (PanicState& p : chain) {
        std::string text;
        if (p.runtime_error) {
            text = p.message;
        } else if (!p.value.tab) {
            text = p.message.empty() ? "nil" : p.message; // panic(nil), or a native's text
        } else {
            // error and fmt.Stringer values print their Error()/String() text (preprintpanics).
            Iface v { dynamic_type(p.value.tab, false), p.value.data };
            g.panic = PanicState {};
            if (!method_text(g, v, text))
                text = panic_value_text(v);
        }
        texts.push_back(std::move(text));
    }
    g.panic = chain.back();
    for (size_t i = 0; i < chain.size(); i++)
        std::fprintf(stderr, "%spanic: %s%s\n", i ? "\t" : "", texts[i].c_str(),
            chain[i].recovered ? " [recovered]" : "");
    if (g.panic.sigsegv)
        std::fprintf(stderr, "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
    std::fprintf(stderr, "\n");
    print_trace(g, stderr);
    std::fflush(stderr);
    std::exit(2);
}

bool Runtime::method_text(Goroutine& g, Iface v, std::string& text)
{
    const gc::Type* t = dynamic_type(v.tab, false);
    for (std::string_view name : { "Error", "String" }) {
        if (const gc::Method* m = find_method(t, name)) {
            text = call_string_method(g, *m, v);
            return true;
        }
        // A standard-library type: its method is the native "pkg.(*T).Name" or "pkg.T.Name".
        std::string_view tn = t->name;
        bool ptr = !tn.empty() && tn[0] == '*';
        if (ptr)
            tn.remove_prefix(1);
        size_t dot = tn.rfind('.');
        if (!m_registry || dot == std::string_view::npos)
            continue;
        std::string native = std::string(tn.substr(0, dot)) + (ptr ? ".(*" : ".")
            + std::string(tn.substr(dot + 1)) + (ptr ? ")." : ".") + std::string(name);
        if (NativeFn fn = m_registry->find(native)) {
            Slot args[3] = { reinterpret_cast<Slot>(v.data), 0, 0 };
            if (!(t->flags & gc::kTypeDirectIface))
                load_value(args, t, v.data);
            NativeCall call(*this, args);
            fn(call);
            text.assign(reinterpret_cast<const char*>(args[0]), args[1]);
            return true;
        }
    }
    return false;
}

bool Runtime::call_value(
    Goroutine& g, const Closure* closure, const Slot* args, uint32_t nargs, Slot* results, uint32_t nres)
{
    const Function* fn = closure->fn;
    // A nested entry: a sentinel header linking to the interrupted frame, then the callee.
    const auto* cur = reinterpret_cast<const Function*>(g.stack[g.base - kHeaderFunction]);
    uint64_t sentinel = g.base + (cur ? cur->num_slots : 0) + kFrameHeader;
    uint64_t base = sentinel + kFrameHeader;
    uint64_t top = base + std::max(fn->num_slots, fn->param_slots + 1) + kFrameHeader;
    if (top > g.stack_slots)
        grow_stack(g, top);
    Slot* s = g.stack;
    s[sentinel - kHeaderReturnPc] = g.pc;
    s[sentinel - kHeaderCallerBase] = g.base;
    s[sentinel - kHeaderFunction] = 0;
    s[base - kHeaderReturnPc] = 0;
    s[base - kHeaderCallerBase] = sentinel;
    s[base - kHeaderFunction] = reinterpret_cast<Slot>(fn);
    std::memset(s + base, 0, std::max(fn->num_slots, fn->param_slots + 1) * sizeof(Slot));
    for (uint32_t i = 0; i < nargs; i++)
        s[base + i] = args[i];
    s[base + fn->param_slots] = reinterpret_cast<Slot>(closure);
    uint64_t saved_base = g.base;
    uint32_t saved_pc = g.pc;
    PanicState saved = g.panic;
    g.panic = PanicState {};
    g.base = base;
    g.pc = 0;
    // Script code may park: drive the scheduler from here until this entry returns.
    g.nested++;
    m_sched->drive(g);
    g.nested--;
    bool ok = !g.panic.active;
    for (uint32_t i = 0; ok && i < nres; i++)
        results[i] = g.stack[base + i];
    g.base = saved_base;
    g.pc = saved_pc;
    if (ok)
        g.panic = saved;
    return ok;
}

std::string Runtime::call_string_method(Goroutine& g, const gc::Method& m, Iface v)
{
    if (m.function >= m_module.functions.size())
        return panic_value_text(v);
    const Function* fn = m_module.functions[m.function];
    const gc::Type* t = dynamic_type(v.tab, false);
    // The receiver in slot form: pointer receivers and pointer shapes pass the data word.
    Slot args[3] = {}; // a receiver takes at most 3 slots (a slice)
    if (m.pointer_receiver || (t->flags & gc::kTypeDirectIface))
        args[0] = reinterpret_cast<Slot>(v.data);
    else
        load_value(args, t, v.data);
    Slot result[2] = {};
    if (!call_value(g, &fn->static_closure, args, fn->param_slots, result, 2))
        return "<panic in String method>";
    return std::string(reinterpret_cast<const char*>(result[0]), result[1]);
}

void Runtime::fatal_error(Goroutine& g, const std::string& message, const std::string& preface)
{
    flush_out();
    std::fprintf(stderr, "%sfatal error: %s\n\n", preface.c_str(), message.c_str());
    print_trace(g, stderr);
    std::fflush(stderr);
    std::exit(2);
}

// ---- NativeCall ----

gc::Heap& NativeCall::heap()
{
    return m_rt.heap();
}

const Module& NativeCall::module()
{
    return m_rt.module();
}

std::FILE* NativeCall::out()
{
    return m_rt.out();
}

String NativeCall::new_string(std::string_view text)
{
    if (text.empty())
        return { nullptr, 0 };
    auto* p = static_cast<uint8_t*>(m_rt.heap().alloc_noscan(text.size()));
    std::memcpy(p, text.data(), text.size());
    return { p, static_cast<int64_t>(text.size()) };
}

void NativeCall::panic_runtime_error(std::string_view message)
{
    panic_runtime(m_rt.current(), std::string(message));
}

void NativeCall::panic_value(Iface value)
{
    vm::panic_value(m_rt.current(), value);
}

void NativeCall::panic_message(std::string_view text)
{
    Goroutine& g = m_rt.current();
    g.panic = PanicState {};
    g.panic.active = true;
    g.panic.message = std::string(text);
}

void NativeCall::exit(int code)
{
    m_rt.exit(code);
}

void NativeCall::park(const char* reason, bool retry)
{
    Goroutine& g = m_rt.current();
    m_rt.sched().park(g, reason);
    g.retry_native = retry;
}

void NativeCall::yield()
{
    m_rt.sched().yield(m_rt.current());
}

Goroutine& NativeCall::goroutine()
{
    return m_rt.current();
}

uint64_t NativeCall::slot_offset()
{
    return static_cast<uint64_t>(args - m_rt.current().stack);
}

} // namespace vitro::vm
