// cmd/vitro/main.cpp — the `vitro` command: thin argument handling over lang/ and stdlib/.
//
//   vitro build [-S] [-m] file.go   parse and type-check (code generation comes later)
//   vitro run file.go [args]        (needs the interpreter; not built yet)
//   vitro version
//
// Exit status follows Go's tools: 0 success, 1 compile errors, 2 usage errors (unknown flag,
// missing or unreadable file).
#include "lang/front_end.h"
#include "stdlib/decl_table.h"
#include "support/config.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
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

// Parses and checks `path`; prints diagnostics; returns the exit status.
int check_program(const std::string& path)
{
    SourceFile source { path, {} };
    std::string error;
    if (!read_file(path, source.text, error))
        return usage_error(error);
    vitro::support::Arena arena;
    vitro::support::Diagnostics diags(path);
    vitro::lang::File* file = vitro::lang::parse_file(source, arena, diags);
    if (!diags.has_errors()) {
        vitro::lang::TableImporter importer = stdlib_importer();
        vitro::lang::check_file(file, importer, arena, diags);
    }
    if (diags.has_errors()) {
        diags.flush(stderr);
        return 1;
    }
    return 0;
}

int cmd_build(const std::vector<std::string>& args)
{
    std::string file;
    for (const std::string& arg : args) {
        if (arg == "-S" || arg == "-m")
            continue; // accepted now; their output arrives with code generation and escape analysis
        if (arg.size() > 1 && arg[0] == '-')
            return usage_error("build: unknown flag " + arg);
        if (!file.empty())
            return usage_error("build: only one file may be given");
        file = arg;
    }
    if (file.empty())
        return usage_error("build: no file given");
    return check_program(file);
}

int cmd_run(const std::vector<std::string>& args)
{
    if (args.empty())
        return usage_error("run: no file given");
    if (args[0].size() > 1 && args[0][0] == '-')
        return usage_error("run: unknown flag " + args[0]);
    int status = check_program(args[0]);
    if (status != 0)
        return status;
    return usage_error("run: the interpreter is not built yet; " + args[0] + " type-checks cleanly");
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
