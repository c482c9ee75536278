// support/assert.cpp — the failure path of VITRO_CHECK / VITRO_ASSERT.
#include "support/assert.h"

#include <cstdio>
#include <cstdlib>

namespace vitro::support {

void internal_error(const char* file, int line, const char* expr)
{
    std::fprintf(stderr, "vitro: internal error: %s:%d: %s\n", file, line, expr);
    std::fflush(stderr);
    std::abort();
}

} // namespace vitro::support
