// lang/types/flow.cpp — control flow: branch statement targets and labels (what Go's parser
// checks in syntax/branches.go, with its messages), and terminating statements for "missing
// return" (types2 return.go). goto is outside v1 and is rejected here.
#include "lang/types/checker.h"

#include <memory>
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
        block_branches(nullptr, none, nullptr, body->stmts);
        for (auto& [name, l] : m_labels)
            if (!l.used)
                m_check.error(l.lstmt->label->pos, fmt::format("label {} defined and not used", name));
    }

private:
    struct Block {
        Block* parent;
        LabeledStmt* lstmt; // the labeled statement whose body this block is, or nullptr
    };
    struct Label {
        Block* parent;
        LabeledStmt* lstmt;
        bool used;
    };
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
            m_check.error(s->pos, "goto statements are not supported by vitro");
            if (s->label)
                m_gotos.push_back(s->label->value);
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
        auto [it, inserted] = m_labels.emplace(name, Label { b, s, false });
        if (!inserted) {
            Pos p = it->second.lstmt->label->pos;
            m_check.error(
                s->label->pos, fmt::format("label {} already defined at {}", name, m_check.pos_string(p)));
        }
        for (std::string_view g : m_gotos)
            if (g == name)
                it->second.used = true;
    }

    // Each else branch is a block of its own holding one statement; an else-if chain is
    // walked in a loop since its length is not bounded by the parser.
    void if_branches(Block* b, const Targets& ctxt, LabeledStmt* label, IfStmt* is)
    {
        Targets inner { ctxt.breaks, ctxt.continues, -1 };
        std::vector<std::unique_ptr<Block>> chain;
        for (;;) {
            if (is->then)
                block_branches(b, inner, label, is->then->stmts);
            if (is->else_ == nullptr)
                return;
            chain.push_back(std::make_unique<Block>(Block { b, label }));
            b = chain.back().get();
            label = nullptr;
            if (is->else_->kind != NodeKind::IfStmt) {
                inner_statement(b, inner, nullptr, is->else_, 0, 1);
                return;
            }
            is = is->else_->as<IfStmt>();
        }
    }

    void block_branches(
        Block* parent, const Targets& ctxt, LabeledStmt* lstmt, const std::vector<Stmt*>& body)
    {
        Block b { parent, lstmt };
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
            inner_statement(&b, ctxt, label, s, i, count);
        }
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
            block_branches(b, inner, label, s->as<BlockStmt>()->stmts);
            break;
        }
        case NodeKind::IfStmt:
            if_branches(b, ctxt, label, s->as<IfStmt>());
            break;
        case NodeKind::ForStmt: {
            auto* fs = s->as<ForStmt>();
            Targets inner { fs, fs, -1 };
            if (fs->body)
                block_branches(b, inner, label, fs->body->stmts);
            break;
        }
        case NodeKind::SwitchStmt: {
            auto* ss = s->as<SwitchStmt>();
            Targets inner { ss, ctxt.continues, -1 };
            for (size_t i = 0; i < ss->body.size(); ++i) {
                inner.case_index = static_cast<int>(i);
                block_branches(b, inner, label, ss->body[i]->body);
            }
            break;
        }
        case NodeKind::SelectStmt: {
            auto* ss = s->as<SelectStmt>();
            Targets inner { ss, ctxt.continues, -1 };
            for (CommClause* cc : ss->body)
                block_branches(b, inner, label, cc->body);
            break;
        }
        default:
            break;
        }
    }

    Checker& m_check;
    std::unordered_map<std::string_view, Label> m_labels;
    std::vector<std::string_view> m_gotos;
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
