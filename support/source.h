// support/source.h — source positions and files.
//
// A Pos is 1-based line and column, the column counted in bytes the way Go counts it (a tab is
// one column, a multi-byte UTF-8 character is several). Line 0 means "no position".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace vitro::support {

struct Pos {
    uint32_t line = 0;
    uint32_t col = 0;

    bool known() const { return line != 0; }
    friend bool operator==(Pos, Pos) = default;
    friend auto operator<=>(Pos a, Pos b) { return a.line != b.line ? a.line <=> b.line : a.col <=> b.col; }
};

// One source file: its name as the user gave it (diagnostics print it unchanged) and its text.
struct SourceFile {
    std::string name;
    std::string text;
};

} // namespace vitro::support
