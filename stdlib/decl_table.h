// stdlib/decl_table.h — the declarations of every importable standard package.
//
// Each package folder holds decl.go, its exported API written in Go (types with their fields,
// constants, variables, functions and methods without bodies). The build embeds them all into
// this table; the command hands it to the checker through lang::Importer. Later issues add the
// native implementations beside each decl.go without touching the checker.
#pragma once

#include <string_view>
#include <vector>

namespace vitro::stdlib {

struct DeclEntry {
    std::string_view import_path; // "fmt", "sync/atomic"
    std::string_view file_name; // shown in diagnostics about the table itself
    std::string_view text; // Go source: `package NAME` + declarations
};

const std::vector<DeclEntry>& decl_table();

} // namespace vitro::stdlib
