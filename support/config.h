// support/config.h — every compile-time switch of vitro, with its default.
//
// Each switch is set by CMake (see CMakePresets.json) or defaults here. User-facing knobs use
// Go's names (GOGC, GOMEMLIMIT, GODEBUG) and are read at run time, not here.
#pragma once

// VITRO_ASSERTS: VITRO_ASSERT checks (debug-only, may be costly). On in dev, off in release.
#ifndef VITRO_ASSERTS
#    ifdef NDEBUG
#        define VITRO_ASSERTS 0
#    else
#        define VITRO_ASSERTS 1
#    endif
#endif

// VITRO_GC_STRESS: collect at every allocation (the gcstress preset). Reserved for gc/.
#ifndef VITRO_GC_STRESS
#    define VITRO_GC_STRESS 0
#endif

// VITRO_VERIFY_HEAP: run gc::verify_heap() after each collection (dev builds).
#ifndef VITRO_VERIFY_HEAP
#    define VITRO_VERIFY_HEAP VITRO_ASSERTS
#endif

// VITRO_COMPUTED_GOTO: dispatch with GCC labels-as-values; the switch loop is for debugging.
#ifndef VITRO_COMPUTED_GOTO
#    define VITRO_COMPUTED_GOTO 1
#endif

// VITRO_TRACE_EXEC: print every executed instruction (very slow; debugging only).
#ifndef VITRO_TRACE_EXEC
#    define VITRO_TRACE_EXEC 0
#endif

#define VITRO_VERSION "0.1.0"
