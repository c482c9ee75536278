// lang/compile/compile.cpp — the code generator's driver: functions, globals, package
// initialization, constants, natives, and per-function emission and register bookkeeping.
#include "lang/compile/internal.h"

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>

namespace vitro::lang::codegen {

// ---- helpers over checker types ----

Expr* unparen(Expr* e)
{
    while (e && e->kind == NodeKind::ParenExpr)
        e = e->as<ParenExpr>()->x;
    return e;
}

bool is_nil(Expr* e)
{
    e = unparen(e);
    return e->kind == NodeKind::Name && e->as<Name>()->object
        && e->as<Name>()->object->kind() == types::ObjectKind::Nil;
}

bool is_signed_int(const Type* t)
{
    auto* b = basic(t);
    return b && (b->info & types::kIsInteger) && !(b->info & types::kIsUnsigned);
}

bool is_unsigned_int(const Type* t)
{
    auto* b = basic(t);
    return b && (b->info & types::kIsUnsigned);
}

bool is_float32(const Type* t)
{
    auto* b = basic(t);
    return b && b->basic_kind == types::BasicKind::Float32;
}

bool is_string_type(const Type* t)
{
    auto* b = basic(t);
    return b && (b->info & types::kIsString);
}

int int_bits(const Type* t)
{
    auto* b = basic(t);
    if (!b)
        return 64;
    switch (b->basic_kind) {
    case types::BasicKind::Int8:
    case types::BasicKind::Uint8:
        return 8;
    case types::BasicKind::Int16:
    case types::BasicKind::Uint16:
        return 16;
    case types::BasicKind::Int32:
    case types::BasicKind::Uint32:
        return 32;
    default:
        return 64;
    }
}

// ---- ModuleCompiler ----

ModuleCompiler::ModuleCompiler(types::Package* p, const support::SourceFile& file, support::Diagnostics& d)
    : module(std::make_unique<vm::Module>())
    , types(*module)
    , diags(d)
    , pkg(p)
{
    module->file_name = file.name;
    go122 = file.text.rfind("// vitro:go1.22\n", 0) == 0 || file.text == "// vitro:go1.22";
    std::error_code ec;
    auto abs = std::filesystem::absolute(file.name, ec);
    module->file_path = ec ? file.name : abs.lexically_normal().string();
}

void ModuleCompiler::error(Pos pos, std::string message)
{
    failed = true;
    diags.error(pos, std::move(message));
}

void ModuleCompiler::unsupported(Pos pos, std::string_view what)
{
    error(pos, fmt::format("vitro: {} is not supported yet", what));
}

vm::Function* ModuleCompiler::new_function()
{
    // Module::make_function lives in vm/; lang only sees vm's data headers, so the function is
    // allocated here the same way (in the module's arena).
    auto* f = module->arena.make<vm::Function>();
    module->functions.push_back(f);
    return f;
}

std::string ModuleCompiler::func_name(const types::Func* f) const
{
    auto* sig = const_cast<types::Func*>(f)->signature();
    std::string_view pkg_name = f->pkg ? f->pkg->name : "main";
    if (sig && sig->recv) {
        bool ptr = false;
        Type* base = types::deref(sig->recv->type, &ptr);
        std::string_view tname
            = base->kind() == types::TypeKind::Named ? base->as<types::Named>()->obj->name : "?";
        if (ptr)
            return fmt::format("{}.(*{}).{}", pkg_name, tname, f->name);
        return fmt::format("{}.{}.{}", pkg_name, tname, f->name);
    }
    return fmt::format("{}.{}", pkg_name, f->name);
}

std::string ModuleCompiler::native_name(const types::Func* f) const
{
    auto* sig = const_cast<types::Func*>(f)->signature();
    std::string_view path = f->pkg ? f->pkg->path : "";
    if (sig && sig->recv) {
        bool ptr = false;
        Type* base = types::deref(sig->recv->type, &ptr);
        std::string_view tname
            = base->kind() == types::TypeKind::Named ? base->as<types::Named>()->obj->name : "?";
        if (ptr)
            return fmt::format("{}.(*{}).{}", path, tname, f->name);
        return fmt::format("{}.{}.{}", path, tname, f->name);
    }
    return fmt::format("{}.{}", path, f->name);
}

uint32_t ModuleCompiler::native(const std::string& name, Pos pos)
{
    auto it = m_natives.find(name);
    if (it != m_natives.end()) {
        module->natives[it->second].optional = false; // called directly: must exist
        return it->second;
    }
    auto idx = static_cast<uint32_t>(module->natives.size());
    module->natives.push_back(vm::NativeRef { name, pos.line, pos.col });
    m_natives.emplace(name, idx);
    return idx;
}

uint32_t ModuleCompiler::string_const(std::string_view s)
{
    std::string key(s);
    auto it = m_strings.find(key);
    if (it != m_strings.end())
        return it->second;
    std::string_view data = module->arena.intern_copy(s);
    auto idx = static_cast<uint32_t>(module->strings.size());
    module->strings.push_back(
        vm::String { data.empty() ? nullptr : reinterpret_cast<const uint8_t*>(data.data()),
            static_cast<int64_t>(data.size()) });
    m_strings.emplace(std::move(key), idx);
    return idx;
}

uint32_t ModuleCompiler::int_const(uint64_t v)
{
    auto it = m_consts.find(v);
    if (it != m_consts.end())
        return it->second;
    auto idx = static_cast<uint32_t>(module->constants.size());
    module->constants.push_back(v);
    m_consts.emplace(v, idx);
    return idx;
}

uint64_t ModuleCompiler::global(const types::Var* v)
{
    auto it = m_globals.find(v);
    if (it != m_globals.end())
        return it->second;
    Layout l = layout_of(v->type);
    uint64_t align = std::max<uint64_t>(l.align, 8);
    uint64_t off = (module->globals_size + align - 1) / align * align;
    module->globals_size = off + std::max<uint64_t>(l.size, 1);
    const gc::Type* g = types.get(v->type);
    for (uint64_t w = 0; w < g->ptrdata / 8; w++)
        if (g->pointer_word(w)) {
            size_t word = off / 8 + w;
            if (m_global_ptr_words.size() <= word)
                m_global_ptr_words.resize(word + 1, false);
            m_global_ptr_words[word] = true;
        }
    std::string_view path = v->pkg ? v->pkg->path : "main";
    module->globals.push_back(vm::GlobalSymbol { fmt::format("{}.{}", path, v->name), off, g });
    m_globals.emplace(v, off);
    return off;
}

void ModuleCompiler::declare_functions()
{
    int init_count = 0;
    for (auto& body : pkg->functions) {
        if (!body.func) {
            if (body.lit)
                lit_bodies[body.lit] = &body; // compiled where the literal is evaluated
            continue;
        }
        vm::Function* f = new_function();
        func_index[body.func] = static_cast<uint32_t>(module->functions.size() - 1);
        if (body.func->name == "init" && !body.signature->recv)
            f->name = fmt::format("main.init.{}", init_count++);
        else
            f->name = func_name(body.func);
        if (body.decl)
            f->decl_line = body.decl->pos.line;
    }
    if (auto* m = pkg->scope->lookup("main"); m && m->kind() == types::ObjectKind::Func) {
        auto it = func_index.find(m->as<types::Func>());
        if (it != func_index.end())
            module->main_function = it->second;
    }
}

// fill_method_tables: lang/compile/iface.cpp (method tables need the interface wrappers).

std::unique_ptr<vm::Module> ModuleCompiler::run()
{
    declare_functions();
    for (auto& body : pkg->functions) {
        if (!body.func)
            continue;
        FnCompiler fc(*this, module->functions[func_index[body.func]]);
        fc.compile_body(body);
    }
    vm::Function* init = new_function();
    init->name = "main.init";
    module->init_function = static_cast<uint32_t>(module->functions.size() - 1);
    FnCompiler(*this, init).compile_init(pkg);
    fill_method_tables();
    if (uses_recover)
        add_runtime_error_types(); // defer.cpp
    module->globals_size = (module->globals_size + 7) / 8 * 8;
    size_t words = module->globals_size / 8;
    module->globals_ptrmask.assign((words + 63) / 64, 0);
    for (size_t i = 0; i < m_global_ptr_words.size(); i++)
        if (m_global_ptr_words[i])
            module->globals_ptrmask[i / 64] |= uint64_t { 1 } << (i % 64);
    if (failed || diags.has_errors())
        return nullptr;
    return std::move(module);
}

// ---- FnCompiler: emission ----

void FnCompiler::emit(vm::Instr i)
{
    if (m_line != 0) {
        auto& lines = F->lines;
        if (lines.empty() || lines.back().line != m_line) {
            if (!lines.empty() && lines.back().pc == pc())
                lines.back().line = m_line;
            else
                lines.push_back(vm::LineEntry { pc(), m_line });
        }
    }
    F->code.push_back(i);
}

void FnCompiler::abc(Op op, int a, int b, int c)
{
    emit(vm::encode_abc(op, static_cast<uint32_t>(a), static_cast<uint32_t>(b), static_cast<uint32_t>(c)));
}

void FnCompiler::abx(Op op, int a, uint32_t bx)
{
    if (bx > 0xffff)
        M.error(Pos { m_line, 1 }, "vitro: function too large");
    emit(vm::encode_abx(op, static_cast<uint32_t>(a), bx));
}

void FnCompiler::asbx(Op op, int a, int32_t sbx)
{
    emit(vm::encode_asbx(op, static_cast<uint32_t>(a), sbx));
}

void FnCompiler::jump(Label& l)
{
    if (l.pos >= 0) {
        emit(vm::encode_sj(Op::JMP, l.pos - static_cast<int32_t>(pc())));
        return;
    }
    l.patches.push_back(pc());
    emit(vm::encode_sj(Op::JMP, 0));
}

void FnCompiler::loop_to(Label& l)
{
    emit(vm::encode_sj(Op::LOOP, l.pos - static_cast<int32_t>(pc())));
}

void FnCompiler::jump_bool(Op op, int a, Label& l)
{
    if (l.pos >= 0) {
        int32_t off = l.pos - static_cast<int32_t>(pc());
        asbx(op, a, off);
        return;
    }
    l.patches.push_back(pc());
    asbx(op, a, 0);
}

void FnCompiler::jump_cmp(Op op, int a, int b, Label& l)
{
    uint32_t at = pc();
    abc(op, a, b, 0);
    if (l.pos >= 0) {
        ext(static_cast<uint32_t>(l.pos - static_cast<int32_t>(at)));
        return;
    }
    l.patches.push_back(at);
    ext(0);
}

void FnCompiler::map_next(int a, int it, Label& l)
{
    l.patches.push_back(pc());
    abc(Op::MAPNEXT, a, it, 0);
    ext(0);
}

void FnCompiler::bind(Label& l)
{
    l.pos = static_cast<int32_t>(pc());
    for (uint32_t at : l.patches) {
        int32_t off = l.pos - static_cast<int32_t>(at);
        vm::Instr& i = F->code[at];
        Op op = vm::op_of(i);
        switch (vm::op_info(op).format) {
        case vm::OpFormat::sJ:
            i = vm::encode_sj(op, off);
            break;
        case vm::OpFormat::AsBx:
            if (off > vm::kMaxSBx || off < vm::kMinSBx)
                M.error(Pos { m_line, 1 }, "vitro: function too large");
            i = vm::encode_asbx(op, vm::arg_a(i), off);
            break;
        default: // fused compare-and-branch, MAPNEXT: the offset is the extension word
            F->code[at + 1] = static_cast<uint32_t>(off);
            break;
        }
    }
    l.patches.clear();
}

// ---- FnCompiler: registers ----

void FnCompiler::touch(int top)
{
    if (top > kMaxSlots) {
        if (!m_too_large)
            M.error(Pos { F->decl_line, 1 }, "vitro: function too large");
        m_too_large = true;
        return;
    }
    m_max = std::max(m_max, top);
}

int FnCompiler::alloc(int n)
{
    int r = m_free;
    if (r + n > kMaxSlots) {
        touch(r + n);
        return kMaxSlots - n; // keep going with nonsense registers; the module is discarded
    }
    m_free += n;
    touch(m_free);
    return r;
}

void FnCompiler::mark_ptr(int r)
{
    if (r >= 0 && r < kMaxSlots)
        m_ptr[r] = true;
}

void FnCompiler::mark_type(int r, const Type* t)
{
    int n = slot_count(t);
    if (t->kind() == types::TypeKind::Tuple) {
        for (auto* v : t->as<types::Tuple>()->vars) {
            mark_type(r, v->type);
            r += slot_count(v->type);
        }
        return;
    }
    for (int i = 0; i < n; i++)
        if (slot_is_pointer(t, i))
            mark_ptr(r + i);
}

int FnCompiler::alloc_type(const Type* t)
{
    int r = alloc(std::max(1, slot_count(t)));
    mark_type(r, t);
    return r;
}

int FnCompiler::alloc_ptr()
{
    int r = alloc(1);
    mark_ptr(r);
    return r;
}

// ---- FnCompiler: function bodies ----

void FnCompiler::compile_body(const types::FunctionBody& body)
{
    m_sig = body.signature;
    if (body.decl)
        set_line(body.decl->pos);
    else if (body.lit)
        set_line(body.lit->pos);
    if (body.body)
        find_address_taken(body.body);
    std::vector<const types::Var*> params;
    if (m_sig->recv)
        params.push_back(m_sig->recv);
    for (auto* v : m_sig->params->vars)
        params.push_back(v);
    for (auto* v : params) {
        int r = alloc_type(v->type);
        m_vars[v] = VarLoc { VarLoc::Reg, r, 0 };
    }
    m_params = static_cast<uint32_t>(m_free);
    F->param_slots = m_params;
    F->result_slots = static_cast<uint32_t>(slot_count(m_sig->results));
    if (m_parent)
        load_captures(); // R[param_slots] is the closure context
    // Scalar parameters whose address is taken move to heap cells.
    for (auto* v : params) {
        if (!m_address_taken.count(v) || is_aggregate(v->type))
            continue;
        int src = m_vars[v].reg;
        int cell = alloc_ptr();
        abx(Op::NEW, cell, M.types.index(v->type));
        store_mem(v->type, cell, 0, src);
        m_vars[v] = VarLoc { VarLoc::Cell, cell, 0 };
    }
    for (auto* v : m_sig->results->vars) {
        if (v->name.empty())
            continue;
        m_results.push_back(v);
        init_var(v, nullptr);
    }
    if (body.body)
        prepare_defers(body.body); // defer.cpp: the result area of a function with defers
    if (body.body)
        stmts(body.body->stmts);
    if (body.body)
        set_line(body.body->rbrace);
    if (m_has_defer)
        emit_epilogue();
    else if (m_sig->results->len() == 0)
        abc(Op::RET, 0, 0, 0);
    else if (!m_results.empty()) {
        ReturnStmt ret(body.body ? body.body->rbrace : Pos {});
        return_stmt(&ret);
    } else {
        abc(Op::RET, 0, static_cast<int>(F->result_slots),
            0); // unreachable: Go needs a terminating statement
    }
    touch(static_cast<int>(F->result_slots));
    touch(static_cast<int>(m_params) + 1); // CALLFUNC's closure context slot
    F->num_slots = static_cast<uint32_t>(std::max<int>(m_max, static_cast<int>(m_params)));
    F->num_slots = std::max(F->num_slots, F->result_slots);
    F->ptrmap.assign((F->num_slots + 63) / 64 + 1, 0);
    for (uint32_t i = 0; i < F->num_slots && i < static_cast<uint32_t>(kMaxSlots); i++)
        if (m_ptr[i]) {
            F->ptrmap[i / 64] |= uint64_t { 1 } << (i % 64);
            if (i >= m_params && static_cast<int>(i) != m_context)
                F->zero_on_entry.push_back(static_cast<uint8_t>(i));
        }
}

void FnCompiler::compile_init(types::Package* pkg)
{
    for (auto& init : pkg->init_order) {
        set_line(init.rhs->pos);
        int save = m_free;
        if (init.lhs.size() == 1) {
            const types::Var* v = init.lhs[0];
            if (!v || v->name == "_") {
                expr(init.rhs);
            } else {
                int val = alloc_type(v->type);
                expr_value_to(init.rhs, val, v->type);
                int base = alloc_ptr();
                abc(Op::GADDR, base, 0, 0);
                ext(static_cast<uint32_t>(M.global(v)));
                store_mem(v->type, base, 0, val);
            }
        } else if (unparen(init.rhs)->kind == NodeKind::CallExpr) {
            int r = call(unparen(init.rhs)->as<CallExpr>());
            for (auto* v : init.lhs) {
                if (v && v->name != "_") {
                    int base = alloc_ptr();
                    abc(Op::GADDR, base, 0, 0);
                    ext(static_cast<uint32_t>(M.global(v)));
                    store_mem(v->type, base, 0, r);
                }
                r += slot_count(v->type);
            }
        } else {
            unsupported(init.rhs->pos, "this package-level initialization");
        }
        m_free = save;
    }
    for (auto* f : pkg->init_funcs) {
        auto it = M.func_index.find(f);
        if (it == M.func_index.end())
            continue;
        int a = m_free + 3;
        touch(a);
        abx(Op::CALL, a, it->second);
    }
    abc(Op::RET, 0, 0, 0);
    F->num_slots = static_cast<uint32_t>(std::max(m_max, 1));
    F->ptrmap.assign((F->num_slots + 63) / 64 + 1, 0);
    for (uint32_t i = 0; i < F->num_slots; i++)
        if (m_ptr[i]) {
            F->ptrmap[i / 64] |= uint64_t { 1 } << (i % 64);
            F->zero_on_entry.push_back(static_cast<uint8_t>(i));
        }
}

} // namespace vitro::lang::codegen

namespace vitro::lang {

std::unique_ptr<vm::Module> compile(
    types::Package* pkg, const support::SourceFile& file, support::Diagnostics& diags)
{
    if (!pkg)
        return nullptr;
    codegen::ModuleCompiler mc(pkg, file, diags);
    return mc.run();
}

} // namespace vitro::lang
