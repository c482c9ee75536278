// support/diagnostics.h — the sink every compile-time error goes through.
//
// Overview: lexer, parser, checker and later -m report into one Diagnostics object and carry
// on; nothing throws. At the end the driver calls flush(), which prints the messages as Go's
// compiler does (cmd/compile/internal/base/print.go):
//   - `file.go:LINE:COL: message`, sorted by position (stable for equal positions);
//   - a syntax error (message starting "syntax error") is dropped when one was already reported
//     on the same line; another error is dropped when the previous non-syntax error was on the
//     same line with the same text;
//   - the 10th reported error stops compilation: flush prints what it has and then
//     `file.go:LINE:COL: too many errors` at the position of that 10th error;
//   - positions are stored the way Go's compiler packs them into 32 bits (cmd/internal/src
//     pos.go, lico): a line from kLineMax on becomes kLineMax and loses its column, a column
//     past kColMax becomes kColMax; a column of 0 or kColMax is unknown and printed as
//     `file.go:LINE: message`. Clamped positions also decide sorting and duplicates, as in Go.
// Invariants: messages are Go's wording (lowercase, no final period). Not thread-safe.
#pragma once

#include "support/source.h"

#include <cstdio>
#include <string>
#include <vector>

namespace vitro::support {

class Diagnostics {
public:
    static constexpr int kMaxErrors = 10;
    static constexpr uint32_t kLineMax = (1u << 20) - 2; // pos.go lineMax (20 line bits)
    static constexpr uint32_t kColMax = (1u << 8) - 1; // pos.go colMax (8 column bits)

    // `pos` as Go's compiler records it (see above).
    static Pos go_pos(Pos pos);

    explicit Diagnostics(std::string file_name)
        : m_file(std::move(file_name))
    {
    }

    // Records an error. Returns false once the error limit is reached, so that long-running
    // passes can stop early (too_many() says the same).
    bool error(Pos pos, std::string message);

    int count() const { return static_cast<int>(m_errors.size()); }
    bool has_errors() const { return !m_errors.empty(); }
    bool has_syntax_errors() const { return m_syntax_errors > 0; }
    bool too_many() const { return m_too_many; }
    const std::string& file_name() const { return m_file; }

    struct Entry {
        Pos pos;
        std::string message;
    };
    // The errors sorted by position, as flush prints them (without the "too many" line).
    std::vector<Entry> sorted() const;
    // `file:line:col: message` for one entry.
    std::string format(const Entry& e) const;

    // Prints every error (and "too many errors" when the limit was hit) to `out`.
    void flush(std::FILE* out) const;

private:
    std::string m_file;
    std::vector<Entry> m_errors;
    int m_syntax_errors = 0;
    Pos m_last_syntax {};
    Pos m_last_other {};
    std::string m_last_other_msg;
    bool m_too_many = false;
    Pos m_too_many_pos {};
};

} // namespace vitro::support
