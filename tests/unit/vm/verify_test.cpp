// tests/unit/vm/verify_test.cpp — the bytecode verifier accepts well-formed functions and
// rejects each kind of malformed one; the disassembler lists what it is given.
#include "vm/disasm.h"
#include "vm/verify.h"
#include "vm_test_util.h"

#include <catch2/catch.hpp>

using namespace vitro;
using namespace vitro::test;

namespace {

std::vector<std::string> verify_one(std::vector<Instr> code, uint32_t slots = 4)
{
    auto m = new_module();
    add_function(*m, "main.main", 0, 0, slots, std::move(code));
    return vm::verify_module(*m);
}

bool mentions(const std::vector<std::string>& errors, const std::string& text)
{
    for (const std::string& e : errors)
        if (e.find(text) != std::string::npos)
            return true;
    return false;
}

} // namespace

TEST_CASE("the verifier accepts a well-formed function", "[vm][verify]")
{
    auto errors = verify_one({ encode_abx(Op::LOADI, 0, 3), encode_abc(Op::JLE_I64, 0, 1, 0), 2,
        encode_abc(Op::ADD_I64, 2, 0, 1), encode_sj(Op::LOOP, -3), encode_abc(Op::RET, 0, 0, 0) });
    CHECK(errors.empty());
}

TEST_CASE("the verifier rejects malformed functions", "[vm][verify]")
{
    CHECK(mentions(
        verify_one({ encode_abc(Op::ADD_I64, 9, 0, 1), encode_abc(Op::RET, 0, 0, 0) }), "register A=9"));
    CHECK(mentions(
        verify_one({ encode_abc(Op::MOVE3, 0, 2, 0), encode_abc(Op::RET, 0, 0, 0) }), "register B=2"));
    // A jump into the middle of JEQ's extension word.
    CHECK(mentions(verify_one({ encode_sj(Op::JMP, 2), encode_abc(Op::JEQ_I64, 0, 1, 0), 1,
                       encode_abc(Op::RET, 0, 0, 0) }),
        "is not an instruction"));
    CHECK(mentions(
        verify_one({ encode_sj(Op::JMP, 40), encode_abc(Op::RET, 0, 0, 0) }), "is not an instruction"));
    CHECK(
        mentions(verify_one({ encode_abx(Op::CALL, 3, 7), encode_abc(Op::RET, 0, 0, 0) }), "function index"));
    CHECK(mentions(verify_one({ encode_abx(Op::CALL, 1, 0), encode_abc(Op::RET, 0, 0, 0) }), "frame header"));
    CHECK(mentions(
        verify_one({ encode_abx(Op::LOADK, 0, 0), encode_abc(Op::RET, 0, 0, 0) }), "constant index"));
    CHECK(mentions(
        verify_one({ encode_abx(Op::LOADSTR, 0, 0), encode_abc(Op::RET, 0, 0, 0) }), "string index"));
    CHECK(mentions(
        verify_one({ encode_abx(Op::CALLNATIVE, 0, 0), encode_abc(Op::RET, 0, 0, 0) }), "native index"));
    CHECK(mentions(verify_one({ encode_abc(Op::NEW, 0, 5, 0), encode_abc(Op::RET, 0, 0, 0) }), "type index"));
    CHECK(mentions(verify_one({ encode_abx(Op::LOADI, 0, 1) }), "falls off the end"));
    CHECK(mentions(verify_one({ encode_abc(Op::JEQ_I64, 0, 1, 0) }), "run past the end"));
    CHECK(mentions(verify_one({ 0xfe }), "unknown opcode"));
    CHECK(mentions(verify_one({ encode_abc(Op::RET, 0, 0, 0) }, 300), "256 slots"));
}

TEST_CASE("the disassembler names operands", "[vm][disasm]")
{
    auto m = new_module();
    m->constants.push_back(100003);
    m->natives.push_back({ "fmt.Println", 3, 2 });
    add_function(*m, "main.main", 0, 0, 8,
        { encode_abx(Op::LOADK, 0, 0), encode_abc(Op::JLT_I64, 0, 1, 0), 3, encode_abx(Op::CALLNATIVE, 4, 0),
            encode_abc(Op::RET, 0, 0, 0) });
    std::string text = vm::disassemble(*m);
    CHECK(text.find("func main.main: slots=8 params=0 results=0") != std::string::npos);
    CHECK(text.find("LOADK") != std::string::npos);
    CHECK(text.find("; K = 100003") != std::string::npos);
    CHECK(text.find("X=3") != std::string::npos);
    CHECK(text.find("; -> 4") != std::string::npos);
    CHECK(text.find("; fmt.Println") != std::string::npos);
}
