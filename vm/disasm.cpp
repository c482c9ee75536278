// vm/disasm.cpp — the `vitro build -S` listing (vm/disasm.h).
//
// Operands print as registers (R3), immediates and resolved names: jump targets as `-> pc`,
// constants by value, strings quoted, types by their Go name, functions and natives by name.
#include "vm/disasm.h"

#include <cinttypes>
#include <cstdio>

namespace vitro::vm {

namespace {

std::string quote(std::string_view s)
{
    std::string out = "\"";
    for (unsigned char c : s) {
        if (out.size() > 40) {
            out += "...";
            break;
        }
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c < 0x20 || c == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out + "\"";
}

std::string type_name(const Module& m, uint32_t i)
{
    return i < m.types.size() ? std::string(m.types[i]->name) : "T?" + std::to_string(i);
}

// The comment after the operands: what the indexes refer to.
std::string note(const Module& m, Op op, Instr ins, const Instr* ext, uint32_t pc)
{
    switch (op) {
    case Op::LOADK:
        return arg_bx(ins) < m.constants.size()
            ? "K = " + std::to_string(static_cast<int64_t>(m.constants[arg_bx(ins)]))
            : "";
    case Op::LOADSTR:
        return arg_bx(ins) < m.strings.size() ? quote(m.strings[arg_bx(ins)].view()) : "";
    case Op::LOADTYPE:
    case Op::NEW:
        return type_name(m, arg_bx(ins));
    case Op::LOADFUNC:
    case Op::CALL:
        return arg_bx(ins) < m.functions.size() ? m.functions[arg_bx(ins)]->name : "";
    case Op::CALLNATIVE:
        return arg_bx(ins) < m.natives.size() ? m.natives[arg_bx(ins)].name : "";
    case Op::JMP:
    case Op::LOOP:
        return "-> " + std::to_string(static_cast<int64_t>(pc) + arg_sj(ins));
    case Op::JT:
    case Op::JF:
        return "-> " + std::to_string(static_cast<int64_t>(pc) + arg_sbx(ins));
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
        return "-> " + std::to_string(static_cast<int64_t>(pc) + static_cast<int32_t>(ext[0]));
    default:
        return op_has_type_ext(op) ? type_name(m, ext[0]) : "";
    }
}

std::string operands(Op op, Instr ins)
{
    char buf[64];
    switch (op_info(op).format) {
    case OpFormat::N:
        return "";
    case OpFormat::ABC:
        std::snprintf(buf, sizeof buf, "%u %u %u", arg_a(ins), arg_b(ins), arg_c(ins));
        break;
    case OpFormat::ABx:
        std::snprintf(buf, sizeof buf, "%u %u", arg_a(ins), arg_bx(ins));
        break;
    case OpFormat::AsBx:
        std::snprintf(buf, sizeof buf, "%u %d", arg_a(ins), arg_sbx(ins));
        break;
    case OpFormat::sJ:
        std::snprintf(buf, sizeof buf, "%d", arg_sj(ins));
        break;
    }
    return buf;
}

} // namespace

std::string disassemble_function(const Module& m, const Function& fn)
{
    std::string out;
    char buf[256];
    std::snprintf(buf, sizeof buf, "func %s: slots=%u params=%u results=%u line=%u\n", fn.name.c_str(),
        fn.num_slots, fn.param_slots, fn.result_slots, fn.decl_line);
    out += buf;
    std::string ptrs;
    for (uint32_t i = 0; i < fn.num_slots; i++)
        if (i / 64 < fn.ptrmap.size() && fn.slot_is_pointer(i)) {
            if (!ptrs.empty())
                ptrs += ' ';
            ptrs += std::to_string(i);
        }
    out += "  ptrmap: [" + ptrs + "]";
    if (!fn.zero_on_entry.empty()) {
        out += " zero_on_entry: [";
        for (size_t i = 0; i < fn.zero_on_entry.size(); i++) {
            if (i)
                out += ' ';
            out += std::to_string(fn.zero_on_entry[i]);
        }
        out += "]";
    }
    out += "\n";
    for (uint32_t pc = 0; pc < fn.code.size();) {
        Instr ins = fn.code[pc];
        if ((ins & 0xff) >= static_cast<uint32_t>(kNumOps)) {
            std::snprintf(buf, sizeof buf, "  %5u %5u  ??? 0x%08x\n", pc, fn.line_at(pc), ins);
            out += buf;
            pc++;
            continue;
        }
        Op op = op_of(ins);
        const OpInfo& info = op_info(op);
        std::string ops = operands(op, ins);
        const Instr* ext = fn.code.data() + pc + 1;
        uint32_t next = pc + 1 + info.ext;
        if (next > fn.code.size())
            next = static_cast<uint32_t>(fn.code.size());
        for (uint32_t e = pc + 1; e < next; e++)
            ops += " X=" + std::to_string(static_cast<int32_t>(fn.code[e]));
        std::string n = next == pc + 1 + info.ext ? note(m, op, ins, ext, pc) : "";
        std::snprintf(buf, sizeof buf, "  %5u %5u  %-13s %-22s", pc, fn.line_at(pc),
            std::string(info.name).c_str(), ops.c_str());
        out += buf;
        if (!n.empty())
            out += " ; " + n;
        while (!out.empty() && out.back() == ' ')
            out.pop_back();
        out += "\n";
        pc = next;
    }
    return out;
}

std::string disassemble(const Module& m)
{
    std::string out;
    char buf[128];
    std::snprintf(buf, sizeof buf,
        "module %s: %zu functions, %zu constants, %zu strings, %zu types, globals %" PRIu64 " bytes\n",
        m.file_name.c_str(), m.functions.size(), m.constants.size(), m.strings.size(), m.types.size(),
        m.globals_size);
    out += buf;
    for (const NativeRef& n : m.natives)
        out += "native " + n.name + "\n";
    for (const Function* fn : m.functions) {
        out += "\n";
        out += disassemble_function(m, *fn);
    }
    return out;
}

} // namespace vitro::vm
