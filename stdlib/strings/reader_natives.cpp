// stdlib/strings/reader_natives.cpp — strings.Reader and strings.Replacer.
//
// Reader layout (Go's): struct { s string; i int64; prevRune int }, 32 bytes. Replacer:
// struct { once sync.Once (12 bytes); r replacer (interface, at 16); oldnew []string (at 32) },
// 56 bytes; vitro keeps only a private copy of oldnew and runs Go's generic algorithm, whose
// results all of Go's specialised replacers share: at each byte position the matching old
// string that comes first in the argument list wins; an empty old string matches once per
// position. WriteString writes the replaced text to its io.Writer in one call.
// Go reference: src/strings/reader.go, src/strings/replace.go (genericReplacer.WriteString).
#include "stdlib/internal/io_util.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"
#include "stdlib/strconv/conv.h"
#include "stdlib/strings/text.h"

#include <cstddef>
#include <cstring>
#include <string>

namespace vitro::stdlib::strings {

namespace {

namespace conv = vitro::stdlib::strconv;
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

constexpr uint64_t kMaskWord0 = 0x1;
constexpr uint64_t kMaskReplacer = 0x1C; // r.tab, r.data, oldnew.ptr

gc::Type make_struct(uint64_t size, uint64_t ptrdata, const uint64_t* mask, std::string_view name)
{
    gc::Type t;
    t.size = size;
    t.ptrdata = ptrdata;
    t.ptrmask = mask;
    t.align = 8;
    t.kind = gc::Kind::Struct;
    t.name = name;
    return t;
}

const gc::Type kReaderType = make_struct(32, 8, &kMaskWord0, "strings.Reader");
const gc::Type kReplacerType = make_struct(56, 40, &kMaskReplacer, "strings.Replacer");

Reader* reader(vm::NativeCall& call)
{
    return static_cast<Reader*>(call.ptr_arg(0));
}

string_view rest(const Reader* r)
{
    string_view s = r->s.view();
    return r->i >= static_cast<int64_t>(s.size()) ? string_view() : s.substr(static_cast<size_t>(r->i));
}

void set_error(vm::NativeCall& call, int slot, std::string_view text)
{
    call.set_iface(slot, internal::new_error(call, text));
}

void NewReader(vm::NativeCall& call)
{
    vm::String s = call.string_arg(0);
    auto* r = static_cast<Reader*>(call.heap().alloc(&kReaderType));
    internal::store_string(r->s, s);
    r->prev_rune = -1;
    call.set_ptr(0, r);
}

void Len(vm::NativeCall& call)
{
    call.set_int(0, static_cast<int64_t>(rest(reader(call)).size()));
}

void Size(vm::NativeCall& call)
{
    call.set_int(0, reader(call)->s.len);
}

void Reset(vm::NativeCall& call)
{
    Reader* r = reader(call);
    internal::store_string(r->s, call.string_arg(1));
    r->i = 0;
    r->prev_rune = -1;
}

void Read(vm::NativeCall& call)
{
    Reader* r = reader(call);
    vm::Slice b = call.slice_arg(1);
    string_view v = rest(r);
    if (v.empty()) {
        call.set_int(0, 0);
        call.set_iface(1, internal::io_eof());
        return;
    }
    r->prev_rune = -1;
    auto n = std::min(b.len, static_cast<int64_t>(v.size()));
    std::memmove(b.ptr, v.data(), static_cast<size_t>(n));
    r->i += n;
    call.set_int(0, n);
    internal::set_nil_error(call, 1);
}

void ReadAt(vm::NativeCall& call)
{
    Reader* r = reader(call);
    vm::Slice b = call.slice_arg(1);
    int64_t off = call.int_arg(4);
    if (off < 0) {
        call.set_int(0, 0);
        set_error(call, 1, "strings.Reader.ReadAt: negative offset");
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

void ReadByte(vm::NativeCall& call)
{
    Reader* r = reader(call);
    r->prev_rune = -1;
    string_view v = rest(r);
    if (v.empty()) {
        call.set_int(0, 0);
        call.set_iface(1, internal::io_eof());
        return;
    }
    r->i++;
    call.set_int(0, static_cast<uint8_t>(v[0]));
    internal::set_nil_error(call, 1);
}

void UnreadByte(vm::NativeCall& call)
{
    Reader* r = reader(call);
    if (r->i <= 0) {
        set_error(call, 0, "strings.Reader.UnreadByte: at beginning of string");
        return;
    }
    r->prev_rune = -1;
    r->i--;
    internal::set_nil_error(call, 0);
}

void ReadRune(vm::NativeCall& call)
{
    Reader* r = reader(call);
    string_view v = rest(r);
    if (v.empty()) {
        r->prev_rune = -1;
        call.set_int(0, 0);
        call.set_int(1, 0);
        call.set_iface(2, internal::io_eof());
        return;
    }
    r->prev_rune = r->i;
    int size;
    int32_t ch = conv::decode_rune(v, &size);
    r->i += size;
    call.set_int(0, ch);
    call.set_int(1, size);
    internal::set_nil_error(call, 2);
}

void UnreadRune(vm::NativeCall& call)
{
    Reader* r = reader(call);
    if (r->i <= 0) {
        set_error(call, 0, "strings.Reader.UnreadRune: at beginning of string");
        return;
    }
    if (r->prev_rune < 0) {
        set_error(call, 0, "strings.Reader.UnreadRune: previous operation was not ReadRune");
        return;
    }
    r->i = r->prev_rune;
    r->prev_rune = -1;
    internal::set_nil_error(call, 0);
}

void Seek(vm::NativeCall& call)
{
    Reader* r = reader(call);
    int64_t offset = call.int_arg(1), whence = call.int_arg(2);
    r->prev_rune = -1;
    int64_t abs = 0;
    if (whence == 0) {
        abs = offset;
    } else if (whence == 1) {
        abs = r->i + offset;
    } else if (whence == 2) {
        abs = r->s.len + offset;
    } else {
        call.set_int(0, 0);
        set_error(call, 1, "strings.Reader.Seek: invalid whence");
        return;
    }
    if (abs < 0) {
        call.set_int(0, 0);
        set_error(call, 1, "strings.Reader.Seek: negative position");
        return;
    }
    r->i = abs;
    call.set_int(0, abs);
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

// (*Reader).WriteTo(w io.Writer) (n int64, err error): io.WriteString of the unread rest.
void WriteTo(vm::NativeCall& call)
{
    Reader* r = reader(call);
    r->prev_rune = -1;
    string_view v = rest(r);
    if (v.empty()) {
        call.set_int(0, 0);
        internal::set_nil_error(call, 1);
        return;
    }
    int64_t m;
    vm::Iface err;
    if (!internal::io_write_string(call, call.iface_arg(1), internal::view_string(v), m, err))
        return;
    r = reader(call);
    r->i += m;
    if (m != static_cast<int64_t>(v.size()) && !err.tab)
        err = internal::new_error(call, "short write");
    call.set_int(0, m);
    call.set_iface(1, err);
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

void reader_read(vm::NativeCall&, void* self, uint8_t* p, int64_t len, int64_t& n, vm::Iface& err)
{
    auto* r = static_cast<Reader*>(self);
    n = 0;
    err = { nullptr, nullptr };
    string_view v = rest(r);
    if (v.empty()) {
        err = internal::io_eof();
        return;
    }
    r->prev_rune = -1;
    n = std::min(len, static_cast<int64_t>(v.size()));
    std::memmove(p, v.data(), static_cast<size_t>(n));
    r->i += n;
}

} // namespace

void register_reader(vm::NativeRegistry& r)
{
    internal::register_native_reader("*strings.Reader", reader_read);
    r.add("strings.NewReader", NewReader);
    r.add("strings.(*Reader).Len", Len);
    r.add("strings.(*Reader).Size", Size);
    r.add("strings.(*Reader).Reset", Reset);
    r.add("strings.(*Reader).Read", Read);
    r.add("strings.(*Reader).ReadAt", ReadAt);
    r.add("strings.(*Reader).ReadByte", ReadByte);
    r.add("strings.(*Reader).UnreadByte", UnreadByte);
    r.add("strings.(*Reader).ReadRune", ReadRune);
    r.add("strings.(*Reader).UnreadRune", UnreadRune);
    r.add("strings.(*Reader).Seek", Seek);
    r.add("strings.NewReplacer", NewReplacer);
    r.add("strings.(*Replacer).Replace", Replace);
    r.add("strings.(*Replacer).WriteString", Replacer_WriteString);
    r.add("strings.(*Reader).WriteTo", WriteTo);
}

} // namespace vitro::stdlib::strings
