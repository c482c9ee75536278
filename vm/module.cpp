// vm/module.cpp — the few lookups a Module has (vm/module.h).
#include "vm/module.h"

#include <algorithm>

namespace vitro::vm {

uint32_t Function::line_at(uint32_t pc) const
{
    // The last entry whose pc is <= the given pc.
    auto it = std::upper_bound(
        lines.begin(), lines.end(), pc, [](uint32_t p, const LineEntry& e) { return p < e.pc; });
    if (it == lines.begin())
        return lines.empty() ? decl_line : lines.front().line;
    return std::prev(it)->line;
}

Function* Module::make_function()
{
    Function* fn = arena.make<Function>();
    functions.push_back(fn);
    return fn;
}

const GlobalSymbol* Module::find_global(std::string_view name) const
{
    for (const GlobalSymbol& g : globals)
        if (g.name == name)
            return &g;
    return nullptr;
}

} // namespace vitro::vm
