// vm/interp.cpp — the interpreter loop: one function that runs every opcode of
// vm/opcodes.def.
//
// Design: dispatch by computed goto (VITRO_COMPUTED_GOTO; a switch loop otherwise) through a
// label table generated from opcodes.def. The hot state lives in locals: `pc` (next code
// word), `R` (the running frame's slot 0), `code` (the running function's first word) and `K`
// (module constants). Script calls never recurse on the C stack: CALL writes the callee's
// header (return pc, caller base, Function*) into the caller's R[A-3..A-1], moves R up and
// jumps; RET copies the results down and follows the header back. Everything that allocates
// or panics saves pc and base into the goroutine first (SAVE), so the collector's root scan
// and the goroutine trace see the whole frame chain; slow paths are out of line (vm/ops.cpp,
// vm/map.cpp) so the compiler keeps the locals in registers.
// Invariants: R points into g.stack, which only moves in grow_stack (at function entry);
// the frame header slots are written by CALL and read only by RET, traces and the root scan.
// Go counterpart: the compiled code itself; runtime/stack.go for growth, panic.go for panics.
#include "support/config.h"
#include "vm/bytecode.h"
#include "vm/chan.h"
#include "vm/frame.h"
#include "vm/map.h"
#include "vm/ops.h"
#include "vm/runtime.h"

#include <cmath>
#include <cstdio>
#include <cstring>

namespace vitro::vm {

namespace {

// int64(f) as amd64's CVTTSD2SQ: out of range and NaN give MinInt64.
inline int64_t f64_to_i64(double d)
{
    if (d >= -9223372036854775808.0 && d < 9223372036854775808.0)
        return static_cast<int64_t>(d);
    return INT64_MIN;
}

// uint64(f) as Go's amd64 sequence: values >= 2^63 convert after subtracting 2^63.
inline uint64_t f64_to_u64(double d)
{
    if (d < 9223372036854775808.0)
        return static_cast<uint64_t>(f64_to_i64(d));
    return static_cast<uint64_t>(f64_to_i64(d - 9223372036854775808.0)) | (uint64_t(1) << 63);
}

inline int compare_strings(const Slot* a, const Slot* b)
{
    auto la = static_cast<uint64_t>(a[1]), lb = static_cast<uint64_t>(b[1]);
    uint64_t n = la < lb ? la : lb;
    if (n) {
        int c = std::memcmp(reinterpret_cast<const void*>(a[0]), reinterpret_cast<const void*>(b[0]), n);
        if (c)
            return c;
    }
    return la < lb ? -1 : (la > lb ? 1 : 0);
}

inline bool equal_strings(const Slot* a, const Slot* b)
{
    return a[1] == b[1]
        && (a[0] == b[0] || !a[1]
            || !std::memcmp(reinterpret_cast<const void*>(a[0]), reinterpret_cast<const void*>(b[0]), a[1]));
}

// A string or slice result into registers r[0..1] or r[0..2] (pointer, len[, cap]).
inline void put_string(Slot* r, String s)
{
    r[0] = reinterpret_cast<Slot>(s.ptr), r[1] = static_cast<Slot>(s.len);
}

inline void put_slice(Slot* r, Slice s)
{
    r[0] = reinterpret_cast<Slot>(s.ptr), r[1] = static_cast<Slot>(s.len), r[2] = static_cast<Slot>(s.cap);
}

// The poll word was set (sysmon's time slice ran out): true if g yielded the P.
VITRO_COLD bool safepoint(Runtime& rt, Goroutine& g)
{
    return rt.sched().preempt_requested(g);
}

} // namespace

void interpret(Runtime& rt, Goroutine& g)
{
    Module& mod = rt.module();
    const uint64_t* K = mod.constants.data();
    const String* S = mod.strings.data();
    const gc::Type* const* T = mod.types.data();
    Function* const* F = mod.functions.data();
    const NativeFn* N = rt.natives();
    std::atomic<uint32_t>* poll = rt.poll_word();
    gc::Heap& heap = rt.heap();

    Slot* stack = g.stack;
    Slot* R = stack + g.base;
    const Function* fn = reinterpret_cast<const Function*>(R[-static_cast<int>(kHeaderFunction)]);
    const Instr* code = fn->code.data();
    const Instr* pc = code + g.pc;
    Instr ins;
    if (g.wake_panic) [[unlikely]] { // woken by close while sending
        g.wake_panic = false;
        panic_plain(g, "send on closed channel");
        goto unwind;
    }

#define SAVE() (g.pc = static_cast<uint32_t>(pc - code), g.base = static_cast<uint64_t>(R - stack))
#define A() arg_a(ins)
#define B() arg_b(ins)
#define C() arg_c(ins)
#define RA R[arg_a(ins)]
#define RB R[arg_b(ins)]
#define RC R[arg_c(ins)]
#define I64(x) static_cast<int64_t>(x)
#define U64(x) static_cast<uint64_t>(x)
#define F64(x) f64_of_slot(x)
#define PTR(x) reinterpret_cast<uint8_t*>(x)
#define RAISE(call)                                                                                          \
    do {                                                                                                     \
        SAVE();                                                                                              \
        call;                                                                                                \
        goto unwind;                                                                                         \
    } while (0)
#define NILCHECK_PTR(p)                                                                                      \
    do {                                                                                                     \
        if (!(p)) [[unlikely]]                                                                               \
            RAISE(panic_nil(g));                                                                             \
    } while (0)
#define EXT() (*pc++)
// At a safepoint (pc already at the next instruction to run): yield if preempted.
#define POLL()                                                                                               \
    do {                                                                                                     \
        if (poll->load(std::memory_order_relaxed)) [[unlikely]] {                                            \
            SAVE();                                                                                          \
            if (safepoint(rt, g))                                                                            \
                return;                                                                                      \
        }                                                                                                    \
    } while (0)

#if VITRO_COMPUTED_GOTO
    static void* const kLabels[] = {
#    define VITRO_OP(name, format, ext, flags, meaning) &&L_##name,
#    include "vm/opcodes.def"
#    undef VITRO_OP
    };
#    define CASE(name) L_##name:
#    define DISPATCH()                                                                                       \
        do {                                                                                                 \
            ins = *pc++;                                                                                     \
            goto* kLabels[ins & 0xff];                                                                       \
        } while (0)
    DISPATCH();
#else
#    define CASE(name) case Op::name:
#    define DISPATCH() goto dispatch
dispatch:
    ins = *pc++;
    switch (op_of(ins)) {
#endif

    // ---- moves and constants ----
    CASE(NOP)
    {
        DISPATCH();
    }
    CASE(MOVE)
    {
        RA = RB;
        DISPATCH();
    }
    CASE(MOVE2)
    {
        Slot a = R[B()], b = R[B() + 1];
        R[A()] = a, R[A() + 1] = b;
        DISPATCH();
    }
    CASE(MOVE3)
    {
        Slot a = R[B()], b = R[B() + 1], c = R[B() + 2];
        R[A()] = a, R[A() + 1] = b, R[A() + 2] = c;
        DISPATCH();
    }
    CASE(LOADI)
    {
        RA = static_cast<Slot>(static_cast<int64_t>(arg_sbx(ins)));
        DISPATCH();
    }
    CASE(LOADK)
    {
        RA = K[arg_bx(ins)];
        DISPATCH();
    }
    CASE(LOADSTR)
    {
        const String& s = S[arg_bx(ins)];
        put_string(&R[A()], s);
        DISPATCH();
    }
    CASE(LOADZERO)
    {
        std::memset(&RA, 0, B() * sizeof(Slot));
        DISPATCH();
    }
    CASE(LOADTYPE)
    {
        RA = reinterpret_cast<Slot>(T[arg_bx(ins)]);
        DISPATCH();
    }
    CASE(LOADFUNC)
    {
        RA = reinterpret_cast<Slot>(&F[arg_bx(ins)]->static_closure);
        DISPATCH();
    }
    CASE(GADDR)
    {
        RA = reinterpret_cast<Slot>(rt.globals() + EXT());
        DISPATCH();
    }

    // ---- integer arithmetic ----
    CASE(ADD_I64)
    {
        RA = RB + RC;
        DISPATCH();
    }
    CASE(SUB_I64)
    {
        RA = RB - RC;
        DISPATCH();
    }
    CASE(MUL_I64)
    {
        RA = RB * RC;
        DISPATCH();
    }
    CASE(DIV_I64)
    {
        int64_t d = I64(RC);
        if (d == 0) [[unlikely]]
            RAISE(panic_divide(g));
        RA = d == -1 ? 0 - RB : static_cast<Slot>(I64(RB) / d);
        DISPATCH();
    }
    CASE(REM_I64)
    {
        int64_t d = I64(RC);
        if (d == 0) [[unlikely]]
            RAISE(panic_divide(g));
        RA = d == -1 ? 0 : static_cast<Slot>(I64(RB) % d);
        DISPATCH();
    }
    CASE(DIV_U64)
    {
        uint64_t d = RC;
        if (d == 0) [[unlikely]]
            RAISE(panic_divide(g));
        RA = RB / d;
        DISPATCH();
    }
    CASE(REM_U64)
    {
        uint64_t d = RC;
        if (d == 0) [[unlikely]]
            RAISE(panic_divide(g));
        RA = RB % d;
        DISPATCH();
    }
    CASE(AND)
    {
        RA = RB & RC;
        DISPATCH();
    }
    CASE(OR)
    {
        RA = RB | RC;
        DISPATCH();
    }
    CASE(XOR)
    {
        RA = RB ^ RC;
        DISPATCH();
    }
    CASE(ANDNOT)
    {
        RA = RB & ~RC;
        DISPATCH();
    }
    CASE(SHL)
    {
        uint64_t n = RC;
        RA = n >= 64 ? 0 : RB << n;
        DISPATCH();
    }
    CASE(SHR_I64)
    {
        uint64_t n = RC;
        RA = static_cast<Slot>(I64(RB) >> (n >= 64 ? 63 : n));
        DISPATCH();
    }
    CASE(SHR_U64)
    {
        uint64_t n = RC;
        RA = n >= 64 ? 0 : RB >> n;
        DISPATCH();
    }
    CASE(CHKSHIFT)
    {
        if (I64(RA) < 0) [[unlikely]]
            RAISE(panic_shift(g));
        DISPATCH();
    }
    CASE(ADDI)
    {
        RA = RB + static_cast<Slot>(static_cast<int64_t>(arg_sc(ins)));
        DISPATCH();
    }
    CASE(NEG_I64)
    {
        RA = 0 - RB;
        DISPATCH();
    }
    CASE(BITNOT)
    {
        RA = ~RB;
        DISPATCH();
    }
    CASE(NOT)
    {
        RA = RB == 0;
        DISPATCH();
    }
    CASE(EXT_I8)
    {
        RA = static_cast<Slot>(static_cast<int64_t>(static_cast<int8_t>(RB)));
        DISPATCH();
    }
    CASE(EXT_I16)
    {
        RA = static_cast<Slot>(static_cast<int64_t>(static_cast<int16_t>(RB)));
        DISPATCH();
    }
    CASE(EXT_I32)
    {
        RA = static_cast<Slot>(static_cast<int64_t>(static_cast<int32_t>(RB)));
        DISPATCH();
    }
    CASE(EXT_U8)
    {
        RA = RB & 0xff;
        DISPATCH();
    }
    CASE(EXT_U16)
    {
        RA = RB & 0xffff;
        DISPATCH();
    }
    CASE(EXT_U32)
    {
        RA = RB & 0xffffffffu;
        DISPATCH();
    }

    // ---- floating point ----
    CASE(ADD_F64)
    {
        RA = slot_of_f64(F64(RB) + F64(RC));
        DISPATCH();
    }
    CASE(SUB_F64)
    {
        RA = slot_of_f64(F64(RB) - F64(RC));
        DISPATCH();
    }
    CASE(MUL_F64)
    {
        RA = slot_of_f64(F64(RB) * F64(RC));
        DISPATCH();
    }
    CASE(DIV_F64)
    {
        RA = slot_of_f64(F64(RB) / F64(RC));
        DISPATCH();
    }
    CASE(NEG_F64)
    {
        RA = RB ^ (uint64_t(1) << 63);
        DISPATCH();
    }
    CASE(ROUND_F32)
    {
        RA = slot_of_f64(static_cast<double>(static_cast<float>(F64(RB))));
        DISPATCH();
    }
    CASE(I64_TO_F64)
    {
        RA = slot_of_f64(static_cast<double>(I64(RB)));
        DISPATCH();
    }
    CASE(U64_TO_F64)
    {
        RA = slot_of_f64(static_cast<double>(U64(RB)));
        DISPATCH();
    }
    CASE(F64_TO_I64)
    {
        RA = static_cast<Slot>(f64_to_i64(F64(RB)));
        DISPATCH();
    }
    CASE(F64_TO_U64)
    {
        RA = f64_to_u64(F64(RB));
        DISPATCH();
    }

    // ---- comparisons ----
    CASE(EQ_I64)
    {
        RA = RB == RC;
        DISPATCH();
    }
    CASE(NE_I64)
    {
        RA = RB != RC;
        DISPATCH();
    }
    CASE(LT_I64)
    {
        RA = I64(RB) < I64(RC);
        DISPATCH();
    }
    CASE(LE_I64)
    {
        RA = I64(RB) <= I64(RC);
        DISPATCH();
    }
    CASE(LT_U64)
    {
        RA = RB < RC;
        DISPATCH();
    }
    CASE(LE_U64)
    {
        RA = RB <= RC;
        DISPATCH();
    }
    CASE(EQ_F64)
    {
        RA = F64(RB) == F64(RC);
        DISPATCH();
    }
    CASE(NE_F64)
    {
        RA = F64(RB) != F64(RC);
        DISPATCH();
    }
    CASE(LT_F64)
    {
        RA = F64(RB) < F64(RC);
        DISPATCH();
    }
    CASE(LE_F64)
    {
        RA = F64(RB) <= F64(RC);
        DISPATCH();
    }
    CASE(EQ_STR)
    {
        RA = equal_strings(&RB, &RC);
        DISPATCH();
    }
    CASE(LT_STR)
    {
        RA = compare_strings(&RB, &RC) < 0;
        DISPATCH();
    }
    CASE(LE_STR)
    {
        RA = compare_strings(&RB, &RC) <= 0;
        DISPATCH();
    }
    CASE(EQ_IFACE)
    {
        Iface a { reinterpret_cast<const void*>(RB), reinterpret_cast<void*>(R[B() + 1]) };
        Iface b { reinterpret_cast<const void*>(RC), reinterpret_cast<void*>(R[C() + 1]) };
        bool eq = equal_ifaces(g, a, b);
        if (g.panic.active) [[unlikely]]
            RAISE((void)0);
        RA = eq;
        DISPATCH();
    }
    CASE(EQ_MEM)
    {
        const gc::Type* t = T[EXT()];
        bool eq = equal_values(g, t, reinterpret_cast<void*>(RB), reinterpret_cast<void*>(RC));
        if (g.panic.active) [[unlikely]]
            RAISE((void)0);
        RA = eq;
        DISPATCH();
    }

    // ---- control ----
    CASE(JMP)
    {
        pc += arg_sj(ins) - 1;
        DISPATCH();
    }
    CASE(LOOP)
    {
        pc += arg_sj(ins) - 1;
        POLL();
        DISPATCH();
    }
    CASE(JT)
    {
        if (RA) {
            pc += arg_sbx(ins) - 1;
            if (arg_sbx(ins) < 0)
                POLL();
        }
        DISPATCH();
    }
    CASE(JF)
    {
        if (!RA) {
            pc += arg_sbx(ins) - 1;
            if (arg_sbx(ins) < 0)
                POLL();
        }
        DISPATCH();
    }
#define CMP_JUMP(name, cond)                                                                                 \
    CASE(name)                                                                                               \
    {                                                                                                        \
        if (cond) {                                                                                          \
            int32_t off = static_cast<int32_t>(*pc);                                                         \
            pc += off - 1;                                                                                   \
            if (off < 0)                                                                                     \
                POLL();                                                                                      \
        } else                                                                                               \
            pc++;                                                                                            \
        DISPATCH();                                                                                          \
    }
    CMP_JUMP(JEQ_I64, RA == RB)
    CMP_JUMP(JNE_I64, RA != RB)
    CMP_JUMP(JLT_I64, I64(RA) < I64(RB))
    CMP_JUMP(INCJLT_I64, I64(RA = RA + 1) < I64(RB))
    CMP_JUMP(JLE_I64, I64(RA) <= I64(RB))
    CMP_JUMP(JLT_U64, RA < RB)
    CMP_JUMP(JLE_U64, RA <= RB)
    CMP_JUMP(JLT_F64, F64(RA) < F64(RB))
    CMP_JUMP(JLE_F64, F64(RA) <= F64(RB))
#undef CMP_JUMP

    // ---- calls ----
    {
        const Function* callee;
        Slot context; // the func value, for the callee's R[param_slots] (vm/opcodes.def)
        CASE(CALL)
        callee = F[arg_bx(ins)];
        context = reinterpret_cast<Slot>(&callee->static_closure);
        goto call;
        CASE(CALLIFACE)
        {
            const auto* tab = reinterpret_cast<const Itab*>(RB);
            NILCHECK_PTR(tab);
            const ItabEntry& e = tab->fun[C()];
            RA = R[B() + 1];
            callee = e.fn;
            if (!callee) {
                SAVE();
                bool ok = call_native_method(rt, g, e, &RA);
                stack = g.stack; // a callback may have grown the stack
                R = stack + g.base;
                if (!ok) [[unlikely]]
                    goto unwind;
                if (g.status != GStatus::Running) [[unlikely]] {
                    // A blocking native method (sync.Locker's Lock): resume after it or retry.
                    if (g.retry_native) {
                        g.retry_native = false;
                        g.pc--;
                    }
                    return;
                }
                DISPATCH();
            }
            context = reinterpret_cast<Slot>(&callee->static_closure);
            goto call;
        }
        CASE(CALLFUNC)
        {
            auto* closure = reinterpret_cast<const Closure*>(RB);
            NILCHECK_PTR(closure);
            callee = closure->fn;
            context = RB;
            goto call;
        }
        CASE(RUNDEFER)
        {
            SAVE();
            const Closure* thunk = next_deferred_call(g, static_cast<uint64_t>(R - stack));
            if (!thunk) {
                if (resume_unwinding(g, static_cast<uint64_t>(R - stack)))
                    goto unwind;
                DISPATCH();
            }
            callee = thunk->fn;
            context = reinterpret_cast<Slot>(thunk);
            pc--; // the deferred call returns to this RUNDEFER
            goto call;
        }
    call : {
        Slot* nb = R + A();
        nb[-3] = static_cast<Slot>(pc - code);
        nb[-2] = static_cast<Slot>(R - stack);
        nb[-1] = reinterpret_cast<Slot>(callee);
        uint64_t top = static_cast<uint64_t>(nb - stack) + callee->num_slots + kFrameHeader;
        if (top > g.stack_slots) [[unlikely]] {
            uint64_t nbase = static_cast<uint64_t>(nb - stack);
            g.base = nbase, g.pc = 0;
            rt.grow_stack(g, top);
            stack = g.stack;
            nb = stack + nbase;
        }
        R = nb;
        code = callee->code.data();
        pc = code;
        for (uint8_t z : callee->zero_on_entry)
            R[z] = 0;
        R[callee->param_slots] = context;
        POLL();
        DISPATCH();
    }
    }
    CASE(CALLNATIVE)
    {
        SAVE();
        NativeCall call(rt, &RA);
        N[arg_bx(ins)](call);
        // A native that called script code (Runtime::call_value) may have grown the stack.
        stack = g.stack;
        R = stack + g.base;
        if (g.panic.active) [[unlikely]]
            goto unwind;
        if (g.status != GStatus::Running) [[unlikely]] {
            // A blocking native parked or yielded: resume after the call, or retry it.
            if (g.retry_native) {
                g.retry_native = false;
                g.pc--;
            }
            return;
        }
        DISPATCH();
    }
    CASE(RET)
    {
        uint32_t a = A(), n = B();
        if (a)
            for (uint32_t i = 0; i < n; i++)
                R[i] = R[a + i];
        uint64_t ret_pc = R[-3];
        Slot* caller = stack + R[-2];
        const auto* cfn = reinterpret_cast<const Function*>(caller[-1]);
        if (!cfn) [[unlikely]] {
            g.base = static_cast<uint64_t>(R - stack);
            return;
        }
        R = caller;
        code = cfn->code.data();
        pc = code + ret_pc;
        DISPATCH();
    }
    CASE(CLOSURE)
    {
        const gc::Type* t = T[EXT()];
        const Function* target = F[EXT()];
        SAVE();
        auto* obj = static_cast<Slot*>(heap.alloc(t));
        obj[0] = reinterpret_cast<Slot>(target);
        for (uint32_t i = 0; i < C(); i++)
            gc::store_ptr(reinterpret_cast<void**>(&obj[i + 1]), reinterpret_cast<void*>(R[B() + i]));
        RA = reinterpret_cast<Slot>(obj);
        DISPATCH();
    }
    CASE(DEFER)
    {
        g.defers.push_back(
            DeferRecord { static_cast<uint64_t>(R - stack), reinterpret_cast<const Closure*>(RA) });
        DISPATCH();
    }
    CASE(RECOVER)
    {
        SAVE();
        Iface v = recover_panic(rt, g, static_cast<uint64_t>(R - stack));
        R[A()] = reinterpret_cast<Slot>(v.tab), R[A() + 1] = reinterpret_cast<Slot>(v.data);
        DISPATCH();
    }
    CASE(PANIC)
    {
        Iface v { reinterpret_cast<const void*>(RA), reinterpret_cast<void*>(R[A() + 1]) };
        RAISE(panic_value(g, v));
    }

    // ---- memory ----
    CASE(NILCHECK)
    {
        NILCHECK_PTR(RA);
        DISPATCH();
    }
    CASE(ADDPTR)
    {
        Slot p = RB;
        NILCHECK_PTR(p);
        RA = p + EXT();
        DISPATCH();
    }
#define LOAD_OP(name, type, conv)                                                                            \
    CASE(name)                                                                                               \
    {                                                                                                        \
        uint8_t* p = PTR(RB);                                                                                \
        NILCHECK_PTR(p);                                                                                     \
        type v;                                                                                              \
        std::memcpy(&v, p + C(), sizeof v);                                                                  \
        RA = conv;                                                                                           \
        DISPATCH();                                                                                          \
    }
    LOAD_OP(LOAD_I8, int8_t, static_cast<Slot>(static_cast<int64_t>(v)))
    LOAD_OP(LOAD_I16, int16_t, static_cast<Slot>(static_cast<int64_t>(v)))
    LOAD_OP(LOAD_I32, int32_t, static_cast<Slot>(static_cast<int64_t>(v)))
    LOAD_OP(LOAD_U8, uint8_t, v)
    LOAD_OP(LOAD_U16, uint16_t, v)
    LOAD_OP(LOAD_U32, uint32_t, v)
    LOAD_OP(LOAD_64, uint64_t, v)
    LOAD_OP(LOAD_F32, float, slot_of_f64(static_cast<double>(v)))
#undef LOAD_OP
    CASE(LOAD_2)
    {
        uint8_t* p = PTR(RB);
        NILCHECK_PTR(p);
        std::memcpy(&RA, p + C(), 16);
        DISPATCH();
    }
    CASE(LOAD_3)
    {
        uint8_t* p = PTR(RB);
        NILCHECK_PTR(p);
        std::memcpy(&RA, p + C(), 24);
        DISPATCH();
    }
#define STORE_OP(name, type, conv)                                                                           \
    CASE(name)                                                                                               \
    {                                                                                                        \
        uint8_t* p = PTR(RA);                                                                                \
        NILCHECK_PTR(p);                                                                                     \
        type v = conv;                                                                                       \
        std::memcpy(p + C(), &v, sizeof v);                                                                  \
        DISPATCH();                                                                                          \
    }
    STORE_OP(STORE_8, uint8_t, static_cast<uint8_t>(RB))
    STORE_OP(STORE_16, uint16_t, static_cast<uint16_t>(RB))
    STORE_OP(STORE_32, uint32_t, static_cast<uint32_t>(RB))
    STORE_OP(STORE_64, uint64_t, RB)
    STORE_OP(STORE_F32, float, static_cast<float>(F64(RB)))
#undef STORE_OP
    CASE(STORE_PTR)
    {
        uint8_t* p = PTR(RA);
        NILCHECK_PTR(p);
        gc::store_ptr(reinterpret_cast<void**>(p + C()), reinterpret_cast<void*>(RB));
        DISPATCH();
    }
    CASE(STORE_STR)
    {
        uint8_t* p = PTR(RA);
        NILCHECK_PTR(p);
        Slot* dst = reinterpret_cast<Slot*>(p + C());
        gc::store_ptr(reinterpret_cast<void**>(dst), reinterpret_cast<void*>(RB));
        dst[1] = R[B() + 1];
        DISPATCH();
    }
    CASE(STORE_SLICE)
    {
        uint8_t* p = PTR(RA);
        NILCHECK_PTR(p);
        Slot* dst = reinterpret_cast<Slot*>(p + C());
        gc::store_ptr(reinterpret_cast<void**>(dst), reinterpret_cast<void*>(RB));
        dst[1] = R[B() + 1];
        dst[2] = R[B() + 2];
        DISPATCH();
    }
    CASE(STORE_IFACE)
    {
        uint8_t* p = PTR(RA);
        NILCHECK_PTR(p);
        Slot* dst = reinterpret_cast<Slot*>(p + C());
        dst[0] = RB;
        gc::store_ptr(reinterpret_cast<void**>(dst + 1), reinterpret_cast<void*>(R[B() + 1]));
        DISPATCH();
    }
    CASE(COPY)
    {
        const gc::Type* t = T[EXT()];
        void* dst = PTR(RA);
        void* src = PTR(RB);
        if ((!dst || !src) && t->size) [[unlikely]]
            RAISE(panic_nil(g));
        typed_copy(dst, src, t);
        DISPATCH();
    }
    CASE(ZERO)
    {
        const gc::Type* t = T[EXT()];
        void* dst = PTR(RA);
        if (!dst && t->size) [[unlikely]]
            RAISE(panic_nil(g));
        if (t->size)
            std::memset(dst, 0, t->size);
        DISPATCH();
    }

    // ---- allocation ----
    CASE(NEW)
    {
        SAVE();
        RA = reinterpret_cast<Slot>(heap.alloc(T[arg_bx(ins)]));
        DISPATCH();
    }
    CASE(BOX)
    {
        const gc::Type* t = T[EXT()];
        SAVE();
        void* p = heap.alloc(t);
        store_value(p, t, &RB);
        RA = reinterpret_cast<Slot>(p);
        DISPATCH();
    }

    // ---- arrays, slices, strings ----
    CASE(ELEMADDR)
    {
        uint64_t i = RC, len = R[B() + 1];
        uint32_t size = EXT();
        if (i >= len) [[unlikely]]
            RAISE(panic_index(g, I64(i), I64(len)));
        RA = RB + i * size;
        DISPATCH();
    }
    CASE(ARRADDR)
    {
        uint64_t i = RC;
        uint32_t len = pc[0], size = pc[1];
        pc += 2;
        if (i >= len) [[unlikely]]
            RAISE(panic_index(g, I64(i), len));
        Slot p = RB;
        NILCHECK_PTR(p);
        RA = p + i * size;
        DISPATCH();
    }
    CASE(INDEX_64)
    {
        uint64_t i = RC, len = R[B() + 1];
        if (i >= len) [[unlikely]]
            RAISE(panic_index(g, I64(i), I64(len)));
        RA = reinterpret_cast<const uint64_t*>(RB)[i];
        DISPATCH();
    }
    CASE(INDEX_U8)
    {
        uint64_t i = RC, len = R[B() + 1];
        if (i >= len) [[unlikely]]
            RAISE(panic_index(g, I64(i), I64(len)));
        RA = reinterpret_cast<const uint8_t*>(RB)[i];
        DISPATCH();
    }
    CASE(SETINDEX_64)
    {
        uint64_t i = RB, len = R[A() + 1];
        if (i >= len) [[unlikely]]
            RAISE(panic_index(g, I64(i), I64(len)));
        reinterpret_cast<uint64_t*>(RA)[i] = RC;
        DISPATCH();
    }
    CASE(SETINDEX_U8)
    {
        uint64_t i = RB, len = R[A() + 1];
        if (i >= len) [[unlikely]]
            RAISE(panic_index(g, I64(i), I64(len)));
        reinterpret_cast<uint8_t*>(RA)[i] = static_cast<uint8_t>(RC);
        DISPATCH();
    }
    CASE(SETINDEX_PTR)
    {
        uint64_t i = RB, len = R[A() + 1];
        if (i >= len) [[unlikely]]
            RAISE(panic_index(g, I64(i), I64(len)));
        gc::store_ptr(reinterpret_cast<void**>(RA) + i, reinterpret_cast<void*>(RC));
        DISPATCH();
    }
    CASE(STRINDEX)
    {
        uint64_t i = RC, len = R[B() + 1];
        if (i >= len) [[unlikely]]
            RAISE(panic_index(g, I64(i), I64(len)));
        RA = reinterpret_cast<const uint8_t*>(RB)[i];
        DISPATCH();
    }
    CASE(SLICE)
    {
        uint32_t x = EXT();
        uint8_t* p = PTR(RB);
        int64_t len = I64(R[B() + 1]), cap = I64(R[B() + 2]), lo, hi, max;
        if (!check_slice_bounds(g, true, x, &RC, len, cap, lo, hi, max)) [[unlikely]]
            RAISE((void)0);
        uint64_t size = x & 0xffffff;
        R[A()] = reinterpret_cast<Slot>(max - lo ? p + lo * size : p);
        R[A() + 1] = static_cast<Slot>(hi - lo);
        R[A() + 2] = static_cast<Slot>(max - lo);
        DISPATCH();
    }
    CASE(SLICEARR)
    {
        uint32_t x = pc[0];
        int64_t n = pc[1];
        pc += 2;
        uint8_t* p = PTR(RB);
        int64_t lo, hi, max;
        if (!check_slice_bounds(g, false, x, &RC, n, n, lo, hi, max)) [[unlikely]]
            RAISE((void)0);
        NILCHECK_PTR(p);
        uint64_t size = x & 0xffffff;
        R[A()] = reinterpret_cast<Slot>(max - lo ? p + lo * size : p);
        R[A() + 1] = static_cast<Slot>(hi - lo);
        R[A() + 2] = static_cast<Slot>(max - lo);
        DISPATCH();
    }
    CASE(SLICESTR)
    {
        uint32_t x = EXT() & ~kSliceHasMax;
        uint8_t* p = PTR(RB);
        int64_t len = I64(R[B() + 1]), lo, hi, max;
        if (!check_slice_bounds(g, false, x, &RC, len, len, lo, hi, max)) [[unlikely]]
            RAISE((void)0);
        R[A()] = reinterpret_cast<Slot>(hi - lo ? p + lo : p);
        R[A() + 1] = static_cast<Slot>(hi - lo);
        DISPATCH();
    }
    CASE(SLICE2ARRP)
    {
        int64_t n = EXT();
        int64_t len = I64(R[B() + 1]);
        if (len < n) [[unlikely]]
            RAISE(panic_runtime(g,
                "cannot convert slice with length " + std::to_string(len)
                    + " to pointer to array with length " + std::to_string(n)));
        R[A()] = RB;
        DISPATCH();
    }
    CASE(MAKESLICE)
    {
        const gc::Type* elem = T[EXT()];
        SAVE();
        Slice s;
        if (!make_slice(rt, g, elem, I64(RB), I64(RC), s)) [[unlikely]]
            goto unwind;
        put_slice(&R[A()], s);
        DISPATCH();
    }
    CASE(SLICEHDR)
    {
        Slot p = RB;
        R[A()] = p, R[A() + 1] = C(), R[A() + 2] = C();
        DISPATCH();
    }
    CASE(APPEND)
    {
        const gc::Type* elem = T[EXT()]->elem;
        Slice s { PTR(RB), I64(R[B() + 1]), I64(R[B() + 2]) };
        if (s.len >= s.cap) [[unlikely]] {
            SAVE();
            s = grow_slice(rt, elem, s, s.len + 1);
        }
        store_value(s.ptr + s.len * elem->size, elem, &RC);
        R[A()] = reinterpret_cast<Slot>(s.ptr), R[A() + 1] = static_cast<Slot>(s.len + 1);
        R[A() + 2] = static_cast<Slot>(s.cap);
        DISPATCH();
    }
    CASE(APPENDSLICE)
    CASE(APPENDSTR)
    {
        uint64_t size = 1;
        const gc::Type* elem = nullptr;
        if (op_of(ins) == Op::APPENDSLICE) {
            elem = T[EXT()]->elem;
            size = elem->size;
        }
        Slice s { PTR(RB), I64(R[B() + 1]), I64(R[B() + 2]) };
        const uint8_t* src = PTR(RC);
        int64_t n = I64(R[C() + 1]);
        if (n) {
            if (s.len + n > s.cap) {
                SAVE();
                s = grow_slice(rt, elem, s, s.len + n);
                src = PTR(RC); // unchanged: R[C] is a root and nothing moves
            }
            std::memmove(s.ptr + s.len * size, src, n * size);
        }
        R[A()] = reinterpret_cast<Slot>(s.ptr), R[A() + 1] = static_cast<Slot>(s.len + n);
        R[A() + 2] = static_cast<Slot>(s.cap);
        DISPATCH();
    }
    CASE(COPYSLICE)
    {
        uint64_t size = T[EXT()]->elem->size;
        int64_t n = I64(R[B() + 1]) < I64(R[C() + 1]) ? I64(R[B() + 1]) : I64(R[C() + 1]);
        if (n > 0 && RB != RC)
            std::memmove(PTR(RB), PTR(RC), n * size);
        RA = static_cast<Slot>(n);
        DISPATCH();
    }
    CASE(COPYSTR)
    {
        int64_t n = I64(R[B() + 1]) < I64(R[C() + 1]) ? I64(R[B() + 1]) : I64(R[C() + 1]);
        if (n > 0)
            std::memmove(PTR(RB), PTR(RC), n);
        RA = static_cast<Slot>(n);
        DISPATCH();
    }
    CASE(CONCAT)
    {
        SAVE();
        Slot pair[4] = { RB, R[B() + 1], RC, R[C() + 1] };
        String s = concat_strings(rt, pair, 2, 2);
        put_string(&R[A()], s);
        DISPATCH();
    }
    CASE(CONCATN)
    {
        SAVE();
        String s = concat_strings(rt, &RB, C(), 2);
        put_string(&R[A()], s);
        DISPATCH();
    }
    CASE(STR_TO_BYTES)
    {
        SAVE();
        Slice s = string_to_bytes(rt, { PTR(RB), I64(R[B() + 1]) });
        put_slice(&R[A()], s);
        DISPATCH();
    }
    CASE(BYTES_TO_STR)
    {
        SAVE();
        String s = bytes_to_string(rt, { PTR(RB), I64(R[B() + 1]), I64(R[B() + 2]) });
        put_string(&R[A()], s);
        DISPATCH();
    }
    CASE(STR_TO_RUNES)
    {
        SAVE();
        Slice s = string_to_runes(rt, { PTR(RB), I64(R[B() + 1]) });
        put_slice(&R[A()], s);
        DISPATCH();
    }
    CASE(RUNES_TO_STR)
    {
        SAVE();
        String s = runes_to_string(rt, { PTR(RB), I64(R[B() + 1]), I64(R[B() + 2]) });
        put_string(&R[A()], s);
        DISPATCH();
    }
    CASE(RUNE_TO_STR)
    {
        SAVE();
        String s = rune_to_string(rt, I64(RB));
        put_string(&R[A()], s);
        DISPATCH();
    }
    CASE(STRNEXT)
    {
        const uint8_t* p = PTR(RB);
        int64_t i = I64(RC);
        int64_t rune, next;
        if (p[i] < 0x80) {
            rune = p[i], next = i + 1;
        } else {
            decode_rune({ p, I64(R[B() + 1]) }, i, rune, next);
        }
        R[A()] = static_cast<Slot>(rune), R[A() + 1] = static_cast<Slot>(next);
        DISPATCH();
    }

    // ---- maps ----
    CASE(MAKEMAP)
    {
        const gc::Type* t = T[EXT()];
        SAVE();
        RA = reinterpret_cast<Slot>(map_make(rt, t, I64(RB)));
        DISPATCH();
    }
    CASE(MAPACCESS)
    CASE(MAPACCESS2)
    {
        const gc::Type* t = T[EXT()];
        bool found;
        void* v = map_access(rt, g, t, reinterpret_cast<MapHeader*>(RB), &RC, found);
        if (g.panic.active) [[unlikely]]
            RAISE((void)0);
        if (op_of(ins) == Op::MAPACCESS2)
            R[A() + 1] = found;
        RA = reinterpret_cast<Slot>(v);
        DISPATCH();
    }
    CASE(MAPASSIGN)
    {
        const gc::Type* t = T[EXT()];
        SAVE();
        void* v = map_assign(rt, g, t, reinterpret_cast<MapHeader*>(RB), &RC);
        if (!v) [[unlikely]]
            goto unwind;
        RA = reinterpret_cast<Slot>(v);
        DISPATCH();
    }
    CASE(MAPDELETE)
    {
        const gc::Type* t = T[EXT()];
        map_delete(rt, g, t, reinterpret_cast<MapHeader*>(RA), &RB);
        if (g.panic.active) [[unlikely]]
            RAISE((void)0);
        DISPATCH();
    }
    CASE(MAPLEN)
    {
        auto* m = reinterpret_cast<const MapHeader*>(RB);
        RA = m ? m->count : 0;
        DISPATCH();
    }
    CASE(MAPITER)
    {
        const gc::Type* t = T[EXT()];
        SAVE();
        RA = reinterpret_cast<Slot>(map_iter(rt, t, reinterpret_cast<MapHeader*>(RB)));
        DISPATCH();
    }
    CASE(MAPNEXT)
    {
        int32_t off = static_cast<int32_t>(*pc);
        void *k, *v;
        if (map_next(rt, reinterpret_cast<MapIter*>(RB), k, v)) {
            R[A()] = reinterpret_cast<Slot>(k), R[A() + 1] = reinterpret_cast<Slot>(v);
            pc++;
        } else {
            pc += off - 1;
        }
        DISPATCH();
    }
    CASE(MAPCLEAR)
    {
        pc++;
        map_clear(reinterpret_cast<MapHeader*>(RA));
        DISPATCH();
    }

    // ---- interfaces ----
    CASE(CONVIFACE)
    {
        const gc::Type* t = T[EXT()];
        void* data;
        if (t->flags & gc::kTypeDirectIface) {
            data = reinterpret_cast<void*>(RB);
        } else {
            SAVE();
            data = box_value(rt, t, &RB);
        }
        R[A()] = reinterpret_cast<Slot>(t), R[A() + 1] = reinterpret_cast<Slot>(data);
        DISPATCH();
    }
    CASE(CONVITAB)
    {
        const Itab* tab = mod.itabs[EXT()];
        const gc::Type* t = tab->type;
        void* data;
        if (t->flags & gc::kTypeDirectIface) {
            data = reinterpret_cast<void*>(RB);
        } else {
            SAVE();
            data = box_value(rt, t, &RB);
        }
        R[A()] = reinterpret_cast<Slot>(tab), R[A() + 1] = reinterpret_cast<Slot>(data);
        DISPATCH();
    }
    CASE(CONVI2I)
    {
        const gc::Type* target = T[EXT()];
        const gc::Type* dyn = dynamic_type(reinterpret_cast<const void*>(RB), C() != 0);
        Slot data = R[B() + 1];
        const Itab* tab = nullptr;
        if (dyn) {
            std::string_view missing;
            tab = find_itab(rt, dyn, target, missing); // the compiler proved the methods exist
        }
        R[A()] = reinterpret_cast<Slot>(tab), R[A() + 1] = data;
        DISPATCH();
    }
    CASE(IFACE_TYPE)
    {
        RA = reinterpret_cast<Slot>(dynamic_type(reinterpret_cast<const void*>(RB), C() != 0));
        DISPATCH();
    }
    CASE(ASSERT)
    {
        const gc::Type* t = T[EXT()];
        const gc::Type* src = T[EXT()];
        Iface x { reinterpret_cast<const void*>(RB), reinterpret_cast<void*>(R[B() + 1]) };
        if (x.tab == t && (t->flags & gc::kTypeDirectIface)) { // fast path: any holding a pointer
            RA = reinterpret_cast<Slot>(x.data);
            DISPATCH();
        }
        SAVE();
        if (!assert_type(rt, g, x, src, t, &RA, true)) [[unlikely]]
            RAISE((void)0);
        DISPATCH();
    }
    CASE(ASSERT2)
    {
        const gc::Type* t = T[EXT()];
        const gc::Type* src = T[EXT()];
        Iface x { reinterpret_cast<const void*>(RB), reinterpret_cast<void*>(R[B() + 1]) };
        bool ok = assert_type(rt, g, x, src, t, &RA, false);
        R[A() + slot_count(t)] = ok;
        DISPATCH();
    }

    // ---- print/println ----
    CASE(PRINT)
    {
        print_value(rt, T[EXT()], &RA);
        DISPATCH();
    }
    CASE(PRINTSP)
    {
        rt.flush_out();
        std::fputc(' ', stderr);
        DISPATCH();
    }
    CASE(PRINTNL)
    {
        rt.flush_out();
        std::fputc('\n', stderr);
        DISPATCH();
    }

    // ---- goroutines and channels ----
    CASE(GO)
    {
        SAVE();
        auto* closure = reinterpret_cast<const Closure*>(RB);
        if (!closure) [[unlikely]]
            rt.fatal_error(g, "go of nil func value", "");
        rt.sched().spawn(closure, &RA, C());
        DISPATCH();
    }
    CASE(MAKECHAN)
    {
        SAVE();
        Chan* c = chan_make(rt, g, T[EXT()], I64(RB));
        if (!c) [[unlikely]]
            goto unwind;
        RA = reinterpret_cast<Slot>(c);
        DISPATCH();
    }
    CASE(SEND)
    {
        SAVE();
        ChanStatus st = chan_send(rt, g, reinterpret_cast<Chan*>(RA), &RB, true);
        if (st != ChanStatus::Done) [[unlikely]] {
            if (st == ChanStatus::Panicked)
                goto unwind;
            return;
        }
        DISPATCH();
    }
    CASE(RECV)
    {
        SAVE();
        auto* c = reinterpret_cast<Chan*>(RB);
        Slot* ok = C() && c ? &R[A() + c->elem_slots] : nullptr;
        ChanStatus st = chan_recv(rt, g, c, &RA, ok, true);
        if (st != ChanStatus::Done) [[unlikely]]
            return; // receives never panic
        DISPATCH();
    }
    CASE(CLOSE)
    {
        SAVE();
        if (!chan_close(rt, g, reinterpret_cast<Chan*>(RA))) [[unlikely]]
            goto unwind;
        DISPATCH();
    }
    CASE(CHANLEN)
    {
        auto* c = reinterpret_cast<const Chan*>(RB);
        RA = !c ? 0 : static_cast<Slot>(C() ? c->dataqsiz : c->qcount);
        DISPATCH();
    }
    CASE(SELECT)
    {
        SAVE();
        ChanStatus st = chan_select(rt, g, R, &RA, B(), C() != 0);
        if (st != ChanStatus::Done) [[unlikely]] {
            if (st == ChanStatus::Panicked)
                goto unwind;
            return;
        }
        DISPATCH();
    }

#if !VITRO_COMPUTED_GOTO
}
#endif

unwind
    :
    // g.panic is active and g.base/g.pc describe the frame that raised it. Frames without
    // pending deferred calls are popped; the first frame with some continues at its epilogue
    // (vm/panic.cpp). A panic that no deferred call can handle is fatal at once (the trace
    // still shows where it happened); reaching a nested entry returns to its native.
    if (!g.panic.goexit && !unwinding_can_stop(g, stack, static_cast<uint64_t>(R - stack))) rt.fatal_panic(g);
for (;;) {
    uint64_t b = static_cast<uint64_t>(R - stack);
    if (!g.defers.empty() && g.defers.back().frame == b) {
        fn = reinterpret_cast<const Function*>(R[-static_cast<int>(kHeaderFunction)]);
        g.panic.frame = b;
        code = fn->code.data();
        pc = code + fn->defer_epilogue;
        DISPATCH();
    }
    Slot* caller = stack + R[-2];
    const auto* cfn = reinterpret_cast<const Function*>(caller[-1]);
    if (!cfn) {
        g.base = b;
        return; // a nested entry (Runtime::call_value): the native sees g.panic
    }
    uint64_t ret_pc = R[-3];
    R = caller;
    code = cfn->code.data();
    pc = code + ret_pc;
    SAVE();
}

#undef SAVE
#undef A
#undef B
#undef C
#undef RA
#undef RB
#undef RC
#undef I64
#undef U64
#undef F64
#undef PTR
#undef RAISE
#undef NILCHECK_PTR
#undef EXT
#undef POLL
#undef CASE
#undef DISPATCH
}

} // namespace vitro::vm
