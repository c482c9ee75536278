// stdlib/bytes/bytes_natives.cpp — the bytes package's functions (the []byte twins of strings).
//
// The algorithms are stdlib/strings/text.h's. As in Go, results that are parts of an argument
// (Split's elements, Trim*, Fields, Cut) are subslices sharing its array, with Go's capacities
// (genSplit and Fields cap every part but the last at its length); case mapping, Map, Replace,
// Join and Repeat always return a new slice.
// Go reference: src/bytes/bytes.go.
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"
#include "stdlib/strconv/conv.h"
#include "stdlib/strings/strings_internal.h"
#include "stdlib/strings/text.h"

#include <cstring>
#include <string>
#include <vector>

namespace vitro::stdlib::bytes {

namespace {

namespace conv = vitro::stdlib::strconv;
using std::string_view;

const gc::Type kByteSliceType = internal::make_slice_type(&internal::kByteType, "[]uint8");

string_view bv(vm::NativeCall& call, int i)
{
    vm::Slice s = call.slice_arg(i);
    return { reinterpret_cast<const char*>(s.ptr), static_cast<size_t>(s.len) };
}

string_view sv(vm::NativeCall& call, int i)
{
    return call.string_arg(i).view();
}

void set_bool(vm::NativeCall& call, bool v)
{
    call.set_int(0, v ? 1 : 0);
}

// The subslice of argument slice `i` that view `part` (inside it) covers; full_cap keeps the
// argument's remaining capacity, else the capacity is the length.
vm::Slice subslice(vm::Slice base, string_view part, bool full_cap)
{
    if (!base.ptr)
        return base;
    auto off = static_cast<int64_t>(reinterpret_cast<const uint8_t*>(part.data()) - base.ptr);
    auto len = static_cast<int64_t>(part.size());
    return { base.ptr + off, len, full_cap ? base.cap - off : len };
}

void set_sub(vm::NativeCall& call, int i, string_view part)
{
    call.set_slice(0, subslice(call.slice_arg(i), part, true));
}

void set_new(vm::NativeCall& call, int slot, string_view bytes)
{
    call.set_slice(slot, internal::new_bytes(call, bytes));
}

// A [][]byte of parts of argument slice `i`, each capped at its length but the last when
// last_full_cap (genSplit's final s).
void set_parts(vm::NativeCall& call, int i, const std::vector<string_view>& parts, bool last_full_cap)
{
    if (parts.empty()) {
        call.set_slice(0, { static_cast<uint8_t*>(gc::Heap::zero_base()), 0, 0 });
        return;
    }
    vm::Slice base = call.slice_arg(i);
    auto* elems = static_cast<vm::Slice*>(call.heap().alloc_array(&kByteSliceType, parts.size()));
    for (size_t k = 0; k < parts.size(); k++) {
        vm::Slice part = subslice(base, parts[k], last_full_cap && k + 1 == parts.size());
        gc::store_ptr(reinterpret_cast<void**>(&elems[k].ptr), part.ptr);
        elems[k].len = part.len;
        elems[k].cap = part.cap;
    }
    auto n = static_cast<int64_t>(parts.size());
    call.set_slice(0, { reinterpret_cast<uint8_t*>(elems), n, n });
}

int64_t index_result(size_t pos)
{
    return pos == string_view::npos ? -1 : static_cast<int64_t>(pos);
}

void Compare(vm::NativeCall& call)
{
    int c = bv(call, 0).compare(bv(call, 3));
    call.set_int(0, c < 0 ? -1 : c > 0 ? 1 : 0);
}
void Equal(vm::NativeCall& call)
{
    set_bool(call, bv(call, 0) == bv(call, 3));
}
void EqualFold(vm::NativeCall& call)
{
    set_bool(call, text::equal_fold(bv(call, 0), bv(call, 3)));
}
void Contains(vm::NativeCall& call)
{
    set_bool(call, bv(call, 0).find(bv(call, 3)) != string_view::npos);
}
void ContainsAny(vm::NativeCall& call)
{
    set_bool(call, text::contains_any(bv(call, 0), sv(call, 3)));
}
void ContainsRune(vm::NativeCall& call)
{
    set_bool(call, text::index_rune(bv(call, 0), static_cast<int32_t>(call.int_arg(3))) >= 0);
}
void Count(vm::NativeCall& call)
{
    call.set_int(0, text::count(bv(call, 0), bv(call, 3)));
}
void HasPrefix(vm::NativeCall& call)
{
    set_bool(call, bv(call, 0).starts_with(bv(call, 3)));
}
void HasSuffix(vm::NativeCall& call)
{
    set_bool(call, bv(call, 0).ends_with(bv(call, 3)));
}
void Index(vm::NativeCall& call)
{
    call.set_int(0, index_result(bv(call, 0).find(bv(call, 3))));
}
void LastIndex(vm::NativeCall& call)
{
    call.set_int(0, index_result(bv(call, 0).rfind(bv(call, 3))));
}
void IndexByte(vm::NativeCall& call)
{
    call.set_int(0, index_result(bv(call, 0).find(static_cast<char>(call.int_arg(3)))));
}
void LastIndexByte(vm::NativeCall& call)
{
    call.set_int(0, index_result(bv(call, 0).rfind(static_cast<char>(call.int_arg(3)))));
}
void IndexRune(vm::NativeCall& call)
{
    call.set_int(0, text::index_rune(bv(call, 0), static_cast<int32_t>(call.int_arg(3))));
}
void IndexAny(vm::NativeCall& call)
{
    call.set_int(0, text::index_any(bv(call, 0), sv(call, 3)));
}
void LastIndexAny(vm::NativeCall& call)
{
    call.set_int(0, text::last_index_any(bv(call, 0), sv(call, 3)));
}
void IndexFunc(vm::NativeCall& call)
{
    int64_t i;
    if (text::index_func(bv(call, 0), strings::rune_pred(call, call.ptr_arg(3)), true, i))
        call.set_int(0, i);
}
void LastIndexFunc(vm::NativeCall& call)
{
    int64_t i;
    if (text::last_index_func(bv(call, 0), strings::rune_pred(call, call.ptr_arg(3)), true, i))
        call.set_int(0, i);
}

void split_result(vm::NativeCall& call, bool after, int64_t n)
{
    if (n == 0) {
        call.set_slice(0, { nullptr, 0, 0 });
        return;
    }
    string_view sep = bv(call, 3);
    set_parts(call, 0, text::split(bv(call, 0), sep, after ? static_cast<int64_t>(sep.size()) : 0, n), true);
}
void Split(vm::NativeCall& call)
{
    split_result(call, false, -1);
}
void SplitN(vm::NativeCall& call)
{
    split_result(call, false, call.int_arg(6));
}
void SplitAfter(vm::NativeCall& call)
{
    split_result(call, true, -1);
}
void SplitAfterN(vm::NativeCall& call)
{
    split_result(call, true, call.int_arg(6));
}
void Fields(vm::NativeCall& call)
{
    set_parts(call, 0, text::fields(bv(call, 0)), false);
}
void FieldsFunc(vm::NativeCall& call)
{
    std::vector<string_view> parts;
    if (text::fields_func(bv(call, 0), strings::rune_pred(call, call.ptr_arg(3)), parts))
        set_parts(call, 0, parts, false);
}

void Cut(vm::NativeCall& call)
{
    vm::Slice s = call.slice_arg(0);
    string_view v = bv(call, 0), sep = bv(call, 3);
    size_t i = v.find(sep);
    if (i == string_view::npos) {
        call.set_slice(0, s);
        call.set_slice(3, { nullptr, 0, 0 });
        call.set_int(6, 0);
        return;
    }
    vm::Slice before = { s.ptr, static_cast<int64_t>(i), static_cast<int64_t>(i) };
    vm::Slice after = subslice(s, v.substr(i + sep.size()), true);
    call.set_slice(0, before);
    call.set_slice(3, after);
    call.set_int(6, 1);
}

void Join(vm::NativeCall& call)
{
    vm::Slice elems = call.slice_arg(0);
    string_view sep = bv(call, 3);
    const auto* e = reinterpret_cast<const vm::Slice*>(elems.ptr);
    if (elems.len == 0) {
        call.set_slice(0, { static_cast<uint8_t*>(gc::Heap::zero_base()), 0, 0 });
        return;
    }
    std::string out;
    for (int64_t i = 0; i < elems.len; i++) {
        if (i > 0)
            out += sep;
        out.append(reinterpret_cast<const char*>(e[i].ptr), static_cast<size_t>(e[i].len));
    }
    set_new(call, 0, out);
}

void Repeat(vm::NativeCall& call)
{
    string_view s = bv(call, 0);
    int64_t n = call.int_arg(3);
    if (n < 0) {
        call.panic_message("bytes: negative Repeat count");
        return;
    }
    set_new(call, 0, text::repeat(s, n));
}

void TrimPrefix(vm::NativeCall& call)
{
    string_view s = bv(call, 0), p = bv(call, 3);
    if (s.starts_with(p))
        set_sub(call, 0, s.substr(p.size()));
}
void TrimSuffix(vm::NativeCall& call)
{
    string_view s = bv(call, 0), p = bv(call, 3);
    if (s.ends_with(p))
        set_sub(call, 0, s.substr(0, s.size() - p.size()));
}
void TrimSpace(vm::NativeCall& call)
{
    string_view t = text::trim_space(bv(call, 0));
    if (t.empty())
        call.set_slice(0, { nullptr, 0, 0 });
    else
        set_sub(call, 0, t);
}
void Trim(vm::NativeCall& call)
{
    string_view t = text::trim_right(text::trim_left(bv(call, 0), sv(call, 3)), sv(call, 3));
    if (t.empty())
        call.set_slice(0, { nullptr, 0, 0 });
    else
        set_sub(call, 0, t);
}
void TrimLeft(vm::NativeCall& call)
{
    string_view t = text::trim_left(bv(call, 0), sv(call, 3));
    if (t.empty())
        call.set_slice(0, { nullptr, 0, 0 });
    else
        set_sub(call, 0, t);
}
void TrimRight(vm::NativeCall& call)
{
    set_sub(call, 0, text::trim_right(bv(call, 0), sv(call, 3)));
}
void TrimFunc(vm::NativeCall& call)
{
    string_view out;
    auto f = strings::rune_pred(call, call.ptr_arg(3));
    if (text::trim_left_func(bv(call, 0), f, out) && text::trim_right_func(out, f, out))
        set_sub(call, 0, out);
}
void TrimLeftFunc(vm::NativeCall& call)
{
    string_view out;
    if (text::trim_left_func(bv(call, 0), strings::rune_pred(call, call.ptr_arg(3)), out))
        set_sub(call, 0, out);
}
void TrimRightFunc(vm::NativeCall& call)
{
    string_view out;
    if (text::trim_right_func(bv(call, 0), strings::rune_pred(call, call.ptr_arg(3)), out))
        set_sub(call, 0, out);
}

void ToUpper(vm::NativeCall& call)
{
    bool changed;
    set_new(call, 0, text::to_upper(bv(call, 0), changed));
}
void ToLower(vm::NativeCall& call)
{
    bool changed;
    set_new(call, 0, text::to_lower(bv(call, 0), changed));
}
void ToTitle(vm::NativeCall& call)
{
    bool changed;
    set_new(call, 0, text::to_title(bv(call, 0), changed));
}
void Title(vm::NativeCall& call)
{
    set_new(call, 0, text::title(bv(call, 0)));
}
void ToValidUTF8(vm::NativeCall& call)
{
    set_new(call, 0, text::to_valid_utf8(bv(call, 0), bv(call, 3)));
}
void Map(vm::NativeCall& call)
{
    const void* fn = call.ptr_arg(0);
    std::string s(bv(call, 1)), out;
    bool changed;
    if (text::map_runes(s, strings::rune_map(call, fn), out, changed))
        set_new(call, 0, out);
}

void replace(vm::NativeCall& call, int64_t n)
{
    bool changed;
    std::string out = text::replace(bv(call, 0), bv(call, 3), bv(call, 6), n, changed);
    set_new(call, 0, changed ? string_view(out) : bv(call, 0));
}
void Replace(vm::NativeCall& call)
{
    replace(call, call.int_arg(9));
}
void ReplaceAll(vm::NativeCall& call)
{
    replace(call, -1);
}

void Runes(vm::NativeCall& call)
{
    string_view s = bv(call, 0);
    std::vector<int32_t> runes;
    for (size_t i = 0; i < s.size();) {
        int size;
        runes.push_back(conv::decode_rune(s.substr(i), &size));
        i += static_cast<size_t>(size);
    }
    auto n = static_cast<int64_t>(runes.size());
    if (n == 0) {
        call.set_slice(0, { static_cast<uint8_t*>(gc::Heap::zero_base()), 0, 0 });
        return;
    }
    auto* mem = static_cast<uint8_t*>(call.heap().alloc_noscan(runes.size() * 4));
    std::memcpy(mem, runes.data(), runes.size() * 4);
    call.set_slice(0, { mem, n, n });
}

} // namespace

void register_bytes_funcs(vm::NativeRegistry& r)
{
    r.add("bytes.Compare", Compare);
    r.add("bytes.Equal", Equal);
    r.add("bytes.EqualFold", EqualFold);
    r.add("bytes.Contains", Contains);
    r.add("bytes.ContainsAny", ContainsAny);
    r.add("bytes.ContainsRune", ContainsRune);
    r.add("bytes.Count", Count);
    r.add("bytes.HasPrefix", HasPrefix);
    r.add("bytes.HasSuffix", HasSuffix);
    r.add("bytes.Index", Index);
    r.add("bytes.LastIndex", LastIndex);
    r.add("bytes.IndexByte", IndexByte);
    r.add("bytes.LastIndexByte", LastIndexByte);
    r.add("bytes.IndexRune", IndexRune);
    r.add("bytes.IndexAny", IndexAny);
    r.add("bytes.LastIndexAny", LastIndexAny);
    r.add("bytes.IndexFunc", IndexFunc);
    r.add("bytes.LastIndexFunc", LastIndexFunc);
    r.add("bytes.Split", Split);
    r.add("bytes.SplitN", SplitN);
    r.add("bytes.SplitAfter", SplitAfter);
    r.add("bytes.SplitAfterN", SplitAfterN);
    r.add("bytes.Fields", Fields);
    r.add("bytes.FieldsFunc", FieldsFunc);
    r.add("bytes.Cut", Cut);
    r.add("bytes.Join", Join);
    r.add("bytes.Repeat", Repeat);
    r.add("bytes.TrimPrefix", TrimPrefix);
    r.add("bytes.TrimSuffix", TrimSuffix);
    r.add("bytes.TrimSpace", TrimSpace);
    r.add("bytes.Trim", Trim);
    r.add("bytes.TrimLeft", TrimLeft);
    r.add("bytes.TrimRight", TrimRight);
    r.add("bytes.TrimFunc", TrimFunc);
    r.add("bytes.TrimLeftFunc", TrimLeftFunc);
    r.add("bytes.TrimRightFunc", TrimRightFunc);
    r.add("bytes.ToUpper", ToUpper);
    r.add("bytes.ToLower", ToLower);
    r.add("bytes.ToTitle", ToTitle);
    r.add("bytes.Title", Title);
    r.add("bytes.ToValidUTF8", ToValidUTF8);
    r.add("bytes.Map", Map);
    r.add("bytes.Replace", Replace);
    r.add("bytes.ReplaceAll", ReplaceAll);
    r.add("bytes.Runes", Runes);
}

} // namespace vitro::stdlib::bytes
