// stdlib/fmt/scan_natives.cpp — fmt.Sscan, Sscanln and Sscanf.
//
// A port of Go 1.19's scan.go state machine (ss) over a string: the same rune reading with
// one-rune unread, SkipSpace's newline rules (Sscan: newlines are spaces; Sscanln: a newline
// ends the input; Sscanf: newlines must match the format), widths (%5d), the format matcher
// (advance: space runs, newlines, literals, %%), and the per-type scanners (bool, integers with
// base prefixes for %v, %c, floats with floatToken, strings as words). Errors are Go's values:
// io.EOF when the input ends before an operand, io.ErrUnexpectedEOF inside one, a *NumError
// from strconv's parsers ("strconv.ParseInt: parsing ...: value out of range"), or an
// errors.New text ("expected integer", "input does not match format", "too many operands",
// "unexpected newline", "expected newline", "type not a pointer: int", "can't scan type: ...").
// The operands are `any` values holding pointers; the pointee's kind selects the scanner, so
// named types (type Celsius float64) work as through Go's reflection path.
// Scan, Scanln and Scanf read os.Stdin, loaded whole at the first call.
// Skipped: %q and %x strings, complex numbers, the Scanner interface, and reading from an
// io.Reader (Fscan).
// Go reference: src/fmt/scan.go.
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"
#include "stdlib/strconv/conv.h"

#include <cerrno>
#include <cmath>
#include <cstring>
#include <string>
#include <string_view>
#include <unistd.h>

namespace vitro::stdlib::fmt {

namespace {

namespace conv = vitro::stdlib::strconv;
using std::string_view;

constexpr int32_t kEOF = -1;
constexpr int64_t kHugeWid = 1 << 30;

// What the scan panicked with (Go's scanError / io.EOF).
struct ScanFailure {
    enum Kind { Eof, UnexpectedEof, Text, Num } kind;
    std::string text; // Text: the message; Num: the token
    const char* func = ""; // Num: "ParseInt"...
    conv::NumErr num = conv::NumErr::None;
};

bool is_space(int32_t r)
{
    static constexpr uint16_t kSpace[][2] = { { 0x0009, 0x000d }, { 0x0020, 0x0020 }, { 0x0085, 0x0085 },
        { 0x00a0, 0x00a0 }, { 0x1680, 0x1680 }, { 0x2000, 0x200a }, { 0x2028, 0x2029 }, { 0x202f, 0x202f },
        { 0x205f, 0x205f }, { 0x3000, 0x3000 } };
    if (r < 0 || r >= (1 << 16))
        return false;
    auto rx = static_cast<uint16_t>(r);
    for (const auto& rng : kSpace) {
        if (rx < rng[0])
            return false;
        if (rx <= rng[1])
            return true;
    }
    return false;
}

bool has_rune(string_view s, int32_t r)
{
    size_t i = 0;
    while (i < s.size()) {
        int size = 1;
        int32_t c = conv::decode_rune(s.substr(i), &size);
        if (c == r)
            return true;
        i += static_cast<size_t>(size);
    }
    return false;
}

class Ss {
public:
    Ss(string_view in, bool nl_is_space, bool nl_is_end)
        : m_in(in)
        , m_nl_is_space(nl_is_space)
        , m_nl_is_end(nl_is_end)
    {
    }

    [[noreturn]] static void fail(std::string text)
    {
        throw ScanFailure { ScanFailure::Text, std::move(text) };
    }

    int32_t get_rune()
    {
        if (m_at_eof || m_count >= m_arg_limit)
            return kEOF;
        m_unread = 0;
        if (m_pos >= m_in.size()) {
            m_at_eof = true;
            return kEOF;
        }
        int size = 1;
        int32_t r = conv::decode_rune(m_in.substr(m_pos), &size);
        m_last_size = static_cast<size_t>(size);
        m_pos += m_last_size;
        m_count++;
        if (m_nl_is_end && r == '\n')
            m_at_eof = true;
        return r;
    }
    void unread_rune()
    {
        m_pos -= m_last_size;
        m_unread = m_last_size;
        m_last_size = 0;
        m_at_eof = false;
        m_count--;
    }
    // The input the scan used up. Go scans a plain reader through a one-rune look-ahead that
    // dies with the call, so a rune read and given back is consumed all the same.
    size_t consumed() const { return m_pos + m_unread; }
    int32_t must_read_rune()
    {
        int32_t r = get_rune();
        if (r == kEOF)
            throw ScanFailure { ScanFailure::UnexpectedEof, {} };
        return r;
    }
    void not_eof()
    {
        if (get_rune() == kEOF)
            throw ScanFailure { ScanFailure::Eof, {} };
        unread_rune();
    }
    bool consume(string_view ok, bool accept)
    {
        int32_t r = get_rune();
        if (r == kEOF)
            return false;
        if (has_rune(ok, r)) {
            if (accept)
                conv::append_rune(m_buf, r);
            return true;
        }
        if (accept)
            unread_rune();
        return false;
    }
    bool accept(string_view ok) { return consume(ok, true); }
    bool peek(string_view ok)
    {
        int32_t r = get_rune();
        if (r != kEOF)
            unread_rune();
        return r != kEOF && has_rune(ok, r);
    }
    void skip_space()
    {
        for (;;) {
            int32_t r = get_rune();
            if (r == kEOF)
                return;
            if (r == '\r' && peek("\n"))
                continue;
            if (r == '\n') {
                if (m_nl_is_space)
                    continue;
                fail("unexpected newline");
            }
            if (!is_space(r)) {
                unread_rune();
                return;
            }
        }
    }
    std::string word()
    {
        skip_space();
        m_buf.clear();
        for (;;) {
            int32_t r = get_rune();
            if (r == kEOF)
                break;
            if (is_space(r)) {
                unread_rune();
                break;
            }
            conv::append_rune(m_buf, r);
        }
        return m_buf;
    }

    static void ok_verb(int32_t verb, string_view ok, string_view typ)
    {
        if (!has_rune(ok, verb)) {
            std::string v;
            conv::append_rune(v, verb);
            fail("bad verb '%" + v + "' for " + std::string(typ));
        }
    }

    bool scan_bool(int32_t verb)
    {
        skip_space();
        not_eof();
        ok_verb(verb, "tv", "boolean");
        static const std::string kBoolError = "syntax error scanning boolean";
        switch (get_rune()) {
        case '0':
            return false;
        case '1':
            return true;
        case 't':
        case 'T':
            if (accept("rR") && (!accept("uU") || !accept("eE")))
                fail(kBoolError);
            return true;
        case 'f':
        case 'F':
            if (accept("aA") && (!accept("lL") || !accept("sS") || !accept("eE")))
                fail(kBoolError);
            return false;
        default:
            return false;
        }
    }

    void get_base(int32_t verb, int& base, std::string& digits)
    {
        ok_verb(verb, "bdoUxXv", "integer");
        base = 10;
        digits = "0123456789";
        if (verb == 'b') {
            base = 2;
            digits = "01";
        } else if (verb == 'o') {
            base = 8;
            digits = "01234567";
        } else if (verb == 'x' || verb == 'X' || verb == 'U') {
            base = 16;
            digits = "0123456789aAbBcCdDeEfF";
        }
    }
    std::string scan_number(string_view digits, bool have_digits)
    {
        if (!have_digits) {
            not_eof();
            if (!accept(digits))
                fail("expected integer");
        }
        while (accept(digits)) { }
        return m_buf;
    }
    int64_t scan_rune(int bits)
    {
        not_eof();
        int32_t r = get_rune();
        auto n = static_cast<unsigned>(bits);
        int64_t x = static_cast<int64_t>(static_cast<uint64_t>(r) << (64 - n)) >> (64 - n);
        if (x != r) {
            std::string s;
            conv::append_rune(s, r);
            fail("overflow on character value " + s);
        }
        return r;
    }
    void scan_base_prefix(int& base, std::string& digits, bool& zero)
    {
        if (!peek("0")) {
            base = 0;
            digits = "0123456789_";
            zero = false;
            return;
        }
        accept("0");
        base = 0;
        zero = true;
        if (peek("bB")) {
            consume("bB", true);
            digits = "01_";
        } else if (peek("oO")) {
            consume("oO", true);
            digits = "01234567_";
        } else if (peek("xX")) {
            consume("xX", true);
            digits = "0123456789aAbBcCdDeEfF_";
        } else {
            digits = "01234567_";
        }
    }
    int64_t scan_int(int32_t verb, int bits)
    {
        if (verb == 'c')
            return scan_rune(bits);
        skip_space();
        not_eof();
        int base;
        std::string digits;
        get_base(verb, base, digits);
        bool have = false;
        m_buf.clear();
        if (verb == 'U') {
            if (!consume("U", false) || !consume("+", false))
                fail("bad unicode format ");
        } else {
            accept("+-");
            if (verb == 'v')
                scan_base_prefix(base, digits, have);
        }
        std::string tok = scan_number(digits, have);
        conv::IntResult r = conv::parse_int(tok, base, 64);
        if (r.err != conv::NumErr::None)
            throw ScanFailure { ScanFailure::Num, tok, "ParseInt", r.err };
        auto n = static_cast<unsigned>(bits);
        int64_t x = static_cast<int64_t>(static_cast<uint64_t>(r.value) << (64 - n)) >> (64 - n);
        if (x != r.value)
            fail("integer overflow on token " + tok);
        return r.value;
    }
    uint64_t scan_uint(int32_t verb, int bits)
    {
        if (verb == 'c')
            return static_cast<uint64_t>(scan_rune(bits));
        skip_space();
        not_eof();
        int base;
        std::string digits;
        get_base(verb, base, digits);
        bool have = false;
        m_buf.clear();
        if (verb == 'U') {
            if (!consume("U", false) || !consume("+", false))
                fail("bad unicode format ");
        } else if (verb == 'v') {
            scan_base_prefix(base, digits, have);
        }
        std::string tok = scan_number(digits, have);
        conv::UintResult r = conv::parse_uint(tok, base, 64);
        if (r.err != conv::NumErr::None)
            throw ScanFailure { ScanFailure::Num, tok, "ParseUint", r.err };
        auto n = static_cast<unsigned>(bits);
        uint64_t x = (r.value << (64 - n)) >> (64 - n);
        if (x != r.value)
            fail("unsigned integer overflow on token " + tok);
        return r.value;
    }
    std::string float_token()
    {
        m_buf.clear();
        if (accept("nN") && accept("aA") && accept("nN"))
            return m_buf;
        accept("+-");
        if (accept("iI") && accept("nN") && accept("fF"))
            return m_buf;
        std::string digits = "0123456789_", exp = "eEpP";
        if (accept("0") && accept("xX")) {
            digits = "0123456789aAbBcCdDeEfF_";
            exp = "pP";
        }
        while (accept(digits)) { }
        if (accept("."))
            while (accept(digits)) { }
        if (accept(exp)) {
            accept("+-");
            while (accept("0123456789_")) { }
        }
        return m_buf;
    }
    double convert_float(const std::string& str, int bits)
    {
        size_t p = str.find('p');
        if (p != std::string::npos && str.find_first_of("xX") == std::string::npos) {
            conv::FloatResult f = conv::parse_float(string_view(str).substr(0, p), bits);
            if (f.err != conv::NumErr::None)
                throw ScanFailure { ScanFailure::Num, str, "ParseFloat", f.err };
            conv::IntResult m = conv::parse_int(string_view(str).substr(p + 1), 10, 64);
            if (m.err != conv::NumErr::None)
                throw ScanFailure { ScanFailure::Num, str, "Atoi", m.err };
            return std::ldexp(f.value, static_cast<int>(m.value));
        }
        conv::FloatResult f = conv::parse_float(str, bits);
        if (f.err != conv::NumErr::None)
            throw ScanFailure { ScanFailure::Num, str, "ParseFloat", f.err };
        return f.value;
    }

    // advance (see the header comment): bytes of format consumed, 0 at a verb or the end of
    // input, -1 when the input does not match.
    int64_t advance(string_view format)
    {
        size_t i = 0;
        while (i < format.size()) {
            int w = 1;
            int32_t fc = conv::decode_rune(format.substr(i), &w);
            if (is_space(fc)) {
                int newlines = 0;
                bool trailing = false;
                while (is_space(fc) && i < format.size()) {
                    if (fc == '\n') {
                        newlines++;
                        trailing = false;
                    } else {
                        trailing = true;
                    }
                    i += static_cast<size_t>(w);
                    fc = i < format.size() ? conv::decode_rune(format.substr(i), &w) : kEOF;
                }
                for (int j = 0; j < newlines; j++) {
                    int32_t in = get_rune();
                    while (is_space(in) && in != '\n')
                        in = get_rune();
                    if (in != '\n' && in != kEOF)
                        fail("newline in format does not match input");
                }
                if (trailing) {
                    int32_t in = get_rune();
                    if (newlines == 0) {
                        if (!is_space(in) && in != kEOF)
                            fail("expected space in input to match format");
                        if (in == '\n')
                            fail("newline in input does not match format");
                    }
                    while (is_space(in) && in != '\n')
                        in = get_rune();
                    if (in != kEOF)
                        unread_rune();
                }
                continue;
            }
            if (fc == '%') {
                if (i + static_cast<size_t>(w) == format.size())
                    fail("missing verb: % at end of format string");
                if (format[i + static_cast<size_t>(w)] != '%')
                    return static_cast<int64_t>(i);
                i += static_cast<size_t>(w);
            }
            int32_t in = must_read_rune();
            if (fc != in) {
                unread_rune();
                return -1;
            }
            i += static_cast<size_t>(w);
        }
        return static_cast<int64_t>(i);
    }

    void set_width(int64_t wid) { m_arg_limit = wid == kHugeWid ? INT64_MAX : m_count + wid; }
    void clear_width() { m_arg_limit = INT64_MAX; }
    bool nl_is_end() const { return m_nl_is_end; }

private:
    string_view m_in;
    size_t m_pos = 0;
    size_t m_last_size = 0;
    size_t m_unread = 0; // size of a rune given back by unread_rune and not read again
    bool m_nl_is_space, m_nl_is_end;
    bool m_at_eof = false;
    int64_t m_count = 0;
    int64_t m_arg_limit = INT64_MAX;
    std::string m_buf;
};

bool is_signed(gc::Kind k)
{
    return k == gc::Kind::Int || k == gc::Kind::Int8 || k == gc::Kind::Int16 || k == gc::Kind::Int32
        || k == gc::Kind::Int64;
}

bool is_unsigned(gc::Kind k)
{
    return k == gc::Kind::Uint || k == gc::Kind::Uint8 || k == gc::Kind::Uint16 || k == gc::Kind::Uint32
        || k == gc::Kind::Uint64 || k == gc::Kind::Uintptr;
}

// scanOne: scans one operand (an `any` holding a pointer) with `verb`.
void scan_one(vm::NativeCall& call, Ss& s, int32_t verb, vm::Iface arg)
{
    const auto* t = static_cast<const gc::Type*>(arg.tab);
    if (!t || t->kind != gc::Kind::Pointer)
        Ss::fail("type not a pointer: " + std::string(t ? t->name : "<nil>"));
    const gc::Type* e = t->elem;
    void* p = arg.data;
    gc::Kind k = e->kind;
    if (k == gc::Kind::Bool) {
        bool v = s.scan_bool(verb);
        *static_cast<uint8_t*>(p) = v;
    } else if (is_signed(k)) {
        int bits = static_cast<int>(e->size * 8);
        int64_t v = s.scan_int(verb, bits);
        std::memcpy(p, &v, e->size); // little-endian: the low bytes
    } else if (is_unsigned(k)) {
        int bits = static_cast<int>(e->size * 8);
        uint64_t v = s.scan_uint(verb, bits);
        std::memcpy(p, &v, e->size);
    } else if (k == gc::Kind::Float32 || k == gc::Kind::Float64) {
        Ss::ok_verb(verb, "beEfFgGv", k == gc::Kind::Float32 ? "float32" : "float64");
        s.skip_space();
        s.not_eof();
        if (k == gc::Kind::Float32) {
            auto v = static_cast<float>(s.convert_float(s.float_token(), 32));
            std::memcpy(p, &v, 4);
        } else {
            double v = s.convert_float(s.float_token(), 64);
            std::memcpy(p, &v, 8);
        }
    } else if (k == gc::Kind::String) {
        Ss::ok_verb(verb, "svqxX", "string");
        s.skip_space();
        s.not_eof();
        if (verb == 'q' || verb == 'x' || verb == 'X')
            Ss::fail("vitro: Sscan's %q and %x are not supported yet");
        std::string w = s.word();
        vm::String str = call.new_string(w);
        internal::store_string(*static_cast<vm::String*>(p), str);
    } else if (k == gc::Kind::Slice && e->elem->kind == gc::Kind::Uint8 && !e->named()) {
        Ss::ok_verb(verb, "svqxX", "string"); // *[]byte: convertString's bytes, copied
        s.skip_space();
        s.not_eof();
        if (verb == 'q' || verb == 'x' || verb == 'X')
            Ss::fail("vitro: Sscan's %q and %x are not supported yet");
        vm::Slice b = internal::new_bytes(call, s.word());
        auto* dst = static_cast<vm::Slice*>(p);
        gc::store_ptr(reinterpret_cast<void**>(&dst->ptr), b.ptr);
        dst->len = b.len;
        dst->cap = b.cap;
    } else {
        Ss::fail("can't scan type: " + std::string(t->name));
    }
}

// The error value of a failure.
vm::Iface failure_error(vm::NativeCall& call, const ScanFailure& f)
{
    switch (f.kind) {
    case ScanFailure::Eof:
        return internal::io_eof();
    case ScanFailure::UnexpectedEof:
        return internal::io_unexpected_eof();
    case ScanFailure::Text:
        return internal::new_error(call, f.text);
    case ScanFailure::Num: {
        vm::String num = call.new_string(f.text);
        gc::Heap::TempRoot keep(call.heap(), num.ptr);
        vm::Iface inner = f.num == conv::NumErr::Range ? internal::err_range() : internal::err_syntax();
        return internal::new_num_error(call, f.func, num, inner);
    }
    }
    return {};
}

// The operands of a variadic `...any` parameter at slot i.
vm::Iface operand(vm::NativeCall& call, int slot, int64_t k)
{
    return static_cast<vm::Iface*>(static_cast<void*>(call.slice_arg(slot).ptr))[k];
}

// The operands are the `...any` slice at slot args; returns the input used up.
size_t do_scan(vm::NativeCall& call, string_view input, int args, bool nl_is_space, bool nl_is_end)
{
    Ss s(input, nl_is_space, nl_is_end);
    int64_t n = 0;
    vm::Iface err {};
    try {
        int64_t count = call.slice_arg(args).len;
        for (int64_t k = 0; k < count; k++) {
            scan_one(call, s, 'v', operand(call, args, k));
            n++;
        }
        if (s.nl_is_end()) {
            for (;;) {
                int32_t r = s.get_rune();
                if (r == '\n' || r == kEOF)
                    break;
                if (!is_space(r))
                    Ss::fail("expected newline");
            }
        }
    } catch (const ScanFailure& f) {
        err = failure_error(call, f);
    }
    call.set_int(0, n);
    call.set_iface(1, err);
    return s.consumed();
}

void Sscan(vm::NativeCall& call)
{
    std::string input(call.string_arg(0).view());
    do_scan(call, input, 2, true, false);
}

void Sscanln(vm::NativeCall& call)
{
    std::string input(call.string_arg(0).view());
    do_scan(call, input, 2, false, true);
}

// Scanf's state machine: format at slot fmt_slot, operands in the slice after it.
size_t do_scanf(vm::NativeCall& call, string_view input, int fmt_slot)
{
    std::string format(call.string_arg(fmt_slot).view());
    int args = fmt_slot + 2;
    Ss s(input, false, false);
    int64_t n = 0;
    vm::Iface err {};
    int64_t count = call.slice_arg(args).len;
    try {
        size_t end = format.size();
        size_t i = 0;
        while (i < end) {
            int64_t w = s.advance(string_view(format).substr(i));
            if (w > 0) {
                i += static_cast<size_t>(w);
                continue;
            }
            if (format[i] != '%') {
                if (w < 0)
                    Ss::fail("input does not match format");
                break;
            }
            i++;
            int64_t wid = 0;
            bool wid_present = false;
            while (i < end && format[i] >= '0' && format[i] <= '9') {
                wid = wid * 10 + (format[i] - '0');
                wid_present = true;
                i++;
            }
            if (!wid_present)
                wid = kHugeWid;
            int vw = 1;
            int32_t c = i < end ? conv::decode_rune(string_view(format).substr(i), &vw) : kEOF;
            i += static_cast<size_t>(vw);
            if (c != 'c')
                s.skip_space();
            if (c == '%') {
                s.skip_space();
                s.not_eof();
                if (!s.accept("%"))
                    Ss::fail("missing literal %");
                continue;
            }
            s.set_width(wid);
            if (n >= count)
                Ss::fail("too few operands for format '%" + format.substr(i - static_cast<size_t>(vw)) + "'");
            scan_one(call, s, c, operand(call, args, n));
            n++;
            s.clear_width();
        }
        if (n < count)
            Ss::fail("too many operands");
    } catch (const ScanFailure& f) {
        err = failure_error(call, f);
    }
    call.set_int(0, n);
    call.set_iface(1, err);
    return s.consumed();
}

// Sscanf(str, format string, a ...any) (n int, err error).
void Sscanf(vm::NativeCall& call)
{
    std::string input(call.string_arg(0).view());
    do_scanf(call, input, 2);
}

// Scan, Scanln and Scanf read os.Stdin. vitro reads all of it at the first call (the tests
// run with stdin from a file or /dev/null) and hands each call what the previous ones left.
struct Stdin {
    std::string text;
    size_t pos = 0;
    bool loaded = false;
};

Stdin& stdin_input()
{
    static Stdin in;
    if (!in.loaded) {
        in.loaded = true;
        char buf[4096];
        for (;;) {
            ssize_t k = ::read(0, buf, sizeof buf);
            if (k < 0 && errno == EINTR)
                continue;
            if (k <= 0)
                break;
            in.text.append(buf, static_cast<size_t>(k));
        }
    }
    return in;
}

void Scan(vm::NativeCall& call)
{
    Stdin& in = stdin_input();
    in.pos += do_scan(call, string_view(in.text).substr(in.pos), 0, true, false);
}

void Scanln(vm::NativeCall& call)
{
    Stdin& in = stdin_input();
    in.pos += do_scan(call, string_view(in.text).substr(in.pos), 0, false, true);
}

void Scanf(vm::NativeCall& call)
{
    Stdin& in = stdin_input();
    in.pos += do_scanf(call, string_view(in.text).substr(in.pos), 0);
}

} // namespace

void register_scan(vm::NativeRegistry& r)
{
    r.add("fmt.Sscan", Sscan);
    r.add("fmt.Sscanln", Sscanln);
    r.add("fmt.Sscanf", Sscanf);
    r.add("fmt.Scan", Scan);
    r.add("fmt.Scanln", Scanln);
    r.add("fmt.Scanf", Scanf);
}

} // namespace vitro::stdlib::fmt
