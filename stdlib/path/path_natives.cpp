// stdlib/path/path_natives.cpp — Go 1.19's path and path/filepath (Unix: both use '/').
//
// clean() is Go's lexical Clean (path.Clean): collapse separators, drop "." elements, fold
// "dir/.." pairs, keep leading ".." of relative paths, "/.." is "/", empty is ".". Base, Dir,
// Ext, Split and Join follow Go's definitions on top of it; filepath.Rel is Go's lexical
// algorithm (an error when one path is absolute and the other not, or when targ needs the
// unknown name of a base element: "Rel: can't make T relative to B"); Abs joins the working
// directory. Results that are substrings of an argument share its bytes; others are new
// strings. Concurrency: pure functions.
// Go reference: src/path/path.go, src/path/filepath/path.go.
#include "stdlib/internal/native_util.h"
#include "stdlib/internal/types.h"
#include "stdlib/natives.h"

#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

namespace vitro::stdlib::path {

namespace {

using std::string_view;

std::string clean(string_view p)
{
    if (p.empty())
        return ".";
    bool rooted = p[0] == '/';
    size_t n = p.size();
    std::string out;
    size_t r = 0, dotdot = 0;
    if (rooted) {
        out += '/';
        r = 1;
        dotdot = 1;
    }
    while (r < n) {
        if (p[r] == '/') {
            r++;
        } else if (p[r] == '.' && (r + 1 == n || p[r + 1] == '/')) {
            r++;
        } else if (p[r] == '.' && p[r + 1] == '.' && (r + 2 == n || p[r + 2] == '/')) {
            r += 2;
            if (out.size() > dotdot) {
                size_t w = out.size() - 1;
                while (w > dotdot && out[w] != '/')
                    w--;
                out.resize(w);
            } else if (!rooted) {
                if (!out.empty())
                    out += '/';
                out += "..";
                dotdot = out.size();
            }
        } else {
            if ((rooted && out.size() != 1) || (!rooted && !out.empty()))
                out += '/';
            for (; r < n && p[r] != '/'; r++)
                out += p[r];
        }
    }
    if (out.empty())
        return ".";
    return out;
}

string_view arg(vm::NativeCall& call, int slot)
{
    return call.string_arg(slot).view();
}

void set_text(vm::NativeCall& call, int slot, string_view text)
{
    call.set_string(slot, call.new_string(text));
}

std::string base(string_view p)
{
    if (p.empty())
        return ".";
    while (p.size() > 0 && p.back() == '/')
        p.remove_suffix(1);
    size_t i = p.rfind('/');
    if (i != string_view::npos)
        p = p.substr(i + 1);
    if (p.empty())
        return "/";
    return std::string(p);
}

void Base(vm::NativeCall& call)
{
    set_text(call, 0, base(arg(call, 0)));
}

void Clean(vm::NativeCall& call)
{
    set_text(call, 0, clean(arg(call, 0)));
}

void Dir(vm::NativeCall& call)
{
    string_view p = arg(call, 0);
    size_t i = p.rfind('/');
    string_view dir = i == string_view::npos ? string_view() : p.substr(0, i + 1);
    set_text(call, 0, clean(dir));
}

void Ext(vm::NativeCall& call)
{
    string_view p = arg(call, 0);
    for (size_t i = p.size(); i > 0 && p[i - 1] != '/'; i--)
        if (p[i - 1] == '.') {
            set_text(call, 0, p.substr(i - 1));
            return;
        }
    set_text(call, 0, "");
}

void IsAbs(vm::NativeCall& call)
{
    string_view p = arg(call, 0);
    call.set_int(0, !p.empty() && p[0] == '/');
}

void Join(vm::NativeCall& call)
{
    vm::Slice elems = call.slice_arg(0);
    const auto* s = reinterpret_cast<const vm::String*>(elems.ptr);
    std::string joined;
    bool any = false;
    for (int64_t i = 0; i < elems.len; i++) {
        string_view e = s[i].view();
        if (!any && e.empty())
            continue;
        if (any)
            joined += '/';
        joined += e;
        any = true;
    }
    set_text(call, 0, any ? clean(joined) : "");
}

void Split(vm::NativeCall& call)
{
    std::string p(arg(call, 0));
    size_t i = p.rfind('/');
    size_t cut = i == std::string::npos ? 0 : i + 1;
    vm::String dir = call.new_string(string_view(p).substr(0, cut));
    gc::Heap::TempRoot keep(call.heap(), dir.ptr);
    vm::String file = call.new_string(string_view(p).substr(cut));
    call.set_string(0, dir);
    call.set_string(2, file);
}

void Identity(vm::NativeCall& call)
{
    call.set_string(0, call.string_arg(0));
}

void VolumeName(vm::NativeCall& call)
{
    set_text(call, 0, "");
}

void SplitList(vm::NativeCall& call)
{
    string_view p = arg(call, 0);
    if (p.empty()) {
        call.set_slice(0, { static_cast<uint8_t*>(gc::Heap::zero_base()), 0, 0 });
        return;
    }
    std::vector<string_view> parts;
    size_t start = 0;
    for (;;) {
        size_t i = p.find(':', start);
        parts.push_back(p.substr(start, i == string_view::npos ? string_view::npos : i - start));
        if (i == string_view::npos)
            break;
        start = i + 1;
    }
    auto n = static_cast<int64_t>(parts.size());
    auto* elems = static_cast<vm::String*>(call.heap().alloc_array(&internal::kStringType, parts.size()));
    for (size_t i = 0; i < parts.size(); i++)
        internal::store_string(elems[i], internal::view_string(parts[i])); // bytes of the argument
    call.set_slice(0, { reinterpret_cast<uint8_t*>(elems), n, n });
}

void Abs(vm::NativeCall& call)
{
    std::string p(arg(call, 0));
    if (p.empty() || p[0] != '/') {
        char buf[4096];
        if (!::getcwd(buf, sizeof buf)) {
            set_text(call, 0, "");
            call.set_iface(2, internal::new_error(call, "getwd: cannot get the working directory"));
            return;
        }
        p = std::string(buf) + "/" + p;
    }
    set_text(call, 0, clean(p));
    internal::set_nil_error(call, 2);
}

// filepath.Rel: Go's lexical algorithm.
void Rel(vm::NativeCall& call)
{
    std::string basepath(arg(call, 0)), targpath(arg(call, 2));
    std::string b = clean(basepath), t = clean(targpath);
    auto fail = [&](const std::string& text) {
        set_text(call, 0, "");
        call.set_iface(2, internal::new_error(call, text));
    };
    if (t == b) {
        set_text(call, 0, ".");
        internal::set_nil_error(call, 2);
        return;
    }
    if (b == ".")
        b = "";
    bool base_slashed = !b.empty() && b[0] == '/';
    bool targ_slashed = !t.empty() && t[0] == '/';
    if (base_slashed != targ_slashed) {
        fail("Rel: can't make " + targpath + " relative to " + basepath);
        return;
    }
    size_t bl = b.size(), tl = t.size();
    size_t b0 = 0, bi = 0, t0 = 0, ti = 0;
    for (;;) {
        while (bi < bl && b[bi] != '/')
            bi++;
        while (ti < tl && t[ti] != '/')
            ti++;
        if (b.compare(b0, bi - b0, t, t0, ti - t0) != 0)
            break;
        if (bi < bl)
            bi++;
        if (ti < tl)
            ti++;
        b0 = bi;
        t0 = ti;
    }
    if (b.compare(b0, bi - b0, "..") == 0) {
        fail("Rel: can't make " + targpath + " relative to " + basepath);
        return;
    }
    if (b0 != bl) {
        size_t seps = 0;
        for (size_t i = b0; i < bl; i++)
            if (b[i] == '/')
                seps++;
        std::string rel = "..";
        for (size_t i = 0; i < seps; i++)
            rel += "/..";
        if (t0 != tl)
            rel += "/" + t.substr(t0);
        set_text(call, 0, rel);
    } else {
        set_text(call, 0, t.substr(t0));
    }
    internal::set_nil_error(call, 2);
}

} // namespace

} // namespace vitro::stdlib::path

namespace vitro::stdlib {

void register_path(vm::NativeRegistry& r)
{
    using namespace path;
    for (std::string pkg : { "path.", "path/filepath." }) {
        r.add(pkg + "Base", Base);
        r.add(pkg + "Clean", Clean);
        r.add(pkg + "Dir", Dir);
        r.add(pkg + "Ext", Ext);
        r.add(pkg + "IsAbs", IsAbs);
        r.add(pkg + "Join", Join);
        r.add(pkg + "Split", Split);
    }
    r.add("path/filepath.Abs", Abs);
    r.add("path/filepath.Rel", Rel);
    r.add("path/filepath.ToSlash", Identity);
    r.add("path/filepath.FromSlash", Identity);
    r.add("path/filepath.SplitList", SplitList);
    r.add("path/filepath.VolumeName", VolumeName);
}

} // namespace vitro::stdlib
