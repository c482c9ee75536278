// stdlib/strings/strings_natives.cpp — the strings package's functions.
//
// The algorithms are stdlib/strings/text.h's (shared with package bytes); this file turns
// their results into Go values. Results that are parts of an argument (Split's elements,
// TrimSpace, Fields) point into the argument's memory, as Go's substrings do: no copy, and the
// heap's interior-pointer lookup keeps the whole string alive. New strings are built in C++
// and copied once into the heap. Functions taking a func argument call it through
// internal::call_func and return at once if it panicked.
// Go reference: src/strings/strings.go.
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"
#include "stdlib/strconv/conv.h"
#include "stdlib/strings/strings_internal.h"
#include "stdlib/strings/text.h"

#include <string>
#include <vector>

namespace vitro::stdlib::strings {

void register_builder(vm::NativeRegistry& r);
void register_reader(vm::NativeRegistry& r);

text::RunePred rune_pred(vm::NativeCall& call, const void* fn)
{
    return [&call, fn](int32_t r, bool* out) {
        int64_t v;
        if (!internal::call_int_to_int(call, fn, r, v))
            return false;
        *out = (v & 0xFF) != 0;
        return true;
    };
}

text::RuneMap rune_map(vm::NativeCall& call, const void* fn)
{
    return [&call, fn](int32_t r, int32_t* out) {
        int64_t v;
        if (!internal::call_int_to_int(call, fn, r, v))
            return false;
        *out = static_cast<int32_t>(v);
        return true;
    };
}

namespace {

using std::string_view;

string_view arg(vm::NativeCall& call, int i)
{
    return call.string_arg(i).view();
}

void set_bool(vm::NativeCall& call, bool v)
{
    call.set_int(0, v ? 1 : 0);
}

void set_view(vm::NativeCall& call, int i, string_view v)
{
    call.set_string(i, internal::view_string(v));
}

// A string result that is either the argument itself (unchanged) or a new heap string.
void set_result(vm::NativeCall& call, const std::string& out, bool changed)
{
    if (changed)
        call.set_string(0, call.new_string(out));
}

// A []string whose elements are the given parts of an argument string (which they point
// into). One allocation: the argument is still held by the caller's slots. No parts make an
// empty non-nil slice, as Go's make([]string, 0) does.
vm::Slice new_string_slice(vm::NativeCall& call, const std::vector<string_view>& parts)
{
    if (parts.empty())
        return { static_cast<uint8_t*>(gc::Heap::zero_base()), 0, 0 };
    auto n = static_cast<int64_t>(parts.size());
    auto* elems = static_cast<vm::String*>(call.heap().alloc_array(&internal::kStringType, parts.size()));
    for (size_t i = 0; i < parts.size(); i++)
        internal::store_string(elems[i], internal::view_string(parts[i]));
    return { reinterpret_cast<uint8_t*>(elems), n, n };
}

void split_result(vm::NativeCall& call, int64_t sep_save, int64_t n)
{
    if (n == 0) { // a nil slice
        call.set_slice(0, { nullptr, 0, 0 });
        return;
    }
    call.set_slice(0, new_string_slice(call, text::split(arg(call, 0), arg(call, 2), sep_save, n)));
}

void Split(vm::NativeCall& call)
{
    split_result(call, 0, -1);
}

void SplitN(vm::NativeCall& call)
{
    split_result(call, 0, call.int_arg(4));
}

void SplitAfter(vm::NativeCall& call)
{
    split_result(call, static_cast<int64_t>(arg(call, 2).size()), -1);
}

void SplitAfterN(vm::NativeCall& call)
{
    split_result(call, static_cast<int64_t>(arg(call, 2).size()), call.int_arg(4));
}

void Fields(vm::NativeCall& call)
{
    call.set_slice(0, new_string_slice(call, text::fields(arg(call, 0))));
}

void FieldsFunc(vm::NativeCall& call)
{
    const void* fn = call.ptr_arg(2);
    std::vector<string_view> parts;
    if (!text::fields_func(arg(call, 0), rune_pred(call, fn), parts))
        return;
    call.set_slice(0, new_string_slice(call, parts));
}

void Join(vm::NativeCall& call)
{
    vm::Slice elems = call.slice_arg(0);
    string_view sep = arg(call, 3);
    const auto* e = reinterpret_cast<const vm::String*>(elems.ptr);
    if (elems.len == 0) {
        call.set_string(0, { nullptr, 0 });
        return;
    }
    if (elems.len == 1) {
        call.set_string(0, e[0]);
        return;
    }
    std::string out;
    for (int64_t i = 0; i < elems.len; i++) {
        if (i > 0)
            out += sep;
        out += e[i].view();
    }
    call.set_string(0, call.new_string(out));
}

void Repeat(vm::NativeCall& call)
{
    string_view s = arg(call, 0);
    int64_t n = call.int_arg(2);
    if (n < 0) {
        call.panic_message("strings: negative Repeat count");
        return;
    }
    if (n > 0 && static_cast<int64_t>(s.size()) * n / n != static_cast<int64_t>(s.size())) {
        call.panic_message("strings: Repeat count causes overflow");
        return;
    }
    call.set_string(0, call.new_string(text::repeat(s, n)));
}

void Contains(vm::NativeCall& call)
{
    set_bool(call, arg(call, 0).find(arg(call, 2)) != string_view::npos);
}

void ContainsRune(vm::NativeCall& call)
{
    set_bool(call, text::index_rune(arg(call, 0), static_cast<int32_t>(call.int_arg(2))) >= 0);
}

void ContainsAny(vm::NativeCall& call)
{
    set_bool(call, text::contains_any(arg(call, 0), arg(call, 2)));
}

int64_t index_result(size_t pos)
{
    return pos == string_view::npos ? -1 : static_cast<int64_t>(pos);
}

void Index(vm::NativeCall& call)
{
    call.set_int(0, index_result(arg(call, 0).find(arg(call, 2))));
}

void LastIndex(vm::NativeCall& call)
{
    call.set_int(0, index_result(arg(call, 0).rfind(arg(call, 2))));
}

void IndexByte(vm::NativeCall& call)
{
    call.set_int(0, index_result(arg(call, 0).find(static_cast<char>(call.int_arg(2)))));
}

void LastIndexByte(vm::NativeCall& call)
{
    call.set_int(0, index_result(arg(call, 0).rfind(static_cast<char>(call.int_arg(2)))));
}

void IndexRune(vm::NativeCall& call)
{
    call.set_int(0, text::index_rune(arg(call, 0), static_cast<int32_t>(call.int_arg(2))));
}

void IndexAny(vm::NativeCall& call)
{
    call.set_int(0, text::index_any(arg(call, 0), arg(call, 2)));
}

void LastIndexAny(vm::NativeCall& call)
{
    call.set_int(0, text::last_index_any(arg(call, 0), arg(call, 2)));
}

void IndexFunc(vm::NativeCall& call)
{
    int64_t i;
    if (text::index_func(arg(call, 0), rune_pred(call, call.ptr_arg(2)), true, i))
        call.set_int(0, i);
}

void LastIndexFunc(vm::NativeCall& call)
{
    int64_t i;
    if (text::last_index_func(arg(call, 0), rune_pred(call, call.ptr_arg(2)), true, i))
        call.set_int(0, i);
}

void Count(vm::NativeCall& call)
{
    call.set_int(0, text::count(arg(call, 0), arg(call, 2)));
}

void HasPrefix(vm::NativeCall& call)
{
    set_bool(call, arg(call, 0).starts_with(arg(call, 2)));
}

void HasSuffix(vm::NativeCall& call)
{
    set_bool(call, arg(call, 0).ends_with(arg(call, 2)));
}

void Compare(vm::NativeCall& call)
{
    int c = arg(call, 0).compare(arg(call, 2));
    call.set_int(0, c < 0 ? -1 : c > 0 ? 1 : 0);
}

void Cut(vm::NativeCall& call)
{
    string_view s = arg(call, 0), sep = arg(call, 2);
    size_t i = s.find(sep);
    if (i == string_view::npos) {
        call.set_string(0, call.string_arg(0));
        call.set_string(2, { nullptr, 0 });
        call.set_int(4, 0);
        return;
    }
    set_view(call, 0, s.substr(0, i));
    set_view(call, 2, s.substr(i + sep.size()));
    call.set_int(4, 1);
}

void Clone(vm::NativeCall& call)
{
    call.set_string(0, call.new_string(arg(call, 0)));
}

void TrimPrefix(vm::NativeCall& call)
{
    string_view s = arg(call, 0), p = arg(call, 2);
    if (s.starts_with(p))
        set_view(call, 0, s.substr(p.size()));
}

void TrimSuffix(vm::NativeCall& call)
{
    string_view s = arg(call, 0), p = arg(call, 2);
    if (s.ends_with(p))
        set_view(call, 0, s.substr(0, s.size() - p.size()));
}

void TrimSpace(vm::NativeCall& call)
{
    set_view(call, 0, text::trim_space(arg(call, 0)));
}

void Trim(vm::NativeCall& call)
{
    set_view(call, 0, text::trim_right(text::trim_left(arg(call, 0), arg(call, 2)), arg(call, 2)));
}

void TrimLeft(vm::NativeCall& call)
{
    set_view(call, 0, text::trim_left(arg(call, 0), arg(call, 2)));
}

void TrimRight(vm::NativeCall& call)
{
    set_view(call, 0, text::trim_right(arg(call, 0), arg(call, 2)));
}

void TrimFunc(vm::NativeCall& call)
{
    string_view s = arg(call, 0), out;
    auto f = rune_pred(call, call.ptr_arg(2));
    if (!text::trim_left_func(s, f, out) || !text::trim_right_func(out, f, out))
        return;
    set_view(call, 0, out);
}

void TrimLeftFunc(vm::NativeCall& call)
{
    string_view out;
    if (text::trim_left_func(arg(call, 0), rune_pred(call, call.ptr_arg(2)), out))
        set_view(call, 0, out);
}

void TrimRightFunc(vm::NativeCall& call)
{
    string_view out;
    if (text::trim_right_func(arg(call, 0), rune_pred(call, call.ptr_arg(2)), out))
        set_view(call, 0, out);
}

void ToUpper(vm::NativeCall& call)
{
    bool changed;
    std::string out = text::to_upper(arg(call, 0), changed);
    set_result(call, out, changed);
}

void ToLower(vm::NativeCall& call)
{
    bool changed;
    std::string out = text::to_lower(arg(call, 0), changed);
    set_result(call, out, changed);
}

void ToTitle(vm::NativeCall& call)
{
    bool changed;
    std::string out = text::to_title(arg(call, 0), changed);
    set_result(call, out, changed);
}

void Title(vm::NativeCall& call)
{
    std::string out = text::title(arg(call, 0));
    set_result(call, out, out != arg(call, 0));
}

void ToValidUTF8(vm::NativeCall& call)
{
    call.set_string(0, call.new_string(text::to_valid_utf8(arg(call, 0), arg(call, 2))));
}

// Map(mapping, s): the func is argument 0, the string 1..2.
void Map(vm::NativeCall& call)
{
    const void* fn = call.ptr_arg(0);
    std::string s(arg(call, 1));
    std::string out;
    bool changed;
    if (!text::map_runes(s, rune_map(call, fn), out, changed))
        return;
    if (changed)
        call.set_string(0, call.new_string(out));
    else
        call.set_string(0, call.string_arg(1));
}

void replace(vm::NativeCall& call, int64_t n)
{
    bool changed;
    std::string out = text::replace(arg(call, 0), arg(call, 2), arg(call, 4), n, changed);
    set_result(call, out, changed);
}

void Replace(vm::NativeCall& call)
{
    replace(call, call.int_arg(6));
}

void ReplaceAll(vm::NativeCall& call)
{
    replace(call, -1);
}

void EqualFold(vm::NativeCall& call)
{
    set_bool(call, text::equal_fold(arg(call, 0), arg(call, 2)));
}

} // namespace

} // namespace vitro::stdlib::strings

namespace vitro::stdlib {

void register_strings(vm::NativeRegistry& r)
{
    using namespace strings;
    register_builder(r);
    register_reader(r);
    r.add("strings.Split", Split);
    r.add("strings.SplitN", SplitN);
    r.add("strings.SplitAfter", SplitAfter);
    r.add("strings.SplitAfterN", SplitAfterN);
    r.add("strings.Fields", Fields);
    r.add("strings.FieldsFunc", FieldsFunc);
    r.add("strings.Join", Join);
    r.add("strings.Repeat", Repeat);
    r.add("strings.Contains", Contains);
    r.add("strings.ContainsRune", ContainsRune);
    r.add("strings.ContainsAny", ContainsAny);
    r.add("strings.Index", Index);
    r.add("strings.LastIndex", LastIndex);
    r.add("strings.IndexByte", IndexByte);
    r.add("strings.LastIndexByte", LastIndexByte);
    r.add("strings.IndexRune", IndexRune);
    r.add("strings.IndexAny", IndexAny);
    r.add("strings.LastIndexAny", LastIndexAny);
    r.add("strings.IndexFunc", IndexFunc);
    r.add("strings.LastIndexFunc", LastIndexFunc);
    r.add("strings.Count", Count);
    r.add("strings.HasPrefix", HasPrefix);
    r.add("strings.HasSuffix", HasSuffix);
    r.add("strings.Compare", Compare);
    r.add("strings.Cut", Cut);
    r.add("strings.Clone", Clone);
    r.add("strings.TrimPrefix", TrimPrefix);
    r.add("strings.TrimSuffix", TrimSuffix);
    r.add("strings.TrimSpace", TrimSpace);
    r.add("strings.Trim", Trim);
    r.add("strings.TrimLeft", TrimLeft);
    r.add("strings.TrimRight", TrimRight);
    r.add("strings.TrimFunc", TrimFunc);
    r.add("strings.TrimLeftFunc", TrimLeftFunc);
    r.add("strings.TrimRightFunc", TrimRightFunc);
    r.add("strings.ToUpper", ToUpper);
    r.add("strings.ToLower", ToLower);
    r.add("strings.ToTitle", ToTitle);
    r.add("strings.Title", Title);
    r.add("strings.ToValidUTF8", ToValidUTF8);
    r.add("strings.Map", Map);
    r.add("strings.Replace", Replace);
    r.add("strings.ReplaceAll", ReplaceAll);
    r.add("strings.EqualFold", EqualFold);
}

} // namespace vitro::stdlib
