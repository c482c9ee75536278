// stdlib/natives.h — the standard library's native functions, registered by Go name.
//
// Names are the import path, a dot and Go's symbol: "fmt.Println", "strconv.Itoa",
// "strings.(*Builder).WriteString", "time.Time.Sub", "runtime/debug.SetGCPercent". Each package
// folder registers its own natives (stdlib/<pkg>/<pkg>_natives.cpp); register_natives calls
// them all. Argument and result slot forms are vm/native.h's.
#pragma once

#include "vm/native.h"

namespace vitro::vm {
class Runtime;
}

namespace vitro::stdlib {

void register_natives(vm::NativeRegistry& registry);

// Sets the package variables whose values the standard library provides before the program's
// package initialization runs: os.Stdin/Stdout/Stderr (File objects that fmt.Fprint* and
// (*os.File).WriteString recognise), strconv.ErrSyntax/ErrRange. Call after Runtime::link and
// before Runtime::run (os.Args is the Runtime's own: Runtime::set_args).
void init_globals(vm::Runtime& rt);

// One registration function per package folder.
void register_fmt(vm::NativeRegistry& r);
void register_strconv(vm::NativeRegistry& r);
void register_strings(vm::NativeRegistry& r);
void register_math(vm::NativeRegistry& r);
void register_sort(vm::NativeRegistry& r);
void register_os(vm::NativeRegistry& r);
void register_time(vm::NativeRegistry& r);
void register_runtime(vm::NativeRegistry& r);
void register_errors(vm::NativeRegistry& r);
void register_sync(vm::NativeRegistry& r);
void register_atomic(vm::NativeRegistry& r);
void register_unicode(vm::NativeRegistry& r);
void register_utf8(vm::NativeRegistry& r);
void register_bits(vm::NativeRegistry& r);
void register_bytes(vm::NativeRegistry& r);
void register_bufio(vm::NativeRegistry& r);
void register_debug(vm::NativeRegistry& r);
void register_rand(vm::NativeRegistry& r);
void register_io(vm::NativeRegistry& r);
void register_context(vm::NativeRegistry& r);
// context.Canceled and context.DeadlineExceeded (stdlib/context/context_natives.cpp).
void init_context_globals(vm::Runtime& rt);
void register_container_heap(vm::NativeRegistry& r);
void register_container_list(vm::NativeRegistry& r);
void register_log(vm::NativeRegistry& r);
void register_path(vm::NativeRegistry& r);
void register_tabwriter(vm::NativeRegistry& r);
void register_encoding(vm::NativeRegistry& r);
void register_sha256(vm::NativeRegistry& r);

} // namespace vitro::stdlib
