// tests/unit/vm/interp_test.cpp — the interpreter on hand-assembled functions: Go's integer
// semantics, calls and deep recursion with stack growth, run-time panic texts and traces.
#include "vm/ops.h"
#include "vm_test_util.h"

#include <catch2/catch.hpp>
#include <climits>

using namespace vitro;
using namespace vitro::test;

namespace {

// R[0] = R[0] op R[1]; RET 1.
int64_t binop(Op op, int64_t a, int64_t b)
{
    auto m = new_module();
    vm::Function* f
        = add_function(*m, "main.f", 2, 1, 4, { encode_abc(op, 0, 0, 1), encode_abc(Op::RET, 0, 1, 0) });
    vm::Runtime rt(*m, gc::Options {});
    vm::Slot args[2] = { static_cast<vm::Slot>(a), static_cast<vm::Slot>(b) };
    vm::Slot res = 0;
    rt.call(f, args, 2, &res, 1);
    return static_cast<int64_t>(res);
}

int64_t unop(Op op, int64_t a)
{
    auto m = new_module();
    vm::Function* f
        = add_function(*m, "main.f", 1, 1, 4, { encode_abc(op, 0, 0, 0), encode_abc(Op::RET, 0, 1, 0) });
    vm::Runtime rt(*m, gc::Options {});
    vm::Slot args[1] = { static_cast<vm::Slot>(a) };
    vm::Slot res = 0;
    rt.call(f, args, 1, &res, 1);
    return static_cast<int64_t>(res);
}

} // namespace

TEST_CASE("integer arithmetic follows Go", "[vm][interp]")
{
    CHECK(binop(Op::ADD_I64, INT64_MAX, 1) == INT64_MIN);
    CHECK(binop(Op::MUL_I64, INT64_MIN, -1) == INT64_MIN);
    CHECK(binop(Op::DIV_I64, INT64_MIN, -1) == INT64_MIN);
    CHECK(binop(Op::REM_I64, INT64_MIN, -1) == 0);
    CHECK(binop(Op::DIV_I64, -7, 2) == -3);
    CHECK(binop(Op::REM_I64, -7, 2) == -1);
    CHECK(binop(Op::DIV_U64, -1, 2) == INT64_MAX);
    CHECK(binop(Op::SHL, 1, 63) == INT64_MIN);
    CHECK(binop(Op::SHL, 1, 64) == 0);
    CHECK(binop(Op::SHL, 1, -1) == 0); // count read unsigned: huge
    CHECK(binop(Op::SHR_I64, -8, 1) == -4);
    CHECK(binop(Op::SHR_I64, -8, 200) == -1);
    CHECK(binop(Op::SHR_U64, -1, 63) == 1);
    CHECK(binop(Op::SHR_U64, -1, 64) == 0);
    CHECK(binop(Op::ANDNOT, 0b1111, 0b0101) == 0b1010);
    CHECK(unop(Op::EXT_I8, 200) == -56);
    CHECK(unop(Op::EXT_U8, -1) == 255);
    CHECK(unop(Op::EXT_I16, 0x18000) == -32768);
    CHECK(unop(Op::EXT_I32, 0xffffffffll) == -1);
    CHECK(unop(Op::EXT_U32, -1) == 0xffffffffll);
    CHECK(unop(Op::NEG_I64, INT64_MIN) == INT64_MIN);
}

TEST_CASE("float conversions match amd64 Go", "[vm][interp]")
{
    auto conv = [](Op op, double d) { return unop(op, static_cast<int64_t>(vm::slot_of_f64(d))); };
    CHECK(conv(Op::F64_TO_I64, 1e300) == INT64_MIN);
    CHECK(conv(Op::F64_TO_I64, -2.9) == -2);
    CHECK(static_cast<uint64_t>(conv(Op::F64_TO_U64, 1.5e19)) == 15000000000000000000ull);
    CHECK(vm::f64_of_slot(static_cast<vm::Slot>(unop(Op::I64_TO_F64, -3))) == -3.0);
}

namespace {

// sum(n) = n == 0 ? 0 : n + sum(n-1), recursing n deep: frames of 8 slots.
vm::Function* make_sum(vm::Module& m)
{
    // R0 = n; R1 = 0; if n <= 0 -> ret R1
    // R5 = n - 1; CALL 5 sum; R0 = R0 + R5; RET 0 1
    return add_function(m, "main.sum", 1, 1, 8,
        {
            encode_abx(Op::LOADI, 1, 0), // 0
            encode_abc(Op::JLE_I64, 0, 1, 0), 3, // 1: -> 4
            encode_abc(Op::ADDI, 5, 0, static_cast<uint8_t>(-1)), // 3
            encode_abx(Op::CALL, 5, 0), // 4 (patched below when the function index differs)
            encode_abc(Op::ADD_I64, 0, 0, 5), // 5
            encode_abc(Op::RET, 0, 1, 0), // 6
        });
}

} // namespace

TEST_CASE("calls return results in the window; deep recursion grows the stack", "[vm][interp]")
{
    auto m = new_module();
    vm::Function* sum = make_sum(*m);
    // Fix the jump: JLE at pc 1 must go to the RET of R1, which we append.
    sum->code[2] = 6; // pc 1 + 6 = 7
    sum->code.push_back(encode_abc(Op::RET, 1, 1, 0)); // 7
    sum->lines.push_back({ 7, 20 });
    vm::Runtime rt(*m, gc::Options {});
    vm::Slot n = 10, res = 0;
    rt.call(sum, &n, 1, &res, 1);
    CHECK(res == 55);
    n = 200000; // 200k frames 5 slots apart: the 256-slot stack doubles many times
    rt.call(sum, &n, 1, &res, 1);
    CHECK(res == 200000ull * 200001 / 2);
    CHECK(rt.current().stack_slots >= 200000ull * 5);
}

TEST_CASE("runaway recursion is Go's fatal stack overflow", "[vm][interp]")
{
    auto m = new_module();
    // f(n) = f(n + 1)
    vm::Function* f = add_function(*m, "main.f", 1, 1, 6,
        { encode_abc(Op::ADDI, 4, 0, 1), encode_abx(Op::CALL, 4, 0), encode_abc(Op::RET, 4, 1, 0) });
    ChildResult r = run_in_child([&] {
        vm::Runtime rt(*m, gc::Options {});
        vm::Slot n = 0, res;
        rt.call(f, &n, 1, &res, 1);
    });
    CHECK(r.status == 2);
    CHECK(r.err.rfind(
              "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n", 0)
        == 0);
    CHECK(r.err.find("goroutine 1 [running]:\nmain.f(...)\n") != std::string::npos);
    CHECK(r.err.find("main.f(...)\n\t/tmp/test.go:11 +0x4\n") != std::string::npos);
    CHECK(r.err.find("...additional frames elided...") != std::string::npos);
}

TEST_CASE("run-time panics print Go's text and trace and exit 2", "[vm][interp]")
{
    auto m = new_module();
    // main.div(a, b) = a / b, called from main.main at its line 11.
    add_function(*m, "main.div", 2, 1, 4, { encode_abc(Op::DIV_I64, 0, 0, 1), encode_abc(Op::RET, 0, 1, 0) });
    vm::Function* main = add_function(*m, "main.main", 0, 0, 8,
        { encode_abx(Op::LOADI, 3, 7), encode_abx(Op::LOADI, 4, 0), encode_abx(Op::CALL, 3, 0),
            encode_abc(Op::RET, 0, 0, 0) });
    ChildResult r = run_in_child([&] {
        vm::Runtime rt(*m, gc::Options {});
        rt.call(main, nullptr, 0, nullptr, 0);
    });
    CHECK(r.status == 2);
    CHECK(r.err
        == "panic: runtime error: integer divide by zero\n\ngoroutine 1 "
           "[running]:\nmain.div(...)\n\t/tmp/test.go:10 "
           "+0x0\nmain.main()\n\t/tmp/test.go:12 +0x8\n");
}

TEST_CASE("bounds panics use Go's messages", "[vm][interp]")
{
    vm::Goroutine g;
    vm::panic_index(g, 5, 3);
    CHECK(g.panic.message == "runtime error: index out of range [5] with length 3");
    vm::panic_index(g, -1, 3);
    CHECK(g.panic.message == "runtime error: index out of range [-1]");
    int64_t lo, hi, max;
    vm::Slot idx[3] = { 2, 1, 0 };
    CHECK(!vm::check_slice_bounds(g, true, vm::kSliceHasLo | vm::kSliceHasHi, idx, 3, 3, lo, hi, max));
    CHECK(g.panic.message == "runtime error: slice bounds out of range [2:1]");
    vm::Slot idx2[3] = { 0, 9, 0 };
    CHECK(!vm::check_slice_bounds(g, true, vm::kSliceHasHi, idx2, 3, 5, lo, hi, max));
    CHECK(g.panic.message == "runtime error: slice bounds out of range [:9] with capacity 5");
    CHECK(!vm::check_slice_bounds(g, false, vm::kSliceHasHi, idx2, 3, 3, lo, hi, max));
    CHECK(g.panic.message == "runtime error: slice bounds out of range [:9] with length 3");
    vm::Slot idx3[3] = { 0, 4, 3 };
    CHECK(!vm::check_slice_bounds(g, true, vm::kSliceHasHi | vm::kSliceHasMax, idx3, 3, 5, lo, hi, max));
    CHECK(g.panic.message == "runtime error: slice bounds out of range [:4:3]");
    vm::Slot idx4[3] = { 5, 0, 0 };
    CHECK(!vm::check_slice_bounds(g, true, vm::kSliceHasLo, idx4, 3, 5, lo, hi, max));
    CHECK(g.panic.message == "runtime error: slice bounds out of range [5:3]");
    vm::Slot ok[3] = { 1, 2, 3 };
    CHECK(vm::check_slice_bounds(
        g, true, vm::kSliceHasLo | vm::kSliceHasHi | vm::kSliceHasMax, ok, 3, 5, lo, hi, max));
    CHECK((lo == 1 && hi == 2 && max == 3));
}

TEST_CASE("append grows with Go 1.19's rule and size classes", "[vm][slices]")
{
    auto m = new_module();
    vm::Runtime rt(*m, gc::Options {});
    gc::Type int_type = make_scalar_type(gc::Kind::Int, 8, "int");
    gc::Type byte_type = make_scalar_type(gc::Kind::Uint8, 1, "uint8");
    auto caps = [&](const gc::Type* t, int n) {
        vm::Slice s { nullptr, 0, 0 };
        std::string seen;
        for (int i = 0; i < n; i++) {
            if (s.len == s.cap) {
                s = vm::grow_slice(rt, t, s, s.len + 1);
                seen += (seen.empty() ? "" : " ") + std::to_string(s.cap);
            }
            s.len++;
        }
        return seen;
    };
    CHECK(caps(&int_type, 5000) == "1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 3408 5120");
    CHECK(caps(&byte_type, 5000) == "8 16 32 64 128 256 512 896 1408 2048 3072 4096 5376");
}
