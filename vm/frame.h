// vm/frame.h — the layout of frames on a goroutine's slot stack (DESIGN.md section 2).
//
// A goroutine's stack is one contiguous array of Slots. A frame whose base is b sees R[i] as
// stack[b + i]. The three slots just below a frame's base are its header:
//   stack[b - 3] = return pc (code-word index in the caller's function)
//   stack[b - 2] = the caller's base (a slot index: every reference into a stack is an offset,
//                  so a stack can grow by copying without fixing anything up)
//   stack[b - 1] = the Function* running in this frame
// `CALL A ...` in a frame with base cb makes the callee's base cb + A: the caller has put the
// arguments in its R[A..] and keeps R[A-3..A-1] free for the header (the compiler places a
// call window at the top of the registers in use, so everything from R[A-3] up is scratch).
// Results come back in the caller's R[A..A+result_slots). The bottom frame of a goroutine
// has a header whose Function* is null (the entry sentinel).
// Calls by value (CALLFUNC, RUNDEFER, GO, Runtime::call_value) also write the func value (a
// Closure*, vm/value.h) into the callee's R[param_slots], after the entry check and the
// zeroing: the closure context through which a function literal reads its captured words.
// Every function's frame has that slot (num_slots > param_slots); CALL writes the callee's
// static closure there too, so a callee never depends on how it was called.
// Entry check: b + num_slots + kFrameHeader <= stack size, else the stack doubles by copying
// (up to Go's 1 GB limit: "goroutine stack exceeds 1000000000-byte limit").
#pragma once

#include <cstdint>

namespace vitro::vm {

inline constexpr uint32_t kFrameHeader = 3;
inline constexpr uint32_t kHeaderReturnPc = 3; // stack[b - 3]
inline constexpr uint32_t kHeaderCallerBase = 2; // stack[b - 2]
inline constexpr uint32_t kHeaderFunction = 1; // stack[b - 1]

} // namespace vitro::vm
