// tests/unit/vm/sched_test.cpp — the scheduler and channel core on hand-assembled functions:
// GO and a direct hand-off, buffered FIFO order and wrap-around, close semantics, goroutine
// reuse through the free list, and deadlock detection.
#include "vm/chan.h"
#include "vm/ops.h"
#include "vm/sched.h"
#include "vm_test_util.h"

#include <catch2/catch.hpp>

using namespace vitro;
using namespace vitro::test;

namespace {

const gc::Type kInt = make_scalar_type(gc::Kind::Int, 8, "int");

gc::Type make_chan_type()
{
    gc::Type t = make_scalar_type(gc::Kind::Chan, 8, "chan int");
    t.elem = &kInt;
    return t;
}
const gc::Type kChanInt = make_chan_type();

// main: c := make(chan int); go worker(c); return <-c
// worker(c): c <- 42
struct PingModule {
    std::unique_ptr<vm::Module> m = new_module();
    vm::Function* main = nullptr;
    PingModule()
    {
        m->types.push_back(&kChanInt);
        vm::Function* worker = add_function(*m, "main.worker", 1, 0, 4,
            { encode_asbx(Op::LOADI, 2, 42), encode_abc(Op::SEND, 0, 2, 0), encode_abc(Op::RET, 0, 0, 0) });
        worker->ptrmap[0] = 1;
        main = add_function(*m, "main.main", 0, 1, 12,
            { encode_asbx(Op::LOADI, 1, 0), encode_abc(Op::MAKECHAN, 0, 1, 0), 0,
                encode_abx(Op::LOADFUNC, 2, 0), encode_abc(Op::MOVE, 6, 0, 0), encode_abc(Op::GO, 6, 2, 1),
                encode_abc(Op::RECV, 4, 0, 0), encode_abc(Op::RET, 4, 1, 0) });
        main->ptrmap[0] = 0b1000101;
    }
};

} // namespace

TEST_CASE("GO starts a goroutine and an unbuffered send hands off directly", "[vm][sched]")
{
    PingModule pm;
    vm::Runtime rt(*pm.m, gc::Options {});
    vm::Slot res = 0;
    rt.call(pm.main, nullptr, 0, &res, 1);
    CHECK(res == 42);
    CHECK(rt.sched().num_goroutine() == 1);
}

TEST_CASE("dead goroutines and their stacks are reused", "[vm][sched]")
{
    PingModule pm;
    vm::Runtime rt(*pm.m, gc::Options {});
    vm::Slot res = 0;
    rt.call(pm.main, nullptr, 0, &res, 1);
    CHECK(rt.sched().goroutines_allocated() == 2);
    for (int i = 0; i < 1000; i++) {
        res = 0;
        rt.call(pm.main, nullptr, 0, &res, 1);
        REQUIRE(res == 42);
    }
    CHECK(rt.sched().goroutines_allocated() == 2); // the dead worker is reused each time
}

TEST_CASE("buffered channels are FIFO rings; close drains then gives zero values", "[vm][chan]")
{
    auto m = new_module();
    add_function(*m, "main.main", 0, 0, 4, { encode_abc(Op::RET, 0, 0, 0) });
    vm::Runtime rt(*m, gc::Options {});
    vm::Goroutine& g = rt.current();
    vm::Chan* c = vm::chan_make(rt, g, &kChanInt, 3);
    REQUIRE(c);
    gc::Heap::TempRoot keep(rt.heap(), c);
    vm::Slot v = 0, ok = 0;
    int64_t next_in = 0, next_out = 0;
    for (int round = 0; round < 5; round++) { // wraps around the ring several times
        for (int i = 0; i < 2; i++) {
            v = static_cast<vm::Slot>(next_in++);
            REQUIRE(vm::chan_send(rt, g, c, &v, false) == vm::ChanStatus::Done);
        }
        for (int i = 0; i < 2; i++) {
            REQUIRE(vm::chan_recv(rt, g, c, &v, &ok, false) == vm::ChanStatus::Done);
            CHECK(static_cast<int64_t>(v) == next_out++);
            CHECK(ok == 1);
        }
    }
    for (int i = 0; i < 3; i++) {
        v = 100 + i;
        REQUIRE(vm::chan_send(rt, g, c, &v, false) == vm::ChanStatus::Done);
    }
    CHECK(c->qcount == 3);
    v = 7;
    CHECK(vm::chan_send(rt, g, c, &v, false) == vm::ChanStatus::Parked); // full, not blocking
    CHECK(vm::chan_close(rt, g, c));
    for (int i = 0; i < 3; i++) {
        REQUIRE(vm::chan_recv(rt, g, c, &v, &ok, false) == vm::ChanStatus::Done);
        CHECK(v == static_cast<vm::Slot>(100 + i));
    }
    REQUIRE(vm::chan_recv(rt, g, c, &v, &ok, false) == vm::ChanStatus::Done);
    CHECK(v == 0);
    CHECK(ok == 0);
    CHECK(!vm::chan_close(rt, g, c));
    CHECK(g.panic.message == "close of closed channel");
    g.panic = vm::PanicState {};
    CHECK(vm::chan_send(rt, g, c, &v, false) == vm::ChanStatus::Panicked);
    CHECK(g.panic.message == "send on closed channel");
}

TEST_CASE("a receive with no sender anywhere is a deadlock", "[vm][sched]")
{
    auto m = new_module();
    m->types.push_back(&kChanInt);
    vm::Function* main = add_function(*m, "main.main", 0, 0, 4,
        { encode_asbx(Op::LOADI, 1, 0), encode_abc(Op::MAKECHAN, 0, 1, 0), 0, encode_abc(Op::RECV, 2, 0, 0),
            encode_abc(Op::RET, 0, 0, 0) });
    ChildResult r = run_in_child([&] {
        vm::Runtime rt(*m, gc::Options {});
        rt.call(main, nullptr, 0, nullptr, 0);
    });
    CHECK(r.status == 2);
    CHECK(
        r.err.rfind("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n", 0)
        == 0);
}
