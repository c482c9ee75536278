// gc/size_classes.h — Go's malloc size classes (Go 1.19 runtime/sizeclasses.go), verbatim.
//
// Overview: a small object (at most 32 KiB) is rounded up to one of 67 class sizes (class 0
// means "large": its own span of whole pages). Each class has Go's span length in pages, so a
// span of class c holds (pages * 8 KiB) / size objects and the tail waste is Go's. The two
// lookup tables (size_to_class8 for sizes up to 1016 bytes in 8-byte steps, size_to_class128
// above, in 128-byte steps) and the division magic are derived at compile time from the class
// sizes, the way Go's mksizeclasses.go derives them; the unit test checks them against Go.
// Invariants: class sizes increase strictly; every class size is a multiple of 8; for every
// offset within a span, (offset * div_magic) >> 32 == offset / size (checked in the test).
// Go reference: runtime/sizeclasses.go, runtime/msize.go (roundupsize), mksizeclasses.go.
#pragma once

#include <array>
#include <cstdint>

namespace vitro::gc {

inline constexpr uint64_t kPageShift = 13;
inline constexpr uint64_t kPageSize = uint64_t { 1 } << kPageShift; // 8 KiB
inline constexpr uint64_t kMaxSmallSize = 32768;
inline constexpr uint32_t kNumSizeClasses = 68;
inline constexpr uint32_t kNumSpanClasses = kNumSizeClasses * 2; // (class << 1) | noscan
inline constexpr uint64_t kSmallSizeDiv = 8;
inline constexpr uint64_t kSmallSizeMax = 1024;
inline constexpr uint64_t kLargeSizeDiv = 128;
// Go's maxAlloc on linux/amd64: 1 << 48 bytes; a bigger request is "len out of range".
inline constexpr uint64_t kMaxAlloc = uint64_t { 1 } << 48;

// Bytes per object of each class (class 0: large objects).
inline constexpr std::array<uint16_t, kNumSizeClasses> kClassToSize
    = { 0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352,
          384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304,
          2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880,
          12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768 };

// Pages per span of each class.
inline constexpr std::array<uint8_t, kNumSizeClasses> kClassToPages = { 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3,
    4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8, 3, 10, 7, 4 };

namespace detail {

// The smallest class whose size is at least `bytes` (bytes <= kMaxSmallSize).
constexpr uint8_t smallest_class(uint64_t bytes)
{
    for (uint32_t c = 1; c < kNumSizeClasses; c++)
        if (kClassToSize[c] >= bytes)
            return static_cast<uint8_t>(c);
    return 0;
}

constexpr auto make_class8()
{
    std::array<uint8_t, kSmallSizeMax / kSmallSizeDiv + 1> t {};
    for (uint64_t i = 0; i < t.size(); i++)
        t[i] = i == 0 ? 0 : smallest_class(i * kSmallSizeDiv);
    return t;
}

constexpr auto make_class128()
{
    std::array<uint8_t, (kMaxSmallSize - kSmallSizeMax) / kLargeSizeDiv + 1> t {};
    for (uint64_t i = 0; i < t.size(); i++)
        t[i] = smallest_class(kSmallSizeMax + i * kLargeSizeDiv);
    return t;
}

constexpr auto make_divmagic()
{
    std::array<uint32_t, kNumSizeClasses> t {};
    for (uint32_t c = 1; c < kNumSizeClasses; c++)
        t[c] = ~uint32_t { 0 } / kClassToSize[c] + 1;
    return t;
}

} // namespace detail

inline constexpr auto kSizeToClass8 = detail::make_class8();
inline constexpr auto kSizeToClass128 = detail::make_class128();
inline constexpr auto kClassToDivMagic = detail::make_divmagic();

// The size class of a small allocation of `bytes` (1 <= bytes <= kMaxSmallSize), as mallocgc
// chooses it.
inline uint32_t size_class_of(uint64_t bytes)
{
    if (bytes <= kSmallSizeMax - 8)
        return kSizeToClass8[(bytes + kSmallSizeDiv - 1) / kSmallSizeDiv];
    return kSizeToClass128[(bytes - kSmallSizeMax + kLargeSizeDiv - 1) / kLargeSizeDiv];
}

// Objects per span of class c.
constexpr uint32_t class_objects(uint32_t c)
{
    return static_cast<uint32_t>(kClassToPages[c] * kPageSize / kClassToSize[c]);
}

} // namespace vitro::gc
