// stdlib/natives.cpp — registers every package's natives and initializes stdlib-owned globals.
#include "stdlib/natives.h"

#include "stdlib/bufio/bufio_errors.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/io/io_objects.h"
#include "stdlib/os/os_files.h"
#include "vm/runtime.h"

#include <cstring>

namespace vitro::stdlib {

namespace time {
void init_locations(vm::Runtime& rt); // stdlib/time/calendar_natives.cpp
}

namespace encoding {
void init_encoding(vm::Runtime& rt); // stdlib/encoding/encoding_natives.cpp
}

namespace log {
void init_log(vm::Runtime& rt); // stdlib/log/log_natives.cpp
}

namespace unicode_pkg {
void init_rangetables(vm::Runtime& rt); // stdlib/unicode/rangetables.cpp
}

void register_natives(vm::NativeRegistry& registry)
{
    register_fmt(registry);
    register_strconv(registry);
    register_strings(registry);
    register_math(registry);
    register_sort(registry);
    register_os(registry);
    register_time(registry);
    register_runtime(registry);
    register_errors(registry);
    register_sync(registry);
    register_atomic(registry);
    register_unicode(registry);
    register_utf8(registry);
    register_bits(registry);
    register_bytes(registry);
    register_bufio(registry);
    register_debug(registry);
    register_rand(registry);
    register_io(registry);
    register_context(registry);
    register_container_heap(registry);
    register_container_list(registry);
    register_log(registry);
    register_path(registry);
    register_tabwriter(registry);
    register_encoding(registry);
    register_sha256(registry);
}

void init_globals(vm::Runtime& rt)
{
    os::init_files(rt);
    os::init_errors(rt);
    bufio::init_bufio_errors(rt);
    unicode_pkg::init_rangetables(rt);
    init_context_globals(rt);
    auto set_error = [&](std::string_view name, vm::Iface value) {
        if (void* p = internal::global_address(rt, name))
            std::memcpy(p, &value, sizeof value); // static objects, outside the heap
    };
    set_error("strconv.ErrSyntax", internal::err_syntax());
    set_error("strconv.ErrRange", internal::err_range());
    io::init_io(rt);
    time::init_locations(rt);
    log::init_log(rt);
    encoding::init_encoding(rt);
}

} // namespace vitro::stdlib
