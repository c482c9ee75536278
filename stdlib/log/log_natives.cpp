// stdlib/log/log_natives.cpp — Go 1.19's log package: the standard logger and *Logger.
//
// Each output is one line: the prefix (unless Lmsgprefix), the date "2009/01/23 " (Ldate), the
// time "01:23:23" plus ".123123" (Ltime, Lmicroseconds), in local time unless LUTC, a space,
// the prefix here under Lmsgprefix, then the message with a newline added if missing — Go's
// formatHeader. Llongfile/Lshortfile print "???:0: " (natives do not see their caller's line).
// The text goes to the logger's writer through fmt's Fprint path, or to stderr when the writer
// is nil (the standard logger's default; os.Stdout stays ordered because stdout is flushed
// before every stderr write). Fatal* exit with status 1 after writing; Panic* panic with the
// message string. The standard logger is a heap Logger that init_log allocates and pins (a GC
// root for the whole run), with flags LstdFlags.
// Concurrency: natives run on the one scheduler thread; no locking is needed (the standard
// logger pointer is per process: the last Runtime initialized owns it).
// Go reference: src/log/log.go.
#include "stdlib/fmt/print.h"
#include "stdlib/internal/native_util.h"
#include "stdlib/internal/types.h"
#include "stdlib/natives.h"
#include "vm/runtime.h"

#include <cstdio>
#include <ctime>
#include <string>

namespace vitro::stdlib::log {

namespace {

struct Logger {
    vm::String prefix;
    int64_t flag;
    vm::Iface out;
};
static_assert(sizeof(Logger) == 40);

constexpr int64_t kLdate = 1, kLtime = 2, kLmicroseconds = 4, kLlongfile = 8, kLshortfile = 16, kLUTC = 32,
                  kLmsgprefix = 64, kLstdFlags = kLdate | kLtime;
constexpr uint64_t kLoggerMask = 0x19; // prefix.ptr, out.tab, out.data
const gc::Type kLoggerType = internal::make_struct_type("log.Logger", sizeof(Logger), 40, &kLoggerMask, 0);

// The standard logger of the runtime that init_log set up (pinned: a GC root for the run).
vm::Runtime* g_std_runtime = nullptr;
Logger* g_std = nullptr;

Logger* std_logger(vm::NativeCall& call)
{
    return &call.runtime() == g_std_runtime ? g_std : nullptr;
}

std::string header(const Logger& l)
{
    std::string h;
    std::string prefix(l.prefix.view());
    if (!(l.flag & kLmsgprefix))
        h += prefix;
    if (l.flag & (kLdate | kLtime | kLmicroseconds)) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        struct tm tm;
        if (l.flag & kLUTC)
            gmtime_r(&ts.tv_sec, &tm);
        else
            localtime_r(&ts.tv_sec, &tm);
        char buf[64];
        if (l.flag & kLdate) {
            std::snprintf(buf, sizeof buf, "%04d/%02d/%02d ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
            h += buf;
        }
        if (l.flag & (kLtime | kLmicroseconds)) {
            std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", tm.tm_hour, tm.tm_min, tm.tm_sec);
            h += buf;
            if (l.flag & kLmicroseconds) {
                std::snprintf(buf, sizeof buf, ".%06ld", static_cast<long>(ts.tv_nsec / 1000));
                h += buf;
            }
            h += ' ';
        }
    }
    if (l.flag & (kLshortfile | kLlongfile))
        h += "???:0: ";
    if (l.flag & kLmsgprefix)
        h += prefix;
    return h;
}

// Writes one log line for message `msg` (results of the writer, if any, land in slots 0-2).
void output(vm::NativeCall& call, const Logger* l, const std::string& msg)
{
    std::string line = header(*l) + msg;
    if (line.empty() || line.back() != '\n')
        line += '\n';
    vm::Iface out = l->out;
    if (!out.tab) {
        std::fflush(call.out());
        std::fwrite(line.data(), 1, line.size(), stderr);
        std::fflush(stderr);
        return;
    }
    fmt::write_text(call, out, line);
}

void panic_with(vm::NativeCall& call, const std::string& msg)
{
    vm::String s = call.new_string(msg);
    gc::Heap::TempRoot keep(call.heap(), s.ptr);
    auto* boxed = static_cast<vm::String*>(call.heap().alloc(&internal::kStringType));
    internal::store_string(*boxed, s);
    call.panic_value({ &internal::kStringType, boxed });
}

enum class After { Return, Exit, Panic };

// A print family member: the logger (null: the standard one) and where its arguments sit.
void log_call(
    vm::NativeCall& call, Logger* l, fmt::PrintKind kind, int format_slot, int args_slot, After after)
{
    std::string msg = fmt::format_args(call, kind, format_slot, args_slot);
    if (!l)
        l = std_logger(call);
    if (!l)
        return;
    output(call, l, msg);
    if (after == After::Exit)
        call.exit(1);
    else if (after == After::Panic)
        panic_with(call, msg);
}

Logger* recv(vm::NativeCall& call)
{
    auto* l = static_cast<Logger*>(call.ptr_arg(0));
    if (!l)
        call.panic_runtime_error("invalid memory address or nil pointer dereference");
    return l;
}

using fmt::PrintKind;

#define LOG_FAMILY(NAME, KIND, AFTER)                                                                        \
    void NAME(vm::NativeCall& call)                                                                          \
    {                                                                                                        \
        bool f = PrintKind::KIND == PrintKind::Printf;                                                       \
        log_call(call, nullptr, PrintKind::KIND, 0, f ? 2 : 0, After::AFTER);                                \
    }                                                                                                        \
    void Logger_##NAME(vm::NativeCall& call)                                                                 \
    {                                                                                                        \
        Logger* l = recv(call);                                                                              \
        if (!l)                                                                                              \
            return;                                                                                          \
        bool f = PrintKind::KIND == PrintKind::Printf;                                                       \
        log_call(call, l, PrintKind::KIND, 1, f ? 3 : 1, After::AFTER);                                      \
    }

LOG_FAMILY(Print, Print, Return)
LOG_FAMILY(Printf, Printf, Return)
LOG_FAMILY(Println, Println, Return)
LOG_FAMILY(Fatal, Print, Exit)
LOG_FAMILY(Fatalf, Printf, Exit)
LOG_FAMILY(Fatalln, Println, Exit)
LOG_FAMILY(Panic, Print, Panic)
LOG_FAMILY(Panicf, Printf, Panic)
LOG_FAMILY(Panicln, Println, Panic)

#undef LOG_FAMILY

// The setters and getters, on logger l whose own arguments start at slot `a`.
void set_flags(Logger* l, int64_t flag)
{
    l->flag = flag;
}
void set_prefix(Logger* l, vm::String prefix)
{
    internal::store_string(l->prefix, prefix);
}
void set_output(Logger* l, vm::Iface w)
{
    l->out.tab = w.tab;
    gc::store_ptr(&l->out.data, w.data);
}

void New(vm::NativeCall& call)
{
    auto* l = static_cast<Logger*>(call.heap().alloc(&kLoggerType));
    set_output(l, call.iface_arg(0));
    set_prefix(l, call.string_arg(2));
    set_flags(l, call.int_arg(4));
    call.set_ptr(0, l);
}
void Default(vm::NativeCall& call)
{
    call.set_ptr(0, std_logger(call));
}

void SetFlags(vm::NativeCall& call)
{
    set_flags(std_logger(call), call.int_arg(0));
}
void Flags(vm::NativeCall& call)
{
    call.set_int(0, std_logger(call)->flag);
}
void SetPrefix(vm::NativeCall& call)
{
    set_prefix(std_logger(call), call.string_arg(0));
}
void Prefix(vm::NativeCall& call)
{
    call.set_string(0, std_logger(call)->prefix);
}
void SetOutput(vm::NativeCall& call)
{
    set_output(std_logger(call), call.iface_arg(0));
}
void Writer(vm::NativeCall& call)
{
    call.set_iface(0, std_logger(call)->out);
}
void Output(vm::NativeCall& call)
{
    std::string msg(call.string_arg(1).view());
    output(call, std_logger(call), msg);
    internal::set_nil_error(call, 0);
}

void Logger_SetFlags(vm::NativeCall& call)
{
    if (Logger* l = recv(call))
        set_flags(l, call.int_arg(1));
}
void Logger_Flags(vm::NativeCall& call)
{
    if (Logger* l = recv(call))
        call.set_int(0, l->flag);
}
void Logger_SetPrefix(vm::NativeCall& call)
{
    if (Logger* l = recv(call))
        set_prefix(l, call.string_arg(1));
}
void Logger_Prefix(vm::NativeCall& call)
{
    if (Logger* l = recv(call))
        call.set_string(0, l->prefix);
}
void Logger_SetOutput(vm::NativeCall& call)
{
    if (Logger* l = recv(call))
        set_output(l, call.iface_arg(1));
}
void Logger_Writer(vm::NativeCall& call)
{
    if (Logger* l = recv(call))
        call.set_iface(0, l->out);
}
void Logger_Output(vm::NativeCall& call)
{
    Logger* l = recv(call);
    if (!l)
        return;
    std::string msg(call.string_arg(2).view());
    output(call, l, msg);
    internal::set_nil_error(call, 0);
}

} // namespace

void init_log(vm::Runtime& rt)
{
    g_std = static_cast<Logger*>(rt.heap().alloc(&kLoggerType));
    g_std->flag = kLstdFlags;
    g_std_runtime = &rt;
    rt.pin(g_std);
}

} // namespace vitro::stdlib::log

namespace vitro::stdlib {

void register_log(vm::NativeRegistry& r)
{
    using namespace log;
    r.add("log.New", New);
    r.add("log.Default", Default);
    r.add("log.Print", Print);
    r.add("log.Printf", Printf);
    r.add("log.Println", Println);
    r.add("log.Fatal", Fatal);
    r.add("log.Fatalf", Fatalf);
    r.add("log.Fatalln", Fatalln);
    r.add("log.Panic", Panic);
    r.add("log.Panicf", Panicf);
    r.add("log.Panicln", Panicln);
    r.add("log.SetFlags", SetFlags);
    r.add("log.Flags", Flags);
    r.add("log.SetPrefix", SetPrefix);
    r.add("log.Prefix", Prefix);
    r.add("log.SetOutput", SetOutput);
    r.add("log.Writer", Writer);
    r.add("log.Output", Output);
    r.add("log.(*Logger).Print", Logger_Print);
    r.add("log.(*Logger).Printf", Logger_Printf);
    r.add("log.(*Logger).Println", Logger_Println);
    r.add("log.(*Logger).Fatal", Logger_Fatal);
    r.add("log.(*Logger).Fatalf", Logger_Fatalf);
    r.add("log.(*Logger).Fatalln", Logger_Fatalln);
    r.add("log.(*Logger).Panic", Logger_Panic);
    r.add("log.(*Logger).Panicf", Logger_Panicf);
    r.add("log.(*Logger).Panicln", Logger_Panicln);
    r.add("log.(*Logger).SetFlags", Logger_SetFlags);
    r.add("log.(*Logger).Flags", Logger_Flags);
    r.add("log.(*Logger).SetPrefix", Logger_SetPrefix);
    r.add("log.(*Logger).Prefix", Logger_Prefix);
    r.add("log.(*Logger).SetOutput", Logger_SetOutput);
    r.add("log.(*Logger).Writer", Logger_Writer);
    r.add("log.(*Logger).Output", Logger_Output);
}

} // namespace vitro::stdlib
