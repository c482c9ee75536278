// support/assert.h — internal consistency checks.
//
// VITRO_CHECK is always on and cheap: a failure means corrupted state. VITRO_ASSERT is for
// debug builds and may be costly. Neither is ever used for user errors: those are diagnostics
// (lang/) or Go panics (vm/). A failure prints `vitro: internal error: FILE:LINE: EXPR` and
// aborts.
#pragma once

#include "support/config.h"

namespace vitro::support {
[[noreturn]] void internal_error(const char* file, int line, const char* expr);
} // namespace vitro::support

#define VITRO_CHECK(expr)                                                                                    \
    do {                                                                                                     \
        if (!(expr)) [[unlikely]]                                                                            \
            ::vitro::support::internal_error(__FILE__, __LINE__, #expr);                                     \
    } while (0)

#if VITRO_ASSERTS
#    define VITRO_ASSERT(expr) VITRO_CHECK(expr)
#else
#    define VITRO_ASSERT(expr) ((void)0)
#endif

#define VITRO_UNREACHABLE() ::vitro::support::internal_error(__FILE__, __LINE__, "unreachable")
