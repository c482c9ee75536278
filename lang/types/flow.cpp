// lang/types/flow.cpp — control flow: branch statement targets and labels (what Go's parser
// checks in syntax/branches.go, with its messages), and terminating statements for "missing
// return" (types2 return.go). goto follows syntax/branches.go too: a forward goto is resolved
// when its label is declared in the same block or an enclosing one, and may not jump over a
// variable declaration or into a block.
#include "lang/types/checker.h"

#include <algorithm>
#include <memory>
#include <string>
#include <unordered_map>

namespace vitro::lang::types {

namespace {

class BranchChecker {
public:
    explicit BranchChecker(Checker& check)
        : m_check(check)
    {
    }

    void check(BlockStmt* body)
    {
        Targets none;
        std::vector<BranchStmt*> fwd = block_branches(nullptr, none, nullptr, body->pos, body->stmts);
        // Forward gotos left: the label is missing or inside a block the goto is not in.
        for (BranchStmt* g : fwd) {
            std::string_view name = g->label->value;
            auto it = m_labels.find(name);
            if (it != m_labels.end()) {
                it->second.used = true;
                m_check.error(g->label->pos,
                    fmt::format("goto {} jumps into block starting at {}", name,
                        m_check.pos_string(it->second.block_start)));
            } else {
                m_check.error(g->label->pos, fmt::format("label {} not defined", name));
            }
        }
        for (auto& [name, l] : m_labels)
            if (!l.used)
                m_check.error(l.lstmt->label->pos, fmt::format("label {} defined and not used", name));
    }

private:
    struct Block {
        Block* parent = nullptr;
        LabeledStmt* lstmt = nullptr; // the labeled statement whose body this block is, or nullptr
        Pos start;
        int id = 0; // unique: labels outlive their blocks
        // gotos: forward gotos not resolved yet, those that a later variable declaration
        // makes bad if they resolve in this block, and that declaration.
        std::vector<BranchStmt*> fwd, bad;
        Pos var_pos;
        std::string var_name;
    };
    struct Label {
        int block_id;
        Pos block_start;
        LabeledStmt* lstmt;
        bool used;
    };

    Block make_block(Block* parent, LabeledStmt* lstmt, Pos start)
    {
        Block b;
        b.parent = parent;
        b.lstmt = lstmt;
        b.start = start;
        b.id = ++m_blocks;
        return b;
    }

    // gotoTarget: a label already declared in b or an enclosing block (a backward goto).
    bool goto_target(Block* b, std::string_view name)
    {
        auto it = m_labels.find(name);
        if (it == m_labels.end())
            return false;
        it->second.used = true; // even if it is not a valid target
        for (; b; b = b->parent)
            if (b->id == it->second.block_id)
                return true;
        return false;
    }

    void record_var_decl(Block* b, Pos pos, std::string name)
    {
        b->var_pos = pos;
        b->var_name = std::move(name);
        b->bad = b->fwd; // they may still jump out of the block, which is fine
    }
    struct Targets {
        Stmt* breaks = nullptr; // ForStmt, SwitchStmt or SelectStmt
        ForStmt* continues = nullptr;
        int case_index = -1; // index of the enclosing switch case, or -1
    };

    // enclosingTarget: the labeled statement named `name` that encloses block b, or the
    // "invalid" marker when the label exists but does not enclose the branch.
    LabeledStmt* enclosing_target(Block* b, std::string_view name, bool* exists)
    {
        auto it = m_labels.find(name);
        *exists = it != m_labels.end();
        if (!*exists)
            return nullptr;
        it->second.used = true;
        for (; b; b = b->parent)
            if (it->second.lstmt == b->lstmt)
                return it->second.lstmt;
        return nullptr;
    }

    void fallthrough_stmt(BranchStmt* s, const Targets& ctxt, size_t index, size_t count)
    {
        std::string_view msg = "fallthrough statement out of place";
        if (ctxt.breaks && ctxt.breaks->kind == NodeKind::SwitchStmt) {
            auto* t = ctxt.breaks->as<SwitchStmt>();
            if (t->tag && t->tag->kind == NodeKind::TypeSwitchGuard)
                msg = "cannot fallthrough in type switch";
            else if (ctxt.case_index < 0 || index + 1 < count)
                ; // out of place
            else if (static_cast<size_t>(ctxt.case_index) + 1 == t->body.size())
                msg = "cannot fallthrough final case in switch";
            else
                return; // fallthrough ok
        }
        m_check.error(s->pos, std::string(msg));
    }

    void labeled_branch(Block* b, BranchStmt* s)
    {
        std::string_view name = s->label->value;
        bool exists = false;
        LabeledStmt* t = enclosing_target(b, name, &exists);
        if (s->branch == BranchKind::Break) {
            if (!exists) {
                m_check.error(s->label->pos, fmt::format("break label not defined: {}", name));
            } else if (t
                && (t->stmt->kind == NodeKind::SwitchStmt || t->stmt->kind == NodeKind::SelectStmt
                    || t->stmt->kind == NodeKind::ForStmt)) {
                s->target = t->stmt;
            } else {
                m_check.error(s->label->pos, fmt::format("invalid break label {}", name));
            }
        } else {
            if (!exists)
                m_check.error(s->label->pos, fmt::format("continue label not defined: {}", name));
            else if (t && t->stmt->kind == NodeKind::ForStmt)
                s->target = t->stmt;
            else
                m_check.error(s->label->pos, fmt::format("invalid continue label {}", name));
        }
    }

    void branch(Block* b, BranchStmt* s, const Targets& ctxt, size_t index, size_t count)
    {
        if (s->branch == BranchKind::Goto) {
            if (s->label && !goto_target(b, s->label->value))
                b->fwd.push_back(s); // the label may be declared later
            return;
        }
        if (s->label) {
            labeled_branch(b, s);
            return;
        }
        switch (s->branch) {
        case BranchKind::Break:
            if (ctxt.breaks)
                s->target = ctxt.breaks;
            else
                m_check.error(s->pos, "break is not in a loop, switch, or select");
            break;
        case BranchKind::Continue:
            if (ctxt.continues)
                s->target = ctxt.continues;
            else
                m_check.error(s->pos, "continue is not in a loop");
            break;
        case BranchKind::Fallthrough:
            fallthrough_stmt(s, ctxt, index, count);
            break;
        case BranchKind::Goto:
            break;
        }
    }

    void declare(Block* b, LabeledStmt* s)
    {
        std::string_view name = s->label->value;
        auto [it, inserted] = m_labels.emplace(name, Label { b->id, b->start, s, false });
        if (!inserted) {
            Pos p = it->second.lstmt->label->pos;
            m_check.error(
                s->label->pos, fmt::format("label {} already defined at {}", name, m_check.pos_string(p)));
        }
        // Resolve the matching forward gotos.
        std::vector<BranchStmt*> keep;
        for (BranchStmt* g : b->fwd) {
            if (g->label->value != name) {
                keep.push_back(g);
                continue;
            }
            it->second.used = true;
            bool over = b->var_pos.line && std::find(b->bad.begin(), b->bad.end(), g) != b->bad.end();
            if (over)
                m_check.error(g->label->pos,
                    fmt::format("goto {} jumps over declaration of {} at {}", name, b->var_name,
                        m_check.pos_string(b->var_pos)));
        }
        b->fwd = std::move(keep);
    }

    // Each else branch is a block of its own holding one statement; an else-if chain is
    // walked in a loop since its length is not bounded by the parser.
    void if_branches(Block* b, const Targets& ctxt, LabeledStmt* label, IfStmt* is)
    {
        Targets inner { ctxt.breaks, ctxt.continues, -1 };
        std::vector<std::unique_ptr<Block>> chain;
        for (;;) {
            if (is->then)
                append(b->fwd, block_branches(b, inner, label, is->then->pos, is->then->stmts));
            if (is->else_ == nullptr)
                break;
            chain.push_back(std::make_unique<Block>(make_block(b, label, is->else_->pos)));
            b = chain.back().get();
            label = nullptr;
            if (is->else_->kind != NodeKind::IfStmt) {
                inner_statement(b, inner, nullptr, is->else_, 0, 1);
                break;
            }
            is = is->else_->as<IfStmt>();
        }
        // Unresolved gotos of the else blocks become forward gotos of the enclosing ones.
        for (size_t i = chain.size(); i-- > 0;)
            append(chain[i]->parent->fwd, chain[i]->fwd);
    }

    static void append(std::vector<BranchStmt*>& to, const std::vector<BranchStmt*>& from)
    {
        to.insert(to.end(), from.begin(), from.end());
    }

    // Returns the gotos of the block that are not resolved in it.
    std::vector<BranchStmt*> block_branches(
        Block* parent, const Targets& ctxt, LabeledStmt* lstmt, Pos start, const std::vector<Stmt*>& body)
    {
        Block b = make_block(parent, lstmt, start);
        size_t count = body.size();
        while (count > 0 && body[count - 1]->kind == NodeKind::EmptyStmt)
            --count;
        for (size_t i = 0; i < count; ++i) {
            Stmt* s = body[i];
            LabeledStmt* label = nullptr;
            while (s->kind == NodeKind::LabeledStmt) {
                auto* ls = s->as<LabeledStmt>();
                if (ls->label->value != "_") {
                    declare(&b, ls);
                    label = ls;
                }
                s = ls->stmt;
            }
            if (s->kind == NodeKind::DeclStmt) {
                for (Decl* d : s->as<DeclStmt>()->decls)
                    if (d->kind == NodeKind::VarDecl && !d->as<VarDecl>()->names.empty()) {
                        record_var_decl(&b, d->pos, std::string(d->as<VarDecl>()->names[0]->value));
                        break; // the first one will do
                    }
            } else if (s->kind == NodeKind::AssignStmt
                && s->as<AssignStmt>()->assign_kind == AssignKind::Define) {
                std::string names;
                for (Expr* l : s->as<AssignStmt>()->lhs)
                    if (l->kind == NodeKind::Name)
                        names += (names.empty() ? "" : ", ") + std::string(l->as<Name>()->value);
                record_var_decl(&b, s->pos, names);
            }
            inner_statement(&b, ctxt, label, s, i, count);
        }
        return std::move(b.fwd);
    }

    void inner_statement(
        Block* b, const Targets& ctxt, LabeledStmt* label, Stmt* s, size_t index, size_t count)
    {
        switch (s->kind) {
        case NodeKind::BranchStmt:
            branch(b, s->as<BranchStmt>(), ctxt, index, count);
            break;
        case NodeKind::BlockStmt: {
            Targets inner { ctxt.breaks, ctxt.continues, -1 };
            append(b->fwd, block_branches(b, inner, label, s->pos, s->as<BlockStmt>()->stmts));
            break;
        }
        case NodeKind::IfStmt:
            if_branches(b, ctxt, label, s->as<IfStmt>());
            break;
        case NodeKind::ForStmt: {
            auto* fs = s->as<ForStmt>();
            Targets inner { fs, fs, -1 };
            if (fs->body)
                append(b->fwd, block_branches(b, inner, label, fs->body->pos, fs->body->stmts));
            break;
        }
        case NodeKind::SwitchStmt: {
            auto* ss = s->as<SwitchStmt>();
            Targets inner { ss, ctxt.continues, -1 };
            for (size_t i = 0; i < ss->body.size(); ++i) {
                inner.case_index = static_cast<int>(i);
                append(b->fwd, block_branches(b, inner, label, ss->body[i]->pos, ss->body[i]->body));
            }
            break;
        }
        case NodeKind::SelectStmt: {
            auto* ss = s->as<SelectStmt>();
            Targets inner { ss, ctxt.continues, -1 };
            for (CommClause* cc : ss->body)
                append(b->fwd, block_branches(b, inner, label, cc->pos, cc->body));
            break;
        }
        default:
            break;
        }
    }

    Checker& m_check;
    std::unordered_map<std::string_view, Label> m_labels;
    int m_blocks = 0;
};

bool has_break(Stmt* s, std::string_view label, bool implicit);

bool has_break_list(const std::vector<Stmt*>& list, std::string_view label, bool implicit)
{
    for (Stmt* s : list)
        if (has_break(s, label, implicit))
            return true;
    return false;
}

bool has_break(Stmt* s, std::string_view label, bool implicit)
{
    switch (s->kind) {
    case NodeKind::LabeledStmt:
        return has_break(s->as<LabeledStmt>()->stmt, label, implicit);
    case NodeKind::BranchStmt: {
        auto* b = s->as<BranchStmt>();
        if (b->branch == BranchKind::Break) {
            if (b->label == nullptr)
                return implicit;
            if (b->label->value == label)
                return true;
        }
        return false;
    }
    case NodeKind::BlockStmt:
        return has_break_list(s->as<BlockStmt>()->stmts, label, implicit);
    case NodeKind::IfStmt:
        for (auto* i = s->as<IfStmt>();;) { // loop over else-if chains
            if (i->then && has_break(i->then, label, implicit))
                return true;
            if (i->else_ == nullptr)
                return false;
            if (i->else_->kind != NodeKind::IfStmt)
                return has_break(i->else_, label, implicit);
            i = i->else_->as<IfStmt>();
        }
    case NodeKind::SwitchStmt:
        if (!label.empty())
            for (CaseClause* c : s->as<SwitchStmt>()->body)
                if (has_break_list(c->body, label, false))
                    return true;
        return false;
    case NodeKind::SelectStmt:
        if (!label.empty())
            for (CommClause* c : s->as<SelectStmt>()->body)
                if (has_break_list(c->body, label, false))
                    return true;
        return false;
    case NodeKind::ForStmt:
        return !label.empty() && s->as<ForStmt>()->body && has_break(s->as<ForStmt>()->body, label, false);
    default:
        return false;
    }
}

} // namespace

void Checker::check_branches(BlockStmt* body)
{
    BranchChecker(*this).check(body);
}

bool Checker::is_terminating_list(const std::vector<Stmt*>& list, std::string_view label)
{
    for (size_t i = list.size(); i > 0; --i)
        if (list[i - 1]->kind != NodeKind::EmptyStmt)
            return is_terminating(list[i - 1], label);
    return false; // all statements are empty
}

bool Checker::is_terminating(Stmt* s, std::string_view label)
{
    switch (s->kind) {
    case NodeKind::LabeledStmt:
        return is_terminating(s->as<LabeledStmt>()->stmt, s->as<LabeledStmt>()->label->value);
    case NodeKind::ExprStmt: {
        Expr* x = s->as<ExprStmt>()->x;
        while (x->kind == NodeKind::ParenExpr)
            x = x->as<ParenExpr>()->x;
        return x->kind == NodeKind::CallExpr && m_is_panic.count(x->as<CallExpr>());
    }
    case NodeKind::ReturnStmt:
        return true;
    case NodeKind::BranchStmt: {
        BranchKind k = s->as<BranchStmt>()->branch;
        return k == BranchKind::Goto || k == BranchKind::Fallthrough;
    }
    case NodeKind::BlockStmt:
        return is_terminating_list(s->as<BlockStmt>()->stmts, "");
    case NodeKind::IfStmt:
        for (auto* i = s->as<IfStmt>();;) { // loop over else-if chains
            if (i->else_ == nullptr || i->then == nullptr || !is_terminating(i->then, ""))
                return false;
            if (i->else_->kind != NodeKind::IfStmt)
                return is_terminating(i->else_, "");
            i = i->else_->as<IfStmt>();
        }
    case NodeKind::SwitchStmt: {
        bool has_default = false;
        for (CaseClause* cc : s->as<SwitchStmt>()->body) {
            if (cc->is_default)
                has_default = true;
            if (!is_terminating_list(cc->body, "") || has_break_list(cc->body, label, true))
                return false;
        }
        return has_default;
    }
    case NodeKind::SelectStmt:
        for (CommClause* cc : s->as<SelectStmt>()->body)
            if (!is_terminating_list(cc->body, "") || has_break_list(cc->body, label, true))
                return false;
        return true;
    case NodeKind::ForStmt: {
        auto* f = s->as<ForStmt>();
        if (f->init && f->init->kind == NodeKind::RangeClause)
            return false;
        return f->cond == nullptr && !(f->body && has_break(f->body, label, true));
    }
    default:
        return false;
    }
}

} // namespace vitro::lang::types
