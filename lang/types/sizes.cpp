// lang/types/sizes.cpp — the size checks Go's compiler makes after type checking: array
// types larger than the address space, and package-level variables too large for a symbol.
//
// Overview: types2 accepts `var a [1 << 62]int`; Go's back end then computes type sizes
// (cmd/compile/internal/types/size.go CalcSize, for amd64: MaxWidth = 1 << 50) and reports
// "type [4611686018427387904]int larger than address space" at the declaration being
// compiled, and the object writer rejects a package-level variable over 2,000,000,000 bytes
// ("main.a: symbol too large (N bytes > 2000000000 bytes)"). The checker records the places
// where Go's back end would meet such a type (note_size_site: type and variable declarations,
// composite literals, new) and check_sizes walks them once everything else checked clean,
// since Go never gets that far otherwise.
//
// Invariants: sizes follow types2's gc sizes for amd64 (int and pointers 8 bytes, string 16,
// slice 24, interface 16; struct fields aligned, a struct ending in a zero-size field padded
// by one byte, as size.go does) and saturate at INT64_MAX instead of overflowing. A named type
// is walked only at its own declaration, so each oversized array is reported where Go
// reports it; every distinct array type is reported once.
// Not reproduced: positions Go derives from its own order of compilation in rarer cases (an
// oversized parameter type, which Go reports without a position), and "type T too large" for
// structs (Go 1.19 crashes there instead).
#include "lang/types/checker.h"

#include <algorithm>
#include <limits>

namespace vitro::lang::types {

namespace {

constexpr int64_t kMaxWidth = int64_t { 1 } << 50; // size.go MaxWidth on 64-bit targets
constexpr int64_t kMaxSymbolSize = 2000000000; // cmd/internal/obj: the largest data symbol
constexpr int64_t kSaturated = std::numeric_limits<int64_t>::max();

struct SizeAlign {
    int64_t size;
    int64_t align;
};

int64_t add_sat(int64_t a, int64_t b)
{
    int64_t r;
    return __builtin_add_overflow(a, b, &r) ? kSaturated : r;
}

int64_t mul_sat(int64_t a, int64_t b)
{
    int64_t r;
    return __builtin_mul_overflow(a, b, &r) ? kSaturated : r;
}

int64_t round_up(int64_t o, int64_t align)
{
    return align <= 1 ? o : add_sat(o, align - 1) / align * align;
}

// Size and alignment of t; `active` holds the named types being measured, so that an invalid
// recursive type (reported elsewhere) cannot recurse forever.
SizeAlign size_of(const Type* t, std::vector<const Named*>& active)
{
    switch (t->kind()) {
    case TypeKind::Basic: {
        BasicLayout b = basic_layout(t->as<Basic>()->basic_kind);
        return { b.size, b.align };
    }
    case TypeKind::Pointer:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Signature:
        return { 8, 8 };
    case TypeKind::Slice:
        return { 24, 8 };
    case TypeKind::Interface:
        return { 16, 8 };
    case TypeKind::Array: {
        auto* a = t->as<Array>();
        if (a->elem == nullptr || a->len <= 0)
            return { 0, 1 };
        SizeAlign e = size_of(a->elem, active);
        return { mul_sat(e.size, a->len), e.align };
    }
    case TypeKind::Struct: {
        int64_t offset = 0, align = 1, last_zero = -1;
        for (Var* f : t->as<Struct>()->fields) {
            SizeAlign fs = size_of(f->type, active);
            align = std::max(align, fs.align);
            offset = round_up(offset, fs.align);
            if (fs.size == 0)
                last_zero = offset;
            offset = add_sat(offset, fs.size);
        }
        if (offset > 0 && offset == last_zero)
            ++offset; // a trailing zero-size field must not point past the object (size.go)
        return { round_up(offset, align), align };
    }
    case TypeKind::Named: {
        auto* n = t->as<Named>();
        if (n->underlying == nullptr || std::find(active.begin(), active.end(), n) != active.end())
            return { 0, 1 };
        active.push_back(n);
        SizeAlign s = size_of(n->underlying, active);
        active.pop_back();
        return s;
    }
    case TypeKind::Tuple:
        return { 0, 1 };
    }
    return { 0, 1 };
}

int64_t size_of(const Type* t)
{
    std::vector<const Named*> active;
    return size_of(t, active).size;
}

// The innermost array type in t (not looking into named types) that is larger than the
// address space, as size.go's CalcSize finds it: an element before its array.
const Array* oversized_array(const Type* t)
{
    switch (t->kind()) {
    case TypeKind::Array: {
        auto* a = t->as<Array>();
        if (a->elem == nullptr)
            return nullptr;
        if (const Array* inner = oversized_array(a->elem))
            return inner;
        int64_t elem = size_of(a->elem);
        if (elem != 0 && a->len > 0
            && static_cast<uint64_t>(a->len)
                > static_cast<uint64_t>(kMaxWidth - 1) / static_cast<uint64_t>(elem))
            return a;
        return nullptr;
    }
    case TypeKind::Struct:
        for (Var* f : t->as<Struct>()->fields)
            if (const Array* a = oversized_array(f->type))
                return a;
        return nullptr;
    case TypeKind::Pointer:
        return oversized_array(t->as<Pointer>()->base);
    case TypeKind::Slice:
        return oversized_array(t->as<Slice>()->elem);
    case TypeKind::Chan:
        return oversized_array(t->as<Chan>()->elem);
    case TypeKind::Map: {
        const Array* a = oversized_array(t->as<Map>()->key);
        return a ? a : oversized_array(t->as<Map>()->elem);
    }
    default:
        return nullptr;
    }
}

} // namespace

void Checker::note_size_site(Pos pos, Type* t)
{
    if (m_is_main && t != nullptr)
        m_size_sites.push_back({ pos, t });
}

// Returns false when it reported an error.
bool Checker::check_sizes()
{
    std::stable_sort(m_size_sites.begin(), m_size_sites.end(),
        [](const SizeSite& a, const SizeSite& b) { return a.pos < b.pos; });
    std::unordered_set<std::string> reported;
    for (const SizeSite& site : m_size_sites) {
        const Array* a = oversized_array(site.type);
        if (a == nullptr)
            continue;
        std::string s = type_string(a);
        if (reported.insert(s).second)
            error(site.pos, fmt::format("type {} larger than address space", s));
    }
    m_size_sites.clear();
    if (!reported.empty())
        return false;
    bool ok = true;
    for (Object* obj : m_obj_list) {
        if (obj->kind() != ObjectKind::Var || obj->name == "_" || obj->type == nullptr)
            continue;
        int64_t size = size_of(obj->type);
        if (size > kMaxSymbolSize) {
            error(obj->pos,
                fmt::format("{}.{}: symbol too large ({} bytes > {} bytes)", m_pkg->path, obj->name, size,
                    kMaxSymbolSize));
            ok = false;
        }
    }
    return ok;
}

BasicLayout basic_layout(BasicKind k)
{
    switch (k) {
    case BasicKind::Bool:
    case BasicKind::UntypedBool:
    case BasicKind::Int8:
    case BasicKind::Uint8:
        return { 1, 1 };
    case BasicKind::Int16:
    case BasicKind::Uint16:
        return { 2, 2 };
    case BasicKind::Int32:
    case BasicKind::Uint32:
    case BasicKind::Float32:
    case BasicKind::UntypedRune:
        return { 4, 4 };
    case BasicKind::Complex64:
        return { 8, 4 };
    case BasicKind::Complex128:
    case BasicKind::String:
    case BasicKind::UntypedString:
        return { 16, 8 };
    case BasicKind::Invalid:
        return { 0, 1 };
    default:
        return { 8, 8 };
    }
}

} // namespace vitro::lang::types
