// stdlib/bufio/bufio_errors.h — bufio's error variables as static errorString values (stored
// in the program's bufio variables by init_bufio_errors, so `err == bufio.ErrBufferFull` holds
// for the values the natives return).
#pragma once

#include "vm/value.h"

namespace vitro::vm {
class Runtime;
}

namespace vitro::stdlib::bufio {

vm::Iface err_buffer_full();
vm::Iface err_invalid_unread_byte();
vm::Iface err_invalid_unread_rune();
vm::Iface err_negative_count();
vm::Iface err_too_long();
vm::Iface err_negative_advance();
vm::Iface err_advance_too_far();
vm::Iface err_bad_read_count();
vm::Iface err_final_token();

void init_bufio_errors(vm::Runtime& rt);

} // namespace vitro::stdlib::bufio
