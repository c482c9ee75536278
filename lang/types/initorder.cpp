// lang/types/initorder.cpp — package-level variable initialization order (spec "Package
// initialization"; types2 initorder.go).
//
// The dependency graph has a node per package-level constant, variable and function; edges
// are the references recorded while checking each declaration (add_decl_dep). Functions are
// then eliminated: a variable depends on every constant or variable reachable through chains
// of functions. types2 does this by rewiring edges node by node; here the values reachable
// from each function are computed once per strongly connected component of the call graph,
// which yields the same graph in linear time (plus the size of the sets). Variables are emitted repeatedly
// picking, among the nodes with the fewest outstanding dependencies, the earliest in source order (types2's
// priority queue); a node picked while it still has dependencies is on a cycle ("initialization loop").
#include "lang/types/checker.h"

#include <algorithm>
#include <iterator>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace vitro::lang::types {

namespace {

bool is_dependency(Object* o)
{
    return o->kind() == ObjectKind::Const || o->kind() == ObjectKind::Var || o->kind() == ObjectKind::Func;
}

// findPath: a path of dependencies from `from` back to `from`, in reverse order (the shape
// types2 reports); iterative, since dependency chains can be arbitrarily long.
std::vector<Object*> find_cycle(Object* from)
{
    struct Frame {
        Object* obj;
        size_t next;
    };
    std::unordered_set<Object*> seen { from };
    std::vector<Frame> stack { { from, 0 } };
    while (!stack.empty()) {
        Frame& f = stack.back();
        const auto& deps = f.obj->decl->deps; // graph nodes are package-level objects
        if (f.next == deps.size()) {
            stack.pop_back();
            continue;
        }
        Object* d = deps[f.next++];
        if (d == from) {
            std::vector<Object*> path { d };
            for (size_t i = stack.size(); i > 1; --i)
                path.push_back(stack[i - 1].obj);
            return path;
        }
        if (seen.insert(d).second)
            stack.push_back({ d, 0 });
    }
    return {};
}

using IndexSet = std::vector<uint32_t>; // sorted, unique

void merge_into(IndexSet& dst, const IndexSet& src)
{
    IndexSet out;
    out.reserve(dst.size() + src.size());
    std::set_union(dst.begin(), dst.end(), src.begin(), src.end(), std::back_inserter(out));
    dst.swap(out);
}

// For every function, the value nodes (constants and variables) reachable from it through
// chains of functions; computed per strongly connected component of the call graph
// (iterative Tarjan, so long call chains cannot exhaust the stack).
class FuncReach {
public:
    FuncReach(const std::vector<Object*>& funcs, const std::unordered_map<Object*, uint32_t>& value_index)
        : m_funcs(funcs)
        , m_values(value_index)
    {
        for (uint32_t i = 0; i < funcs.size(); ++i)
            m_func_index.emplace(funcs[i], i);
        m_comp.assign(funcs.size(), kNone);
        m_low.assign(funcs.size(), 0);
        m_num.assign(funcs.size(), kNone);
        for (uint32_t i = 0; i < funcs.size(); ++i)
            if (m_num[i] == kNone)
                tarjan(i);
    }
    const IndexSet& of(Object* f) const
    {
        static const IndexSet kEmpty;
        auto it = m_func_index.find(f);
        return it == m_func_index.end() ? kEmpty : m_reach[m_comp[it->second]];
    }

private:
    static constexpr uint32_t kNone = UINT32_MAX;

    int64_t func_of(Object* d) const
    {
        auto it = m_func_index.find(d);
        return it == m_func_index.end() ? -1 : static_cast<int64_t>(it->second);
    }

    void tarjan(uint32_t root)
    {
        struct Frame {
            uint32_t v;
            size_t next_dep;
        };
        std::vector<Frame> frames { { root, 0 } };
        visit(root);
        while (!frames.empty()) {
            Frame& f = frames.back();
            const auto& deps = m_funcs[f.v]->decl->deps;
            if (f.next_dep < deps.size()) {
                int64_t w = func_of(deps[f.next_dep++]);
                if (w < 0)
                    continue;
                auto wi = static_cast<uint32_t>(w);
                if (m_num[wi] == kNone) {
                    visit(wi);
                    frames.push_back({ wi, 0 });
                } else if (m_on_stack.count(wi)) {
                    m_low[f.v] = std::min(m_low[f.v], m_num[wi]);
                }
                continue;
            }
            uint32_t v = f.v;
            frames.pop_back();
            if (!frames.empty())
                m_low[frames.back().v] = std::min(m_low[frames.back().v], m_low[v]);
            if (m_low[v] == m_num[v])
                close_component(v);
        }
    }

    void visit(uint32_t v)
    {
        m_num[v] = m_low[v] = m_counter++;
        m_stack.push_back(v);
        m_on_stack.insert(v);
    }

    // Components close in reverse topological order: everything a component calls outside
    // itself already has its reach set.
    void close_component(uint32_t v)
    {
        auto comp = static_cast<uint32_t>(m_reach.size());
        std::vector<uint32_t> members;
        uint32_t w;
        do {
            w = m_stack.back();
            m_stack.pop_back();
            m_on_stack.erase(w);
            m_comp[w] = comp;
            members.push_back(w);
        } while (w != v);
        IndexSet reach;
        for (uint32_t m : members) {
            for (Object* d : m_funcs[m]->decl->deps) {
                if (auto it = m_values.find(d); it != m_values.end()) {
                    merge_into(reach, { it->second });
                } else if (int64_t g = func_of(d); g >= 0 && m_comp[static_cast<size_t>(g)] != comp) {
                    merge_into(reach, m_reach[m_comp[static_cast<size_t>(g)]]);
                }
            }
        }
        m_reach.push_back(std::move(reach));
    }

    const std::vector<Object*>& m_funcs;
    const std::unordered_map<Object*, uint32_t>& m_values;
    std::unordered_map<Object*, uint32_t> m_func_index;
    std::vector<uint32_t> m_comp, m_low, m_num, m_stack;
    std::unordered_set<uint32_t> m_on_stack;
    uint32_t m_counter = 0;
    std::vector<IndexSet> m_reach; // per component
};

} // namespace

void Checker::init_order()
{
    struct Node {
        Object* obj;
        std::vector<Node*> pred;
        size_t ndeps = 0;
    };
    std::vector<Node> nodes;
    std::unordered_map<Object*, uint32_t> index;
    std::vector<Object*> funcs;
    for (Object* o : m_obj_list) {
        if (o->kind() == ObjectKind::Func) {
            funcs.push_back(o);
        } else if (is_dependency(o)) {
            index.emplace(o, static_cast<uint32_t>(nodes.size()));
            nodes.push_back({ o, {}, 0 });
        }
    }
    FuncReach reach(funcs, index);
    // Successors of each value node, looking through functions.
    for (size_t i = 0; i < nodes.size(); ++i) {
        IndexSet succ;
        for (Object* d : nodes[i].obj->decl->deps) {
            if (auto it = index.find(d); it != index.end())
                merge_into(succ, { it->second });
            else if (d->kind() == ObjectKind::Func)
                merge_into(succ, reach.of(d));
        }
        nodes[i].ndeps = succ.size();
        for (uint32_t s : succ)
            nodes[s].pred.push_back(&nodes[i]);
    }
    std::set<std::tuple<size_t, uint32_t, Node*>> queue;
    for (Node& n : nodes)
        queue.insert({ n.ndeps, n.obj->order, &n });
    std::unordered_set<DeclInfo*> emitted;
    while (!queue.empty()) {
        auto [ndeps, order, n] = *queue.begin();
        queue.erase(queue.begin());
        if (ndeps > 0) {
            if (std::vector<Object*> cycle = find_cycle(n->obj); !cycle.empty())
                report_init_cycle(cycle);
        }
        for (Node* p : n->pred) {
            auto it = queue.find({ p->ndeps, p->obj->order, p });
            if (it == queue.end())
                continue; // already emitted (a self-dependency)
            queue.erase(it);
            --p->ndeps;
            queue.insert({ p->ndeps, p->obj->order, p });
        }
        if (n->obj->kind() != ObjectKind::Var)
            continue;
        DeclInfo* info = n->obj->decl;
        if (!info->has_initializer() || !emitted.insert(info).second)
            continue;
        Initializer init;
        init.lhs = info->lhs.empty() ? std::vector<Var*> { n->obj->as<Var>() } : info->lhs;
        init.rhs = info->init;
        m_pkg->init_order.push_back(std::move(init));
    }
}

void Checker::report_init_cycle(const std::vector<Object*>& cycle)
{
    Object* obj = cycle[0];
    std::string msg = fmt::format("initialization loop for {}", obj->name);
    Pos first = obj->pos;
    for (size_t i = cycle.size(); i > 0; --i) {
        msg += fmt::format("\n\t{}: {} refers to", pos_string(obj->pos), obj->name);
        obj = cycle[i - 1];
    }
    msg += fmt::format("\n\t{}: {}", pos_string(obj->pos), obj->name);
    error(first, std::move(msg));
}

} // namespace vitro::lang::types
