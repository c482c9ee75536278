// cmd/vitro/main.cpp — the `vitro` command: thin argument handling over lang/, vm/ and stdlib/.
//
//   vitro build [-S] [-m] file.go   parse and type-check; -S also compiles and prints the
//                                   bytecode (plain `build` stays a front-end check until the
//                                   code generator covers the whole language)
//   vitro run file.go [args]        compile and run; os.Args = [program, args...]
//   vitro version
//
// Exit status follows Go's tools: 0 success, 1 compile errors (including a call of a standard
// library function that has no native yet: `file.go:L:C: vitro: strings.Foo is not implemented
// yet`), 2 usage errors (unknown flag, missing or unreadable file, malformed GOGC) and
// unrecovered panics, os.Exit(n) n. Dev builds verify the bytecode before running it; a
// verifier failure is a compiler bug and exits 1 after listing the problems.
#include "lang/compile/compile.h"
#include "lang/front_end.h"
#include "stdlib/decl_table.h"
#include "stdlib/natives.h"
#include "support/config.h"
#include "vm/disasm.h"
#include "vm/runtime.h"
#include "vm/verify.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace {

using vitro::support::SourceFile;

// The checker's view of stdlib/*/decl.go.
vitro::lang::TableImporter stdlib_importer()
{
    vitro::lang::TableImporter importer;
    for (const auto& entry : vitro::stdlib::decl_table())
        importer.add(std::string(entry.import_path),
            SourceFile { std::string(entry.file_name), std::string(entry.text) });
    return importer;
}

int usage_error(const std::string& message)
{
    std::fprintf(stderr, "vitro: %s\n", message.c_str());
    return 2;
}

void print_usage(std::FILE* out)
{
    std::fprintf(out,
        "usage: vitro <command> [arguments]\n\n"
        "commands:\n"
        "  build [-S] [-m] file.go   parse and type-check a program\n"
        "  run file.go [args]        run a program\n"
        "  version                   print the vitro version\n");
}

bool read_file(const std::string& path, std::string& text, std::string& error)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "open " + path + ": " + std::strerror(errno);
        return false;
    }
    std::ostringstream buf;
    buf << in.rdbuf();
    if (in.bad()) {
        error = "read " + path + ": " + std::strerror(errno);
        return false;
    }
    text = buf.str();
    return true;
}

// Parses, checks and compiles `path`. Returns the module, or nullptr with `status` set (after
// printing diagnostics).
std::unique_ptr<vitro::vm::Module> compile_program(const std::string& path, int& status, bool codegen = true)
{
    SourceFile source { path, {} };
    std::string error;
    if (!read_file(path, source.text, error)) {
        status = usage_error(error);
        return nullptr;
    }
    vitro::support::Arena arena;
    vitro::support::Diagnostics diags(path);
    vitro::lang::File* file = vitro::lang::parse_file(source, arena, diags);
    vitro::lang::types::Package* pkg = nullptr;
    if (!diags.has_errors()) {
        vitro::lang::TableImporter importer = stdlib_importer();
        pkg = vitro::lang::check_file(file, importer, arena, diags);
    }
    std::unique_ptr<vitro::vm::Module> module;
    if (!diags.has_errors() && pkg && !codegen) {
        status = 0;
        return nullptr;
    }
    if (!diags.has_errors() && pkg)
        module = vitro::lang::compile(pkg, source, diags);
    if (diags.has_errors() || !module) {
        diags.flush(stderr);
        status = 1;
        return nullptr;
    }
    if (module->file_name.empty())
        module->file_name = path;
    if (module->file_path.empty()) {
        std::error_code ec;
        auto abs = std::filesystem::absolute(path, ec);
        module->file_path = ec ? path : abs.lexically_normal().string();
    }
#if VITRO_ASSERTS
    std::vector<std::string> problems = vitro::vm::verify_module(*module);
    if (!problems.empty()) {
        std::fprintf(stderr, "vitro: internal error: the compiled bytecode does not verify:\n");
        for (const std::string& p : problems)
            std::fprintf(stderr, "\t%s\n", p.c_str());
        status = 1;
        return nullptr;
    }
#endif
    status = 0;
    return module;
}

int cmd_build(const std::vector<std::string>& args)
{
    std::string file;
    bool listing = false;
    for (const std::string& arg : args) {
        if (arg == "-S") {
            listing = true;
            continue;
        }
        if (arg == "-m")
            continue; // accepted now; its output arrives with escape analysis
        if (arg.size() > 1 && arg[0] == '-')
            return usage_error("build: unknown flag " + arg);
        if (!file.empty())
            return usage_error("build: only one file may be given");
        file = arg;
    }
    if (file.empty())
        return usage_error("build: no file given");
    int status = 0;
    std::unique_ptr<vitro::vm::Module> module = compile_program(file, status, listing);
    if (!module)
        return status;
    if (listing) {
        std::string text = vitro::vm::disassemble(*module);
        std::fwrite(text.data(), 1, text.size(), stdout);
    }
    return 0;
}

int cmd_run(const std::vector<std::string>& args)
{
    if (args.empty())
        return usage_error("run: no file given");
    if (args[0].size() > 1 && args[0][0] == '-')
        return usage_error("run: unknown flag " + args[0]);
    int status = 0;
    std::unique_ptr<vitro::vm::Module> module = compile_program(args[0], status);
    if (!module)
        return status;
    vitro::gc::Options options;
    std::string error;
    if (!vitro::vm::heap_options_from_env(options, error)) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 2;
    }
    // VITRO_GCSTRESS=N collects at every Nth allocation (the gcstress preset's behaviour
    // without rebuilding; for debugging root scanning).
    if (const char* stress = std::getenv("VITRO_GCSTRESS"); stress && *stress)
        options.stress_interval = static_cast<uint32_t>(std::strtoul(stress, nullptr, 10));
    static char out_buffer[1 << 16];
    std::setvbuf(stdout, out_buffer, _IOFBF, sizeof out_buffer);
    vitro::vm::Runtime rt(*module, options);
    vitro::vm::NativeRegistry registry;
    vitro::stdlib::register_natives(registry);
    if (!rt.link(registry, error)) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 1;
    }
    // os.Args[0]: the program's name as `go run` would build it (the file name without .go).
    std::vector<std::string> program_args(args.begin(), args.end());
    std::string& name = program_args[0];
    if (name.size() > 3 && name.compare(name.size() - 3, 3, ".go") == 0)
        name.resize(name.size() - 3);
    rt.set_args(std::move(program_args));
    vitro::stdlib::init_globals(rt);
    return rt.run();
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        print_usage(stderr);
        return 2;
    }
    std::string command = args[0];
    args.erase(args.begin());
    if (command == "build")
        return cmd_build(args);
    if (command == "run")
        return cmd_run(args);
    if (command == "version") {
        std::printf("vitro version %s\n", VITRO_VERSION);
        return 0;
    }
    if (command == "help" || command == "-h" || command == "--help") {
        print_usage(stdout);
        return 0;
    }
    return usage_error("unknown command " + command + " (try vitro help)");
}
