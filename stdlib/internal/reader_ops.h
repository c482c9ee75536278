// stdlib/internal/reader_ops.h — the methods strings.Reader and bytes.Reader share.
//
// Overview: Go's bytes/reader.go is strings/reader.go over a []byte; vitro implements the
// methods that are the same in both once, over a traits class per package:
//   struct Traits {
//       using Reader = ...; // the C++ mirror: the content first, then `int64_t i, prev_rune`
//       static constexpr std::string_view kName = "strings.Reader"; // error texts' prefix
//       static constexpr std::string_view kUnit = "string"; // "at beginning of string"
//       static std::string_view content(const Reader* r); // all the bytes (read or not)
//       // WriteTo's write of the unread bytes v to w (io.WriteString or w.Write); false if
//       // a script method panicked.
//       static bool write(vm::NativeCall& call, vm::Iface w, std::string_view v, int64_t& n,
//           vm::Iface& err);
//   };
// Each package keeps what differs: NewReader/Reset (a string or a slice header to store) and
// ReadAt (strings only).
// Invariants: 0 <= prev_rune < i after a ReadRune, -1 otherwise (Go's prevRune).
// Concurrency: none (one P). Go counterpart: src/strings/reader.go, src/bytes/reader.go.
#pragma once

#include "stdlib/internal/io_util.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/strconv/conv.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>

namespace vitro::stdlib::internal {

template <typename Traits> struct ReaderOps {
    using Reader = typename Traits::Reader;

    static Reader* reader(vm::NativeCall& call) { return static_cast<Reader*>(call.ptr_arg(0)); }

    // The unread bytes.
    static std::string_view rest(const Reader* r)
    {
        std::string_view s = Traits::content(r);
        return r->i >= static_cast<int64_t>(s.size()) ? std::string_view()
                                                      : s.substr(static_cast<size_t>(r->i));
    }

    // Result `slot` = errors.New("<kName>.<method>: <what>").
    static void set_error(vm::NativeCall& call, int slot, std::string_view method, std::string_view what)
    {
        std::string text(Traits::kName);
        text.append(".").append(method).append(": ").append(what);
        call.set_iface(slot, new_error(call, text));
    }

    // Read's work, also the io.Reader handler of *Reader values (register_native_reader).
    static void read(vm::NativeCall&, void* self, uint8_t* p, int64_t len, int64_t& n, vm::Iface& err)
    {
        auto* r = static_cast<Reader*>(self);
        n = 0;
        err = { nullptr, nullptr };
        std::string_view v = rest(r);
        if (v.empty()) {
            err = io_eof();
            return;
        }
        r->prev_rune = -1;
        n = std::min(len, static_cast<int64_t>(v.size()));
        std::memmove(p, v.data(), static_cast<size_t>(n));
        r->i += n;
    }

    static void Len(vm::NativeCall& call)
    {
        call.set_int(0, static_cast<int64_t>(rest(reader(call)).size()));
    }

    static void Size(vm::NativeCall& call)
    {
        call.set_int(0, static_cast<int64_t>(Traits::content(reader(call)).size()));
    }

    static void Read(vm::NativeCall& call)
    {
        vm::Slice b = call.slice_arg(1);
        int64_t n;
        vm::Iface err;
        read(call, reader(call), b.ptr, b.len, n, err);
        call.set_int(0, n);
        call.set_iface(1, err);
    }

    static void ReadByte(vm::NativeCall& call)
    {
        Reader* r = reader(call);
        r->prev_rune = -1;
        std::string_view v = rest(r);
        if (v.empty()) {
            call.set_int(0, 0);
            call.set_iface(1, io_eof());
            return;
        }
        r->i++;
        call.set_int(0, static_cast<uint8_t>(v[0]));
        set_nil_error(call, 1);
    }

    static void UnreadByte(vm::NativeCall& call)
    {
        Reader* r = reader(call);
        if (r->i <= 0) {
            set_error(call, 0, "UnreadByte", at_beginning());
            return;
        }
        r->prev_rune = -1;
        r->i--;
        set_nil_error(call, 0);
    }

    static void ReadRune(vm::NativeCall& call)
    {
        Reader* r = reader(call);
        std::string_view v = rest(r);
        if (v.empty()) {
            r->prev_rune = -1;
            call.set_int(0, 0);
            call.set_int(1, 0);
            call.set_iface(2, io_eof());
            return;
        }
        r->prev_rune = r->i;
        int size;
        int32_t ch = strconv::decode_rune(v, &size);
        r->i += size;
        call.set_int(0, ch);
        call.set_int(1, size);
        set_nil_error(call, 2);
    }

    static void UnreadRune(vm::NativeCall& call)
    {
        Reader* r = reader(call);
        if (r->i <= 0) {
            set_error(call, 0, "UnreadRune", at_beginning());
            return;
        }
        if (r->prev_rune < 0) {
            set_error(call, 0, "UnreadRune", "previous operation was not ReadRune");
            return;
        }
        r->i = r->prev_rune;
        r->prev_rune = -1;
        set_nil_error(call, 0);
    }

    static void Seek(vm::NativeCall& call)
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
            abs = static_cast<int64_t>(Traits::content(r).size()) + offset;
        } else {
            call.set_int(0, 0);
            set_error(call, 1, "Seek", "invalid whence");
            return;
        }
        if (abs < 0) {
            call.set_int(0, 0);
            set_error(call, 1, "Seek", "negative position");
            return;
        }
        r->i = abs;
        call.set_int(0, abs);
        set_nil_error(call, 1);
    }

    // WriteTo(w io.Writer) (n int64, err error).
    static void WriteTo(vm::NativeCall& call)
    {
        Reader* r = reader(call);
        r->prev_rune = -1;
        std::string_view v = rest(r);
        if (v.empty()) {
            call.set_int(0, 0);
            set_nil_error(call, 1);
            return;
        }
        int64_t m;
        vm::Iface err;
        if (!Traits::write(call, call.iface_arg(1), v, m, err))
            return;
        r = reader(call); // call.args may have moved
        r->i += m;
        if (m != static_cast<int64_t>(v.size()) && !err.tab)
            err = new_error(call, "short write");
        call.set_int(0, m);
        call.set_iface(1, err);
    }

    // Registers the shared methods as "<pkg>.(*Reader).<Method>" and the io.Reader handler.
    static void register_methods(vm::NativeRegistry& registry, std::string_view pkg)
    {
        register_native_reader(std::string("*") + std::string(Traits::kName), read);
        auto add = [&](std::string_view method, vm::NativeFn fn) {
            registry.add(std::string(pkg) + ".(*Reader)." + std::string(method), fn);
        };
        add("Len", Len);
        add("Size", Size);
        add("Read", Read);
        add("ReadByte", ReadByte);
        add("UnreadByte", UnreadByte);
        add("ReadRune", ReadRune);
        add("UnreadRune", UnreadRune);
        add("Seek", Seek);
        add("WriteTo", WriteTo);
    }

private:
    static std::string at_beginning() { return "at beginning of " + std::string(Traits::kUnit); }
};

} // namespace vitro::stdlib::internal
