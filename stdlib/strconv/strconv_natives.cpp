// stdlib/strconv/strconv_natives.cpp — strconv's natives over conv.h. Errors are *NumError
// values (stdlib/internal/types.h) whose Error text is Go's:
// `strconv.Atoi: parsing "x": invalid syntax`.
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"
#include "stdlib/strconv/conv.h"

#include <string>

namespace vitro::stdlib::strconv {

void register_strconv_more(vm::NativeRegistry& r);

namespace {

// The error value for a failed parse, or a nil interface.
vm::Iface num_error(
    vm::NativeCall& call, std::string_view func, vm::String num, NumErr err, int64_t base, int64_t bit_size)
{
    switch (err) {
    case NumErr::None:
        return { nullptr, nullptr };
    case NumErr::Syntax:
        return internal::new_num_error(call, func, num, internal::err_syntax());
    case NumErr::Range:
        return internal::new_num_error(call, func, num, internal::err_range());
    case NumErr::Base:
    case NumErr::BitSize: {
        std::string text = err == NumErr::Base ? "invalid base " : "invalid bit size ";
        append_int(text, err == NumErr::Base ? base : bit_size, 10);
        vm::Iface inner = internal::new_error(call, text);
        gc::Heap::TempRoot keep(call.heap(), inner.data);
        return internal::new_num_error(call, func, num, inner);
    }
    }
    return { nullptr, nullptr };
}

void Itoa(vm::NativeCall& call)
{
    std::string s;
    append_int(s, call.int_arg(0), 10);
    call.set_string(0, call.new_string(s));
}

void FormatInt(vm::NativeCall& call)
{
    int64_t base = call.int_arg(1);
    if (base < 2 || base > 36) {
        call.panic_message("strconv: illegal AppendInt/FormatInt base");
        return;
    }
    std::string s;
    append_int(s, call.int_arg(0), static_cast<int>(base));
    call.set_string(0, call.new_string(s));
}

void FormatUint(vm::NativeCall& call)
{
    int64_t base = call.int_arg(1);
    if (base < 2 || base > 36) {
        call.panic_message("strconv: illegal AppendInt/FormatInt base");
        return;
    }
    std::string s;
    append_uint(s, static_cast<uint64_t>(call.int_arg(0)), static_cast<int>(base));
    call.set_string(0, call.new_string(s));
}

void Atoi(vm::NativeCall& call)
{
    vm::String s = call.string_arg(0);
    IntResult r = parse_int(s.view(), 10, 64);
    // Go's Atoi reports 0 with a syntax error, the clamped value with a range error.
    call.set_iface(1, num_error(call, "Atoi", s, r.err, 10, 0));
    call.set_int(0, r.value);
}

void ParseInt(vm::NativeCall& call)
{
    vm::String s = call.string_arg(0);
    int64_t base = call.int_arg(2), bit_size = call.int_arg(3);
    IntResult r = parse_int(s.view(), static_cast<int>(base), static_cast<int>(bit_size));
    call.set_iface(1, num_error(call, "ParseInt", s, r.err, base, bit_size));
    call.set_int(0, r.value);
}

void ParseUint(vm::NativeCall& call)
{
    vm::String s = call.string_arg(0);
    int64_t base = call.int_arg(2), bit_size = call.int_arg(3);
    UintResult r = parse_uint(s.view(), static_cast<int>(base), static_cast<int>(bit_size));
    call.set_iface(1, num_error(call, "ParseUint", s, r.err, base, bit_size));
    call.set_int(0, static_cast<int64_t>(r.value));
}

void ParseFloat(vm::NativeCall& call)
{
    vm::String s = call.string_arg(0);
    int64_t bit_size = call.int_arg(2);
    FloatResult r = parse_float(s.view(), bit_size == 32 ? 32 : 64);
    call.set_iface(1, num_error(call, "ParseFloat", s, r.err, 10, bit_size));
    call.set_float(0, r.value);
}

void ParseBool(vm::NativeCall& call)
{
    vm::String s = call.string_arg(0);
    std::string_view v = s.view();
    int result = -1;
    if (v == "1" || v == "t" || v == "T" || v == "TRUE" || v == "true" || v == "True")
        result = 1;
    else if (v == "0" || v == "f" || v == "F" || v == "FALSE" || v == "false" || v == "False")
        result = 0;
    call.set_iface(1, num_error(call, "ParseBool", s, result < 0 ? NumErr::Syntax : NumErr::None, 0, 0));
    call.set_int(0, result == 1);
}

void FormatBool(vm::NativeCall& call)
{
    call.set_string(0, internal::view_string(call.int_arg(0) ? "true" : "false"));
}

void FormatFloat(vm::NativeCall& call)
{
    double f = call.float_arg(0);
    auto fmt = static_cast<char>(call.int_arg(1));
    int64_t prec = call.int_arg(2), bit_size = call.int_arg(3);
    if (bit_size != 32 && bit_size != 64) {
        call.panic_message("strconv: illegal AppendFloat/FormatFloat bitSize");
        return;
    }
    std::string s;
    append_float(s, f, fmt, static_cast<int>(prec), static_cast<int>(bit_size));
    call.set_string(0, call.new_string(s));
}

void Quote(vm::NativeCall& call)
{
    std::string s;
    append_quote(s, call.string_arg(0).view(), false);
    call.set_string(0, call.new_string(s));
}

void QuoteToASCII(vm::NativeCall& call)
{
    std::string s;
    append_quote(s, call.string_arg(0).view(), true);
    call.set_string(0, call.new_string(s));
}

void QuoteRune(vm::NativeCall& call)
{
    std::string s;
    append_quote_rune(s, static_cast<int32_t>(call.int_arg(0)), false);
    call.set_string(0, call.new_string(s));
}

void IsPrint(vm::NativeCall& call)
{
    call.set_int(0, is_print(static_cast<int32_t>(call.int_arg(0))));
}

// (*NumError).Error, for direct calls on a *strconv.NumError.
void NumError_Error(vm::NativeCall& call)
{
    std::string text;
    internal::error_text(&internal::kNumErrorPtrType, call.ptr_arg(0), text);
    call.set_string(0, call.new_string(text));
}

} // namespace

} // namespace vitro::stdlib::strconv

namespace vitro::stdlib {

void register_strconv(vm::NativeRegistry& r)
{
    using namespace strconv;
    register_strconv_more(r);
    r.add("strconv.Itoa", Itoa);
    r.add("strconv.Atoi", Atoi);
    r.add("strconv.FormatInt", FormatInt);
    r.add("strconv.FormatUint", FormatUint);
    r.add("strconv.ParseInt", ParseInt);
    r.add("strconv.ParseUint", ParseUint);
    r.add("strconv.ParseFloat", ParseFloat);
    r.add("strconv.ParseBool", ParseBool);
    r.add("strconv.FormatBool", FormatBool);
    r.add("strconv.FormatFloat", FormatFloat);
    r.add("strconv.Quote", Quote);
    r.add("strconv.QuoteToASCII", QuoteToASCII);
    r.add("strconv.QuoteRune", QuoteRune);
    r.add("strconv.IsPrint", IsPrint);
    r.add("strconv.(*NumError).Error", NumError_Error);
}

} // namespace vitro::stdlib
