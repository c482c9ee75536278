// stdlib/strings/reader_natives.cpp — strings.Reader and strings.Replacer.
//
// Reader layout (Go's): struct { s string; i int64; prevRune int }, 32 bytes; the methods it
// shares with bytes.Reader are internal::ReaderOps (stdlib/internal/reader_ops.h). Replacer:
// struct { once sync.Once (12 bytes); r replacer (interface, at 16); oldnew []string (at 32) },
// 56 bytes; vitro keeps only a private copy of oldnew and runs Go's generic algorithm, whose
// results all of Go's specialised replacers share: at each byte position the matching old
// string that comes first in the argument list wins; an empty old string matches once per
// position. WriteString writes the replaced text to its io.Writer in one call.
// Go reference: src/strings/reader.go, src/strings/replace.go (genericReplacer.WriteString).
#include "stdlib/internal/io_util.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/internal/reader_ops.h"
#include "stdlib/natives.h"
#include "stdlib/strconv/conv.h"
#include "stdlib/strings/text.h"

#include <cstddef>
#include <cstring>
#include <string>

namespace vitro::stdlib::strings {

namespace {

using std::string_view;

struct Reader {
    vm::String s;
    int64_t i;
    int64_t prev_rune;
};
static_assert(sizeof(Reader) == 32);

struct Replacer {
    uint8_t once[16];
    vm::Iface r;
    vm::Slice oldnew;
};
static_assert(sizeof(Replacer) == 56 && offsetof(Replacer, oldnew) == 32);

constexpr uint64_t kMaskReplacer = 0x1C; // r.tab, r.data, oldnew.ptr

const gc::Type kReaderType
    = internal::make_struct_type("strings.Reader", 32, 8, &internal::kMaskFirstWord, 0);
const gc::Type kReplacerType = internal::make_struct_type("strings.Replacer", 56, 40, &kMaskReplacer, 0);

struct ReaderTraits {
    using Reader = strings::Reader;
    static constexpr std::string_view kName = "strings.Reader";
    static constexpr std::string_view kUnit = "string";
    static string_view content(const Reader* r) { return r->s.view(); }
    static bool write(vm::NativeCall& call, vm::Iface w, string_view v, int64_t& n, vm::Iface& err)
    {
        return internal::io_write_string(call, w, internal::view_string(v), n, err);
    }
};
using Ops = internal::ReaderOps<ReaderTraits>;

void NewReader(vm::NativeCall& call)
{
    vm::String s = call.string_arg(0);
    auto* r = static_cast<Reader*>(call.heap().alloc(&kReaderType));
    internal::store_string(r->s, s);
    r->prev_rune = -1;
    call.set_ptr(0, r);
}

void Reset(vm::NativeCall& call)
{
    Reader* r = Ops::reader(call);
    internal::store_string(r->s, call.string_arg(1));
    r->i = 0;
    r->prev_rune = -1;
}

void ReadAt(vm::NativeCall& call)
{
    Reader* r = Ops::reader(call);
    vm::Slice b = call.slice_arg(1);
    int64_t off = call.int_arg(4);
    if (off < 0) {
        call.set_int(0, 0);
        Ops::set_error(call, 1, "ReadAt", "negative offset");
        return;
    }
    string_view s = r->s.view();
    if (off >= static_cast<int64_t>(s.size())) {
        call.set_int(0, 0);
        call.set_iface(1, internal::io_eof());
        return;
    }
    auto n = std::min(b.len, static_cast<int64_t>(s.size()) - off);
    std::memmove(b.ptr, s.data() + off, static_cast<size_t>(n));
    call.set_int(0, n);
    if (n < b.len)
        call.set_iface(1, internal::io_eof());
    else
        internal::set_nil_error(call, 1);
}

// NewReplacer(oldnew ...string).
void NewReplacer(vm::NativeCall& call)
{
    vm::Slice oldnew = call.slice_arg(0);
    if (oldnew.len % 2 == 1) {
        call.panic_message("strings.NewReplacer: odd argument count");
        return;
    }
    const auto* src = reinterpret_cast<const vm::String*>(oldnew.ptr);
    vm::String* copy = nullptr;
    if (oldnew.len > 0)
        copy = static_cast<vm::String*>(
            call.heap().alloc_array(&internal::kStringType, static_cast<uint64_t>(oldnew.len)));
    gc::Heap::TempRoot keep(call.heap(), copy);
    for (int64_t i = 0; i < oldnew.len; i++)
        internal::store_string(copy[i], src[i]);
    auto* r = static_cast<Replacer*>(call.heap().alloc(&kReplacerType));
    gc::store_ptr(reinterpret_cast<void**>(&r->oldnew.ptr), copy);
    r->oldnew.len = r->oldnew.cap = oldnew.len;
    call.set_ptr(0, r);
}

// genericReplacer's walk (see the header comment).
std::string replace_all(const Replacer* rp, string_view s, bool& changed)
{
    const auto* pairs = reinterpret_cast<const vm::String*>(rp->oldnew.ptr);
    int64_t npairs = rp->oldnew.len / 2;
    std::string out;
    changed = false;
    size_t last = 0;
    bool prev_match_empty = false;
    for (size_t i = 0; i <= s.size();) {
        int64_t match = -1;
        for (int64_t k = 0; k < npairs; k++) {
            string_view old_s = pairs[2 * k].view();
            if (old_s.empty() && prev_match_empty)
                continue;
            if (s.substr(i).starts_with(old_s)) {
                match = k;
                break;
            }
        }
        if (match >= 0) {
            string_view old_s = pairs[2 * match].view();
            prev_match_empty = old_s.empty();
            out.append(s.substr(last, i - last));
            out.append(pairs[2 * match + 1].view());
            changed = true;
            i += old_s.size();
            last = i;
            continue;
        }
        prev_match_empty = false;
        i++;
    }
    if (last < s.size())
        out.append(s.substr(last));
    return out;
}

void Replace(vm::NativeCall& call)
{
    const auto* rp = static_cast<const Replacer*>(call.ptr_arg(0));
    vm::String s = call.string_arg(1);
    bool changed;
    std::string out = replace_all(rp, s.view(), changed);
    call.set_string(0, changed ? call.new_string(out) : s);
}

// (*Replacer).WriteString(w io.Writer, s string) (n int, err error): the replaced text in one
// write (Go's replacers may split it into several Write calls).
void Replacer_WriteString(vm::NativeCall& call)
{
    const auto* rp = static_cast<const Replacer*>(call.ptr_arg(0));
    bool changed;
    std::string out = replace_all(rp, call.string_arg(3).view(), changed);
    vm::String text = changed ? call.new_string(out) : call.string_arg(3);
    gc::Heap::TempRoot keep(call.heap(), text.ptr);
    int64_t n;
    vm::Iface err;
    if (!internal::io_write_string(call, call.iface_arg(1), text, n, err))
        return;
    call.set_int(0, n);
    call.set_iface(1, err);
}

} // namespace

void register_reader(vm::NativeRegistry& r)
{
    Ops::register_methods(r, "strings");
    r.add("strings.NewReader", NewReader);
    r.add("strings.(*Reader).Reset", Reset);
    r.add("strings.(*Reader).ReadAt", ReadAt);
    r.add("strings.NewReplacer", NewReplacer);
    r.add("strings.(*Replacer).Replace", Replace);
    r.add("strings.(*Replacer).WriteString", Replacer_WriteString);
}

} // namespace vitro::stdlib::strings
