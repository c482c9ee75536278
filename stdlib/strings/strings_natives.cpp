// stdlib/strings/strings_natives.cpp — the strings package's functions.
//
// Results that are parts of an argument (Split's elements, TrimSpace, Fields) point into the
// argument's memory, as Go's substrings do: no copy, and the heap's interior-pointer lookup
// keeps the whole string alive. New strings are built in C++ and copied once into the heap.
// Go reference: src/strings/strings.go (genSplit, explode, Fields, Replace, Repeat...).
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"
#include "stdlib/strconv/conv.h"

#include <string>
#include <vector>

namespace vitro::stdlib::strings {

void register_builder(vm::NativeRegistry& r);

namespace {

using std::string_view;
namespace conv = vitro::stdlib::strconv;

string_view arg(vm::NativeCall& call, int i)
{
    return call.string_arg(i).view();
}

void set_bool(vm::NativeCall& call, bool v)
{
    call.set_int(0, v ? 1 : 0);
}

// A []string whose elements are the given parts of `base` (which they point into). One
// allocation: `base` is still held by the caller's argument slots. No parts make an empty
// non-nil slice, as Go's make([]string, 0) does.
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

int64_t count(string_view s, string_view sep)
{
    if (sep.empty())
        return conv::rune_count(s) + 1;
    int64_t n = 0;
    for (size_t i = s.find(sep); i != string_view::npos; i = s.find(sep, i + sep.size()))
        n++;
    return n;
}

// genSplit with sepSave = 0 and n < 0 (Split), or n > 0 (SplitN).
std::vector<string_view> gen_split(string_view s, string_view sep, int64_t n)
{
    std::vector<string_view> parts;
    if (n == 0)
        return parts;
    if (sep.empty()) { // explode into UTF-8 sequences
        while (!s.empty() && (n < 0 || static_cast<int64_t>(parts.size()) < n - 1)) {
            int size;
            conv::decode_rune(s, &size);
            parts.push_back(s.substr(0, static_cast<size_t>(size)));
            s.remove_prefix(static_cast<size_t>(size));
        }
        if (!s.empty())
            parts.push_back(s);
        return parts;
    }
    if (n < 0)
        n = count(s, sep) + 1;
    for (int64_t i = 0; i < n - 1; i++) {
        size_t m = s.find(sep);
        if (m == string_view::npos)
            break;
        parts.push_back(s.substr(0, m));
        s.remove_prefix(m + sep.size());
    }
    parts.push_back(s);
    return parts;
}

void Split(vm::NativeCall& call)
{
    call.set_slice(0, new_string_slice(call, gen_split(arg(call, 0), arg(call, 2), -1)));
}

void SplitN(vm::NativeCall& call)
{
    int64_t n = call.int_arg(4);
    if (n == 0) { // a nil slice
        call.set_slice(0, { nullptr, 0, 0 });
        return;
    }
    call.set_slice(0, new_string_slice(call, gen_split(arg(call, 0), arg(call, 2), n)));
}

bool is_space(int32_t r)
{
    if (r < 0x100)
        return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
    return r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x2028 || r == 0x2029 || r == 0x202F
        || r == 0x205F || r == 0x3000;
}

void Fields(vm::NativeCall& call)
{
    string_view s = arg(call, 0);
    std::vector<string_view> parts;
    size_t start = string_view::npos;
    for (size_t i = 0; i < s.size();) {
        int size;
        int32_t r = conv::decode_rune(s.substr(i), &size);
        bool space = is_space(r);
        if (space && start != string_view::npos) {
            parts.push_back(s.substr(start, i - start));
            start = string_view::npos;
        } else if (!space && start == string_view::npos) {
            start = i;
        }
        i += static_cast<size_t>(size);
    }
    if (start != string_view::npos)
        parts.push_back(s.substr(start));
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
    std::string out;
    out.reserve(s.size() * static_cast<size_t>(n));
    for (int64_t i = 0; i < n; i++)
        out += s;
    call.set_string(0, call.new_string(out));
}

void Contains(vm::NativeCall& call)
{
    set_bool(call, arg(call, 0).find(arg(call, 2)) != string_view::npos);
}

void ContainsRune(vm::NativeCall& call)
{
    std::string enc;
    auto r = static_cast<int32_t>(call.int_arg(2));
    if (!conv::valid_rune(r)) {
        set_bool(call, false);
        return;
    }
    conv::append_rune(enc, r);
    set_bool(call, arg(call, 0).find(enc) != string_view::npos);
}

void ContainsAny(vm::NativeCall& call)
{
    string_view s = arg(call, 0), chars = arg(call, 2);
    bool found = false;
    for (size_t i = 0; i < chars.size() && !found;) {
        int size;
        int32_t r = conv::decode_rune(chars.substr(i), &size);
        for (size_t j = 0; j < s.size() && !found;) {
            int ssize;
            found = conv::decode_rune(s.substr(j), &ssize) == r;
            j += static_cast<size_t>(ssize);
        }
        i += static_cast<size_t>(size);
    }
    set_bool(call, found);
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

void IndexRune(vm::NativeCall& call)
{
    auto r = static_cast<int32_t>(call.int_arg(2));
    string_view s = arg(call, 0);
    if (!conv::valid_rune(r) || r == conv::kRuneError) {
        // Go matches U+FFFD against invalid sequences too; -1 for runes that cannot occur.
        for (size_t i = 0; i < s.size() && conv::valid_rune(r);) {
            int size;
            if (conv::decode_rune(s.substr(i), &size) == conv::kRuneError) {
                call.set_int(0, static_cast<int64_t>(i));
                return;
            }
            i += static_cast<size_t>(size);
        }
        call.set_int(0, -1);
        return;
    }
    std::string enc;
    conv::append_rune(enc, r);
    call.set_int(0, index_result(s.find(enc)));
}

void Count(vm::NativeCall& call)
{
    call.set_int(0, count(arg(call, 0), arg(call, 2)));
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

void TrimPrefix(vm::NativeCall& call)
{
    vm::String s = call.string_arg(0);
    string_view p = arg(call, 2);
    if (s.view().starts_with(p))
        s = internal::view_string(s.view().substr(p.size()));
    call.set_string(0, s);
}

void TrimSuffix(vm::NativeCall& call)
{
    vm::String s = call.string_arg(0);
    string_view p = arg(call, 2);
    if (s.view().ends_with(p))
        s = internal::view_string(s.view().substr(0, s.view().size() - p.size()));
    call.set_string(0, s);
}

void TrimSpace(vm::NativeCall& call)
{
    vm::String s = call.string_arg(0);
    string_view v = s.view();
    size_t start = 0, end = v.size();
    while (start < end) {
        int size;
        if (!is_space(conv::decode_rune(v.substr(start), &size)))
            break;
        start += static_cast<size_t>(size);
    }
    // From the end: step back over one UTF-8 sequence at a time.
    while (end > start) {
        size_t b = end - 1;
        while (b > start && (static_cast<uint8_t>(v[b]) & 0xC0) == 0x80 && end - b < 4)
            b--;
        int size;
        int32_t r = conv::decode_rune(v.substr(b, end - b), &size);
        if (static_cast<size_t>(size) != end - b) {
            b = end - 1, r = conv::kRuneError;
        }
        if (!is_space(r))
            break;
        end = b;
    }
    call.set_string(0, internal::view_string(v.substr(start, end - start)));
}

// Trim, TrimLeft, TrimRight with a cutset.
bool in_cutset(int32_t r, string_view cutset)
{
    for (size_t i = 0; i < cutset.size();) {
        int size;
        if (conv::decode_rune(cutset.substr(i), &size) == r)
            return true;
        i += static_cast<size_t>(size);
    }
    return false;
}

vm::String trim_left(vm::String s, string_view cutset)
{
    string_view v = s.view();
    size_t start = 0;
    while (start < v.size()) {
        int size;
        if (!in_cutset(conv::decode_rune(v.substr(start), &size), cutset))
            break;
        start += static_cast<size_t>(size);
    }
    return internal::view_string(v.substr(start));
}

vm::String trim_right(vm::String s, string_view cutset)
{
    string_view v = s.view();
    size_t end = v.size();
    while (end > 0) {
        size_t b = end - 1;
        while (b > 0 && (static_cast<uint8_t>(v[b]) & 0xC0) == 0x80 && end - b < 4)
            b--;
        int size;
        int32_t r = conv::decode_rune(v.substr(b, end - b), &size);
        if (static_cast<size_t>(size) != end - b)
            b = end - 1, r = conv::kRuneError;
        if (!in_cutset(r, cutset))
            break;
        end = b;
    }
    return internal::view_string(v.substr(0, end));
}

void Trim(vm::NativeCall& call)
{
    call.set_string(0, trim_right(trim_left(call.string_arg(0), arg(call, 2)), arg(call, 2)));
}

void TrimLeft(vm::NativeCall& call)
{
    call.set_string(0, trim_left(call.string_arg(0), arg(call, 2)));
}

void TrimRight(vm::NativeCall& call)
{
    call.set_string(0, trim_right(call.string_arg(0), arg(call, 2)));
}

// ToUpper/ToLower: ASCII and Latin-1 letters (other scripts are left as they are).
int32_t to_upper(int32_t r)
{
    if ((r >= 'a' && r <= 'z') || (r >= 0xE0 && r <= 0xFE && r != 0xF7))
        return r - 32;
    return r == 0xFF ? 0x178 : r;
}

int32_t to_lower(int32_t r)
{
    if ((r >= 'A' && r <= 'Z') || (r >= 0xC0 && r <= 0xDE && r != 0xD7))
        return r + 32;
    return r;
}

void map_runes(vm::NativeCall& call, int32_t (*f)(int32_t))
{
    vm::String s = call.string_arg(0);
    string_view v = s.view();
    std::string out;
    bool changed = false;
    for (size_t i = 0; i < v.size();) {
        int size;
        int32_t r = conv::decode_rune(v.substr(i), &size);
        int32_t m = f(r);
        if (m != r)
            changed = true;
        if (size == 1 && r == conv::kRuneError)
            conv::append_rune(out, conv::kRuneError), changed = true;
        else
            conv::append_rune(out, m);
        i += static_cast<size_t>(size);
    }
    call.set_string(0, changed ? call.new_string(out) : s);
}

void ToUpper(vm::NativeCall& call)
{
    map_runes(call, to_upper);
}

void ToLower(vm::NativeCall& call)
{
    map_runes(call, to_lower);
}

// Replace(s, old, new, n): Go's algorithm (an empty old matches before every rune).
void replace(vm::NativeCall& call, int64_t n)
{
    vm::String s = call.string_arg(0);
    string_view v = s.view(), old_s = arg(call, 2), new_s = arg(call, 4);
    if (old_s == new_s || n == 0) {
        call.set_string(0, s);
        return;
    }
    int64_t m = count(v, old_s);
    if (m == 0) {
        call.set_string(0, s);
        return;
    }
    if (n < 0 || m < n)
        n = m;
    std::string out;
    size_t start = 0;
    for (int64_t i = 0; i < n; i++) {
        size_t j = start;
        if (old_s.empty()) {
            if (i > 0) {
                int size;
                conv::decode_rune(v.substr(start), &size);
                j += static_cast<size_t>(size);
            }
        } else {
            j = v.find(old_s, start);
        }
        out.append(v.substr(start, j - start));
        out += new_s;
        start = j + old_s.size();
    }
    out.append(v.substr(start));
    call.set_string(0, call.new_string(out));
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
    string_view a = arg(call, 0), b = arg(call, 2);
    bool eq = true;
    size_t i = 0, j = 0;
    while (eq && i < a.size() && j < b.size()) {
        int sa, sb;
        int32_t ra = conv::decode_rune(a.substr(i), &sa), rb = conv::decode_rune(b.substr(j), &sb);
        eq = to_lower(ra) == to_lower(rb);
        i += static_cast<size_t>(sa), j += static_cast<size_t>(sb);
    }
    set_bool(call, eq && i == a.size() && j == b.size());
}

} // namespace

} // namespace vitro::stdlib::strings

namespace vitro::stdlib {

void register_strings(vm::NativeRegistry& r)
{
    using namespace strings;
    register_builder(r);
    r.add("strings.Split", Split);
    r.add("strings.SplitN", SplitN);
    r.add("strings.Fields", Fields);
    r.add("strings.Join", Join);
    r.add("strings.Repeat", Repeat);
    r.add("strings.Contains", Contains);
    r.add("strings.ContainsRune", ContainsRune);
    r.add("strings.ContainsAny", ContainsAny);
    r.add("strings.Index", Index);
    r.add("strings.LastIndex", LastIndex);
    r.add("strings.IndexByte", IndexByte);
    r.add("strings.IndexRune", IndexRune);
    r.add("strings.Count", Count);
    r.add("strings.HasPrefix", HasPrefix);
    r.add("strings.HasSuffix", HasSuffix);
    r.add("strings.Compare", Compare);
    r.add("strings.TrimPrefix", TrimPrefix);
    r.add("strings.TrimSuffix", TrimSuffix);
    r.add("strings.TrimSpace", TrimSpace);
    r.add("strings.Trim", Trim);
    r.add("strings.TrimLeft", TrimLeft);
    r.add("strings.TrimRight", TrimRight);
    r.add("strings.ToUpper", ToUpper);
    r.add("strings.ToLower", ToLower);
    r.add("strings.Replace", Replace);
    r.add("strings.ReplaceAll", ReplaceAll);
    r.add("strings.EqualFold", EqualFold);
}

} // namespace vitro::stdlib
