// support/diagnostics.cpp — see diagnostics.h for the rules mirrored from Go.
#include "support/diagnostics.h"

#include <algorithm>

namespace vitro::support {

Pos Diagnostics::go_pos(Pos pos)
{
    if (pos.line >= kLineMax)
        return { kLineMax, 0 }; // issue 51193: keeps line+col monotonic
    if (pos.col > kColMax)
        pos.col = kColMax;
    return pos;
}

bool Diagnostics::error(Pos pos, std::string message)
{
    if (m_too_many)
        return false;
    pos = go_pos(pos);
    bool syntax = message.rfind("syntax error", 0) == 0;
    if (syntax) {
        ++m_syntax_errors;
        if (m_last_syntax.known() && m_last_syntax.line == pos.line)
            return true;
        m_last_syntax = pos;
    } else {
        if (m_last_other.known() && m_last_other.line == pos.line && m_last_other_msg == message)
            return true;
        m_last_other = pos;
        m_last_other_msg = message;
    }
    m_errors.push_back({ pos, std::move(message) });
    if (static_cast<int>(m_errors.size()) >= kMaxErrors) {
        m_too_many = true;
        m_too_many_pos = pos;
        return false;
    }
    return true;
}

std::vector<Diagnostics::Entry> Diagnostics::sorted() const
{
    std::vector<Entry> out = m_errors;
    std::stable_sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) { return a.pos < b.pos; });
    // Go's FlushErrors drops exact duplicates (same position and text).
    out.erase(std::unique(out.begin(), out.end(),
                  [](const Entry& a, const Entry& b) { return a.pos == b.pos && a.message == b.message; }),
        out.end());
    return out;
}

std::string Diagnostics::format(const Entry& e) const
{
    std::string out = m_file + ":" + std::to_string(e.pos.line);
    if (e.pos.col > 0 && e.pos.col < kColMax)
        out += ":" + std::to_string(e.pos.col);
    return out + ": " + e.message;
}

void Diagnostics::flush(std::FILE* out) const
{
    for (const Entry& e : sorted())
        std::fprintf(out, "%s\n", format(e).c_str());
    if (m_too_many)
        std::fprintf(out, "%s\n", format({ m_too_many_pos, "too many errors" }).c_str());
}

} // namespace vitro::support
