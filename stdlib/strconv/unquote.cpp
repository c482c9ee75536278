// stdlib/strconv/unquote.cpp — Unquote, UnquoteChar and QuotedPrefix: Go's literal decoding
// (src/strconv/quote.go, unquote and UnquoteChar, Go 1.19), step for step so that the same
// inputs are rejected.
#include "stdlib/strconv/conv.h"

namespace vitro::stdlib::strconv {

namespace {

bool unhex(char c, int32_t& v)
{
    if (c >= '0' && c <= '9')
        v = c - '0';
    else if (c >= 'a' && c <= 'f')
        v = c - 'a' + 10;
    else if (c >= 'A' && c <= 'F')
        v = c - 'A' + 10;
    else
        return false;
    return true;
}

bool valid_utf8(std::string_view s)
{
    for (size_t i = 0; i < s.size();) {
        int size;
        if (decode_rune(s.substr(i), &size) == kRuneError && size == 1)
            return false;
        i += static_cast<size_t>(size);
    }
    return true;
}

// Go's unquote(in, unescape): out is the value (unescape) or the literal; rem what follows.
bool unquote_impl(std::string_view in, bool unescape, std::string& out, std::string_view& rem)
{
    rem = in;
    if (in.size() < 2)
        return false;
    char quote = in[0];
    size_t end = in.substr(1).find(quote);
    if (end == std::string_view::npos)
        return false;
    end += 2;
    std::string_view lit = in.substr(0, end);
    if (quote == '`') {
        if (!unescape) {
            out = lit;
        } else {
            for (size_t i = 1; i + 1 < end; i++)
                if (in[i] != '\r')
                    out.push_back(in[i]);
        }
        rem = in.substr(end);
        return true;
    }
    if (quote != '"' && quote != '\'')
        return false;
    if (lit.find('\\') == std::string_view::npos && lit.find('\n') == std::string_view::npos) {
        bool valid;
        std::string_view body = in.substr(1, end - 2);
        if (quote == '"') {
            valid = valid_utf8(body);
        } else {
            int n;
            int32_t r = decode_rune(body, &n);
            valid = static_cast<size_t>(1 + n + 1) == end && (r != kRuneError || n != 1);
        }
        if (valid) {
            out = unescape ? body : lit;
            rem = in.substr(end);
            return true;
        }
    }
    std::string_view in0 = in;
    in.remove_prefix(1);
    while (!in.empty() && in[0] != quote) {
        bool newline = in[0] == '\n';
        int32_t r;
        bool multibyte;
        if (!unquote_char(in, quote, r, multibyte) || newline)
            return false;
        if (unescape) {
            if (r < 0x80 || !multibyte)
                out.push_back(static_cast<char>(r));
            else
                append_rune(out, r);
        }
        if (quote == '\'')
            break;
    }
    if (in.empty() || in[0] != quote)
        return false;
    in.remove_prefix(1);
    if (!unescape)
        out = in0.substr(0, in0.size() - in.size());
    rem = in;
    return true;
}

} // namespace

bool unquote_char(std::string_view& s, char quote, int32_t& value, bool& multibyte)
{
    multibyte = false;
    if (s.empty())
        return false;
    auto c0 = static_cast<uint8_t>(s[0]);
    if (c0 == static_cast<uint8_t>(quote) && (quote == '\'' || quote == '"'))
        return false;
    if (c0 >= 0x80) {
        int size;
        value = decode_rune(s, &size);
        s.remove_prefix(static_cast<size_t>(size));
        multibyte = true;
        return true;
    }
    if (c0 != '\\') {
        value = c0;
        s.remove_prefix(1);
        return true;
    }
    if (s.size() <= 1)
        return false;
    char c = s[1];
    s.remove_prefix(2);
    switch (c) {
    case 'a':
        value = '\a';
        break;
    case 'b':
        value = '\b';
        break;
    case 'f':
        value = '\f';
        break;
    case 'n':
        value = '\n';
        break;
    case 'r':
        value = '\r';
        break;
    case 't':
        value = '\t';
        break;
    case 'v':
        value = '\v';
        break;
    case 'x':
    case 'u':
    case 'U': {
        size_t n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        if (s.size() < n)
            return false;
        int32_t v = 0;
        for (size_t j = 0; j < n; j++) {
            int32_t x;
            if (!unhex(s[j], x))
                return false;
            v = (v << 4) | x;
        }
        s.remove_prefix(n);
        if (c == 'x') {
            value = v;
            break;
        }
        if (!valid_rune(v))
            return false;
        value = v;
        multibyte = true;
        break;
    }
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
        int32_t v = c - '0';
        if (s.size() < 2)
            return false;
        for (size_t j = 0; j < 2; j++) {
            int32_t x = s[j] - '0';
            if (x < 0 || x > 7)
                return false;
            v = (v << 3) | x;
        }
        s.remove_prefix(2);
        if (v > 255)
            return false;
        value = v;
        break;
    }
    case '\\':
        value = '\\';
        break;
    case '\'':
    case '"':
        if (c != quote)
            return false;
        value = c;
        break;
    default:
        return false;
    }
    return true;
}

bool unquote(std::string_view s, std::string& out)
{
    std::string_view rem;
    if (!unquote_impl(s, true, out, rem) || !rem.empty()) {
        out.clear();
        return false;
    }
    return true;
}

int64_t quoted_prefix_len(std::string_view s)
{
    std::string out;
    std::string_view rem;
    if (!unquote_impl(s, false, out, rem))
        return -1;
    return static_cast<int64_t>(out.size());
}

} // namespace vitro::stdlib::strconv
