// stdlib/bufio/bufio_errors.cpp — bufio's error variables (see bufio_errors.h).
// Go reference: src/bufio/bufio.go and scan.go (the var blocks).
#include "stdlib/bufio/bufio_errors.h"

#include "stdlib/internal/native_util.h"

#include <cstring>
#include <string_view>

namespace vitro::stdlib::bufio {

namespace {

internal::ErrorString make(std::string_view text)
{
    return { { reinterpret_cast<const uint8_t*>(text.data()), static_cast<int64_t>(text.size()) } };
}

const internal::ErrorString kBufferFull = make("bufio: buffer full");
const internal::ErrorString kInvalidUnreadByte = make("bufio: invalid use of UnreadByte");
const internal::ErrorString kInvalidUnreadRune = make("bufio: invalid use of UnreadRune");
const internal::ErrorString kNegativeCount = make("bufio: negative count");
const internal::ErrorString kTooLong = make("bufio.Scanner: token too long");
const internal::ErrorString kNegativeAdvance
    = make("bufio.Scanner: SplitFunc returns negative advance count");
const internal::ErrorString kAdvanceTooFar
    = make("bufio.Scanner: SplitFunc returns advance count beyond input");
const internal::ErrorString kBadReadCount = make("bufio.Scanner: Read returned impossible count");
const internal::ErrorString kFinalToken = make("final token");

vm::Iface of(const internal::ErrorString& e)
{
    return { &internal::kErrorStringItab, const_cast<internal::ErrorString*>(&e) };
}

} // namespace

vm::Iface err_buffer_full()
{
    return of(kBufferFull);
}
vm::Iface err_invalid_unread_byte()
{
    return of(kInvalidUnreadByte);
}
vm::Iface err_invalid_unread_rune()
{
    return of(kInvalidUnreadRune);
}
vm::Iface err_negative_count()
{
    return of(kNegativeCount);
}
vm::Iface err_too_long()
{
    return of(kTooLong);
}
vm::Iface err_negative_advance()
{
    return of(kNegativeAdvance);
}
vm::Iface err_advance_too_far()
{
    return of(kAdvanceTooFar);
}
vm::Iface err_bad_read_count()
{
    return of(kBadReadCount);
}
vm::Iface err_final_token()
{
    return of(kFinalToken);
}

void init_bufio_errors(vm::Runtime& rt)
{
    auto set = [&](std::string_view name, vm::Iface value) {
        if (void* p = internal::global_address(rt, name))
            std::memcpy(p, &value, sizeof value); // static objects, outside the heap
    };
    set("bufio.ErrBufferFull", err_buffer_full());
    set("bufio.ErrInvalidUnreadByte", err_invalid_unread_byte());
    set("bufio.ErrInvalidUnreadRune", err_invalid_unread_rune());
    set("bufio.ErrNegativeCount", err_negative_count());
    set("bufio.ErrTooLong", err_too_long());
    set("bufio.ErrNegativeAdvance", err_negative_advance());
    set("bufio.ErrAdvanceTooFar", err_advance_too_far());
    set("bufio.ErrBadReadCount", err_bad_read_count());
    set("bufio.ErrFinalToken", err_final_token());
}

} // namespace vitro::stdlib::bufio
