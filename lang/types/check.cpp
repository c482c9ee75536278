// lang/types/check.cpp — check_file, the phase driver, error reporting and recording of
// results into the tree (types2 check.go, errors.go). See checker.h for the design.
#include "lang/front_end.h"
#include "lang/types/checker.h"

namespace vitro::lang::types {

Checker::Checker(Context& ctx, Package* pkg, File* file, support::Diagnostics& diags, bool is_main)
    : m_ctx(ctx)
    , m_pkg(pkg)
    , m_file(file)
    , m_diags(diags)
    , m_is_main(is_main)
    , m_stack(StackLimit::for_current_thread())
{
}

bool Checker::check_package()
{
    collect_objects();
    if (m_import_failed)
        return false; // like `go build`, stop at imports that cannot be resolved
    package_objects();
    process_delayed(0);
    finalize_named();
    init_order();
    if (m_is_main)
        unused_imports();
    if (m_is_main && !m_reported_any) {
        // Go's compiler reports these after type checking succeeded.
        for (FuncDecl* n : m_missing_bodies)
            error(n->pos, "missing function body");
        if (!m_reported_any)
            check_sizes();
        if (!m_reported_any)
            check_main_func();
    }
    return !m_reported_any;
}

// After checking, every Named type's underlying type is resolved, so that later passes (and
// other packages) never call back into a Checker that no longer exists.
void Checker::finalize_named()
{
    for (Named* n : m_named) {
        under(n);
        if (n->underlying == nullptr || n->underlying->kind() == TypeKind::Named)
            n->underlying = invalid_type();
        n->check = nullptr;
    }
    m_named.clear();
}

void Checker::check_main_func()
{
    Object* main = m_pkg->scope->lookup("main");
    if (main == nullptr || main->kind() != ObjectKind::Func) {
        // Go's linker reports this without a position; the package clause is the closest.
        error(m_file->package_name->pos, "function main is undeclared in the main package");
    }
}

// errors.go err: after the first error, messages mentioning "invalid operand" or "invalid
// type" (not at the start) are follow-on errors and dropped.
bool Checker::report_suppressed(const std::string& msg) const
{
    if (!m_reported_any)
        return false;
    size_t a = msg.find("invalid operand");
    size_t b = msg.find("invalid type");
    return (a != std::string::npos && a > 0) || (b != std::string::npos && b > 0);
}

void Checker::error(Pos pos, std::string msg)
{
    if (m_out_of_stack || report_suppressed(msg))
        return;
    // An error in an inherited constant initializer is reported at the constant's name.
    if (m_env.errpos.known())
        pos = m_env.errpos;
    m_reported_any = true;
    m_diags.error(pos, std::move(msg));
}

std::string Checker::pos_string(Pos p) const
{
    const std::string& f = m_diags.file_name();
    bool plain = !f.empty() && f[0] != '/' && f.rfind("./", 0) != 0 && f.rfind("../", 0) != 0;
    return fmt::format("{}{}:{}:{}", plain ? "./" : "", f, p.line, p.col);
}

void Checker::error_at(const Operand& x, std::string msg)
{
    error(x.expr ? go_start_pos(x.expr) : Pos {}, std::move(msg));
}

namespace {

ExprMode expr_mode(Mode m)
{
    switch (m) {
    case Mode::Invalid:
        return ExprMode::Invalid;
    case Mode::NoValue:
        return ExprMode::NoValue;
    case Mode::Builtin:
        return ExprMode::Builtin;
    case Mode::TypeExpr:
        return ExprMode::TypeExpr;
    case Mode::Constant:
        return ExprMode::Constant;
    case Mode::Variable:
        return ExprMode::Variable;
    case Mode::MapIndex:
        return ExprMode::MapIndex;
    case Mode::Value:
    case Mode::NilValue:
        return ExprMode::Value;
    case Mode::CommaOk:
        return ExprMode::CommaOk;
    }
    return ExprMode::Invalid;
}

} // namespace

// types2 record: the expression's result goes into the tree; untyped results may be
// retyped later by update_expr_type.
void Checker::record(Operand& x)
{
    Expr* e = x.expr;
    if (e == nullptr)
        return;
    e->mode = expr_mode(x.mode);
    switch (x.mode) {
    case Mode::Invalid:
        e->type = invalid_type();
        e->constant = nullptr;
        break;
    case Mode::NoValue:
        e->type = nullptr;
        e->constant = nullptr;
        break;
    case Mode::Constant:
        e->type = x.type;
        e->constant = make<Constant>(x.val);
        break;
    default:
        e->type = x.type;
        e->constant = nullptr;
        break;
    }
}

void Checker::later(std::function<void()> f)
{
    m_delayed.push_back(std::move(f));
}

void Checker::process_delayed(size_t top)
{
    for (size_t i = top; i < m_delayed.size(); ++i) {
        std::function<void()> f = std::move(m_delayed[i]);
        f(); // may append to m_delayed
    }
    m_delayed.resize(top);
}

void Checker::declare(Scope* scope, Name* id, Object* obj)
{
    if (obj->name != "_") {
        if (Object* alt = scope->insert(obj)) {
            std::string msg = fmt::format("{} redeclared in this block", obj->name);
            if (alt->pos.known())
                msg += fmt::format("\n\t{}: other declaration of {}", pos_string(alt->pos), alt->name);
            error(obj->pos, std::move(msg));
            return;
        }
    }
    if (id)
        id->object = obj;
}

} // namespace vitro::lang::types

namespace vitro::lang {

types::Package* check_file(
    File* file, const Importer& importer, support::Arena& arena, support::Diagnostics& diags)
{
    using namespace types;
    if (file == nullptr || file->package_name == nullptr)
        return nullptr;
    Context ctx { arena, importer, make_universe(arena), {} };
    auto* scope = arena.make<Scope>(ctx.universe->scope, false);
    auto* pkg = arena.make<Package>("main", file->package_name->value, scope);
    pkg->file = file;
    if (file->package_name->value != "main") {
        // `go run`/`go build` of a single non-main file: vitro only runs programs.
        diags.error(file->package_name->pos, "package command-line-arguments is not a main package");
        return nullptr;
    }
    bool ok = false;
    run_with_stack(kCheckerStackSize, [&] {
        Checker check(ctx, pkg, file, diags, true);
        ok = check.check_package();
    });
    return ok ? pkg : nullptr;
}

} // namespace vitro::lang
