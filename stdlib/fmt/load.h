// stdlib/fmt/load.h — reading scalar values of Go's memory layout (gc/type.h) by kind, for the
// formatting core (format*.cpp) and the method calls (methods.cpp). Private to stdlib/fmt.
// Values may sit at any alignment inside a struct or a box, so every load goes through memcpy.
#pragma once

#include "gc/type.h"

#include <cstdint>
#include <cstring>

namespace vitro::stdlib::fmt {

inline bool is_signed_int(gc::Kind k)
{
    return k >= gc::Kind::Int && k <= gc::Kind::Int64;
}

inline bool is_unsigned_int(gc::Kind k)
{
    return k >= gc::Kind::Uint && k <= gc::Kind::Uintptr;
}

inline int64_t load_int(const void* p, uint64_t size)
{
    switch (size) {
    case 1:
        return *static_cast<const int8_t*>(p);
    case 2: {
        int16_t v;
        std::memcpy(&v, p, 2);
        return v;
    }
    case 4: {
        int32_t v;
        std::memcpy(&v, p, 4);
        return v;
    }
    default: {
        int64_t v;
        std::memcpy(&v, p, 8);
        return v;
    }
    }
}

inline uint64_t load_uint(const void* p, uint64_t size)
{
    uint64_t v = 0;
    std::memcpy(&v, p, size); // little-endian: the low bytes
    return v;
}

inline double load_float(const void* p, gc::Kind k)
{
    if (k == gc::Kind::Float32) {
        float f;
        std::memcpy(&f, p, 4);
        return f;
    }
    double d;
    std::memcpy(&d, p, 8);
    return d;
}

inline void* load_ptr(const void* p)
{
    void* v;
    std::memcpy(&v, p, 8);
    return v;
}

} // namespace vitro::stdlib::fmt
