// stdlib/strings/strings_internal.h — what the strings and bytes natives share: rune callbacks
// that call a script func value (func(rune) bool, func(rune) rune) through
// internal::call_int_to_int. The returned functions refer to `call` and must not outlive it.
#pragma once

#include "stdlib/strings/text.h"
#include "vm/native.h"

namespace vitro::stdlib::strings {

text::RunePred rune_pred(vm::NativeCall& call, const void* fn);
text::RuneMap rune_map(vm::NativeCall& call, const void* fn);

} // namespace vitro::stdlib::strings
