// vm/verify.h — the bytecode verifier, run on every module in dev builds before it runs.
//
// It checks each function's shape so that a compiler bug shows up as a message naming the
// function and pc instead of a crash in the interpreter: register operands (including the
// extra slots of multi-slot operands) below num_slots, jump targets inside the code and on
// instruction starts, constant/string/type/function/native indexes in range, code ending in
// an instruction that does not fall through, frame sizes and pointer maps consistent.
#pragma once

#include "vm/module.h"

#include <string>
#include <vector>

namespace vitro::vm {

// Every problem found, as "FUNCTION: pc N: message"; empty if the module is well formed.
std::vector<std::string> verify_module(const Module& module);

} // namespace vitro::vm
