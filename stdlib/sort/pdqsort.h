// stdlib/sort/pdqsort.h — Go 1.19's sorting algorithms, ported line for line from
// src/sort/zsortfunc.go (pdqsort_func, stable_func and their helpers) so that every Less and
// Swap call happens in Go's order: programs that sort equal keys with sort.Sort/Slice, or whose
// Less/Swap have side effects, observe exactly what they observe under Go.
//
// Data is any type with `bool less(int64_t i, int64_t j)` and `void swap(int64_t i, int64_t j)`.
// Script callbacks that panic throw SortAbort out of less/swap; the natives catch it at their
// top and return (the panic is already recorded in the goroutine). Header-only: the template
// is instantiated once per data adaptor in sort_natives.cpp / sort_iface_natives.cpp.
#pragma once

#include <bit>
#include <cstdint>

namespace vitro::stdlib::sort {

struct SortAbort { };

template <class Data> class GoSort {
public:
    explicit GoSort(Data& d)
        : data(d)
    {
    }

    void pdqsort(int64_t a, int64_t b, int64_t limit)
    {
        constexpr int64_t kMaxInsertion = 12;
        bool was_balanced = true, was_partitioned = true;
        for (;;) {
            int64_t length = b - a;
            if (length <= kMaxInsertion) {
                insertion_sort(a, b);
                return;
            }
            if (limit == 0) {
                heap_sort(a, b);
                return;
            }
            if (!was_balanced) {
                break_patterns(a, b);
                limit--;
            }
            Hint hint;
            int64_t pivot = choose_pivot(a, b, hint);
            if (hint == Hint::Decreasing) {
                reverse_range(a, b);
                pivot = (b - 1) - (pivot - a);
                hint = Hint::Increasing;
            }
            if (was_balanced && was_partitioned && hint == Hint::Increasing) {
                if (partial_insertion_sort(a, b))
                    return;
            }
            if (a > 0 && !data.less(a - 1, pivot)) {
                a = partition_equal(a, b, pivot);
                continue;
            }
            bool already;
            int64_t mid = partition(a, b, pivot, already);
            was_partitioned = already;
            int64_t left = mid - a, right = b - mid;
            int64_t threshold = length / 8;
            if (left < right) {
                was_balanced = left >= threshold;
                pdqsort(a, mid, limit);
                a = mid + 1;
            } else {
                was_balanced = right >= threshold;
                pdqsort(mid + 1, b, limit);
                b = mid;
            }
        }
    }

    void stable(int64_t n)
    {
        int64_t block = 20;
        int64_t a = 0, b = block;
        while (b <= n) {
            insertion_sort(a, b);
            a = b;
            b += block;
        }
        insertion_sort(a, n);
        while (block < n) {
            a = 0, b = 2 * block;
            while (b <= n) {
                sym_merge(a, a + block, b);
                a = b;
                b += 2 * block;
            }
            if (int64_t m = a + block; m < n)
                sym_merge(a, m, n);
            block *= 2;
        }
    }

    // bits.Len(uint(n)): pdqsort's limit.
    static int64_t limit_for(int64_t n) { return 64 - std::countl_zero(static_cast<uint64_t>(n)); }

private:
    enum class Hint { Unknown, Increasing, Decreasing };
    Data& data;

    void insertion_sort(int64_t a, int64_t b)
    {
        for (int64_t i = a + 1; i < b; i++)
            for (int64_t j = i; j > a && data.less(j, j - 1); j--)
                data.swap(j, j - 1);
    }

    void sift_down(int64_t lo, int64_t hi, int64_t first)
    {
        int64_t root = lo;
        for (;;) {
            int64_t child = 2 * root + 1;
            if (child >= hi)
                return;
            if (child + 1 < hi && data.less(first + child, first + child + 1))
                child++;
            if (!data.less(first + root, first + child))
                return;
            data.swap(first + root, first + child);
            root = child;
        }
    }

    void heap_sort(int64_t a, int64_t b)
    {
        int64_t first = a, lo = 0, hi = b - a;
        for (int64_t i = (hi - 1) / 2; i >= 0; i--)
            sift_down(i, hi, first);
        for (int64_t i = hi - 1; i >= 0; i--) {
            data.swap(first, first + i);
            sift_down(lo, i, first);
        }
    }

    int64_t partition(int64_t a, int64_t b, int64_t pivot, bool& already)
    {
        data.swap(a, pivot);
        int64_t i = a + 1, j = b - 1;
        while (i <= j && data.less(i, a))
            i++;
        while (i <= j && !data.less(j, a))
            j--;
        if (i > j) {
            data.swap(j, a);
            already = true;
            return j;
        }
        data.swap(i, j);
        i++;
        j--;
        for (;;) {
            while (i <= j && data.less(i, a))
                i++;
            while (i <= j && !data.less(j, a))
                j--;
            if (i > j)
                break;
            data.swap(i, j);
            i++;
            j--;
        }
        data.swap(j, a);
        already = false;
        return j;
    }

    int64_t partition_equal(int64_t a, int64_t b, int64_t pivot)
    {
        data.swap(a, pivot);
        int64_t i = a + 1, j = b - 1;
        for (;;) {
            while (i <= j && !data.less(a, i))
                i++;
            while (i <= j && data.less(a, j))
                j--;
            if (i > j)
                break;
            data.swap(i, j);
            i++;
            j--;
        }
        return i;
    }

    bool partial_insertion_sort(int64_t a, int64_t b)
    {
        constexpr int kMaxSteps = 5;
        constexpr int64_t kShortestShifting = 50;
        int64_t i = a + 1;
        for (int step = 0; step < kMaxSteps; step++) {
            while (i < b && !data.less(i, i - 1))
                i++;
            if (i == b)
                return true;
            if (b - a < kShortestShifting)
                return false;
            data.swap(i, i - 1);
            if (i - a >= 2) {
                for (int64_t j = i - 1; j >= 1; j--) {
                    if (!data.less(j, j - 1))
                        break;
                    data.swap(j, j - 1);
                }
            }
            if (b - i >= 2) {
                for (int64_t j = i + 1; j < b; j++) {
                    if (!data.less(j, j - 1))
                        break;
                    data.swap(j, j - 1);
                }
            }
        }
        return false;
    }

    void break_patterns(int64_t a, int64_t b)
    {
        int64_t length = b - a;
        if (length < 8)
            return;
        auto random = static_cast<uint64_t>(length);
        uint64_t modulus = uint64_t(1) << limit_for(length);
        for (int64_t idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; idx++) {
            random ^= random << 13;
            random ^= random >> 17;
            random ^= random << 5;
            auto other = static_cast<int64_t>(random & (modulus - 1));
            if (other >= length)
                other -= length;
            data.swap(idx, a + other);
        }
    }

    int64_t choose_pivot(int64_t a, int64_t b, Hint& hint)
    {
        constexpr int64_t kShortestNinther = 50;
        constexpr int kMaxSwaps = 4 * 3;
        int64_t l = b - a;
        int swaps = 0;
        int64_t i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
        if (l >= 8) {
            if (l >= kShortestNinther) {
                i = median(i - 1, i, i + 1, swaps);
                j = median(j - 1, j, j + 1, swaps);
                k = median(k - 1, k, k + 1, swaps);
            }
            j = median(i, j, k, swaps);
        }
        hint = swaps == 0 ? Hint::Increasing : swaps == kMaxSwaps ? Hint::Decreasing : Hint::Unknown;
        return j;
    }

    void order2(int64_t& a, int64_t& b, int& swaps)
    {
        if (data.less(b, a)) {
            swaps++;
            int64_t t = a;
            a = b;
            b = t;
        }
    }

    int64_t median(int64_t a, int64_t b, int64_t c, int& swaps)
    {
        order2(a, b, swaps);
        order2(b, c, swaps);
        order2(a, b, swaps);
        return b;
    }

    void reverse_range(int64_t a, int64_t b)
    {
        for (int64_t i = a, j = b - 1; i < j; i++, j--)
            data.swap(i, j);
    }

    void swap_range(int64_t a, int64_t b, int64_t n)
    {
        for (int64_t i = 0; i < n; i++)
            data.swap(a + i, b + i);
    }

    void sym_merge(int64_t a, int64_t m, int64_t b)
    {
        if (m - a == 1) {
            int64_t i = m, j = b;
            while (i < j) {
                auto h = static_cast<int64_t>(static_cast<uint64_t>(i + j) >> 1);
                if (data.less(h, a))
                    i = h + 1;
                else
                    j = h;
            }
            for (int64_t k = a; k < i - 1; k++)
                data.swap(k, k + 1);
            return;
        }
        if (b - m == 1) {
            int64_t i = a, j = m;
            while (i < j) {
                auto h = static_cast<int64_t>(static_cast<uint64_t>(i + j) >> 1);
                if (!data.less(m, h))
                    i = h + 1;
                else
                    j = h;
            }
            for (int64_t k = m; k > i; k--)
                data.swap(k, k - 1);
            return;
        }
        auto mid = static_cast<int64_t>(static_cast<uint64_t>(a + b) >> 1);
        int64_t n = mid + m;
        int64_t start, r;
        if (m > mid) {
            start = n - b;
            r = mid;
        } else {
            start = a;
            r = m;
        }
        int64_t p = n - 1;
        while (start < r) {
            auto c = static_cast<int64_t>(static_cast<uint64_t>(start + r) >> 1);
            if (!data.less(p - c, c))
                start = c + 1;
            else
                r = c;
        }
        int64_t end = n - start;
        if (start < m && m < end)
            rotate(start, m, end);
        if (a < start && start < mid)
            sym_merge(a, start, mid);
        if (mid < end && end < b)
            sym_merge(mid, end, b);
    }

    void rotate(int64_t a, int64_t m, int64_t b)
    {
        int64_t i = m - a, j = b - m;
        while (i != j) {
            if (i > j) {
                swap_range(m - i, m, j);
                i -= j;
            } else {
                swap_range(m - i, m + j - i, i);
                j -= i;
            }
        }
        swap_range(m - i, m, i);
    }
};

} // namespace vitro::stdlib::sort
