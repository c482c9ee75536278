// stdlib/strings/text.cpp — string algorithms shared by strings and bytes (see text.h).
#include "stdlib/strings/text.h"

#include "stdlib/strconv/conv.h"
#include "support/unicode.h"

namespace vitro::stdlib::text {

namespace conv = vitro::stdlib::strconv;
namespace uc = vitro::support::unicode;

namespace {

int32_t decode(string_view s, size_t i, int* size)
{
    return conv::decode_rune(s.substr(i), size);
}

bool in_cutset(int32_t r, string_view cutset)
{
    for (size_t i = 0; i < cutset.size();) {
        int size;
        if (decode(cutset, i, &size) == r)
            return true;
        i += static_cast<size_t>(size);
    }
    return false;
}

std::string map_case(string_view s, int32_t (*f)(int32_t), bool& changed)
{
    std::string out;
    changed = false;
    for (size_t i = 0; i < s.size();) {
        int size;
        int32_t r = decode(s, i, &size);
        int32_t m = f(r);
        if (m != r || (r == conv::kRuneError && size == 1))
            changed = true;
        conv::append_rune(out, m);
        i += static_cast<size_t>(size);
    }
    return out;
}

// isSeparator (strings.Title's word boundaries).
bool is_separator(int32_t r)
{
    if (r <= 0x7F) {
        if ((r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r == '_')
            return false;
        return true;
    }
    if (uc::is_letter(r) || uc::is_digit(r))
        return false;
    return uc::is_space(r);
}

} // namespace

int32_t decode_last_rune(string_view s, int* size)
{
    if (s.empty()) {
        *size = 0;
        return conv::kRuneError;
    }
    auto end = static_cast<int64_t>(s.size());
    int64_t start = end - 1;
    if (static_cast<uint8_t>(s[static_cast<size_t>(start)]) < 0x80) {
        *size = 1;
        return static_cast<uint8_t>(s[static_cast<size_t>(start)]);
    }
    int64_t lim = end - 4 < 0 ? 0 : end - 4;
    for (start--; start >= lim; start--) {
        if ((static_cast<uint8_t>(s[static_cast<size_t>(start)]) & 0xC0) != 0x80)
            break;
    }
    if (start < 0)
        start = 0;
    int32_t r = conv::decode_rune(s.substr(static_cast<size_t>(start)), size);
    if (start + *size != end) {
        *size = 1;
        return conv::kRuneError;
    }
    return r;
}

int64_t count(string_view s, string_view sep)
{
    if (sep.empty())
        return conv::rune_count(s) + 1;
    int64_t n = 0;
    for (size_t i = s.find(sep); i != string_view::npos; i = s.find(sep, i + sep.size()))
        n++;
    return n;
}

std::vector<string_view> split(string_view s, string_view sep, int64_t sep_save, int64_t n)
{
    std::vector<string_view> parts;
    if (n == 0)
        return parts;
    if (sep.empty()) { // explode into UTF-8 sequences
        int64_t l = conv::rune_count(s);
        if (n < 0 || n > l)
            n = l;
        while (!s.empty() && static_cast<int64_t>(parts.size()) < n - 1) {
            int size;
            conv::decode_rune(s, &size);
            parts.push_back(s.substr(0, static_cast<size_t>(size)));
            s.remove_prefix(static_cast<size_t>(size));
        }
        if (n > 0 && !s.empty())
            parts.push_back(s);
        return parts;
    }
    if (n < 0)
        n = count(s, sep) + 1;
    for (int64_t i = 0; i < n - 1; i++) {
        size_t m = s.find(sep);
        if (m == string_view::npos)
            break;
        parts.push_back(s.substr(0, m + static_cast<size_t>(sep_save)));
        s.remove_prefix(m + sep.size());
    }
    parts.push_back(s);
    return parts;
}

std::vector<string_view> fields(string_view s)
{
    std::vector<string_view> parts;
    size_t start = string_view::npos;
    for (size_t i = 0; i < s.size();) {
        int size;
        int32_t r = decode(s, i, &size);
        bool space = uc::is_space(r);
        if (space && start != string_view::npos) {
            parts.push_back(s.substr(start, i - start));
            start = string_view::npos;
        } else if (!space && start == string_view::npos) {
            start = i;
        }
        i += static_cast<size_t>(size);
    }
    if (start != string_view::npos)
        parts.push_back(s.substr(start));
    return parts;
}

bool fields_func(string_view s, const RunePred& f, std::vector<string_view>& out)
{
    size_t start = string_view::npos;
    for (size_t i = 0; i < s.size();) {
        int size;
        int32_t r = decode(s, i, &size);
        bool sep;
        if (!f(r, &sep))
            return false;
        if (sep && start != string_view::npos) {
            out.push_back(s.substr(start, i - start));
            start = string_view::npos;
        } else if (!sep && start == string_view::npos) {
            start = i;
        }
        i += static_cast<size_t>(size);
    }
    if (start != string_view::npos)
        out.push_back(s.substr(start));
    return true;
}

int64_t index_rune(string_view s, int32_t r)
{
    if (r >= 0 && r < 0x80) {
        size_t i = s.find(static_cast<char>(r));
        return i == string_view::npos ? -1 : static_cast<int64_t>(i);
    }
    if (r == conv::kRuneError) {
        for (size_t i = 0; i < s.size();) {
            int size;
            if (decode(s, i, &size) == conv::kRuneError)
                return static_cast<int64_t>(i);
            i += static_cast<size_t>(size);
        }
        return -1;
    }
    if (!conv::valid_rune(r))
        return -1;
    std::string enc;
    conv::append_rune(enc, r);
    size_t i = s.find(enc);
    return i == string_view::npos ? -1 : static_cast<int64_t>(i);
}

int64_t index_any(string_view s, string_view chars)
{
    if (chars.empty())
        return -1;
    for (size_t i = 0; i < s.size();) {
        int size;
        int32_t r = decode(s, i, &size);
        if (in_cutset(r, chars))
            return static_cast<int64_t>(i);
        i += static_cast<size_t>(size);
    }
    return -1;
}

int64_t last_index_any(string_view s, string_view chars)
{
    if (chars.empty())
        return -1;
    for (size_t end = s.size(); end > 0;) {
        int size;
        int32_t r = decode_last_rune(s.substr(0, end), &size);
        end -= static_cast<size_t>(size);
        if (in_cutset(r, chars))
            return static_cast<int64_t>(end);
    }
    return -1;
}

bool contains_any(string_view s, string_view chars)
{
    return index_any(s, chars) >= 0;
}

bool index_func(string_view s, const RunePred& f, bool truth, int64_t& out)
{
    out = -1;
    for (size_t i = 0; i < s.size();) {
        int size;
        int32_t r = decode(s, i, &size);
        bool v;
        if (!f(r, &v))
            return false;
        if (v == truth) {
            out = static_cast<int64_t>(i);
            return true;
        }
        i += static_cast<size_t>(size);
    }
    return true;
}

bool last_index_func(string_view s, const RunePred& f, bool truth, int64_t& out)
{
    out = -1;
    for (size_t end = s.size(); end > 0;) {
        int size;
        int32_t r = decode_last_rune(s.substr(0, end), &size);
        end -= static_cast<size_t>(size);
        bool v;
        if (!f(r, &v))
            return false;
        if (v == truth) {
            out = static_cast<int64_t>(end);
            return true;
        }
    }
    return true;
}

string_view trim_space(string_view s)
{
    size_t start = 0, end = s.size();
    while (start < end) {
        int size;
        if (!uc::is_space(decode(s, start, &size)))
            break;
        start += static_cast<size_t>(size);
    }
    while (end > start) {
        int size;
        int32_t r = decode_last_rune(s.substr(start, end - start), &size);
        if (!uc::is_space(r))
            break;
        end -= static_cast<size_t>(size);
    }
    return s.substr(start, end - start);
}

string_view trim_left(string_view s, string_view cutset)
{
    size_t start = 0;
    while (start < s.size()) {
        int size;
        if (!in_cutset(decode(s, start, &size), cutset))
            break;
        start += static_cast<size_t>(size);
    }
    return s.substr(start);
}

string_view trim_right(string_view s, string_view cutset)
{
    size_t end = s.size();
    while (end > 0) {
        int size;
        int32_t r = decode_last_rune(s.substr(0, end), &size);
        if (!in_cutset(r, cutset))
            break;
        end -= static_cast<size_t>(size);
    }
    return s.substr(0, end);
}

bool trim_left_func(string_view s, const RunePred& f, string_view& out)
{
    int64_t i;
    if (!index_func(s, f, false, i))
        return false;
    out = i < 0 ? string_view() : s.substr(static_cast<size_t>(i));
    return true;
}

bool trim_right_func(string_view s, const RunePred& f, string_view& out)
{
    int64_t i;
    if (!last_index_func(s, f, false, i))
        return false;
    if (i >= 0) {
        int size;
        decode(s, static_cast<size_t>(i), &size);
        i += size;
    } else {
        i = 0;
    }
    out = s.substr(0, static_cast<size_t>(i));
    return true;
}

std::string to_upper(string_view s, bool& changed)
{
    return map_case(s, uc::to_upper, changed);
}

std::string to_lower(string_view s, bool& changed)
{
    return map_case(s, uc::to_lower, changed);
}

std::string to_title(string_view s, bool& changed)
{
    return map_case(s, uc::to_title, changed);
}

std::string title(string_view s)
{
    std::string out;
    int32_t prev = ' ';
    for (size_t i = 0; i < s.size();) {
        int size;
        int32_t r = decode(s, i, &size);
        conv::append_rune(out, is_separator(prev) ? uc::to_title(r) : r);
        prev = r;
        i += static_cast<size_t>(size);
    }
    return out;
}

bool map_runes(string_view s, const RuneMap& f, std::string& out, bool& changed)
{
    changed = false;
    for (size_t i = 0; i < s.size();) {
        int size;
        int32_t r = decode(s, i, &size);
        int32_t m;
        if (!f(r, &m))
            return false;
        if (m != r || (r == conv::kRuneError && size == 1))
            changed = true;
        if (m >= 0)
            conv::append_rune(out, m);
        else
            changed = true;
        i += static_cast<size_t>(size);
    }
    return true;
}

std::string to_valid_utf8(string_view s, string_view replacement)
{
    std::string out;
    bool invalid = false;
    for (size_t i = 0; i < s.size();) {
        int size;
        int32_t r = decode(s, i, &size);
        if (r == conv::kRuneError && size == 1) {
            if (!invalid) {
                invalid = true;
                out += replacement;
            }
            i++;
            continue;
        }
        invalid = false;
        out += s.substr(i, static_cast<size_t>(size));
        i += static_cast<size_t>(size);
    }
    return out;
}

bool equal_fold(string_view a, string_view b)
{
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        int sa, sb;
        int32_t ra = decode(a, i, &sa), rb = decode(b, j, &sb);
        i += static_cast<size_t>(sa), j += static_cast<size_t>(sb);
        if (ra == rb)
            continue;
        if (rb < ra)
            std::swap(ra, rb);
        if (rb < 0x80) {
            if (ra >= 'A' && ra <= 'Z' && rb == ra + 'a' - 'A')
                continue;
            return false;
        }
        int32_t r = uc::simple_fold(ra);
        while (r != ra && r < rb)
            r = uc::simple_fold(r);
        if (r == rb)
            continue;
        return false;
    }
    return i == a.size() && j == b.size();
}

std::string replace(string_view s, string_view old_s, string_view new_s, int64_t n, bool& changed)
{
    changed = false;
    if (old_s == new_s || n == 0)
        return {};
    int64_t m = count(s, old_s);
    if (m == 0)
        return {};
    if (n < 0 || m < n)
        n = m;
    changed = true;
    std::string out;
    size_t start = 0;
    for (int64_t i = 0; i < n; i++) {
        size_t j = start;
        if (old_s.empty()) {
            if (i > 0) {
                int size;
                decode(s, start, &size);
                j += static_cast<size_t>(size);
            }
        } else {
            j = s.find(old_s, start);
        }
        out.append(s.substr(start, j - start));
        out += new_s;
        start = j + old_s.size();
    }
    out.append(s.substr(start));
    return out;
}

std::string repeat(string_view s, int64_t n)
{
    std::string out;
    out.reserve(s.size() * static_cast<size_t>(n));
    for (int64_t i = 0; i < n; i++)
        out += s;
    return out;
}

} // namespace vitro::stdlib::text
