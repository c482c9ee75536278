// stdlib/context/context_types.h — the heap layout and descriptors of the context package's
// objects, shared by its natives (context_natives.cpp, context_tree.cpp).
//
// Overview: every context the package makes is a heap object of one C++ layout, Ctx, typed by
// one of three descriptors so that %T and type switches see Go's types: *context.cancelCtx
// (WithCancel), *context.timerCtx (WithDeadline/WithTimeout) and *context.valueCtx (WithValue);
// Ctx::kind repeats which one (a child list holds bare Ctx pointers). Background and TODO are
// two static words typed *context.emptyCtx. A Context interface value of ours has a static itab
// (kind_itab) whose entries are the natives; the same natives are registered by Go's method
// names ("context.(*cancelCtx).Done") so that run-time itabs (vm/iface.cpp find_itab) and fmt
// (String) find them.
// Invariants: a cancel or timer context is in the child list of at most one ancestor (`owner`,
// the nearest cancel/timer context above it, Go's parentCancelCtx) until either is cancelled;
// `err` is set once (Canceled, DeadlineExceeded or a foreign parent's Err) and never cleared;
// `done` is made lazily by Done() and is closed iff err is set.
// Concurrency: one P runs every goroutine and timer callback; nothing is locked.
// Go counterpart: src/context/context.go (Go 1.19).
#pragma once

#include "gc/type.h"
#include "vm/chan.h"
#include "vm/value.h"

#include <cstddef>
#include <cstdint>

namespace vitro::stdlib::context {

enum class CtxKind : uint64_t { Cancel = 1, Timer = 2, Value = 3 };

// time.Time's words (stdlib/time/time_natives.cpp): loc is a heap pointer or nil.
struct TimeWords {
    uint64_t wall;
    int64_t ext;
    void* loc;
};

struct Ctx {
    vm::Iface parent; // the Context it was derived from (tab: an Itab outside the heap)
    vm::Chan* done; // chan struct{}, made by Done() (nil until then)
    vm::Iface err; // nil until cancelled
    Ctx* children; // cancel/timer contexts registered with this one (doubly linked)
    Ctx* next_sibling;
    Ctx* prev_sibling;
    Ctx* owner; // the context whose child list holds this one
    vm::Iface key; // valueCtx
    vm::Iface val;
    TimeWords deadline; // timerCtx
    uint64_t timer_seq; // timerCtx: the seq of its pending timer (0: none)
    CtxKind kind;
};
static_assert(sizeof(Ctx) == 144 && offsetof(Ctx, deadline) == 104);

extern const gc::Type kCancelCtxPtrType;
extern const gc::Type kTimerCtxPtrType;
extern const gc::Type kValueCtxPtrType;
extern const gc::Type kEmptyCtxPtrType;
extern const gc::Type kEmptyStructType; // struct{}, the element of Done channels
extern const gc::Type kDeadlineExceededType;

const gc::Type* ptr_type_of(CtxKind kind);
// The static itab that makes a Context interface value of a context of `kind`.
const vm::Itab* kind_itab(CtxKind kind);
// The dynamic type of a Context interface value (tab an Itab), or null.
inline const gc::Type* context_type(vm::Iface v)
{
    return v.tab ? static_cast<const vm::Itab*>(v.tab)->type : nullptr;
}
// Our Ctx behind a Context interface value, or null (a foreign or an empty context).
Ctx* ours(vm::Iface v);
// Background/TODO values and the errors.
vm::Iface background();
vm::Iface todo();
bool is_background(const void* data); // the data word of Background()
bool is_todo(const void* data);
vm::Iface canceled_error();
vm::Iface deadline_exceeded_error();
// The key propagateCancel passes to a foreign parent's Value (Go's &cancelCtxKey): our
// contexts answer it with themselves.
vm::Iface cancel_ctx_key();
bool is_cancel_ctx_key(vm::Iface key);

} // namespace vitro::stdlib::context
