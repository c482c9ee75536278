// stdlib/sort/sort_iface_natives.cpp — sort.Sort, Stable, IsSorted over sort.Interface values,
// sort.Slice/SliceStable/SliceIsSorted with a less func value, Reverse, Search and Find, and
// the methods of IntSlice, Float64Slice and StringSlice.
//
// The algorithms are Go 1.19's (pdqsort.h), so the sequence of Less/Swap calls — and so the
// final order of equal elements — is Go's. Script callbacks run through internal::call_func;
// a panicking callback throws SortAbort out of the adaptor, caught at the native's top (the
// panic is already recorded in the goroutine, and the interpreter raises it on return).
//
// Interface values: the dynamic type (the Itab's first word) decides how Len/Less/Swap run.
// The stdlib's own slice types and *sort.reverse are handled natively; any other type's
// methods are called through its itab for sort.Interface (internal::call_iface_method).
// The value sort.Reverse returns is a *sort.reverse whose itab (internal/ifaces.h) finds the
// native methods "sort.(*reverse).Len/Less/Swap"; sort's own natives recognise the type.
// Go reference: src/sort/sort.go, slice.go, search.go.
#include "stdlib/internal/ifaces.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"
#include "stdlib/sort/pdqsort.h"
#include "vm/module.h"
#include "vm/ops.h"

#include <cmath>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace vitro::stdlib::sort {

namespace {

// ---- slices of the predeclared types (IntSlice, Float64Slice, StringSlice) ----

enum class Elem { Int, Float, String };

struct BasicSlice {
    vm::Slice s;
    Elem kind;
    bool less(int64_t i, int64_t j)
    {
        switch (kind) {
        case Elem::Int:
            return reinterpret_cast<int64_t*>(s.ptr)[i] < reinterpret_cast<int64_t*>(s.ptr)[j];
        case Elem::Float: {
            double a = reinterpret_cast<double*>(s.ptr)[i], b = reinterpret_cast<double*>(s.ptr)[j];
            return a < b || (std::isnan(a) && !std::isnan(b));
        }
        case Elem::String:
            return reinterpret_cast<vm::String*>(s.ptr)[i].view()
                < reinterpret_cast<vm::String*>(s.ptr)[j].view();
        }
        return false;
    }
    void swap(int64_t i, int64_t j)
    {
        size_t size = kind == Elem::String ? 16 : 8;
        uint8_t tmp[16];
        std::memcpy(tmp, s.ptr + i * static_cast<int64_t>(size), size);
        std::memmove(s.ptr + i * static_cast<int64_t>(size), s.ptr + j * static_cast<int64_t>(size), size);
        std::memcpy(s.ptr + j * static_cast<int64_t>(size), tmp, size);
    }
    int64_t len() const { return s.len; }
};

// ---- sort.Slice: a slice of any element type and a less func value ----

struct FuncSlice {
    vm::NativeCall& call;
    uint8_t* base;
    uint64_t elem_size;
    const void* less_fn;
    std::vector<uint8_t> tmp;

    bool less(int64_t i, int64_t j)
    {
        vm::Slot args[2] = { static_cast<vm::Slot>(i), static_cast<vm::Slot>(j) }, out = 0;
        if (!internal::call_func(call, less_fn, args, 2, &out, 1))
            throw SortAbort {};
        return (out & 0xFF) != 0;
    }
    void swap(int64_t i, int64_t j)
    {
        uint8_t* a = base + static_cast<uint64_t>(i) * elem_size;
        uint8_t* b = base + static_cast<uint64_t>(j) * elem_size;
        std::memcpy(tmp.data(), a, elem_size);
        std::memmove(a, b, elem_size);
        std::memcpy(b, tmp.data(), elem_size);
    }
};

// ---- sort.Interface values ----

constexpr uint64_t kMaskIface = 0x3;
const gc::Method kSortMethods[]
    = { internal::iface_method("Len"), internal::iface_method("Less"), internal::iface_method("Swap") };
const gc::Type kSortIface = internal::make_iface_type("sort.Interface", kSortMethods);
const gc::Type kReverseType = internal::make_struct_type("sort.reverse", 16, 16, &kMaskIface, gc::kTypeNamed);
const gc::Type kReversePtrType = internal::make_pointer_type(&kReverseType, "*sort.reverse");
struct IfaceData {
    vm::NativeCall& call;
    vm::Iface value;
    // Methods through the itab (value.tab is then an Itab for kSortIface), or a native shape.
    static constexpr uint32_t kLen = 0, kLess = 1, kSwap = 2; // kSortMethods' order
    bool basic = false;
    BasicSlice basic_slice { {}, Elem::Int };
    IfaceData* reversed = nullptr; // *sort.reverse: the inner data, Less swapped
    std::vector<IfaceData>* storage = nullptr;

    int64_t len()
    {
        if (basic)
            return basic_slice.len();
        if (reversed)
            return reversed->len();
        vm::Slot out = 0;
        if (!internal::call_iface_method(call, value, kLen, nullptr, 0, &out, 1))
            throw SortAbort {};
        return static_cast<int64_t>(out);
    }
    bool less(int64_t i, int64_t j)
    {
        if (basic)
            return basic_slice.less(i, j);
        if (reversed)
            return reversed->less(j, i);
        vm::Slot args[2] = { static_cast<vm::Slot>(i), static_cast<vm::Slot>(j) }, out = 0;
        if (!internal::call_iface_method(call, value, kLess, args, 2, &out, 1))
            throw SortAbort {};
        return (out & 0xFF) != 0;
    }
    void swap(int64_t i, int64_t j)
    {
        if (basic)
            return basic_slice.swap(i, j);
        if (reversed)
            return reversed->swap(i, j);
        vm::Slot args[2] = { static_cast<vm::Slot>(i), static_cast<vm::Slot>(j) };
        if (!internal::call_iface_method(call, value, kSwap, args, 2, nullptr, 0))
            throw SortAbort {};
    }
};

// Sets up `d` for interface value v; false (after raising a panic) if v cannot be sorted.
bool bind(vm::NativeCall& call, vm::Iface v, IfaceData& d, std::vector<IfaceData>& chain)
{
    const gc::Type* t = vm::dynamic_type(v.tab, true);
    if (!t) {
        call.panic_runtime_error("invalid memory address or nil pointer dereference");
        return false;
    }
    if (t == &kReversePtrType) {
        if (chain.size() == chain.capacity()) {
            call.panic_message("sort: too many nested sort.Reverse values");
            return false;
        }
        chain.push_back(IfaceData { call, {} });
        IfaceData* inner = &chain.back(); // capacity is reserved: stays valid
        vm::Iface in;
        std::memcpy(&in, v.data, sizeof in);
        if (!bind(call, in, *inner, chain))
            return false;
        d.reversed = inner;
        return true;
    }
    std::string_view name = t->name;
    if (name == "sort.IntSlice" || name == "sort.Float64Slice" || name == "sort.StringSlice") {
        d.basic = true;
        std::memcpy(&d.basic_slice.s, v.data, sizeof(vm::Slice));
        d.basic_slice.kind = name == "sort.IntSlice" ? Elem::Int
            : name == "sort.Float64Slice"            ? Elem::Float
                                                     : Elem::String;
        return true;
    }
    const vm::Itab* tab = internal::itab_for(call.runtime(), t, &kSortIface);
    if (!tab) {
        call.panic_message(std::string("sort: ") + std::string(name) + " has no Len/Less/Swap methods");
        return false;
    }
    d.value = { tab, v.data };
    return true;
}

template <class F> void guarded(F&& f)
{
    try {
        f();
    } catch (const SortAbort&) {
        // The callback's panic is recorded; the interpreter raises it when the native returns.
    }
}

void Sort(vm::NativeCall& call)
{
    guarded([&] {
        std::vector<IfaceData> chain;
        chain.reserve(64);
        IfaceData d { call, call.iface_arg(0) };
        if (!bind(call, call.iface_arg(0), d, chain))
            return;
        int64_t n = d.len();
        if (n <= 1)
            return;
        GoSort<IfaceData>(d).pdqsort(0, n, GoSort<IfaceData>::limit_for(n));
    });
}

void Stable(vm::NativeCall& call)
{
    guarded([&] {
        std::vector<IfaceData> chain;
        chain.reserve(64);
        IfaceData d { call, call.iface_arg(0) };
        if (!bind(call, call.iface_arg(0), d, chain))
            return;
        GoSort<IfaceData>(d).stable(d.len());
    });
}

void IsSorted(vm::NativeCall& call)
{
    guarded([&] {
        std::vector<IfaceData> chain;
        chain.reserve(64);
        IfaceData d { call, call.iface_arg(0) };
        if (!bind(call, call.iface_arg(0), d, chain))
            return;
        int64_t n = d.len();
        bool sorted = true;
        for (int64_t i = n - 1; i > 0 && sorted; i--)
            sorted = !d.less(i, i - 1);
        call.set_int(0, sorted);
    });
}

void Reverse(vm::NativeCall& call)
{
    auto* obj = static_cast<vm::Iface*>(call.heap().alloc(&kReverseType));
    vm::Iface inner = call.iface_arg(0);
    obj->tab = inner.tab; // an Itab or Type: static or arena memory, never the heap
    gc::store_ptr(&obj->data, inner.data);
    call.set_iface(0, internal::make_iface(call, &kReversePtrType, &kSortIface, obj));
}

// The methods of *sort.reverse (script code calling them through the sort.Interface that
// Reverse returns): the embedded Interface's, with Less's operands swapped.
template <class F> void with_reversed(vm::NativeCall& call, F&& f)
{
    const auto* obj = static_cast<const vm::Iface*>(call.ptr_arg(0));
    if (!obj) {
        call.panic_runtime_error("invalid memory address or nil pointer dereference");
        return;
    }
    vm::Iface self { internal::itab_for(call.runtime(), &kReversePtrType, &kSortIface),
        const_cast<vm::Iface*>(obj) };
    guarded([&] {
        std::vector<IfaceData> chain;
        chain.reserve(64);
        IfaceData d { call, self };
        if (bind(call, self, d, chain))
            f(d);
    });
}

void Reverse_Len(vm::NativeCall& call)
{
    with_reversed(call, [&](IfaceData& d) { call.set_int(0, d.len()); });
}

void Reverse_Less(vm::NativeCall& call)
{
    int64_t i = call.int_arg(1), j = call.int_arg(2);
    with_reversed(call, [&](IfaceData& d) { call.set_int(0, d.less(i, j)); });
}

void Reverse_Swap(vm::NativeCall& call)
{
    int64_t i = call.int_arg(1), j = call.int_arg(2);
    with_reversed(call, [&](IfaceData& d) { d.swap(i, j); });
}

// The slice inside an `any` argument; false (after a panic) if it is not a slice.
bool slice_of(vm::NativeCall& call, vm::Iface x, vm::Slice& s, uint64_t& elem_size, const char* fn)
{
    const gc::Type* t = vm::dynamic_type(x.tab, false);
    if (!t || t->kind != gc::Kind::Slice) {
        call.panic_message(
            std::string("reflect: call of ") + fn + " on " + (t ? std::string(t->name) : "zero") + " Value");
        return false;
    }
    std::memcpy(&s, x.data, sizeof s);
    elem_size = t->elem->size;
    return true;
}

void slice_sort(vm::NativeCall& call, bool stable)
{
    vm::Slice s;
    uint64_t size;
    if (!slice_of(call, call.iface_arg(0), s, size, "Swapper"))
        return;
    const void* less = call.ptr_arg(2);
    guarded([&] {
        FuncSlice d { call, s.ptr, size, less, std::vector<uint8_t>(size) };
        if (stable)
            GoSort<FuncSlice>(d).stable(s.len);
        else
            GoSort<FuncSlice>(d).pdqsort(0, s.len, GoSort<FuncSlice>::limit_for(s.len));
    });
}

void Slice(vm::NativeCall& call)
{
    slice_sort(call, false);
}

void SliceStable(vm::NativeCall& call)
{
    slice_sort(call, true);
}

void SliceIsSorted(vm::NativeCall& call)
{
    vm::Slice s;
    uint64_t size;
    if (!slice_of(call, call.iface_arg(0), s, size, "Len"))
        return;
    const void* less = call.ptr_arg(2);
    guarded([&] {
        FuncSlice d { call, s.ptr, size, less, {} };
        bool sorted = true;
        for (int64_t i = s.len - 1; i > 0 && sorted; i--)
            sorted = !d.less(i, i - 1);
        call.set_int(0, sorted);
    });
}

// Search(n, f): the smallest i in [0, n) with f(i) true (n if none), Go's binary search.
void Search(vm::NativeCall& call)
{
    int64_t n = call.int_arg(0);
    const void* f = call.ptr_arg(1);
    int64_t i = 0, j = n;
    while (i < j) {
        auto h = static_cast<int64_t>(static_cast<uint64_t>(i + j) >> 1);
        int64_t ok;
        if (!internal::call_int_to_int(call, f, h, ok))
            return;
        if (!(ok & 0xFF))
            i = h + 1;
        else
            j = h;
    }
    call.set_int(0, i);
}

// Find(n, cmp) (i int, found bool).
void Find(vm::NativeCall& call)
{
    int64_t n = call.int_arg(0);
    const void* cmp = call.ptr_arg(1);
    int64_t i = 0, j = n;
    while (i < j) {
        auto h = static_cast<int64_t>(static_cast<uint64_t>(i + j) >> 1);
        int64_t c;
        if (!internal::call_int_to_int(call, cmp, h, c))
            return;
        if (c > 0)
            i = h + 1;
        else
            j = h;
    }
    int64_t c = 0;
    if (i < n && !internal::call_int_to_int(call, cmp, i, c))
        return;
    call.set_int(0, i);
    call.set_int(1, i < n && c == 0);
}

// ---- IntSlice / Float64Slice / StringSlice methods (receiver: slots 0..2) ----

template <Elem K> BasicSlice recv(vm::NativeCall& call)
{
    return BasicSlice { call.slice_arg(0), K };
}

template <Elem K> void M_Len(vm::NativeCall& call)
{
    call.set_int(0, call.slice_arg(0).len);
}

template <Elem K> void M_Less(vm::NativeCall& call)
{
    BasicSlice b = recv<K>(call);
    int64_t i = call.int_arg(3), j = call.int_arg(4);
    if (i < 0 || i >= b.s.len || j < 0 || j >= b.s.len) {
        int64_t bad = (i < 0 || i >= b.s.len) ? i : j;
        call.panic_runtime_error(
            "index out of range [" + std::to_string(bad) + "] with length " + std::to_string(b.s.len));
        return;
    }
    call.set_int(0, b.less(i, j));
}

template <Elem K> void M_Swap(vm::NativeCall& call)
{
    BasicSlice b = recv<K>(call);
    int64_t i = call.int_arg(3), j = call.int_arg(4);
    if (i < 0 || i >= b.s.len || j < 0 || j >= b.s.len) {
        int64_t bad = (i < 0 || i >= b.s.len) ? i : j;
        call.panic_runtime_error(
            "index out of range [" + std::to_string(bad) + "] with length " + std::to_string(b.s.len));
        return;
    }
    b.swap(i, j);
}

template <Elem K> void M_Sort(vm::NativeCall& call)
{
    BasicSlice b = recv<K>(call);
    if (b.s.len > 1)
        GoSort<BasicSlice>(b).pdqsort(0, b.s.len, GoSort<BasicSlice>::limit_for(b.s.len));
}

template <Elem K> void M_Search(vm::NativeCall& call)
{
    BasicSlice b = recv<K>(call);
    int64_t i = 0, j = b.s.len;
    while (i < j) {
        auto h = static_cast<int64_t>(static_cast<uint64_t>(i + j) >> 1);
        bool ge;
        if constexpr (K == Elem::Int)
            ge = reinterpret_cast<int64_t*>(b.s.ptr)[h] >= call.int_arg(3);
        else if constexpr (K == Elem::Float)
            ge = reinterpret_cast<double*>(b.s.ptr)[h] >= call.float_arg(3);
        else
            ge = reinterpret_cast<vm::String*>(b.s.ptr)[h].view() >= call.string_arg(3).view();
        if (!ge)
            i = h + 1;
        else
            j = h;
    }
    call.set_int(0, i);
}

template <Elem K> void register_methods(vm::NativeRegistry& r, const std::string& type)
{
    r.add("sort." + type + ".Len", M_Len<K>);
    r.add("sort." + type + ".Less", M_Less<K>);
    r.add("sort." + type + ".Swap", M_Swap<K>);
    r.add("sort." + type + ".Sort", M_Sort<K>);
    r.add("sort." + type + ".Search", M_Search<K>);
}

} // namespace

// Float64s with Go's exact algorithm (the order of +0 and -0 is observable).
void sort_float64s(vm::Slice s)
{
    BasicSlice b { s, Elem::Float };
    if (s.len > 1)
        GoSort<BasicSlice>(b).pdqsort(0, s.len, GoSort<BasicSlice>::limit_for(s.len));
}

void register_sort_iface(vm::NativeRegistry& r)
{
    r.add("sort.Sort", Sort);
    r.add("sort.Stable", Stable);
    r.add("sort.IsSorted", IsSorted);
    r.add("sort.Reverse", Reverse);
    r.add("sort.(*reverse).Len", Reverse_Len);
    r.add("sort.(*reverse).Less", Reverse_Less);
    r.add("sort.(*reverse).Swap", Reverse_Swap);
    r.add("sort.Slice", Slice);
    r.add("sort.SliceStable", SliceStable);
    r.add("sort.SliceIsSorted", SliceIsSorted);
    r.add("sort.Search", Search);
    r.add("sort.Find", Find);
    register_methods<Elem::Int>(r, "IntSlice");
    register_methods<Elem::Float>(r, "Float64Slice");
    register_methods<Elem::String>(r, "StringSlice");
}

} // namespace vitro::stdlib::sort
