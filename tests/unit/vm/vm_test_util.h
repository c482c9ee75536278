// tests/unit/vm/vm_test_util.h — hand-assembled modules for the VM unit tests (no compiler).
#pragma once

#include "gc/heap.h"
#include "vm/bytecode.h"
#include "vm/module.h"
#include "vm/runtime.h"

#include <cstdio>
#include <functional>
#include <initializer_list>
#include <memory>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace vitro::test {

using vm::encode_abc;
using vm::encode_abx;
using vm::encode_asbx;
using vm::encode_sj;
using vm::Instr;
using vm::Op;

// A function with `slots` slots and no pointer slots; code given as words; every word on line
// 10 + its index so traces have distinct lines.
inline vm::Function* add_function(vm::Module& m, std::string name, uint32_t params, uint32_t results,
    uint32_t slots, std::vector<Instr> code)
{
    vm::Function* f = m.make_function();
    f->name = std::move(name);
    f->param_slots = params;
    f->result_slots = results;
    f->num_slots = slots;
    f->ptrmap.assign((slots + 63) / 64 + 1, 0);
    f->code = std::move(code);
    for (uint32_t i = 0; i < f->code.size(); i++)
        f->lines.push_back({ i, 10 + i });
    f->decl_line = 9;
    return f;
}

inline gc::Type make_scalar_type(gc::Kind kind, uint64_t size, const char* name)
{
    gc::Type t;
    t.size = size;
    t.align = static_cast<uint32_t>(size ? size : 1);
    t.kind = kind;
    t.name = name;
    t.flags = gc::kTypeComparable;
    return t;
}

// A module holding a trivial main (RET) so that Runtime::run works too.
inline std::unique_ptr<vm::Module> new_module()
{
    auto m = std::make_unique<vm::Module>();
    m->file_name = "test.go";
    m->file_path = "/tmp/test.go";
    return m;
}

struct ChildResult {
    int status = -1;
    std::string err;
};

// Runs fn in a child process (panics end the process), capturing stderr and the exit status.
inline ChildResult run_in_child(const std::function<void()>& fn)
{
    std::fflush(stdout);
    std::fflush(stderr);
    int fds[2];
    if (pipe(fds) != 0)
        return {};
    pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        dup2(fds[1], 2);
        fn();
        std::fflush(stdout);
        std::fflush(stderr);
        _exit(0);
    }
    close(fds[1]);
    ChildResult r;
    char buf[4096];
    ssize_t n;
    while ((n = read(fds[0], buf, sizeof buf)) > 0)
        r.err.append(buf, static_cast<size_t>(n));
    close(fds[0]);
    int ws = 0;
    waitpid(pid, &ws, 0);
    r.status = WIFEXITED(ws) ? WEXITSTATUS(ws) : -1;
    return r;
}

} // namespace vitro::test
