// vm/disasm.h — the readable listing of a Module (`vitro build -S`).
#pragma once

#include "vm/module.h"

#include <string>

namespace vitro::vm {

// One block per function: a header (name, slots, params, results, pointer slots), then one
// line per instruction: `pc line OPNAME operands ; meaning`.
std::string disassemble(const Module& module);
std::string disassemble_function(const Module& module, const Function& fn);

} // namespace vitro::vm
