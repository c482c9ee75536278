// vm/runtime.h — one running program: its Module, heap, globals, natives and goroutine.
//
// Overview: a Runtime links a Module against the native registry, allocates the globals area
// (outside the heap, scanned as a root through Module::globals_ptrmask), creates the main
// goroutine and runs Module::init_function then main_function on the interpreter
// (vm/interp.cpp). It is the heap's RootProvider: it walks every frame of the goroutine by
// its header chain (vm/frame.h) and scans each frame's slots by Function::ptrmap, only up to
// the header of the frame it called (slots above that belong to the callee).
// Invariants: before any instruction that may allocate or panic, the interpreter stores its
// pc and base into the Goroutine (save points), so the root scan and goroutine traces always
// see a consistent frame chain. Every reference into a goroutine stack is a slot offset, so
// a stack grows by copying (grow_stack) without fixing anything up.
// Concurrency: goroutines run one at a time on one P (vm/sched.h); the only word another
// thread touches is the poll word (sysmon's preemption request).
// Go counterpart: runtime/proc.go (main goroutine), runtime/stack.go (growth), panic.go
// (fatal panics), print.go (print/println).
#pragma once

#include "gc/heap.h"
#include "vm/module.h"
#include "vm/native.h"

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace vitro::vm {

struct MapLayout;
class Scheduler;

// Reads GOGC and GODEBUG the way Go does. A malformed value gives a one-line message in
// `error` (`vitro: invalid GOGC value "abc"`) and false.
bool heap_options_from_env(gc::Options& out, std::string& error);

// A panic on a goroutine: the one being raised (Goroutine::panic), or one paused while a
// deferred call runs for it (Goroutine::paused; protocol in vm/panic.cpp).
struct PanicState {
    bool active = false;
    bool runtime_error = false; // value is a runtime.Error: `message` is its Error() text
    bool sigsegv = false; // print Go's `[signal SIGSEGV ...]` line after the message
    std::string message; // the printed text of a runtime error or of a native's panic
    Iface value {}; // panic(v) from the program
    // ---- recover (vm/panic.cpp) ----
    bool recovered = false; // recover() returned it; the deferring frame then returns normally
    bool goexit = false; // runtime.Goexit: unwinds like a panic that recover() never sees
    uint64_t frame = 0; // base of the frame whose deferred calls run for it
};

// One pending deferred call: a thunk closure (vm/opcodes.def) and the frame that deferred it.
struct DeferRecord {
    uint64_t frame; // slot offset of the frame's base
    const Closure* call; // a heap object: the defer list is a root of the collector
};

// Go's goroutine states (runtime2.go's _Grunnable...), as far as one P needs them.
enum class GStatus : uint8_t {
    Runnable, // in runnext or the run queue
    Running, // on the P; also "returned from its entry frame" when interpret returns
    Waiting, // parked (wait_reason says why); a waker makes it Runnable
    Dead, // finished, on the free list with its stack
};

struct Sudog;

struct Goroutine {
    Slot* stack = nullptr;
    uint64_t stack_slots = 0;
    uint64_t base = 0; // base of the running frame (saved at save points)
    uint32_t pc = 0; // code-word index in the running frame's function (saved at save points)
    int64_t id = 1;
    PanicState panic;
    // ---- scheduling (vm/sched.h) ----
    GStatus status = GStatus::Running;
    bool retry_native = false; // parked by a native that runs again when resumed
    bool wake_panic = false; // woken by close while sending: panics when it resumes
    uint32_t nested = 0; // Runtime::call_value entries on the C stack
    const char* wait_reason = ""; // Go's waitReason text ("chan receive", "select", "sleep")
    int64_t wait_since = 0; // monotonic ns when it parked
    Goroutine* schedlink = nullptr; // run queue / free list link
    Sudog* waiting = nullptr; // sudogs of the channel operation it is parked in (select: several)
    const Function* start_fn = nullptr; // "created by" in traces
    const Function* creator_fn = nullptr;
    uint32_t creator_line = 0;
    uint64_t sleep_seq = 0; // the sleep timer that may wake it
    // ---- defer and recover (vm/panic.cpp) ----
    std::vector<DeferRecord> defers; // pending deferred calls, innermost frame last
    std::vector<PanicState> paused; // panics whose deferred calls are running, oldest first
};

// Initial goroutine stack: 64 slots (512 bytes; runtime-design.md 7.3).
inline constexpr uint64_t kInitialStackSlots = 64;
// Go's maximum stack on 64-bit systems, in bytes.
inline constexpr uint64_t kMaxStackBytes = 1000000000;

class Runtime final : public gc::RootProvider {
public:
    Runtime(Module& module, const gc::Options& options);
    ~Runtime() override;
    Runtime(const Runtime&) = delete;
    Runtime& operator=(const Runtime&) = delete;

    // Resolves Module::natives by name. A missing native gives
    // `FILE:LINE:COL: vitro: NAME is not implemented yet` in `error` and false.
    bool link(const NativeRegistry& registry, std::string& error);
    // os.Args (program name first). Stored into the global "os.Args" when the module has it.
    void set_args(std::vector<std::string> args) { m_args = std::move(args); }
    // Runs package initialization and main.main; returns the exit status (0, or 2 after a
    // fatal panic; os.Exit ends the process directly).
    int run();
    // Runs one function to completion on the main goroutine (tests, embedding): arguments in
    // slot form in, results in slot form out.
    void call(const Function* fn, const Slot* args, uint32_t nargs, Slot* results, uint32_t nresults);

    Module& module() { return m_module; }
    gc::Heap& heap() { return *m_heap; }
    std::FILE* out() { return stdout; }
    void flush_out() { std::fflush(stdout); }
    [[noreturn]] void exit(int code);

    // Interpreter support.
    Goroutine& current(); // the goroutine running on the P
    Scheduler& sched() { return *m_sched; }
    const NativeFn* natives() const { return m_natives.data(); }
    uint8_t* globals() { return m_globals; }
    // Heap objects a native package keeps for the whole run outside the globals area (log's
    // standard logger): marked at every collection.
    void pin(void* object) { m_pinned.push_back(object); }
    // Set by sysmon (another thread) to preempt the running goroutine: safepoints poll it.
    std::atomic<uint32_t>* poll_word() { return &m_poll; }
    const MapLayout* map_layout(const gc::Type* map_type);
    const gc::Type* string_slice_type() const { return m_string_slice_type; }

    // Non-empty interfaces (vm/iface.cpp): itabs per (dynamic type, interface type), the
    // Module's static ones registered at link time, the others built on first use.
    std::map<std::pair<const gc::Type*, const gc::Type*>, const Itab*>& itab_cache() { return m_itab_cache; }
    const NativeRegistry* registry() const { return m_registry; }
    support::Arena& arena() { return m_arena; }

    // Grows g's stack so that slot `needed` exists; fatal `stack overflow` past Go's limit.
    void grow_stack(Goroutine& g, uint64_t needed);
    // Prints the panic recorded in g.panic with the goroutine trace and exits with status 2.
    [[noreturn]] void fatal_panic(Goroutine& g);
    // Prints "fatal error: MSG" with the trace and exits with status 2.
    [[noreturn]] void fatal_error(Goroutine& g, const std::string& message, const std::string& preface);
    // Calls the func value `fn` on top of g's frames (a nested entry: a sentinel header linking
    // to the interrupted frame, so traces and the root scan see through it) and runs it to
    // completion on the C stack. `args` (slot form) go to the callee's R[0..nargs); the func
    // value itself goes to R[param_slots] (the closure-context convention of CALLFUNC, see
    // vm/opcodes.def); `nres` result slots are copied to `results`. Returns false when the call
    // ended in a panic that no deferred call recovered: g.panic is then set and the native
    // must return at once (the interpreter raises it in the native's caller). Natives use it
    // for callbacks (sort.Slice's less, sync.Once.Do, fmt's String/Error methods).
    bool call_value(
        Goroutine& g, const Closure* fn, const Slot* args, uint32_t nargs, Slot* results, uint32_t nres);
    // Calls method `index` (the position in the interface type's method list, sorted by name)
    // of the non-empty interface value v (v.tab an Itab) on top of g's frames: `args` are the
    // method's arguments in slot form WITHOUT the receiver (the data word is passed first, as
    // CALLIFACE does), `nres` result slots are copied to `results`. Natives use it for
    // sort.Interface, io.Writer/io.Reader arguments of script types and the like. False when the
    // call panicked (g.panic set: return at once); a nil v panics with the nil-dereference error.
    bool call_method(Goroutine& g, Iface v, uint32_t index, const Slot* args, uint32_t nargs, Slot* results,
        uint32_t nres);
    // Calls a method returning a string (Error, String) on v on top of g's frames (panic
    // printing; natives such as fmt may use it for Stringer/error values).
    std::string call_string_method(Goroutine& g, const gc::Method& m, Iface v);
    // The Error() (else String()) text of a panic value whose type has such a method, written
    // in Go or registered as a native ("errors.(*errorString).Error"); false if it has none.
    bool method_text(Goroutine& g, Iface v, std::string& text);
    // The value recover() returns for a run-time error or a native's panic text
    // (vm/panic.cpp).
    Iface error_value(const std::string& message, bool runtime_error);
    // Writes the "goroutine 1 [running]:" block for g (its wait reason when parked).
    void print_trace(Goroutine& g, std::FILE* to);
    // Every live goroutine's block, g first (fatal errors, deadlock).
    void print_all_traces(Goroutine& first, std::FILE* to);

    // ---- native thunks (vm/native_thunk.cpp) ----
    // Func values made by natives (context.WithCancel's CancelFunc, future callbacks): a
    // Function named `name` (what traces print, Go's symbol: "context.WithCancel.func1") whose
    // code is `CALLNATIVE 0 fn` then `RET 0 result_slots`, built once per name and Runtime in
    // the Runtime's arena (its native appended to the native table, whose capacity link()
    // reserves: the interpreter holds a pointer to it). A native makes a func value with
    // new_native_closure: a heap Closure {thunk; captured words...}. When the script calls it
    // (CALLFUNC, defer, go, call_value), `fn` runs with the call's arguments at
    // args[0..param_slots) and the Closure* at args[param_slots] (the closure-context slot,
    // vm/frame.h), from which it reads its captured words; it writes results from args[0] as
    // any native does (it may panic, park or call back into script code). Every slot of a
    // thunk's frame is in its ptrmap; `frame_slots` asks for a larger frame than
    // max(param_slots + 1, result_slots) when the native needs scratch slots in the goroutine's
    // stack (a select's cases). At most kMaxNativeThunks names per Runtime; call after link().
    const Function* native_thunk(std::string_view name, NativeFn fn, uint32_t param_slots,
        uint32_t result_slots, uint32_t frame_slots = 0);
    // A heap Closure for `thunk` with `ncaptured` zeroed captured words, all scanned by the
    // collector like the compiler's closures (store heap pointers with gc::store_ptr; a
    // non-pointer word is harmless: only words that point into heap objects are marked).
    Closure* new_native_closure(const Function* thunk, uint32_t ncaptured);
    static constexpr size_t kMaxNativeThunks = 256;

    // gc::RootProvider.
    void scan_roots(gc::Marker& m) override;
    uint64_t stack_bytes() const override;
    uint64_t global_bytes() const override { return m_module.globals_size; }

private:
    void set_os_args();

    Module& m_module;
    std::unique_ptr<gc::Heap> m_heap;
    std::vector<NativeFn> m_natives;
    const NativeRegistry* m_registry = nullptr; // for natively implemented Error/String methods
    uint8_t* m_globals = nullptr;
    std::vector<void*> m_pinned; // see pin()
    std::unique_ptr<Scheduler> m_sched;
    std::atomic<uint32_t> m_poll { 0 };
    std::vector<std::string> m_args;
    support::Arena m_arena; // vm-built type descriptors (map internals, []string)
    std::vector<std::pair<const gc::Type*, const MapLayout*>> m_map_layouts;
    const gc::Type* m_string_slice_type = nullptr;
    std::vector<const gc::Type*> m_error_types; // recovered run-time errors (vm/panic.cpp)
    std::map<std::pair<const gc::Type*, const gc::Type*>, const Itab*> m_itab_cache;
    std::map<std::string, const Function*, std::less<>> m_native_thunks; // by name
    std::map<uint32_t, const gc::Type*> m_native_closure_types; // by captured words
};

// The interpreter: runs g from its saved frame until the frame whose caller is the entry
// sentinel (Function* null) returns (g.status stays Running), or until g parks or yields
// (g.status is then Waiting or Runnable, and g.pc/g.base say where it resumes).
void interpret(Runtime& rt, Goroutine& g);

// ---- defer, panic and recover (vm/panic.cpp; protocol there) ----
// RUNDEFER in the frame at `frame`: the next deferred call to run, or null.
const Closure* next_deferred_call(Goroutine& g, uint64_t frame);
// After the frame's last deferred call: whether a panic resumes unwinding from it.
bool resume_unwinding(Goroutine& g, uint64_t frame);
// recover() in the frame at `frame`.
Iface recover_panic(Runtime& rt, Goroutine& g, uint64_t frame);
// Whether unwinding from `frame` reaches a frame with deferred calls or a nested entry before
// the goroutine's bottom (else the panic is fatal where it stands).
bool unwinding_can_stop(const Goroutine& g, const Slot* stack, uint64_t frame);
// runtime.Goexit: starts unwinding g (its deferred calls run, recover returns nil); when it
// reaches the bottom the goroutine ends (the scheduler, vm/sched.cpp).
void begin_goexit(Goroutine& g);

} // namespace vitro::vm
