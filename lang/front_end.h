// lang/front_end.h — the front end's entry points: source text to a checked syntax tree.
//
// Overview: parse_file (lexer.re + parser.y) builds a File; check_file (lang/types) resolves
// names, computes types and constant values, and annotates the tree. Both report into a
// support::Diagnostics and never throw. Imported standard packages are declared to the checker
// as Go source text (function signatures without bodies, types, constants), supplied by an
// Importer; lang/ never depends on stdlib/, the command wires stdlib's table in.
#pragma once

#include "lang/ast.h"
#include "support/arena.h"
#include "support/diagnostics.h"
#include "support/source.h"

#include <map>
#include <string>
#include <string_view>

namespace vitro::lang {

namespace types {
class Package;
}

// Supplies the declaration text of importable packages ("fmt", "sync/atomic", ...).
class Importer {
public:
    virtual ~Importer() = default;
    // The Go declaration source of the package, or nullptr if there is no such package.
    // The text must outlive the compilation.
    virtual const support::SourceFile* find(std::string_view import_path) const = 0;
};

// An Importer over a fixed table of (import path, declaration file) pairs, such as
// stdlib::decl_table().
class TableImporter final : public Importer {
public:
    void add(std::string import_path, support::SourceFile file);
    const support::SourceFile* find(std::string_view import_path) const override;

private:
    std::map<std::string, support::SourceFile, std::less<>> m_files;
};

// Parses one file. Always returns a File (possibly partial); errors go to `diags`.
File* parse_file(const support::SourceFile& source, support::Arena& arena, support::Diagnostics& diags);

// Type-checks a parsed `package main` file with Go's rules. Returns the checked package, or
// nullptr when errors were reported. Annotations are written into the tree.
types::Package* check_file(
    File* file, const Importer& importer, support::Arena& arena, support::Diagnostics& diags);

} // namespace vitro::lang
