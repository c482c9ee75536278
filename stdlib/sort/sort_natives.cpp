// stdlib/sort/sort_natives.cpp — sort.Ints, Float64s, Strings and their Search/IsSorted
// companions on slices of the predeclared types.
//
// Go 1.19 sorts with pattern-defeating quicksort (src/sort/zsortfunc.go); std::sort (introsort)
// sorts ints and strings as fast, with the same results because equal elements are
// indistinguishable. Float64s uses Go's pdqsort (sort_iface_natives.cpp) because +0 and -0
// compare equal but print differently. Float64s orders NaNs first (Float64Slice.Less). Strings are sorted in
// a side buffer and stored back through the write barrier's store_ptr.
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <vector>

namespace vitro::stdlib::sort {

void register_sort_iface(vm::NativeRegistry& r);
void sort_float64s(vm::Slice s);

namespace {

bool float_less(double a, double b)
{
    return a < b || (std::isnan(a) && !std::isnan(b));
}

template <typename T> T* elems(vm::Slice s)
{
    return reinterpret_cast<T*>(s.ptr);
}

void Ints(vm::NativeCall& call)
{
    vm::Slice s = call.slice_arg(0);
    std::sort(elems<int64_t>(s), elems<int64_t>(s) + s.len);
}

void Float64s(vm::NativeCall& call)
{
    sort_float64s(call.slice_arg(0)); // Go's pdqsort: the order of -0 and +0 is observable
}

void Strings(vm::NativeCall& call)
{
    vm::Slice s = call.slice_arg(0);
    auto* e = elems<vm::String>(s);
    std::vector<vm::String> sorted(e, e + s.len);
    std::sort(sorted.begin(), sorted.end(),
        [](const vm::String& a, const vm::String& b) { return a.view() < b.view(); });
    for (int64_t i = 0; i < s.len; i++)
        internal::store_string(e[i], sorted[static_cast<size_t>(i)]);
}

void IntsAreSorted(vm::NativeCall& call)
{
    vm::Slice s = call.slice_arg(0);
    call.set_int(0, std::is_sorted(elems<int64_t>(s), elems<int64_t>(s) + s.len));
}

void Float64sAreSorted(vm::NativeCall& call)
{
    vm::Slice s = call.slice_arg(0);
    call.set_int(0, std::is_sorted(elems<double>(s), elems<double>(s) + s.len, float_less));
}

void StringsAreSorted(vm::NativeCall& call)
{
    vm::Slice s = call.slice_arg(0);
    auto* e = elems<vm::String>(s);
    call.set_int(0, std::is_sorted(e, e + s.len, [](const vm::String& a, const vm::String& b) {
        return a.view() < b.view();
    }));
}

// Search*: the smallest index i with a[i] >= x (len(a) if none).
void SearchInts(vm::NativeCall& call)
{
    vm::Slice s = call.slice_arg(0);
    int64_t x = call.int_arg(3);
    call.set_int(0, std::lower_bound(elems<int64_t>(s), elems<int64_t>(s) + s.len, x) - elems<int64_t>(s));
}

void SearchFloat64s(vm::NativeCall& call)
{
    vm::Slice s = call.slice_arg(0);
    double x = call.float_arg(3);
    auto* e = elems<double>(s);
    call.set_int(0, std::partition_point(e, e + s.len, [x](double v) { return !(v >= x); }) - e);
}

void SearchStrings(vm::NativeCall& call)
{
    vm::Slice s = call.slice_arg(0);
    std::string_view x = call.string_arg(3).view();
    auto* e = elems<vm::String>(s);
    call.set_int(
        0, std::partition_point(e, e + s.len, [x](const vm::String& v) { return v.view() < x; }) - e);
}

} // namespace

} // namespace vitro::stdlib::sort

namespace vitro::stdlib {

void register_sort(vm::NativeRegistry& r)
{
    using namespace sort;
    register_sort_iface(r);
    r.add("sort.Ints", Ints);
    r.add("sort.Float64s", Float64s);
    r.add("sort.Strings", Strings);
    r.add("sort.IntsAreSorted", IntsAreSorted);
    r.add("sort.Float64sAreSorted", Float64sAreSorted);
    r.add("sort.StringsAreSorted", StringsAreSorted);
    r.add("sort.SearchInts", SearchInts);
    r.add("sort.SearchFloat64s", SearchFloat64s);
    r.add("sort.SearchStrings", SearchStrings);
}

} // namespace vitro::stdlib
