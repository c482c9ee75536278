// lang/types/resolver.cpp — phase 1: imports and package-level objects (types2 resolver.go).
#include "lang/types/checker.h"
#include "lang/types/std_packages.h"

namespace vitro::lang::types {

namespace {

std::string_view last_path_elem(std::string_view path)
{
    size_t i = path.rfind('/');
    return i == std::string_view::npos ? path : path.substr(i + 1);
}

// validatedImportPath: the characters Go refuses in import paths.
std::string import_path_problem(std::string_view s)
{
    if (s.empty())
        return "empty string";
    static constexpr std::string_view kIllegal = "!\"#$%&'()*,:;<=>?[\\]^{|}`";
    for (unsigned char c : s) {
        if (c <= ' ' || c == 0x7F || kIllegal.find(static_cast<char>(c)) != std::string_view::npos)
            return fmt::format("invalid character {:#06x}", c);
    }
    return "";
}

// What the go command (Go 1.19, module mode, no go.mod) says about an import it cannot
// resolve; it reports these before compiling anything, and so do we.
std::string unresolved_import_message(std::string_view path)
{
    if (path == "." || path == ".." || path.rfind("./", 0) == 0 || path.rfind("../", 0) == 0)
        return fmt::format(
            "\"{}\" is relative, but relative import paths are not supported in module mode", path);
    if (path.rfind('/', 0) == 0)
        return fmt::format("\"{}\" is not a package path; see 'go help packages'", path);
    if (is_go_std_package(path))
        return fmt::format("package {} is not supported by vitro", path);
    if (path.substr(0, path.find('/')).find('.') != std::string_view::npos)
        return fmt::format(
            "no required module provides package {}: go.mod file not found in current directory or "
            "any parent directory; see 'go help modules'",
            path);
    return fmt::format("package {} is not in GOROOT (/usr/lib/go-1.19/src/{})", path, path);
}

} // namespace

void Checker::declare_pkg_obj(Name* id, Object* obj, DeclInfo* d)
{
    if (id->value == "init") {
        error(id->pos, "cannot declare init - must be func");
        return;
    }
    if (id->value == "main" && m_pkg->name == "main") {
        error(id->pos, "cannot declare main - must be func");
        return;
    }
    declare(m_pkg->scope, id, obj);
    obj->decl = d;
    m_obj_list.push_back(obj);
    obj->order = static_cast<uint32_t>(m_obj_list.size());
}

void Checker::arity(
    Pos pos, const std::vector<Name*>& names, const std::vector<Expr*>& inits, bool is_const, bool inherited)
{
    size_t l = names.size(), r = inits.size();
    if (l < r) {
        Expr* n = inits[l];
        if (inherited) {
            Pos p = n->pos;
            error(pos, fmt::format("extra init expr at {}", pos_string(p)));
        } else {
            error_at(n, fmt::format("extra init expr {}", expr_string(n)));
        }
    } else if (l > r && (is_const || r != 1)) {
        Name* n = names[r];
        error(n->pos, fmt::format("missing init expr for {}", n->value));
    }
}

Package* Checker::import_package(ImportDecl* d, std::string_view path)
{
    auto it = m_ctx.packages.find(std::string(path));
    if (it != m_ctx.packages.end()) {
        if (it->second == nullptr)
            error(d->pos, fmt::format("import cycle not allowed: {}", path));
        return it->second;
    }
    const support::SourceFile* src = m_ctx.importer.find(path);
    if (src == nullptr) {
        error(d->pos, unresolved_import_message(path));
        m_import_failed = true;
        return nullptr;
    }
    m_ctx.packages.emplace(std::string(path), nullptr);
    // Errors in a declaration file are bugs in vitro's stdlib tables: report them in full,
    // at the import, so that they cannot go unnoticed.
    support::Diagnostics sub(src->name);
    File* f = parse_file(*src, m_ctx.arena, sub);
    Package* imp = nullptr;
    if (f != nullptr && f->package_name != nullptr) {
        auto* scope = make<Scope>(m_ctx.universe->scope, false);
        imp = make<Package>(m_ctx.arena.intern_copy(path), f->package_name->value, scope);
        imp->file = f;
        Checker sub_check(m_ctx, imp, f, sub, false);
        sub_check.check_package();
    }
    for (const auto& e : sub.sorted())
        error(d->pos, "internal error in standard package declaration: " + sub.format(e));
    if (imp == nullptr) {
        m_import_failed = true;
        m_ctx.packages.erase(std::string(path));
        return nullptr;
    }
    m_ctx.packages[std::string(path)] = imp;
    return imp;
}

bool Checker::import_decl(ImportDecl* d, Scope* file_scope, std::unordered_set<Package*>& seen)
{
    if (d->path == nullptr || d->path->bad)
        return false;
    std::string path(Constant::from_literal(LitKind::String, d->path->value).string_value());
    if (std::string problem = import_path_problem(path); !problem.empty()) {
        // The go command rejects these before compiling, quoting the literal as written.
        error(d->path->pos, fmt::format("invalid import path: {}", d->path->value));
        m_import_failed = true;
        return false;
    }
    Package* imp = import_package(d, path);
    if (imp == nullptr)
        return false;
    if (imp->height + 1 > m_pkg->height)
        m_pkg->height = imp->height + 1;
    std::string_view name = imp->name;
    if (d->local_name)
        name = d->local_name->value;
    if (name == "init") {
        error(d->pos, "cannot import package as init - init must be a func");
        return false;
    }
    if (seen.insert(imp).second)
        m_pkg->imports.push_back(imp);
    auto* pkg_name = make<PkgName>(d->pos, m_pkg, name, imp);
    if (d->local_name)
        d->local_name->object = pkg_name;
    m_imports.push_back(pkg_name);
    if (name == ".") {
        for (Object* obj : imp->scope->elems) {
            if (!obj->exported())
                continue;
            if (Object* alt = file_scope->lookup(obj->name)) {
                error(d->local_name->pos, fmt::format("{} redeclared in this block", alt->name));
                continue;
            }
            file_scope->insert(obj);
            m_dot_imports.emplace(obj, pkg_name);
        }
    } else {
        declare(file_scope, nullptr, pkg_name);
    }
    return true;
}

void Checker::collect_const_decl(ConstDecl* s, Scope* file_scope, ConstDecl*& last, int iota)
{
    static const std::vector<Expr*> kNoValues;
    bool inherited = true;
    if (s->type || !s->values.empty()) {
        last = s;
        inherited = false;
    } else if (last == nullptr) {
        inherited = false;
    }
    const std::vector<Expr*>& values = last ? last->values : kNoValues;
    Expr* vtype = last ? last->type : nullptr;
    for (size_t i = 0; i < s->names.size(); ++i) {
        Name* name = s->names[i];
        auto* obj = make<Const>(name->pos, m_pkg, name->value, nullptr, Constant::make_int64(iota));
        auto* d = make<DeclInfo>();
        d->file = file_scope;
        d->vtype = vtype;
        d->init = i < values.size() ? values[i] : nullptr;
        d->inherited = inherited;
        declare_pkg_obj(name, obj, d);
    }
    arity(s->pos, s->names, values, true, inherited);
}

void Checker::collect_var_decl(VarDecl* s, Scope* file_scope)
{
    std::vector<Var*> lhs;
    DeclInfo* d1 = nullptr;
    if (s->values.size() == 1 && s->names.size() > 1) {
        d1 = make<DeclInfo>();
        d1->file = file_scope;
        d1->vtype = s->type;
        d1->init = s->values[0];
    }
    for (size_t i = 0; i < s->names.size(); ++i) {
        Name* name = s->names[i];
        auto* obj = make<Var>(name->pos, m_pkg, name->value, nullptr);
        lhs.push_back(obj);
        DeclInfo* d = d1;
        if (d == nullptr) {
            d = make<DeclInfo>();
            d->file = file_scope;
            d->vtype = s->type;
            d->init = i < s->values.size() ? s->values[i] : nullptr;
        }
        declare_pkg_obj(name, obj, d);
    }
    if (d1)
        d1->lhs = lhs;
    if (s->type == nullptr || !s->values.empty())
        arity(s->pos, s->names, s->values, false, false);
}

void Checker::collect_func_decl(FuncDecl* s, Scope* file_scope, std::vector<MethodInfo>& methods)
{
    std::string_view name = s->name->value;
    auto* obj = make<Func>(s->name->pos, m_pkg, name, nullptr);
    obj->decl_node = s;
    if (s->recv == nullptr) {
        if (name == "init" || (name == "main" && m_pkg->name == "main")) {
            if (!s->type->params.empty() || !s->type->results.empty())
                error(s->pos, fmt::format("func {} must have no arguments and no return values", name));
        }
        if (name == "init") {
            obj->parent = m_pkg->scope;
            s->name->object = obj;
            m_pkg->init_funcs.push_back(obj);
        } else {
            declare(m_pkg->scope, s->name, obj);
        }
    } else {
        bool ptr = false;
        Name* recv = unpack_recv(s->recv->field_type, &ptr);
        if (recv != nullptr && name != "_")
            methods.push_back({ obj, ptr, recv });
        s->name->object = obj;
    }
    if (s->body == nullptr && m_is_main)
        m_missing_bodies.push_back(s);
    auto* d = make<DeclInfo>();
    d->file = file_scope;
    d->fdecl = s;
    obj->decl = d;
    m_obj_list.push_back(obj);
    obj->order = static_cast<uint32_t>(m_obj_list.size());
}

Name* Checker::unpack_recv(Expr* rtyp, bool* ptr)
{
    for (;;) {
        if (rtyp->kind == NodeKind::ParenExpr) {
            rtyp = rtyp->as<ParenExpr>()->x;
        } else if (rtyp->kind == NodeKind::Operation && rtyp->as<Operation>()->op == Op::Mul
            && rtyp->as<Operation>()->y == nullptr) {
            *ptr = true;
            rtyp = rtyp->as<Operation>()->x;
        } else {
            break;
        }
    }
    return rtyp->kind == NodeKind::Name ? rtyp->as<Name>() : nullptr;
}

void Checker::collect_objects()
{
    Scope* file_scope = make<Scope>(m_pkg->scope, false);
    std::unordered_set<Package*> seen;
    std::vector<MethodInfo> methods;
    const auto& decls = m_file->decls;
    int first = -1; // index of the first ConstDecl of the current group
    ConstDecl* last = nullptr; // the last ConstDecl with values in the current group
    for (size_t index = 0; index < decls.size(); ++index) {
        Decl* decl = decls[index];
        if (decl->kind != NodeKind::ConstDecl)
            first = -1;
        switch (decl->kind) {
        case NodeKind::ImportDecl:
            import_decl(decl->as<ImportDecl>(), file_scope, seen);
            break;
        case NodeKind::ConstDecl: {
            auto* s = decl->as<ConstDecl>();
            if (first < 0 || s->group == nullptr || decls[index - 1]->as<ConstDecl>()->group != s->group) {
                first = static_cast<int>(index);
                last = nullptr;
            }
            collect_const_decl(s, file_scope, last, static_cast<int>(index) - first);
            break;
        }
        case NodeKind::VarDecl:
            collect_var_decl(decl->as<VarDecl>(), file_scope);
            break;
        case NodeKind::TypeDecl: {
            auto* s = decl->as<TypeDecl>();
            auto* obj = make<TypeName>(s->name->pos, m_pkg, s->name->value, nullptr);
            auto* d = make<DeclInfo>();
            d->file = file_scope;
            d->tdecl = s;
            declare_pkg_obj(s->name, obj, d);
            break;
        }
        case NodeKind::FuncDecl:
            collect_func_decl(decl->as<FuncDecl>(), file_scope, methods);
            break;
        default:
            break;
        }
    }
    if (m_import_failed)
        return;
    // Names declared in the file scope (imports) must not clash with package-level names.
    for (Object* obj : file_scope->elems) {
        Object* alt = m_pkg->scope->lookup(obj->name);
        if (alt == nullptr)
            continue;
        std::string msg;
        if (obj->kind() == ObjectKind::PkgName) {
            Package* imp = obj->as<PkgName>()->imported;
            msg = fmt::format(
                "{} already declared through import of package {} (\"{}\")", alt->name, imp->name, imp->path);
        } else {
            msg = fmt::format("{} already declared through dot-import of package {} (\"{}\")", alt->name,
                obj->pkg->name, obj->pkg->path);
        }
        if (obj->pos.known() && obj->pkg == m_pkg)
            msg += fmt::format("\n\t{}: other declaration of {}", pos_string(obj->pos), obj->name);
        error(alt->pos, std::move(msg));
    }
    for (MethodInfo& m : methods) {
        bool ptr = m.ptr;
        if (TypeName* base = resolve_base_type_name(m.ptr, m.recv, &ptr)) {
            m.obj->ptr_recv_hint = ptr;
            m_methods[base].push_back(m.obj);
        }
    }
}

// resolveBaseTypeName: the package-level type name a receiver denotes, through aliases.
TypeName* Checker::resolve_base_type_name(bool seen_ptr, Expr* typ, bool* ptr)
{
    *ptr = seen_ptr;
    std::unordered_set<TypeName*> seen;
    for (;;) {
        while (typ->kind == NodeKind::ParenExpr)
            typ = typ->as<ParenExpr>()->x;
        if (typ->kind == NodeKind::Operation && typ->as<Operation>()->op == Op::Mul
            && !typ->as<Operation>()->y) {
            if (*ptr)
                return nullptr;
            *ptr = true;
            typ = typ->as<Operation>()->x;
            while (typ->kind == NodeKind::ParenExpr)
                typ = typ->as<ParenExpr>()->x;
        }
        if (typ->kind != NodeKind::Name)
            return nullptr;
        Object* obj = m_pkg->scope->lookup(typ->as<Name>()->value);
        if (obj == nullptr || obj->kind() != ObjectKind::TypeName || obj->decl == nullptr)
            return nullptr;
        auto* tname = obj->as<TypeName>();
        if (!seen.insert(tname).second)
            return nullptr;
        TypeDecl* tdecl = obj->decl->tdecl;
        if (!tdecl->alias)
            return tname;
        typ = tdecl->type;
    }
}

void Checker::package_objects()
{
    std::vector<Object*> list = m_obj_list; // obj_decl may not append, but be safe
    std::vector<TypeName*> aliases;
    std::vector<Object*> others;
    for (Object* obj : list) {
        if (obj->kind() == ObjectKind::TypeName) {
            if (obj->decl->tdecl->alias)
                aliases.push_back(obj->as<TypeName>());
            else
                obj_decl(obj, nullptr);
        } else {
            others.push_back(obj);
        }
    }
    for (TypeName* obj : aliases)
        obj_decl(obj, nullptr);
    for (Object* obj : others)
        obj_decl(obj, nullptr);
    m_methods.clear();
}

void Checker::unused_imports()
{
    for (PkgName* obj : m_imports) {
        if (obj->used || obj->name == "_")
            continue;
        std::string_view path = obj->imported->path;
        std::string_view elem = last_path_elem(path);
        if (obj->name.empty() || obj->name == "." || obj->name == elem)
            error(obj->pos, fmt::format("imported and not used: \"{}\"", path));
        else
            error(obj->pos, fmt::format("imported and not used: \"{}\" as {}", path, obj->name));
    }
}

} // namespace vitro::lang::types
