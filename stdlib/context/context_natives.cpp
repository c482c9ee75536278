// stdlib/context/context_natives.cpp — Background, TODO, WithCancel, WithDeadline, WithTimeout,
// WithValue and the methods of the contexts they return.
//
// Design (objects and invariants: context_types.h): the constructors allocate a Ctx and return
// it with a static itab; the CancelFunc is a native closure (vm::Runtime::native_thunk) that
// captures the Ctx. Cancelling records err, closes the Done channel if one was made (waking
// receivers and selects), cancels the registered children and unlinks the context from its
// owner's child list. A timer context arms a timer in the P's timer heap (no thread) whose
// callback cancels it with DeadlineExceeded; cancelling deletes the timer.
// Parents: our own contexts are walked directly (a valueCtx's Deadline/Done/Err are its
// parent's, a cancelCtx's Deadline its parent's, Value looks up the chain). A foreign parent (a
// script type implementing Context, e.g. a struct embedding one) is called through its itab
// (Runtime::call_method): like Go's propagateCancel, a child finds the cancel context behind it
// with Value(&cancelCtxKey) and registers there when that context's Done channel is the one the
// parent reports; otherwise, if the parent's Done is not nil, a watcher goroutine
// ("context.propagateCancel.func1", a native thunk) waits in a select on both Done channels.
// Concurrency: one P runs goroutines and timer callbacks; nothing is locked.
// Go counterpart: src/context/context.go (Go 1.19).
#include "stdlib/context/context_types.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"
#include "vm/ops.h"
#include "vm/runtime.h"

#include <cstring>
#include <string>

namespace vitro::stdlib::context {

void deadline_exceeded_error_text(vm::NativeCall& call)
{
    call.set_string(0, internal::view_string("context deadline exceeded"));
}

namespace {

// Context's methods in itab order.
constexpr uint32_t kDeadlineMethod = 0, kDoneMethod = 1, kErrMethod = 2, kValueMethod = 3;

void store_iface(vm::Iface& dst, vm::Iface v)
{
    dst.tab = v.tab; // a Type* or Itab*: outside the heap
    gc::store_ptr(&dst.data, v.data);
}

void set_ptr_field(Ctx*& field, Ctx* v)
{
    gc::store_ptr(reinterpret_cast<void**>(&field), v);
}

// ---- time.Time values, through the time package's natives ----

vm::Slot call_time_native(vm::Runtime& rt, const char* name, vm::Slot a0, vm::Slot a1 = 0)
{
    vm::NativeFn fn = rt.registry()->find(name);
    vm::Slot slots[4] = { a0, a1, 0, 0 };
    vm::NativeCall call(rt, slots);
    fn(call);
    return slots[0];
}

int64_t until(vm::Runtime& rt, const TimeWords& t)
{
    return static_cast<int64_t>(call_time_native(rt, "time.Until", reinterpret_cast<vm::Slot>(&t)));
}

bool before(vm::Runtime& rt, const TimeWords& a, const TimeWords& b)
{
    return call_time_native(
               rt, "time.Time.Before", reinterpret_cast<vm::Slot>(&a), reinterpret_cast<vm::Slot>(&b))
        != 0;
}

// time.Now().Add(d) (the boxes the natives return are copied before anything else allocates).
TimeWords now_plus(vm::Runtime& rt, int64_t d)
{
    TimeWords now;
    std::memcpy(&now, reinterpret_cast<void*>(call_time_native(rt, "time.Now", 0)), sizeof now);
    TimeWords t;
    std::memcpy(&t,
        reinterpret_cast<void*>(call_time_native(
            rt, "time.Time.Add", reinterpret_cast<vm::Slot>(&now), static_cast<vm::Slot>(d))),
        sizeof t);
    return t;
}

// A heap time.Time holding t (Deadline's result).
void* box_time(vm::NativeCall& call, const TimeWords& t)
{
    auto* b = static_cast<TimeWords*>(call.heap().alloc(&internal::kTimeType));
    b->wall = t.wall;
    b->ext = t.ext;
    gc::store_ptr(&b->loc, t.loc);
    return b;
}

// ---- the cancellation tree ----

void link_child(Ctx* owner, Ctx* child)
{
    set_ptr_field(child->next_sibling, owner->children);
    if (owner->children)
        set_ptr_field(owner->children->prev_sibling, child);
    set_ptr_field(owner->children, child);
    set_ptr_field(child->owner, owner);
}

void unlink_child(Ctx* c)
{
    Ctx* owner = c->owner;
    if (!owner)
        return;
    if (c->prev_sibling)
        set_ptr_field(c->prev_sibling->next_sibling, c->next_sibling);
    else
        set_ptr_field(owner->children, c->next_sibling);
    if (c->next_sibling)
        set_ptr_field(c->next_sibling->prev_sibling, c->prev_sibling);
    set_ptr_field(c->next_sibling, nullptr);
    set_ptr_field(c->prev_sibling, nullptr);
    set_ptr_field(c->owner, nullptr);
}

// Go's (*cancelCtx).cancel: c must be reachable from a root (its children are, through it, until
// each is taken off the list and rooted here).
void cancel(vm::Runtime& rt, Ctx* c, bool remove_from_parent, vm::Iface err)
{
    if (c->err.tab)
        return; // already cancelled
    store_iface(c->err, err);
    if (c->done && !c->done->closed)
        vm::chan_close(rt, rt.sched().main_goroutine(), c->done); // cannot panic: not closed
    while (Ctx* child = c->children) {
        set_ptr_field(c->children, child->next_sibling);
        if (c->children)
            set_ptr_field(c->children->prev_sibling, nullptr);
        set_ptr_field(child->next_sibling, nullptr);
        set_ptr_field(child->owner, nullptr);
        gc::Heap::TempRoot keep(rt.heap(), child);
        cancel(rt, child, false, err);
    }
    if (remove_from_parent)
        unlink_child(c);
    if (c->kind == CtxKind::Timer && c->timer_seq) {
        rt.sched().delete_timer(c->timer_seq);
        c->timer_seq = 0;
    }
}

// The Done channel of a cancel or timer context, made on first use (closed at once when the
// context is already cancelled, as Go's closedchan).
vm::Chan* done_chan(vm::Runtime& rt, Ctx* c)
{
    if (!c->done) {
        vm::Chan* ch = vm::chan_make_elem(rt, rt.current(), &kEmptyStructType, 0);
        gc::store_ptr(reinterpret_cast<void**>(&c->done), ch);
        if (c->err.tab)
            ch->closed = 1;
    }
    return c->done;
}

// Walks valueCtx links (and cancelCtx links when `skip_cancel`, for Deadline) from v to the
// context that answers: a Ctx of ours, or null with `v` left at an empty or foreign context.
Ctx* answering(vm::Iface& v, bool skip_cancel)
{
    while (Ctx* c = ours(v)) {
        if (c->kind == CtxKind::Timer || (c->kind == CtxKind::Cancel && !skip_cancel))
            return c;
        v = c->parent;
    }
    return nullptr;
}

bool is_empty_ctx(vm::Iface v)
{
    return context_type(v) == &kEmptyCtxPtrType;
}

// The deadline of context v (Go's v.Deadline()); false if the call panicked.
bool deadline_of(vm::NativeCall& call, vm::Iface v, TimeWords& out, bool& ok)
{
    out = {};
    ok = false;
    if (Ctx* c = answering(v, true)) {
        out = c->deadline;
        ok = true;
        return true;
    }
    if (is_empty_ctx(v))
        return true;
    vm::Slot res[2] = {};
    if (!internal::call_iface_method(call, v, kDeadlineMethod, nullptr, 0, res, 2))
        return false;
    if (res[0])
        std::memcpy(&out, reinterpret_cast<void*>(res[0]), sizeof out);
    ok = res[1] != 0;
    return true;
}

// ---- the watcher of a foreign parent (Go's propagateCancel goroutine) ----

// Closure words: {thunk, child, parent.tab, parent.data, parent's Done channel}.
struct WatcherClosure {
    const vm::Function* fn;
    Ctx* child;
    vm::Iface parent;
    vm::Chan* parent_done;
};

// Frame: R[0] the closure, R[1] select's value register, R[2..8) two select cases. Runs again
// each time the goroutine is woken (the select's partner is always a close).
void watcher(vm::NativeCall& call)
{
    vm::Runtime& rt = call.runtime();
    vm::Goroutine& g = rt.current();
    auto* w = reinterpret_cast<WatcherClosure*>(call.args[0]);
    Ctx* child = w->child;
    if (w->parent_done->closed) {
        vm::Slot err[2] = {};
        if (!internal::call_iface_method(call, w->parent, kErrMethod, nullptr, 0, err, 2))
            return;
        w = reinterpret_cast<WatcherClosure*>(call.args[0]);
        cancel(
            rt, w->child, false, { reinterpret_cast<const void*>(err[0]), reinterpret_cast<void*>(err[1]) });
        return;
    }
    if (child->err.tab)
        return;
    vm::Chan* child_done = done_chan(rt, child);
    vm::Slot* cases = call.args + 2;
    cases[0] = reinterpret_cast<vm::Slot>(w->parent_done), cases[1] = vm::kSelectRecv, cases[2] = 1;
    cases[3] = reinterpret_cast<vm::Slot>(child_done), cases[4] = vm::kSelectRecv, cases[5] = 1;
    vm::ChanStatus st = vm::chan_select(rt, g, call.args, cases, 2, false);
    if (st == vm::ChanStatus::Parked)
        g.retry_native = true; // decide again when a Done channel closes
    else if (st == vm::ChanStatus::Done)
        g.retry_native = false, watcher(call);
}

void start_watcher(vm::NativeCall& call, Ctx* child, vm::Iface parent, vm::Chan* parent_done)
{
    vm::Runtime& rt = call.runtime();
    gc::Heap::TempRoot keep_child(call.heap(), child), keep_done(call.heap(), parent_done),
        keep_parent(call.heap(), parent.data);
    const vm::Function* thunk = rt.native_thunk("context.propagateCancel.func1", watcher, 0, 0, 8);
    auto* w = reinterpret_cast<WatcherClosure*>(rt.new_native_closure(thunk, 4));
    gc::Heap::TempRoot keep(call.heap(), w);
    set_ptr_field(w->child, child);
    store_iface(w->parent, parent);
    gc::store_ptr(reinterpret_cast<void**>(&w->parent_done), parent_done);
    rt.sched().spawn(reinterpret_cast<vm::Closure*>(w), nullptr, 0);
}

// Go's propagateCancel: arranges for child to be cancelled when parent is. False if a callback
// panicked. `child` must be rooted by the caller.
bool propagate_cancel(vm::NativeCall& call, Ctx* child, vm::Iface parent)
{
    vm::Runtime& rt = call.runtime();
    vm::Iface p = parent;
    if (Ctx* owner = answering(p, false)) {
        if (owner->err.tab)
            cancel(rt, child, false, owner->err);
        else
            link_child(owner, child);
        return true;
    }
    if (is_empty_ctx(p))
        return true; // never cancelled
    // A foreign context: its Done channel, then the cancel context behind it, if any.
    vm::Slot res[2] = {};
    if (!internal::call_iface_method(call, p, kDoneMethod, nullptr, 0, res, 1))
        return false;
    auto* pdone = reinterpret_cast<vm::Chan*>(res[0]);
    if (!pdone)
        return true;
    gc::Heap::TempRoot keep_done(call.heap(), pdone);
    if (pdone->closed) {
        if (!internal::call_iface_method(call, p, kErrMethod, nullptr, 0, res, 2))
            return false;
        cancel(rt, child, false, { reinterpret_cast<const void*>(res[0]), reinterpret_cast<void*>(res[1]) });
        return true;
    }
    vm::Iface key = cancel_ctx_key();
    vm::Slot args[2] = { reinterpret_cast<vm::Slot>(key.tab), reinterpret_cast<vm::Slot>(key.data) };
    if (!internal::call_iface_method(call, p, kValueMethod, args, 2, res, 2))
        return false;
    auto* found = reinterpret_cast<const gc::Type*>(res[0]);
    if (found == &kCancelCtxPtrType || found == &kTimerCtxPtrType) {
        auto* owner = reinterpret_cast<Ctx*>(res[1]);
        if (owner->done == pdone) {
            if (owner->err.tab)
                cancel(rt, child, false, owner->err);
            else
                link_child(owner, child);
            return true;
        }
    }
    start_watcher(call, child, p, pdone);
    return true;
}

// ---- constructors ----

Ctx* new_ctx(vm::NativeCall& call, CtxKind kind, vm::Iface parent)
{
    gc::Heap::TempRoot keep(call.heap(), parent.data);
    auto* c = static_cast<Ctx*>(call.heap().alloc(ptr_type_of(kind)->elem));
    c->kind = kind;
    store_iface(c->parent, parent);
    return c;
}

bool check_parent(vm::NativeCall& call, vm::Iface parent)
{
    if (parent.tab)
        return true;
    call.panic_message("cannot create context from nil parent");
    return false;
}

// The CancelFunc of cancel and timer contexts: Go's `func() { c.cancel(true, Canceled) }`.
void cancel_func(vm::NativeCall& call)
{
    auto* closure = reinterpret_cast<vm::Slot*>(call.args[0]);
    cancel(call.runtime(), reinterpret_cast<Ctx*>(closure[1]), true, canceled_error());
}

// Writes (ctx, cancel) for c (rooted by the caller) to the results.
void return_with_cancel(vm::NativeCall& call, Ctx* c, const char* thunk_name)
{
    vm::Runtime& rt = call.runtime();
    const vm::Function* thunk = rt.native_thunk(thunk_name, cancel_func, 0, 0);
    vm::Closure* f = rt.new_native_closure(thunk, 1);
    gc::store_ptr(reinterpret_cast<void**>(reinterpret_cast<vm::Slot*>(f) + 1), c);
    call.set_iface(0, { kind_itab(c->kind), c });
    call.set_ptr(2, f);
}

void with_cancel(vm::NativeCall& call, vm::Iface parent)
{
    Ctx* c = new_ctx(call, CtxKind::Cancel, parent);
    gc::Heap::TempRoot keep(call.heap(), c);
    if (!propagate_cancel(call, c, parent))
        return;
    return_with_cancel(call, c, "context.WithCancel.func1");
}

void WithCancel(vm::NativeCall& call)
{
    vm::Iface parent = call.iface_arg(0);
    if (check_parent(call, parent))
        with_cancel(call, parent);
}

void with_deadline(vm::NativeCall& call, vm::Iface parent, const TimeWords& d)
{
    vm::Runtime& rt = call.runtime();
    TimeWords cur;
    bool has = false;
    {
        gc::Heap::TempRoot keep_loc(call.heap(), d.loc);
        if (!deadline_of(call, parent, cur, has))
            return;
    }
    if (has && before(rt, cur, d)) { // the current deadline is already sooner
        with_cancel(call, parent);
        return;
    }
    gc::Heap::TempRoot keep_loc(call.heap(), d.loc);
    Ctx* c = new_ctx(call, CtxKind::Timer, parent);
    gc::Heap::TempRoot keep(call.heap(), c);
    c->deadline.wall = d.wall;
    c->deadline.ext = d.ext;
    gc::store_ptr(&c->deadline.loc, d.loc);
    if (!propagate_cancel(call, c, parent))
        return;
    int64_t dur = until(rt, d);
    if (dur <= 0) {
        cancel(rt, c, true, deadline_exceeded_error()); // the deadline has already passed
    } else if (!c->err.tab) {
        vm::Scheduler& s = rt.sched();
        vm::TimerEntry e;
        e.when = vm::nanotime() + dur;
        e.seq = s.next_seq();
        e.owner = c;
        e.fire = [](vm::Runtime& r, const vm::TimerEntry& t, int64_t) -> int64_t {
            auto* tc = static_cast<Ctx*>(t.owner);
            if (tc->timer_seq == t.seq) {
                tc->timer_seq = 0;
                cancel(r, tc, true, deadline_exceeded_error());
            }
            return 0;
        };
        c->timer_seq = e.seq;
        s.add_timer(e);
    }
    return_with_cancel(call, c, "context.WithDeadline.func3");
}

void WithDeadline(vm::NativeCall& call)
{
    vm::Iface parent = call.iface_arg(0);
    TimeWords d;
    std::memcpy(&d, call.ptr_arg(2), sizeof d);
    if (check_parent(call, parent))
        with_deadline(call, parent, d);
}

void WithTimeout(vm::NativeCall& call)
{
    vm::Iface parent = call.iface_arg(0);
    TimeWords d = now_plus(call.runtime(), call.int_arg(2));
    if (check_parent(call, parent))
        with_deadline(call, parent, d);
}

void WithValue(vm::NativeCall& call)
{
    vm::Iface parent = call.iface_arg(0), key = call.iface_arg(2), val = call.iface_arg(4);
    if (!check_parent(call, parent))
        return;
    if (!key.tab) {
        call.panic_message("nil key");
        return;
    }
    if (!static_cast<const gc::Type*>(key.tab)->comparable()) {
        call.panic_message("key is not comparable");
        return;
    }
    // The arguments stay in the caller's slots (rooted) until the results overwrite them.
    Ctx* c = new_ctx(call, CtxKind::Value, parent);
    store_iface(c->key, key);
    store_iface(c->val, val);
    call.set_iface(0, { kind_itab(CtxKind::Value), c });
}

void Background(vm::NativeCall& call)
{
    call.set_iface(0, background());
}

void TODO(vm::NativeCall& call)
{
    call.set_iface(0, todo());
}

// ---- String (fmt's %v of a context; Go's contextName/stringify) ----

// The String() text of a value in empty-interface form, or false.
bool string_method(vm::NativeCall& call, vm::Iface v, std::string& out)
{
    const gc::Type* t = static_cast<const gc::Type*>(v.tab);
    if (!t)
        return false;
    bool has = false;
    for (const gc::Method& m : t->methods)
        has |= m.name == "String";
    if (!has)
        return false;
    vm::Runtime& rt = call.runtime();
    vm::Goroutine& g = rt.current();
    bool on_stack = call.args >= g.stack && call.args < g.stack + g.stack_slots;
    ptrdiff_t offset = call.args - g.stack;
    for (const gc::Method& m : t->methods)
        if (m.name == "String")
            out = rt.call_string_method(g, m, v);
    if (on_stack)
        call.args = g.stack + offset;
    return true;
}

void context_name(vm::NativeCall& call, vm::Iface ctx, std::string& out);

void ctx_text(vm::NativeCall& call, const Ctx* c, std::string& out)
{
    context_name(call, c->parent, out);
    switch (c->kind) {
    case CtxKind::Cancel:
        out += ".WithCancel";
        break;
    case CtxKind::Timer: {
        out += ".WithDeadline(";
        vm::Slot d[4] = { static_cast<vm::Slot>(until(call.runtime(), c->deadline)), 0, 0, 0 };
        vm::NativeCall dc(call.runtime(), d);
        call.runtime().registry()->find("time.Duration.String")(dc);
        out += "[";
        out.append(reinterpret_cast<const char*>(d[0]), d[1]);
        out += "])";
        break;
    }
    case CtxKind::Value: {
        out += ".WithValue(type ";
        out += static_cast<const gc::Type*>(c->key.tab)->name;
        out += ", val ";
        std::string s;
        const auto* vt = static_cast<const gc::Type*>(c->val.tab);
        if (string_method(call, c->val, s))
            out += s;
        else if (vt && vt->kind == gc::Kind::String)
            out += static_cast<const vm::String*>(c->val.data)->view();
        else
            out += "<not Stringer>";
        out += ")";
        break;
    }
    }
}

void context_name(vm::NativeCall& call, vm::Iface ctx, std::string& out)
{
    const gc::Type* t = context_type(ctx);
    if (const Ctx* c = ours(ctx)) {
        ctx_text(call, c, out);
    } else if (t == &kEmptyCtxPtrType) {
        out += is_background(ctx.data) ? "context.Background"
            : is_todo(ctx.data)        ? "context.TODO"
                                       : "unknown empty Context";
    } else {
        std::string s;
        if (string_method(call, { t, ctx.data }, s))
            out += s;
        else
            out += t->name;
    }
}

void ctx_string(vm::NativeCall& call)
{
    auto* c = static_cast<const Ctx*>(call.ptr_arg(0));
    std::string text;
    gc::Heap::TempRoot keep(call.heap(), c);
    ctx_text(call, c, text);
    call.set_string(0, call.new_string(text));
}

void empty_string(vm::NativeCall& call)
{
    std::string text;
    context_name(call, { background().tab, call.ptr_arg(0) }, text);
    call.set_string(0, call.new_string(text));
}

void deadline_exceeded_true(vm::NativeCall& call)
{
    call.set_int(0, 1);
}

} // namespace

// ---- methods (itab entries and registered natives; the receiver is the data word) ----

void ctx_deadline(vm::NativeCall& call)
{
    auto* c = static_cast<Ctx*>(call.ptr_arg(0));
    TimeWords d;
    bool ok;
    vm::Iface self { kind_itab(c->kind), c };
    if (!deadline_of(call, self, d, ok))
        return;
    gc::Heap::TempRoot keep(call.heap(), d.loc);
    call.set_ptr(0, box_time(call, d));
    call.set_int(1, ok);
}

void ctx_done(vm::NativeCall& call)
{
    auto* c = static_cast<Ctx*>(call.ptr_arg(0));
    vm::Iface v { kind_itab(c->kind), c };
    if (Ctx* a = answering(v, false)) {
        call.set_ptr(0, done_chan(call.runtime(), a));
        return;
    }
    if (is_empty_ctx(v)) {
        call.set_ptr(0, nullptr);
        return;
    }
    vm::Slot res[1] = {};
    if (internal::call_iface_method(call, v, kDoneMethod, nullptr, 0, res, 1))
        call.set_ptr(0, reinterpret_cast<void*>(res[0]));
}

void ctx_err(vm::NativeCall& call)
{
    auto* c = static_cast<Ctx*>(call.ptr_arg(0));
    vm::Iface v { kind_itab(c->kind), c };
    if (Ctx* a = answering(v, false)) {
        call.set_iface(0, a->err);
        return;
    }
    if (is_empty_ctx(v)) {
        internal::set_nil_error(call, 0);
        return;
    }
    vm::Slot res[2] = {};
    if (internal::call_iface_method(call, v, kErrMethod, nullptr, 0, res, 2))
        call.args[0] = res[0], call.args[1] = res[1];
}

void ctx_value(vm::NativeCall& call)
{
    vm::Iface v { kind_itab(static_cast<Ctx*>(call.ptr_arg(0))->kind), call.ptr_arg(0) };
    vm::Iface key = call.iface_arg(1);
    vm::Goroutine& g = call.runtime().current();
    while (Ctx* c = ours(v)) {
        if (c->kind == CtxKind::Value) {
            if (vm::equal_ifaces(g, c->key, key)) {
                call.set_iface(0, c->val);
                return;
            }
            if (g.panic.active)
                return; // equal keys of an uncomparable type
        } else if (is_cancel_ctx_key(key)) {
            call.set_iface(0, { ptr_type_of(c->kind), c });
            return;
        }
        v = c->parent;
    }
    if (is_empty_ctx(v)) {
        call.set_iface(0, { nullptr, nullptr });
        return;
    }
    vm::Slot args[2] = { reinterpret_cast<vm::Slot>(key.tab), reinterpret_cast<vm::Slot>(key.data) };
    vm::Slot res[2] = {};
    if (internal::call_iface_method(call, v, kValueMethod, args, 2, res, 2))
        call.args[0] = res[0], call.args[1] = res[1];
}

void empty_deadline(vm::NativeCall& call)
{
    call.set_ptr(0, box_time(call, {}));
    call.set_int(1, 0);
}

void empty_done(vm::NativeCall& call)
{
    call.set_ptr(0, nullptr);
}

void empty_err(vm::NativeCall& call)
{
    internal::set_nil_error(call, 0);
}

void empty_value(vm::NativeCall& call)
{
    call.set_iface(0, { nullptr, nullptr });
}

} // namespace vitro::stdlib::context

namespace vitro::stdlib {

void register_context(vm::NativeRegistry& r)
{
    using namespace context;
    r.add("context.Background", Background);
    r.add("context.TODO", TODO);
    r.add("context.WithCancel", WithCancel);
    r.add("context.WithDeadline", WithDeadline);
    r.add("context.WithTimeout", WithTimeout);
    r.add("context.WithValue", WithValue);
    for (const char* t : { "cancelCtx", "timerCtx", "valueCtx" }) {
        std::string p = std::string("context.(*") + t + ").";
        r.add(p + "Deadline", ctx_deadline);
        r.add(p + "Done", ctx_done);
        r.add(p + "Err", ctx_err);
        r.add(p + "Value", ctx_value);
        r.add(p + "String", ctx_string);
    }
    r.add("context.(*emptyCtx).Deadline", empty_deadline);
    r.add("context.(*emptyCtx).Done", empty_done);
    r.add("context.(*emptyCtx).Err", empty_err);
    r.add("context.(*emptyCtx).Value", empty_value);
    r.add("context.(*emptyCtx).String", empty_string);
    r.add("context.deadlineExceededError.Error", deadline_exceeded_error_text);
    r.add("context.deadlineExceededError.Timeout", deadline_exceeded_true);
    r.add("context.deadlineExceededError.Temporary", deadline_exceeded_true);
}

void init_context_globals(vm::Runtime& rt)
{
    auto set_error = [&](std::string_view name, vm::Iface value) {
        if (void* p = internal::global_address(rt, name))
            std::memcpy(p, &value, sizeof value); // static objects, outside the heap
    };
    set_error("context.Canceled", context::canceled_error());
    set_error("context.DeadlineExceeded", context::deadline_exceeded_error());
}

} // namespace vitro::stdlib
