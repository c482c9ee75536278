// vm/native_thunk.cpp — func values whose code is a native (Runtime::native_thunk).
//
// Overview: natives sometimes return functions (context.WithCancel's CancelFunc). A func value
// is a Closure whose Function the interpreter runs like any other, so a native's func value
// needs a Function: a two-instruction thunk `CALLNATIVE 0 N; RET 0 results`, built once per
// name in the Runtime's arena, whose native index N is appended to the Runtime's native table.
// The thunk's callers follow the closure-context convention (vm/frame.h), so the native finds
// the Closure (and the words it captured) at args[param_slots].
// Invariants: the native table never reallocates after link() (the interpreter keeps a raw
// pointer to it; link reserves kMaxNativeThunks extra entries); a thunk's frame has
// max(param_slots + 1, result_slots, frame_slots) slots, all in its ptrmap; thunks live as long as the
// Runtime. Concurrency: one P; the name cache is not locked. Go counterpart: the compiler-generated closures
// of the standard library's Go code (context.WithCancel's `func() { c.cancel(true, Canceled) }`).
#include "support/assert.h"
#include "vm/bytecode.h"
#include "vm/runtime.h"

#include <algorithm>
#include <string>

namespace vitro::vm {

const Function* Runtime::native_thunk(
    std::string_view name, NativeFn fn, uint32_t param_slots, uint32_t result_slots, uint32_t frame_slots)
{
    if (auto it = m_native_thunks.find(name); it != m_native_thunks.end())
        return it->second;
    VITRO_CHECK(m_native_thunks.size() < kMaxNativeThunks && m_natives.size() < m_natives.capacity());
    auto index = static_cast<uint32_t>(m_natives.size());
    m_natives.push_back(fn);
    Function* f = m_arena.make<Function>();
    f->name = std::string(name);
    f->param_slots = param_slots;
    f->result_slots = result_slots;
    f->num_slots = std::max({ param_slots + 1, result_slots, frame_slots });
    VITRO_CHECK(f->num_slots <= 256);
    f->ptrmap.assign((f->num_slots + 63) / 64 + 1, 0);
    for (uint32_t i = 0; i < f->num_slots; i++)
        f->ptrmap[i / 64] |= uint64_t { 1 } << (i % 64);
    f->code = { encode_abx(Op::CALLNATIVE, 0, index), encode_abc(Op::RET, 0, result_slots, 0) };
    m_native_thunks.emplace(std::string(name), f);
    return f;
}

Closure* Runtime::new_native_closure(const Function* thunk, uint32_t ncaptured)
{
    const gc::Type*& type = m_native_closure_types[ncaptured];
    if (!type) { // like the compiler's closure descriptors: every word scanned
        auto* t = m_arena.make<gc::Type>();
        t->size = 8 * (uint64_t { ncaptured } + 1);
        t->align = 8;
        t->kind = gc::Kind::Struct;
        t->name = "func";
        t->ptrdata = t->size;
        size_t mwords = (ncaptured + 1 + 63) / 64;
        auto* mask = static_cast<uint64_t*>(m_arena.allocate(mwords * 8, 8));
        std::fill(mask, mask + mwords, 0);
        for (uint32_t i = 0; i <= ncaptured; i++)
            mask[i / 64] |= uint64_t { 1 } << (i % 64);
        t->ptrmask = mask;
        type = t;
    }
    auto* c = static_cast<Closure*>(m_heap->alloc(type));
    c->fn = thunk;
    return c;
}

} // namespace vitro::vm
