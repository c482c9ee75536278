// vm/bytecode.h — instruction encoding, generated from vm/opcodes.def.
//
// An instruction is one 32-bit word (op in the low 8 bits, then A, B, C or Bx / sBx / sJ),
// followed by op_ext(op) extension words. Encoders and decoders here are the only code that
// knows the bit layout; the compiler, disassembler, verifier and interpreter all use them.
#pragma once

#include <cstdint>
#include <string_view>

namespace vitro::vm {

using Instr = uint32_t;

enum OpFlags : uint32_t {
    kOpJump = 1 << 0,
    kOpAlloc = 1 << 1,
    kOpPanic = 1 << 2,
    kOpSafepoint = 1 << 3,
    kOpWritesPtr = 1 << 4,
    kOpCall = 1 << 5,
    kOpEnd = 1 << 6,
};

enum class OpFormat : uint8_t { N, ABC, ABx, AsBx, sJ };

enum class Op : uint8_t {
#define VITRO_OP(name, format, ext, flags, meaning) name,
#include "vm/opcodes.def"
#undef VITRO_OP
};

inline constexpr int kNumOps = 0
#define VITRO_OP(name, format, ext, flags, meaning) +1
#include "vm/opcodes.def"
#undef VITRO_OP
    ;
static_assert(kNumOps <= 256, "the opcode must fit in 8 bits");

struct OpInfo {
    std::string_view name;
    OpFormat format;
    uint8_t ext; // extension words after the instruction
    uint32_t flags;
    std::string_view meaning;
};

inline constexpr OpInfo kOpInfo[] = {
#define VITRO_OP(name, format, ext, flags, meaning) { #name, OpFormat::format, ext, flags, meaning },
#include "vm/opcodes.def"
#undef VITRO_OP
};

inline const OpInfo& op_info(Op op)
{
    return kOpInfo[static_cast<uint8_t>(op)];
}
// Words occupied by an instruction with this opcode (1 + extension words).
inline int op_words(Op op)
{
    return 1 + op_info(op).ext;
}

// ---- encoding ----
// Whether the instruction's first extension word X is a type index (T[X]): the verifier checks
// it and the disassembler names the type.
inline bool op_has_type_ext(Op op)
{
    switch (op) {
    case Op::EQ_MEM:
    case Op::COPY:
    case Op::ZERO:
    case Op::BOX:
    case Op::MAKESLICE:
    case Op::APPEND:
    case Op::APPENDSLICE:
    case Op::COPYSLICE:
    case Op::MAKEMAP:
    case Op::MAPACCESS:
    case Op::MAPACCESS2:
    case Op::MAPASSIGN:
    case Op::MAPDELETE:
    case Op::MAPITER:
    case Op::MAPCLEAR:
    case Op::CONVIFACE:
    case Op::CONVI2I:
    case Op::ASSERT:
    case Op::ASSERT2:
    case Op::PRINT:
    case Op::MAKECHAN:
        return true;
    default:
        return false;
    }
}

inline Instr encode_abc(Op op, uint32_t a, uint32_t b, uint32_t c)
{
    return static_cast<uint32_t>(op) | (a & 0xff) << 8 | (b & 0xff) << 16 | (c & 0xff) << 24;
}
inline Instr encode_abx(Op op, uint32_t a, uint32_t bx)
{
    return static_cast<uint32_t>(op) | (a & 0xff) << 8 | (bx & 0xffff) << 16;
}
inline Instr encode_asbx(Op op, uint32_t a, int32_t sbx)
{
    return encode_abx(op, a, static_cast<uint32_t>(sbx) & 0xffff);
}
inline Instr encode_sj(Op op, int32_t sj)
{
    return static_cast<uint32_t>(op) | (static_cast<uint32_t>(sj) & 0xffffff) << 8;
}
inline constexpr int32_t kMaxSBx = 32767, kMinSBx = -32768;
inline constexpr int32_t kMaxSJ = (1 << 23) - 1, kMinSJ = -(1 << 23);

// ---- decoding ----
inline Op op_of(Instr i)
{
    return static_cast<Op>(i & 0xff);
}
inline uint32_t arg_a(Instr i)
{
    return (i >> 8) & 0xff;
}
inline uint32_t arg_b(Instr i)
{
    return (i >> 16) & 0xff;
}
inline uint32_t arg_c(Instr i)
{
    return i >> 24;
}
inline int32_t arg_sc(Instr i)
{
    return static_cast<int8_t>(i >> 24);
}
inline uint32_t arg_bx(Instr i)
{
    return i >> 16;
}
inline int32_t arg_sbx(Instr i)
{
    return static_cast<int16_t>(i >> 16);
}
inline int32_t arg_sj(Instr i)
{
    return static_cast<int32_t>(i) >> 8;
}

// SLICE / SLICEARR / SLICESTR extension word: element size in the low 24 bits, then flags
// saying which of lo, hi, max were written (absent lo = 0, absent hi = len, absent max = cap).
enum SliceFlags : uint32_t {
    kSliceHasLo = 1u << 24,
    kSliceHasHi = 1u << 25,
    kSliceHasMax = 1u << 26,
};

} // namespace vitro::vm
