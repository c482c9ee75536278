// stdlib/strconv/strconv_more_natives.cpp — strconv's Append* functions, the graphic and ASCII
// quoting variants, Unquote/UnquoteChar/QuotedPrefix and (*NumError).Unwrap.
//
// Append* build the text in C++ and append it to dst with Go's append growth
// (internal::append_bytes), so capacities match Go's. Unquote's errors are strconv.ErrSyntax
// itself (not a *NumError), as in Go.
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"
#include "stdlib/strconv/conv.h"
#include "support/unicode.h"

#include <cstring>
#include <string>

namespace vitro::stdlib::strconv {

namespace {

// dst is argument slots 0..2; the result slice goes to slot 0.
void append_result(vm::NativeCall& call, const std::string& text)
{
    call.set_slice(0, internal::append_bytes(call, call.slice_arg(0), text));
}

void AppendBool(vm::NativeCall& call)
{
    append_result(call, call.int_arg(3) & 0xFF ? "true" : "false");
}

void AppendInt(vm::NativeCall& call)
{
    int64_t base = call.int_arg(4);
    if (base < 2 || base > 36) {
        call.panic_message("strconv: illegal AppendInt/FormatInt base");
        return;
    }
    std::string s;
    append_int(s, call.int_arg(3), static_cast<int>(base));
    append_result(call, s);
}

void AppendUint(vm::NativeCall& call)
{
    int64_t base = call.int_arg(4);
    if (base < 2 || base > 36) {
        call.panic_message("strconv: illegal AppendInt/FormatInt base");
        return;
    }
    std::string s;
    append_uint(s, static_cast<uint64_t>(call.int_arg(3)), static_cast<int>(base));
    append_result(call, s);
}

void AppendFloat(vm::NativeCall& call)
{
    std::string s;
    append_float(s, call.float_arg(3), static_cast<char>(call.int_arg(4)), static_cast<int>(call.int_arg(5)),
        static_cast<int>(call.int_arg(6)));
    append_result(call, s);
}

// Appends text to dst (slots 0..2) with the capacities Go's quoting reaches: an optional
// pre-grow to exactly len+1+pregrow+1 (appendQuotedWith, when the spare capacity is short of
// len(s)), then append's growth as the output arrives a few bytes at a time.
void append_quoted_result(vm::NativeCall& call, const std::string& text, int64_t pregrow)
{
    vm::Slice dst = call.slice_arg(0);
    int64_t len = dst.len, cap = dst.cap;
    bool moved = false;
    if (pregrow >= 0 && cap - len < pregrow) {
        cap = len + 1 + pregrow + 1;
        moved = true;
    }
    for (size_t i = 0; i < text.size(); i++, len++) {
        if (len + 1 > cap) {
            cap = internal::grow_capacity(cap, len + 1, 1);
            moved = true;
        }
    }
    if (!moved) {
        if (!text.empty())
            std::memcpy(dst.ptr + dst.len, text.data(), text.size());
        call.set_slice(0, { dst.ptr, len, dst.cap });
        return;
    }
    auto* mem = static_cast<uint8_t*>(call.heap().alloc_noscan(static_cast<uint64_t>(cap)));
    dst = call.slice_arg(0);
    if (dst.len > 0)
        std::memcpy(mem, dst.ptr, static_cast<size_t>(dst.len));
    std::memcpy(mem + dst.len, text.data(), text.size());
    call.set_slice(0, { mem, len, cap });
}

template <bool Ascii, bool Graphic> void AppendQuoteT(vm::NativeCall& call)
{
    std::string s;
    append_quote(s, call.string_arg(3).view(), Ascii, Graphic);
    append_quoted_result(call, s, call.string_arg(3).len);
}

template <bool Ascii, bool Graphic> void AppendQuoteRuneT(vm::NativeCall& call)
{
    std::string s;
    append_quote_rune(s, static_cast<int32_t>(call.int_arg(3)), Ascii, Graphic);
    append_quoted_result(call, s, -1);
}

template <bool Ascii, bool Graphic> void QuoteT(vm::NativeCall& call)
{
    std::string s;
    append_quote(s, call.string_arg(0).view(), Ascii, Graphic);
    call.set_string(0, call.new_string(s));
}

template <bool Ascii, bool Graphic> void QuoteRuneT(vm::NativeCall& call)
{
    std::string s;
    append_quote_rune(s, static_cast<int32_t>(call.int_arg(0)), Ascii, Graphic);
    call.set_string(0, call.new_string(s));
}

void CanBackquote(vm::NativeCall& call)
{
    call.set_int(0, can_backquote(call.string_arg(0).view()));
}

void IsGraphic(vm::NativeCall& call)
{
    call.set_int(0, support::unicode::is_graphic(static_cast<int32_t>(call.int_arg(0))));
}

void Unquote(vm::NativeCall& call)
{
    std::string out;
    if (!unquote(call.string_arg(0).view(), out)) {
        call.set_string(0, { nullptr, 0 });
        call.set_iface(2, internal::err_syntax());
        return;
    }
    call.set_string(0, call.new_string(out));
    internal::set_nil_error(call, 2);
}

void QuotedPrefix(vm::NativeCall& call)
{
    vm::String s = call.string_arg(0);
    int64_t n = quoted_prefix_len(s.view());
    if (n < 0) {
        call.set_string(0, { nullptr, 0 });
        call.set_iface(2, internal::err_syntax());
        return;
    }
    call.set_string(0, internal::view_string(s.view().substr(0, static_cast<size_t>(n))));
    internal::set_nil_error(call, 2);
}

// UnquoteChar(s, quote) (value rune, multibyte bool, tail string, err error).
void UnquoteChar(vm::NativeCall& call)
{
    std::string_view s = call.string_arg(0).view();
    auto quote = static_cast<char>(call.int_arg(2));
    int32_t value = 0;
    bool multibyte = false;
    bool ok = unquote_char(s, quote, value, multibyte);
    call.set_int(0, ok ? value : 0);
    call.set_int(1, ok && multibyte);
    call.set_string(2, ok ? internal::view_string(s) : vm::String { nullptr, 0 });
    if (ok)
        internal::set_nil_error(call, 4);
    else
        call.set_iface(4, internal::err_syntax());
}

void NumError_Unwrap(vm::NativeCall& call)
{
    const auto* e = static_cast<const internal::NumError*>(call.ptr_arg(0));
    call.set_iface(0, e->err);
}

} // namespace

void register_strconv_more(vm::NativeRegistry& r)
{
    r.add("strconv.AppendBool", AppendBool);
    r.add("strconv.AppendInt", AppendInt);
    r.add("strconv.AppendUint", AppendUint);
    r.add("strconv.AppendFloat", AppendFloat);
    r.add("strconv.AppendQuote", AppendQuoteT<false, false>);
    r.add("strconv.AppendQuoteToASCII", AppendQuoteT<true, false>);
    r.add("strconv.AppendQuoteToGraphic", AppendQuoteT<false, true>);
    r.add("strconv.AppendQuoteRune", AppendQuoteRuneT<false, false>);
    r.add("strconv.AppendQuoteRuneToASCII", AppendQuoteRuneT<true, false>);
    r.add("strconv.AppendQuoteRuneToGraphic", AppendQuoteRuneT<false, true>);
    r.add("strconv.QuoteToGraphic", QuoteT<false, true>);
    r.add("strconv.QuoteRuneToASCII", QuoteRuneT<true, false>);
    r.add("strconv.QuoteRuneToGraphic", QuoteRuneT<false, true>);
    r.add("strconv.CanBackquote", CanBackquote);
    r.add("strconv.IsGraphic", IsGraphic);
    r.add("strconv.Unquote", Unquote);
    r.add("strconv.QuotedPrefix", QuotedPrefix);
    r.add("strconv.UnquoteChar", UnquoteChar);
    r.add("strconv.(*NumError).Unwrap", NumError_Unwrap);
}

} // namespace vitro::stdlib::strconv
