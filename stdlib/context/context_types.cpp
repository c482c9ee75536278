// stdlib/context/context_types.cpp — the context package's static descriptors, itabs, the
// Background/TODO objects and the Canceled/DeadlineExceeded errors (see context_types.h).
#include "stdlib/context/context_types.h"

#include "stdlib/internal/ifaces.h"
#include "stdlib/internal/types.h"
#include "vm/native.h"

#include <array>
#include <string_view>

namespace vitro::stdlib::context {

// The method natives (context_natives.cpp), itab entries of every kind.
void ctx_deadline(vm::NativeCall& call);
void ctx_done(vm::NativeCall& call);
void ctx_err(vm::NativeCall& call);
void ctx_value(vm::NativeCall& call);
void empty_deadline(vm::NativeCall& call);
void empty_done(vm::NativeCall& call);
void empty_err(vm::NativeCall& call);
void empty_value(vm::NativeCall& call);

namespace {

// Ctx's pointer words: parent.data, done, err.data, children, next/prev sibling, owner,
// key.data, val.data, deadline.loc.
constexpr uint64_t kCtxMask = (1u << 1) | (1u << 2) | (1u << 4) | (1u << 5) | (1u << 6) | (1u << 7)
    | (1u << 8) | (1u << 10) | (1u << 12) | (1u << 15);

constexpr uint8_t kNamedComparable = gc::kTypeNamed | gc::kTypeComparable;

gc::Type make_ctx(std::string_view name)
{
    return internal::make_struct_type(name, sizeof(Ctx), 16 * 8, &kCtxMask, gc::kTypeNamed);
}

// A zero-size struct (1-byte aligned, comparable).
gc::Type make_empty_struct(std::string_view name, uint8_t flags)
{
    gc::Type t
        = internal::make_struct_type(name, 0, 0, nullptr, static_cast<uint8_t>(gc::kTypeComparable | flags));
    t.align = 1;
    return t;
}

const gc::Type kCancelCtxType = make_ctx("context.cancelCtx");
const gc::Type kTimerCtxType = make_ctx("context.timerCtx");
const gc::Type kValueCtxType = make_ctx("context.valueCtx");
const gc::Type kEmptyCtxType
    = internal::make_basic_type("context.emptyCtx", gc::Kind::Int, 8, kNamedComparable);
const gc::Type kDeadlineExceededStruct = make_empty_struct("context.deadlineExceededError", gc::kTypeNamed);

// The Context interface (methods sorted by name, as the compiler's descriptors list them).
const gc::Method kContextMethods[4] = {
    { "Deadline", nullptr, UINT32_MAX, false, UINT32_MAX },
    { "Done", nullptr, UINT32_MAX, false, UINT32_MAX },
    { "Err", nullptr, UINT32_MAX, false, UINT32_MAX },
    { "Value", nullptr, UINT32_MAX, false, UINT32_MAX },
};

const gc::Type kContextIface = internal::make_iface_type("context.Context", kContextMethods);

// vm::Itab with four entries (Itab declares one and is used as a variable-length header).
struct ContextItab {
    const gc::Type* type;
    const gc::Type* iface;
    uint64_t nfun;
    vm::ItabEntry fun[4];
};
static_assert(offsetof(ContextItab, fun) == offsetof(vm::Itab, fun));

constexpr vm::ItabEntry entry(vm::NativeFn fn)
{
    return { nullptr, fn, vm::kNoNative };
}

const ContextItab kCancelItab { &kCancelCtxPtrType, &kContextIface, 4,
    { entry(ctx_deadline), entry(ctx_done), entry(ctx_err), entry(ctx_value) } };
const ContextItab kTimerItab { &kTimerCtxPtrType, &kContextIface, 4,
    { entry(ctx_deadline), entry(ctx_done), entry(ctx_err), entry(ctx_value) } };
const ContextItab kValueItab { &kValueCtxPtrType, &kContextIface, 4,
    { entry(ctx_deadline), entry(ctx_done), entry(ctx_err), entry(ctx_value) } };
const ContextItab kEmptyItab { &kEmptyCtxPtrType, &kContextIface, 4,
    { entry(empty_deadline), entry(empty_done), entry(empty_err), entry(empty_value) } };

// Background and TODO: distinct static words (Go: two new(emptyCtx)).
uint64_t background_word = 0;
uint64_t todo_word = 0;

constexpr std::string_view kCanceledText = "context canceled";
const internal::ErrorString kCanceled { { reinterpret_cast<const uint8_t*>(kCanceledText.data()),
    static_cast<int64_t>(kCanceledText.size()) } };
uint64_t deadline_exceeded_word = 0;

// Go's cancelCtxKey: a static object of an unexported type nobody else can name.
const gc::Type kCancelCtxKeyType = make_empty_struct("*context.cancelCtxKey", gc::kTypeDirectIface);
uint64_t cancel_ctx_key_word = 0;

} // namespace

// The Error text of errors.New values is native (errors.(*errorString).Error) and the
// deadlineExceededError's its own (context_natives.cpp). The value type is pointer-shaped (its
// data word the address of a static word), named like Go's struct so that %T and fmt's native
// method lookup ("context.deadlineExceededError.Error") find it.
const gc::Type kDeadlineExceededType
    = internal::make_static_word_type(&kDeadlineExceededStruct, "context.deadlineExceededError");

const gc::Type kCancelCtxPtrType = internal::make_pointer_type(&kCancelCtxType, "*context.cancelCtx");
const gc::Type kTimerCtxPtrType = internal::make_pointer_type(&kTimerCtxType, "*context.timerCtx");
const gc::Type kValueCtxPtrType = internal::make_pointer_type(&kValueCtxType, "*context.valueCtx");
const gc::Type kEmptyCtxPtrType = internal::make_pointer_type(&kEmptyCtxType, "*context.emptyCtx");
const gc::Type kEmptyStructType = make_empty_struct("struct {}", 0);

const gc::Type* ptr_type_of(CtxKind kind)
{
    switch (kind) {
    case CtxKind::Cancel:
        return &kCancelCtxPtrType;
    case CtxKind::Timer:
        return &kTimerCtxPtrType;
    case CtxKind::Value:
        break;
    }
    return &kValueCtxPtrType;
}

const vm::Itab* kind_itab(CtxKind kind)
{
    const ContextItab* tab = kind == CtxKind::Cancel ? &kCancelItab
        : kind == CtxKind::Timer                     ? &kTimerItab
                                                     : &kValueItab;
    return reinterpret_cast<const vm::Itab*>(tab);
}

Ctx* ours(vm::Iface v)
{
    const gc::Type* t = context_type(v);
    if (t == &kCancelCtxPtrType || t == &kTimerCtxPtrType || t == &kValueCtxPtrType)
        return static_cast<Ctx*>(v.data);
    return nullptr;
}

vm::Iface background()
{
    return { &kEmptyItab, &background_word };
}

vm::Iface todo()
{
    return { &kEmptyItab, &todo_word };
}

bool is_background(const void* data)
{
    return data == &background_word;
}

bool is_todo(const void* data)
{
    return data == &todo_word;
}

vm::Iface canceled_error()
{
    return { &internal::kErrorStringItab, const_cast<internal::ErrorString*>(&kCanceled) };
}

void deadline_exceeded_error_text(vm::NativeCall& call); // context_natives.cpp

namespace {
const vm::Itab kDeadlineExceededItab { &kDeadlineExceededType, &internal::kErrorType, 1,
    { { nullptr, deadline_exceeded_error_text, vm::kNoNative } } };
}

vm::Iface deadline_exceeded_error()
{
    return { &kDeadlineExceededItab, &deadline_exceeded_word };
}

vm::Iface cancel_ctx_key()
{
    return { &kCancelCtxKeyType, &cancel_ctx_key_word };
}

bool is_cancel_ctx_key(vm::Iface key)
{
    return key.tab == &kCancelCtxKeyType && key.data == &cancel_ctx_key_word;
}

} // namespace vitro::stdlib::context
