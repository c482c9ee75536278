// tests/fuzz/frontend_fuzz.cpp — libFuzzer target for the front end (lexer, parser, checker).
//
// Each input is one file "fuzz.go": it is parsed, and when parsing reported no error it is
// type-checked against the standard library's declaration table, exactly as `vitro build` does
// (cmd/vitro/main.cpp). Any crash, hang, leak or sanitizer report is a bug; wrong diagnostics
// are not this target's business (tests/errors covers them). Build and run: tests/fuzz/README.md.
#include "lang/front_end.h"
#include "stdlib/decl_table.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace {

// Built once: the table is constant and the importer only hands out its texts.
const vitro::lang::TableImporter& stdlib_importer()
{
    static const vitro::lang::TableImporter importer = [] {
        vitro::lang::TableImporter table;
        for (const auto& entry : vitro::stdlib::decl_table())
            table.add(std::string(entry.import_path),
                vitro::support::SourceFile { std::string(entry.file_name), std::string(entry.text) });
        return table;
    }();
    return importer;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    vitro::support::SourceFile source { "fuzz.go", std::string(reinterpret_cast<const char*>(data), size) };
    vitro::support::Arena arena;
    vitro::support::Diagnostics diags(source.name);
    vitro::lang::File* file = vitro::lang::parse_file(source, arena, diags);
    if (!diags.has_errors())
        vitro::lang::check_file(file, stdlib_importer(), arena, diags);
    // Formatting exercises the sorting and the "too many errors" path as the command does.
    for (const auto& entry : diags.sorted())
        (void)diags.format(entry);
    return 0;
}
