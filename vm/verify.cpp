// vm/verify.cpp — the bytecode verifier (vm/verify.h).
//
// Register widths per operand come from the table in `operand_slots` (one line per opcode
// group); operands whose width depends on a type (APPEND's element, a map's key, PRINT's
// value) read it from the type the extension word names.
#include "vm/verify.h"

#include "vm/frame.h"
#include "vm/ops.h"

#include <algorithm>
#include <vector>

namespace vitro::vm {

namespace {

struct Widths {
    int a = 0, b = 0, c = 0; // slots read or written at R[A], R[B], R[C] (0: not a register)
};

// t may be null when the type index was invalid (reported separately).
Widths operand_slots(Op op, Instr ins, const gc::Type* t)
{
    auto n = [&](const gc::Type* x) { return x ? static_cast<int>(slot_count(x)) : 1; };
    switch (op) {
    case Op::NOP:
    case Op::JMP:
    case Op::LOOP:
    case Op::PRINTSP:
    case Op::PRINTNL:
    case Op::CALL:
    case Op::CALLNATIVE:
    case Op::CALLIFACE:
        return {};
    case Op::MOVE2:
        return { 2, 2, 0 };
    case Op::MOVE3:
        return { 3, 3, 0 };
    case Op::LOADI:
    case Op::LOADK:
    case Op::LOADTYPE:
    case Op::LOADFUNC:
    case Op::GADDR:
    case Op::CHKSHIFT:
    case Op::JT:
    case Op::JF:
    case Op::NILCHECK:
    case Op::ZERO:
    case Op::NEW:
    case Op::MAPCLEAR:
        return { 1, 0, 0 };
    case Op::LOADSTR:
        return { 2, 0, 0 };
    case Op::LOADZERO:
        return { static_cast<int>(arg_b(ins)), 0, 0 };
    case Op::ADDI:
    case Op::NEG_I64:
    case Op::BITNOT:
    case Op::NOT:
    case Op::EXT_I8:
    case Op::EXT_I16:
    case Op::EXT_I32:
    case Op::EXT_U8:
    case Op::EXT_U16:
    case Op::EXT_U32:
    case Op::NEG_F64:
    case Op::ROUND_F32:
    case Op::I64_TO_F64:
    case Op::U64_TO_F64:
    case Op::F64_TO_I64:
    case Op::F64_TO_U64:
    case Op::MOVE:
    case Op::JEQ_I64:
    case Op::JNE_I64:
    case Op::JLT_I64:
    case Op::INCJLT_I64:
    case Op::JLE_I64:
    case Op::JLT_U64:
    case Op::JLE_U64:
    case Op::JLT_F64:
    case Op::JLE_F64:
    case Op::ADDPTR:
    case Op::COPY:
    case Op::MAKEMAP:
    case Op::MAPLEN:
    case Op::MAPITER:
        return { 1, 1, 0 };
    case Op::CALLFUNC: // A is the callee's frame base: it may be the end of this frame
        return { 0, 1, 0 };
    case Op::EQ_STR:
    case Op::LT_STR:
    case Op::LE_STR:
    case Op::EQ_IFACE:
        return { 1, 2, 2 };
    case Op::RET:
        return { static_cast<int>(arg_b(ins)), 0, 0 };
    case Op::PANIC:
        return { 2, 0, 0 };
    case Op::LOAD_I8:
    case Op::LOAD_I16:
    case Op::LOAD_I32:
    case Op::LOAD_U8:
    case Op::LOAD_U16:
    case Op::LOAD_U32:
    case Op::LOAD_64:
    case Op::LOAD_F32:
    case Op::STORE_8:
    case Op::STORE_16:
    case Op::STORE_32:
    case Op::STORE_64:
    case Op::STORE_F32:
    case Op::STORE_PTR:
        return { 1, 1, 0 };
    case Op::LOAD_2:
        return { 2, 1, 0 };
    case Op::LOAD_3:
        return { 3, 1, 0 };
    case Op::STORE_STR:
    case Op::STORE_IFACE:
        return { 1, 2, 0 };
    case Op::STORE_SLICE:
        return { 1, 3, 0 };
    case Op::BOX:
        return { 1, n(t), 0 };
    case Op::ELEMADDR:
    case Op::INDEX_64:
    case Op::INDEX_U8:
        return { 1, 3, 1 };
    case Op::SETINDEX_64:
    case Op::SETINDEX_U8:
    case Op::SETINDEX_PTR:
        return { 3, 1, 1 };
    case Op::STRINDEX:
        return { 1, 2, 1 };
    case Op::SLICE:
        return { 3, 3, 3 };
    case Op::SLICEARR:
        return { 3, 1, 3 };
    case Op::SLICESTR:
        return { 2, 2, 2 };
    case Op::MAKESLICE:
        return { 3, 1, 1 };
    case Op::SLICEHDR:
        return { 3, 1, 0 };
    case Op::SLICE2ARRP:
        return { 1, 3, 0 };
    case Op::APPEND:
        return { 3, 3, t && t->elem ? n(t->elem) : 1 };
    case Op::APPENDSLICE:
        return { 3, 3, 3 };
    case Op::APPENDSTR:
        return { 3, 3, 2 };
    case Op::COPYSLICE:
        return { 1, 3, 3 };
    case Op::COPYSTR:
        return { 1, 3, 2 };
    case Op::CONCAT:
        return { 2, 2, 2 };
    case Op::CONCATN:
        return { 2, static_cast<int>(2 * arg_c(ins)), 0 };
    case Op::STR_TO_BYTES:
    case Op::STR_TO_RUNES:
        return { 3, 2, 0 };
    case Op::BYTES_TO_STR:
    case Op::RUNES_TO_STR:
        return { 2, 3, 0 };
    case Op::RUNE_TO_STR:
        return { 2, 1, 0 };
    case Op::STRNEXT:
        return { 2, 2, 1 };
    case Op::MAPACCESS:
    case Op::MAPASSIGN:
        return { 1, 1, t && t->key ? n(t->key) : 1 };
    case Op::MAPACCESS2:
        return { 2, 1, t && t->key ? n(t->key) : 1 };
    case Op::MAPDELETE:
        return { 1, t && t->key ? n(t->key) : 1, 0 };
    case Op::MAPNEXT:
        return { 2, 1, 0 };
    case Op::CONVIFACE:
        return { 2, n(t), 0 };
    case Op::CONVITAB:
        return { 2, 1, 0 }; // B's width is the itab's type (checked at run time)
    case Op::CONVI2I:
        return { 2, 2, 0 };
    case Op::IFACE_TYPE:
        return { 1, 2, 0 };
    case Op::ASSERT:
        return { n(t), 2, 0 };
    case Op::ASSERT2:
        return { n(t) + 1, 2, 0 };
    case Op::PRINT:
        return { n(t), 0, 0 };
    case Op::CLOSURE:
        return { 1, static_cast<int>(arg_c(ins)), 0 };
    case Op::DEFER:
        return { 1, 0, 0 };
    case Op::RUNDEFER:
        return {};
    case Op::RECOVER:
        return { 2, 0, 0 };
    // ---- goroutines and channels ----
    case Op::GO:
        return { static_cast<int>(arg_c(ins)), 1, 0 };
    case Op::MAKECHAN:
    case Op::RECV:
    case Op::CHANLEN:
    case Op::SEND:
        return { 1, 1, 0 };
    case Op::CLOSE:
        return { 1, 0, 0 };
    case Op::SELECT:
        return { std::max(2, 3 * static_cast<int>(arg_b(ins))), 0, 0 };
    default: // binary ALU and comparisons: R[A] = R[B] op R[C]
        return { 1, 1, 1 };
    }
}

struct Checker {
    const Module& m;
    const Function& fn;
    std::vector<std::string>& errors;

    void fail(uint32_t pc, const std::string& msg)
    {
        if (errors.size() < 50)
            errors.push_back(fn.name + ": pc " + std::to_string(pc) + ": " + msg);
    }

    void reg(uint32_t pc, const char* which, uint32_t r, int width)
    {
        if (width > 0 && r + static_cast<uint32_t>(width) > fn.num_slots)
            fail(pc,
                std::string("register ") + which + "=" + std::to_string(r) + " (+" + std::to_string(width)
                    + ") outside the frame of " + std::to_string(fn.num_slots) + " slots");
    }

    void run()
    {
        if (fn.num_slots > 256)
            fail(0, "frame of more than 256 slots");
        if (fn.param_slots > fn.num_slots || fn.result_slots > fn.num_slots)
            fail(0, "parameters or results outside the frame");
        if (fn.ptrmap.size() * 64 < fn.num_slots)
            fail(0, "pointer map shorter than the frame");
        for (uint8_t z : fn.zero_on_entry)
            if (z >= fn.num_slots)
                fail(0, "zero_on_entry slot outside the frame");
        if (fn.code.empty()) {
            fail(0, "empty function");
            return;
        }
        std::vector<bool> starts(fn.code.size() + 1, false);
        std::vector<std::pair<uint32_t, int64_t>> jumps;
        uint32_t pc = 0, last = 0;
        while (pc < fn.code.size()) {
            Instr ins = fn.code[pc];
            last = pc;
            starts[pc] = true;
            if ((ins & 0xff) >= static_cast<uint32_t>(kNumOps)) {
                fail(pc, "unknown opcode " + std::to_string(ins & 0xff));
                return;
            }
            Op op = op_of(ins);
            const OpInfo& info = op_info(op);
            if (pc + 1 + info.ext > fn.code.size()) {
                fail(pc, "extension words run past the end of the code");
                return;
            }
            check(pc, op, ins, fn.code.data() + pc + 1, jumps);
            pc += 1 + info.ext;
        }
        if (!(op_info(op_of(fn.code[last])).flags & kOpEnd))
            fail(last, "control falls off the end of the function");
        for (auto [from, target] : jumps)
            if (target < 0 || target >= static_cast<int64_t>(fn.code.size())
                || !starts[static_cast<size_t>(target)])
                fail(from, "jump target " + std::to_string(target) + " is not an instruction");
    }

    void check(
        uint32_t pc, Op op, Instr ins, const Instr* ext, std::vector<std::pair<uint32_t, int64_t>>& jumps)
    {
        const gc::Type* t = nullptr;
        if (op_has_type_ext(op)) {
            if (ext[0] >= m.types.size())
                fail(pc, "type index " + std::to_string(ext[0]) + " out of range");
            else
                t = m.types[ext[0]];
        }
        Widths w = operand_slots(op, ins, t);
        reg(pc, "A", arg_a(ins), w.a);
        if (op_info(op).format == OpFormat::ABC) {
            reg(pc, "B", arg_b(ins), w.b);
            reg(pc, "C", arg_c(ins), w.c);
        }
        switch (op) {
        case Op::LOADK:
            if (arg_bx(ins) >= m.constants.size())
                fail(pc, "constant index out of range");
            break;
        case Op::LOADSTR:
            if (arg_bx(ins) >= m.strings.size())
                fail(pc, "string index out of range");
            break;
        case Op::LOADTYPE:
        case Op::NEW:
            if (arg_bx(ins) >= m.types.size())
                fail(pc, "type index out of range");
            break;
        case Op::LOADFUNC:
        case Op::CALL:
            if (arg_bx(ins) >= m.functions.size())
                fail(pc, "function index out of range");
            else if (op == Op::CALL && arg_a(ins) < kFrameHeader)
                fail(pc, "call window leaves no room for the frame header");
            break;
        case Op::CLOSURE:
            if (ext[0] >= m.types.size())
                fail(pc, "type index out of range");
            if (ext[1] >= m.functions.size())
                fail(pc, "function index out of range");
            break;
        case Op::CONVITAB:
            if (ext[0] >= m.itabs.size())
                fail(pc, "itab index out of range");
            break;
        case Op::CALLIFACE:
            if (arg_b(ins) + 2 > arg_a(ins))
                fail(pc, "CALLIFACE's interface must sit below its call window");
            [[fallthrough]];
        case Op::RUNDEFER:
        case Op::CALLFUNC:
            if (arg_a(ins) < kFrameHeader)
                fail(pc, "call window leaves no room for the frame header");
            break;
        case Op::CALLNATIVE:
            if (arg_bx(ins) >= m.natives.size())
                fail(pc, "native index out of range");
            if (arg_a(ins) >= fn.num_slots)
                fail(pc, "native arguments outside the frame");
            break;
        case Op::GADDR:
            if (ext[0] >= m.globals_size && m.globals_size)
                fail(pc, "global offset outside the globals area");
            break;
        case Op::JMP:
        case Op::LOOP:
            jumps.push_back({ pc, static_cast<int64_t>(pc) + arg_sj(ins) });
            break;
        case Op::JT:
        case Op::JF:
            jumps.push_back({ pc, static_cast<int64_t>(pc) + arg_sbx(ins) });
            break;
        case Op::JEQ_I64:
        case Op::JNE_I64:
        case Op::JLT_I64:
        case Op::INCJLT_I64:
        case Op::JLE_I64:
        case Op::JLT_U64:
        case Op::JLE_U64:
        case Op::JLT_F64:
        case Op::JLE_F64:
        case Op::MAPNEXT:
            jumps.push_back({ pc, static_cast<int64_t>(pc) + static_cast<int32_t>(ext[0]) });
            break;
        case Op::APPEND:
        case Op::APPENDSLICE:
        case Op::COPYSLICE:
            if (t && (t->kind != gc::Kind::Slice || !t->elem))
                fail(pc, "type operand is not a slice type");
            break;
        case Op::MAKEMAP:
        case Op::MAPACCESS:
        case Op::MAPACCESS2:
        case Op::MAPASSIGN:
        case Op::MAPDELETE:
        case Op::MAPITER:
        case Op::MAPCLEAR:
            if (t && (t->kind != gc::Kind::Map || !t->key || !t->elem))
                fail(pc, "type operand is not a map type");
            break;
        default:
            break;
        }
    }
};

} // namespace

std::vector<std::string> verify_module(const Module& module)
{
    std::vector<std::string> errors;
    if (module.functions.empty())
        errors.push_back("module has no functions");
    if (module.main_function >= module.functions.size())
        errors.push_back("main function index out of range");
    if (module.init_function >= module.functions.size())
        errors.push_back("init function index out of range");
    for (const Function* fn : module.functions) {
        Checker c { module, *fn, errors };
        c.run();
    }
    return errors;
}

} // namespace vitro::vm
