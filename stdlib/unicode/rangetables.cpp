// stdlib/unicode/rangetables.cpp — the unicode.X *RangeTable variables (categories, scripts,
// properties: support/unicode_rangetables.inc, generated from Go's own tables by
// tools/gen_unicode) and unicode.Is/In/IsOneOf, which read any RangeTable in script memory.
//
// Layout (Go's): RangeTable { R16 []Range16; R32 []Range32; LatinOffset int }, 56 bytes;
// Range16 {Lo, Hi, Stride uint16} (6 bytes), Range32 {Lo, Hi, Stride uint32} (12 bytes).
// init_rangetables builds only the variables the program refers to (Runtime globals that
// exist), before package initialization runs.
// Go reference: src/unicode/letter.go (Is, is16, is32), graphic.go (In, IsOneOf).
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"
#include "vm/runtime.h"

#include <cstring>

namespace vitro::stdlib::unicode_pkg {

namespace {

struct RangeTableData {
    const char* name;
    const uint16_t* r16;
    size_t n16;
    const uint32_t* r32;
    size_t n32;
    int64_t latin_offset;
};

#include "support/unicode_rangetables.inc"

struct RangeTable {
    vm::Slice r16;
    vm::Slice r32;
    int64_t latin_offset;
};
static_assert(sizeof(RangeTable) == 56);

constexpr uint64_t kRangeTableMask = 0x9; // R16.ptr, R32.ptr
const gc::Type kRangeTableType
    = internal::make_struct_type("unicode.RangeTable", 56, 32, &kRangeTableMask, 0);

template <class T> T load(const uint8_t* p)
{
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

bool in_range(uint32_t r, uint32_t lo, uint32_t hi, uint32_t stride)
{
    return r >= lo && r <= hi && (stride == 1 || (r - lo) % stride == 0);
}

// unicode.Is over a RangeTable in memory.
bool is(const RangeTable* t, int32_t rune)
{
    auto r = static_cast<uint32_t>(rune);
    if (t->r16.len > 0) {
        uint16_t last_hi = load<uint16_t>(t->r16.ptr + (t->r16.len - 1) * 6 + 2);
        if (r <= last_hi) {
            for (int64_t i = 0; i < t->r16.len; i++) {
                const uint8_t* e = t->r16.ptr + i * 6;
                uint16_t lo = load<uint16_t>(e), hi = load<uint16_t>(e + 2), stride = load<uint16_t>(e + 4);
                if (r < lo)
                    return false;
                if (r <= hi)
                    return in_range(r, lo, hi, stride);
            }
            return false;
        }
    }
    if (t->r32.len > 0 && rune >= static_cast<int32_t>(load<uint32_t>(t->r32.ptr))) {
        for (int64_t i = 0; i < t->r32.len; i++) {
            const uint8_t* e = t->r32.ptr + i * 12;
            uint32_t lo = load<uint32_t>(e), hi = load<uint32_t>(e + 4), stride = load<uint32_t>(e + 8);
            if (r < lo)
                return false;
            if (r <= hi)
                return in_range(r, lo, hi, stride);
        }
    }
    return false;
}

void nil_table(vm::NativeCall& call)
{
    call.panic_runtime_error("invalid memory address or nil pointer dereference");
}

// Is(rangeTab *RangeTable, r rune) bool.
void Is(vm::NativeCall& call)
{
    const auto* t = static_cast<const RangeTable*>(call.ptr_arg(0));
    if (!t) {
        nil_table(call);
        return;
    }
    call.set_int(0, is(t, static_cast<int32_t>(call.int_arg(1))));
}

bool any_of(vm::NativeCall& call, vm::Slice tables, int32_t r, bool& result)
{
    const auto* ts = reinterpret_cast<const RangeTable* const*>(tables.ptr);
    for (int64_t i = 0; i < tables.len; i++) {
        if (!ts[i]) {
            nil_table(call);
            return false;
        }
        if (is(ts[i], r)) {
            result = true;
            return true;
        }
    }
    result = false;
    return true;
}

// In(r rune, ranges ...*RangeTable) bool.
void In(vm::NativeCall& call)
{
    bool result;
    if (any_of(call, call.slice_arg(1), static_cast<int32_t>(call.int_arg(0)), result))
        call.set_int(0, result);
}

// IsOneOf(ranges []*RangeTable, r rune) bool.
void IsOneOf(vm::NativeCall& call)
{
    bool result;
    if (any_of(call, call.slice_arg(0), static_cast<int32_t>(call.int_arg(3)), result))
        call.set_int(0, result);
}

} // namespace

void register_rangetables(vm::NativeRegistry& r)
{
    r.add("unicode.Is", Is);
    r.add("unicode.In", In);
    r.add("unicode.IsOneOf", IsOneOf);
}

void init_rangetables(vm::Runtime& rt)
{
    gc::Heap& heap = rt.heap();
    for (const RangeTableData& d : kRangeTables) {
        void* slot = internal::global_address(rt, d.name);
        if (!slot)
            continue;
        uint8_t* r16 = nullptr;
        uint8_t* r32 = nullptr;
        if (d.n16) {
            r16 = static_cast<uint8_t*>(heap.alloc_noscan(d.n16 * 6));
            for (size_t i = 0; i < d.n16 * 3; i++)
                std::memcpy(r16 + i * 2, &d.r16[i], 2);
        }
        gc::Heap::TempRoot keep16(heap, r16);
        if (d.n32) {
            r32 = static_cast<uint8_t*>(heap.alloc_noscan(d.n32 * 12));
            std::memcpy(r32, d.r32, d.n32 * 12);
        }
        gc::Heap::TempRoot keep32(heap, r32);
        auto* t = static_cast<RangeTable*>(heap.alloc(&kRangeTableType));
        gc::store_ptr(reinterpret_cast<void**>(&t->r16.ptr), r16);
        t->r16.len = t->r16.cap = static_cast<int64_t>(d.n16);
        gc::store_ptr(reinterpret_cast<void**>(&t->r32.ptr), r32);
        t->r32.len = t->r32.cap = static_cast<int64_t>(d.n32);
        t->latin_offset = d.latin_offset;
        gc::store_ptr(static_cast<void**>(slot), t);
    }
}

} // namespace vitro::stdlib::unicode_pkg
