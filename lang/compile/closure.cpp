// lang/compile/closure.cpp — function literals (closures) and calls of func values.
//
// Overview: a func value is a pointer to a vm::Closure {Function*, captured words...}
// (vm/value.h). A literal without captures evaluates to its function's static closure
// (LOADFUNC); one with captures allocates a closure object (CLOSURE) holding one word per
// captured variable: the address of the variable's heap cell (scalars) or of its box
// (structs and arrays). Sharing is therefore exactly Go's: the enclosing function and every
// closure see the same variable. The enclosing function's pre-pass (find_address_taken) puts
// every variable referenced inside a nested literal into a cell, so captured variables are
// always cells or boxes by the time a literal is compiled.
// A literal's body is compiled when the enclosing function reaches the literal, by a nested
// FnCompiler whose m_parent is the enclosing one; on entry it loads each captured word from
// its closure context R[param_slots] (the convention of CALLFUNC, vm/opcodes.def) into a
// register and maps the variable to it.
// Names follow Go 1.19: "main.main.func1" for literals in a declared function, "main.f.func2.1"
// for literals nested in literals, "main.glob..func1" in package-level initializers.
// Invariants: every function's frame has a slot at param_slots (CALLFUNC writes the context
// there), never in zero_on_entry for literals.
// Go counterpart: cmd/compile/internal/escape (capture by reference) and walk/closure.go.
#include "lang/compile/internal.h"

#include <fmt/format.h>

namespace vitro::lang::codegen {

namespace {

const types::Var* name_var(Node* n)
{
    if (n->kind != NodeKind::Name)
        return nullptr;
    auto* obj = n->as<Name>()->object;
    if (!obj || obj->kind() != types::ObjectKind::Var)
        return nullptr;
    auto* v = obj->as<types::Var>();
    return v->is_field ? nullptr : v;
}

} // namespace

// Every variable named inside the literal (at any depth) becomes a cell in this function if it
// is one of its locals: declarations of the literal's own locals are never seen here.
void FnCompiler::mark_captured(FuncLit* lit)
{
    walk_nodes(lit->body, [&](Node* n) {
        if (const types::Var* v = name_var(n))
            m_address_taken.insert(v);
    });
}

uint32_t TypeTable::closure_type(uint32_t words)
{
    // A closure object: the Function* (outside the heap, ignored by the collector) and the
    // captured words, all pointer words. One descriptor per size.
    std::string k = fmt::format("closure#{}", words);
    auto it = m_by_key.find(k);
    if (it != m_by_key.end())
        return m_index.at(it->second);
    auto& arena = m_module.arena;
    auto* g = arena.make<gc::Type>();
    g->size = 8 * (uint64_t { words } + 1);
    g->align = 8;
    g->kind = gc::Kind::Struct;
    g->name = "func";
    g->ptrdata = g->size;
    size_t mwords = (words + 1 + 63) / 64;
    auto* mask = static_cast<uint64_t*>(arena.allocate(mwords * 8, 8));
    for (size_t i = 0; i < mwords; i++)
        mask[i] = 0;
    for (uint32_t i = 0; i <= words; i++)
        mask[i / 64] |= uint64_t { 1 } << (i % 64);
    g->ptrmask = mask;
    m_by_key.emplace(k, g);
    auto idx = static_cast<uint32_t>(m_module.types.size());
    m_index.emplace(g, idx);
    m_module.types.push_back(g);
    return idx;
}

std::string FnCompiler::next_closure_name()
{
    int n = ++m_closure_count;
    if (m_parent)
        return fmt::format("{}.{}", F->name, n);
    if (F->name == "main.init")
        return fmt::format("main.glob..func{}", n);
    return fmt::format("{}.func{}", F->name, n);
}

void FnCompiler::func_lit_to(FuncLit* e, int dst)
{
    auto body_it = M.lit_bodies.find(e);
    if (body_it == M.lit_bodies.end()) {
        unsupported(e->pos, "function literal");
        return;
    }
    // Captured variables: locals of this function (or captured by it) named in the literal.
    std::vector<const types::Var*> caps;
    walk_nodes(e->body, [&](Node* n) {
        const types::Var* v = name_var(n);
        if (!v || !m_vars.count(v))
            return;
        for (auto* c : caps)
            if (c == v)
                return;
        caps.push_back(v);
    });
    vm::Function* f = M.new_function();
    auto index = static_cast<uint32_t>(M.module->functions.size() - 1);
    f->name = next_closure_name();
    f->decl_line = e->pos.line;
    {
        FnCompiler child(M, f);
        child.m_parent = this;
        child.m_captures = caps;
        child.compile_body(*body_it->second);
    }
    if (caps.empty()) {
        abx(Op::LOADFUNC, dst, index);
        return;
    }
    if (caps.size() > 255) {
        unsupported(e->pos, "a function literal with more than 255 captured variables");
        return;
    }
    int save = m_free;
    int words = alloc(static_cast<int>(caps.size()));
    for (size_t i = 0; i < caps.size(); i++) {
        mark_ptr(words + static_cast<int>(i));
        VarLoc loc = m_vars[caps[i]];
        if (loc.kind == VarLoc::Reg && !is_aggregate(caps[i]->type)) {
            // Not in a cell (declared by a path the pre-pass does not see): the closure gets
            // a cell holding a copy of the value.
            abx(Op::NEW, words + static_cast<int>(i), M.types.index(caps[i]->type));
            store_mem(caps[i]->type, words + static_cast<int>(i), 0, loc.reg);
        } else {
            abc(Op::MOVE, words + static_cast<int>(i), loc.reg, 0);
        }
    }
    set_line(e->pos);
    abc(Op::CLOSURE, dst, words, static_cast<int>(caps.size()));
    ext(M.types.closure_type(static_cast<uint32_t>(caps.size())));
    ext(index);
    m_free = save;
}

// On entry of a literal: the closure context is R[param_slots]; each captured word is loaded
// into a register that stands for the variable (a cell address, or a box pointer).
void FnCompiler::load_captures()
{
    m_context = alloc_ptr();
    for (size_t i = 0; i < m_captures.size(); i++) {
        const types::Var* v = m_captures[i];
        int r = alloc_ptr();
        uint64_t off = 8 * (i + 1);
        if (off <= 255) {
            abc(Op::LOAD_64, r, m_context, static_cast<int>(off));
        } else {
            abc(Op::ADDPTR, r, m_context, 0);
            ext(static_cast<uint32_t>(off));
            abc(Op::LOAD_64, r, r, 0);
        }
        bool boxed = is_aggregate(v->type);
        m_vars[v] = VarLoc { boxed ? VarLoc::Reg : VarLoc::Cell, r, 0 };
    }
}

// A call of a func value: the value is evaluated first (below the call window) into a
// register; CALLFUNC passes it to the callee as its closure context.
int FnCompiler::func_value_reg(Expr* fun)
{
    int r = alloc_ptr();
    expr_to(fun, r);
    return r;
}

} // namespace vitro::lang::codegen
