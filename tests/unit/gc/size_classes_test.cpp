// tests/unit/gc/size_classes_test.cpp — Go's size classes, roundupsize and division magic.
#include "gc/heap.h"
#include "gc/size_classes.h"

#include <catch2/catch.hpp>

using namespace vitro::gc;

namespace {

// (first size, roundupsize) runs for sizes 1..140000, printed by Go 1.19 (linux/amd64):
// for n := 1; n <= 140000; n++ { c := cap(append([]byte(nil), make([]byte, n)...)) ... }
// printing {n, c} whenever c changes (growslice rounds a []byte to roundupsize(n)).
constexpr std::pair<uint64_t, uint64_t> kGoRoundUp[] = { { 1, 8 }, { 9, 16 }, { 17, 24 }, { 25, 32 },
    { 33, 48 }, { 49, 64 }, { 65, 80 }, { 81, 96 }, { 97, 112 }, { 113, 128 }, { 129, 144 }, { 145, 160 },
    { 161, 176 }, { 177, 192 }, { 193, 208 }, { 209, 224 }, { 225, 240 }, { 241, 256 }, { 257, 288 },
    { 289, 320 }, { 321, 352 }, { 353, 384 }, { 385, 416 }, { 417, 448 }, { 449, 480 }, { 481, 512 },
    { 513, 576 }, { 577, 640 }, { 641, 704 }, { 705, 768 }, { 769, 896 }, { 897, 1024 }, { 1025, 1152 },
    { 1153, 1280 }, { 1281, 1408 }, { 1409, 1536 }, { 1537, 1792 }, { 1793, 2048 }, { 2049, 2304 },
    { 2305, 2688 }, { 2689, 3072 }, { 3073, 3200 }, { 3201, 3456 }, { 3457, 4096 }, { 4097, 4864 },
    { 4865, 5376 }, { 5377, 6144 }, { 6145, 6528 }, { 6529, 6784 }, { 6785, 6912 }, { 6913, 8192 },
    { 8193, 9472 }, { 9473, 9728 }, { 9729, 10240 }, { 10241, 10880 }, { 10881, 12288 }, { 12289, 13568 },
    { 13569, 14336 }, { 14337, 16384 }, { 16385, 18432 }, { 18433, 19072 }, { 19073, 20480 },
    { 20481, 21760 }, { 21761, 24576 }, { 24577, 27264 }, { 27265, 28672 }, { 28673, 32768 },
    { 32769, 40960 }, { 40961, 49152 }, { 49153, 57344 }, { 57345, 65536 }, { 65537, 73728 },
    { 73729, 81920 }, { 81921, 90112 }, { 90113, 98304 }, { 98305, 106496 }, { 106497, 114688 },
    { 114689, 122880 }, { 122881, 131072 }, { 131073, 139264 }, { 139265, 147456 } };

} // namespace

TEST_CASE("round_up_size is Go's roundupsize", "[gc]")
{
    size_t run = 0;
    for (uint64_t n = 1; n <= 140000; n++) {
        if (run + 1 < std::size(kGoRoundUp) && kGoRoundUp[run + 1].first == n)
            run++;
        if (Heap::round_up_size(n) != kGoRoundUp[run].second)
            FAIL("round_up_size(" << n << ") = " << Heap::round_up_size(n)
                                  << ", Go: " << kGoRoundUp[run].second);
    }
    CHECK(Heap::round_up_size(0) == 0);
    CHECK(Heap::round_up_size((uint64_t { 1 } << 40) + 1) == (uint64_t { 1 } << 40) + kPageSize);
    CHECK(Heap::round_up_size(~uint64_t { 0 } - 5) == ~uint64_t { 0 } - 5); // Go: overflow keeps the size
}

TEST_CASE("size class tables match Go's", "[gc]")
{
    CHECK(kNumSizeClasses == 68);
    CHECK(kClassToSize[1] == 8);
    CHECK(kClassToSize[67] == 32768);
    // Objects per span from Go's sizeclasses.go comment table (a sample).
    CHECK(class_objects(1) == 1024);
    CHECK(class_objects(3) == 341);
    CHECK(class_objects(35) == 11);
    CHECK(class_objects(50) == 7);
    CHECK(class_objects(65) == 3);
    CHECK(class_objects(67) == 1);
    // Go's size_to_class8 / size_to_class128 at a few points (msize.go's lookup).
    CHECK(kSizeToClass8[0] == 0);
    CHECK(kSizeToClass8[5] == 5);
    CHECK(kSizeToClass8[35] == 19);
    CHECK(kSizeToClass8[128] == 32);
    CHECK(kSizeToClass128[0] == 32);
    CHECK(kSizeToClass128[248] == 67);
    for (uint32_t c = 2; c < kNumSizeClasses; c++) {
        CHECK(kClassToSize[c] > kClassToSize[c - 1]);
        CHECK(kClassToSize[c] % 8 == 0);
        CHECK(class_objects(c) <= 1024);
    }
}

TEST_CASE("division magic gives the slot index for every offset in a span", "[gc]")
{
    for (uint32_t c = 1; c < kNumSizeClasses; c++) {
        uint64_t size = kClassToSize[c];
        uint64_t span_bytes = kClassToPages[c] * kPageSize;
        for (uint64_t off = 0; off < span_bytes; off++) {
            if (((off * kClassToDivMagic[c]) >> 32) != off / size)
                FAIL("class " << c << " offset " << off);
        }
    }
}
