// lang/types/stack.h — keeps the type checker off the end of the C stack.
//
// Overview: the checker recurses over syntax (bounded per expression by Checker::kMaxDepth)
// and, on demand, into the declarations an expression refers to (obj_decl), which is bounded
// only by the program: `const c0 = c1 + 1; const c1 = c2 + 1; ...` or a chain of embedded
// structs nests one declaration inside the next. Go's checker runs on a goroutine stack that
// grows to 1 GB, so such programs are valid Go and must check. check_file therefore runs the
// checker on a thread of its own with a large stack (kCheckerStackSize; pages are committed
// only when touched), and a StackLimit lets the recursive entry points (obj_decl,
// raw_expr, type expressions) stop with an error well before the stack runs out.
//
// Invariants: StackLimit is captured on the thread that uses it. A quarter of the stack stays
// in reserve past the limit, for the recursion between two checks (type walks such as
// comparable() or valid_type() over long chains of named types, message formatting).
// Rejected: a fixed count of nested declarations (frame sizes differ by a factor of several
// between Release and ASan builds, so a count safe under ASan would reject valid programs in
// Release or overflow elsewhere); growing the stack on demand as clang does
// (runWithSufficientStackSpace) needs a check and a thread hop at every recursive call site.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>

namespace vitro::lang::types {

// The stack the checker runs on: generous, since a declaration nested in a declaration costs a
// few kilobytes of frames in an ASan build and Go accepts chains of thousands.
inline constexpr size_t kCheckerStackSize = size_t { 512 } << 20;

class StackLimit {
public:
    // The limit for the calling thread: its stack bounds less a quarter in reserve.
    static StackLimit for_current_thread();
    // The limit `budget` bytes below the caller's frame (for tests).
    static StackLimit with_budget(size_t budget);
    bool exhausted() const { return reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) < m_limit; }

private:
    explicit StackLimit(uintptr_t limit)
        : m_limit(limit)
    {
    }
    uintptr_t m_limit;
};

// Runs `fn` on a new thread with a stack of `size` bytes and waits for it; runs it on the
// calling thread when no such thread can be started (an address-space limit, say).
void run_with_stack(size_t size, const std::function<void()>& fn);

} // namespace vitro::lang::types
