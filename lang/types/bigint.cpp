// lang/types/bigint.cpp — arbitrary-precision integers (see bigint.h for the design).
#include "lang/types/bigint.h"

#include "support/assert.h"

#include <algorithm>
#include <bit>

namespace vitro::lang::types {

namespace {

using Word = BigInt::Word;
using Mag = std::vector<Word>;
__extension__ typedef unsigned __int128 DWord;

constexpr unsigned kWordBits = 64;

void trim_mag(Mag& m)
{
    while (!m.empty() && m.back() == 0)
        m.pop_back();
}

int cmp_mag(const Mag& a, const Mag& b)
{
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    for (size_t i = a.size(); i-- > 0;) {
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    }
    return 0;
}

Mag add_mag(const Mag& a, const Mag& b)
{
    const Mag& big = a.size() >= b.size() ? a : b;
    const Mag& small = a.size() >= b.size() ? b : a;
    Mag r(big.size() + 1);
    Word carry = 0;
    for (size_t i = 0; i < big.size(); i++) {
        DWord s = DWord(big[i]) + (i < small.size() ? small[i] : 0) + carry;
        r[i] = Word(s);
        carry = Word(s >> kWordBits);
    }
    r[big.size()] = carry;
    trim_mag(r);
    return r;
}

// a - b for |a| >= |b|.
Mag sub_mag(const Mag& a, const Mag& b)
{
    Mag r(a.size());
    Word borrow = 0;
    for (size_t i = 0; i < a.size(); i++) {
        Word bi = i < b.size() ? b[i] : 0;
        Word d = a[i] - bi - borrow;
        borrow = (a[i] < bi || (a[i] - bi) < borrow) ? 1 : 0;
        r[i] = d;
    }
    trim_mag(r);
    return r;
}

Mag mul_mag(const Mag& a, const Mag& b)
{
    if (a.empty() || b.empty())
        return {};
    Mag r(a.size() + b.size(), 0);
    for (size_t i = 0; i < a.size(); i++) {
        Word carry = 0;
        for (size_t j = 0; j < b.size(); j++) {
            DWord t = DWord(a[i]) * b[j] + r[i + j] + carry;
            r[i + j] = Word(t);
            carry = Word(t >> kWordBits);
        }
        r[i + b.size()] = carry;
    }
    trim_mag(r);
    return r;
}

// m = m * mul + add, in place.
void mul_add_word(Mag& m, Word mul, Word add)
{
    Word carry = add;
    for (Word& w : m) {
        DWord t = DWord(w) * mul + carry;
        w = Word(t);
        carry = Word(t >> kWordBits);
    }
    if (carry != 0)
        m.push_back(carry);
}

// m = m / d, returns the remainder.
Word div_word(Mag& m, Word d)
{
    DWord rem = 0;
    for (size_t i = m.size(); i-- > 0;) {
        DWord cur = (rem << kWordBits) | m[i];
        m[i] = Word(cur / d);
        rem = cur % d;
    }
    trim_mag(m);
    return Word(rem);
}

Mag shl_mag(const Mag& a, uint64_t n)
{
    if (a.empty())
        return {};
    size_t words = size_t(n / kWordBits);
    unsigned bits = unsigned(n % kWordBits);
    Mag r(a.size() + words + 1, 0);
    for (size_t i = 0; i < a.size(); i++) {
        r[i + words] |= a[i] << bits;
        if (bits != 0)
            r[i + words + 1] = a[i] >> (kWordBits - bits);
    }
    trim_mag(r);
    return r;
}

Mag shr_mag(const Mag& a, uint64_t n)
{
    if (n / kWordBits >= a.size())
        return {};
    size_t words = size_t(n / kWordBits);
    unsigned bits = unsigned(n % kWordBits);
    Mag r(a.size() - words, 0);
    for (size_t i = 0; i < r.size(); i++) {
        r[i] = a[i + words] >> bits;
        if (bits != 0 && i + words + 1 < a.size())
            r[i] |= a[i + words + 1] << (kWordBits - bits);
    }
    trim_mag(r);
    return r;
}

// Knuth's algorithm D: q = u / v, r = u % v for magnitudes, v non-empty.
void divmod_mag(const Mag& u, const Mag& v, Mag* q, Mag* r)
{
    if (cmp_mag(u, v) < 0) {
        *q = {};
        *r = u;
        return;
    }
    if (v.size() == 1) {
        *q = u;
        Word rem = div_word(*q, v[0]);
        *r = rem != 0 ? Mag { rem } : Mag {};
        return;
    }
    // Normalize so the divisor's top word has its high bit set.
    unsigned s = unsigned(std::countl_zero(v.back()));
    Mag vn = shl_mag(v, s);
    Mag un = shl_mag(u, s);
    un.resize(u.size() + 1, 0);
    size_t n = vn.size(), m = u.size() - v.size();
    Mag quo(m + 1, 0);
    for (size_t j = m + 1; j-- > 0;) {
        DWord num = (DWord(un[j + n]) << kWordBits) | un[j + n - 1];
        DWord qhat = num / vn[n - 1];
        DWord rhat = num % vn[n - 1];
        while (qhat >> kWordBits != 0 || qhat * vn[n - 2] > ((rhat << kWordBits) | un[j + n - 2])) {
            qhat--;
            rhat += vn[n - 1];
            if (rhat >> kWordBits != 0)
                break;
        }
        // Multiply and subtract qhat * vn from un[j .. j+n].
        Word borrow = 0, carry = 0;
        for (size_t i = 0; i < n; i++) {
            DWord p = qhat * vn[i] + carry;
            carry = Word(p >> kWordBits);
            Word lo = Word(p);
            Word t = un[i + j] - lo - borrow;
            borrow = (un[i + j] < lo || (un[i + j] - lo) < borrow) ? 1 : 0;
            un[i + j] = t;
        }
        Word top = un[j + n] - carry - borrow;
        bool negative = un[j + n] < carry || (un[j + n] - carry) < borrow;
        un[j + n] = top;
        if (negative) { // qhat was one too large: add the divisor back
            qhat--;
            Word c = 0;
            for (size_t i = 0; i < n; i++) {
                DWord t2 = DWord(un[i + j]) + vn[i] + c;
                un[i + j] = Word(t2);
                c = Word(t2 >> kWordBits);
            }
            un[j + n] += c;
        }
        quo[j] = Word(qhat);
    }
    trim_mag(quo);
    un.resize(n);
    trim_mag(un);
    *q = std::move(quo);
    *r = shr_mag(un, s);
}

// Two's complement of x in `len` words (len > the magnitude's size).
Mag to_twos(const BigInt& x, size_t len)
{
    Mag r = x.words();
    r.resize(len, 0);
    if (x.is_negative()) {
        // ~(|x| - 1)
        for (Word& w : r) {
            if (w-- != 0)
                break;
        }
        for (Word& w : r)
            w = ~w;
    }
    return r;
}

BigInt from_twos(Mag r)
{
    bool neg = !r.empty() && (r.back() >> (kWordBits - 1)) != 0;
    if (neg) { // |x| = ~r + 1
        for (Word& w : r)
            w = ~w;
        for (Word& w : r) {
            if (++w != 0)
                break;
        }
    }
    return BigInt::from_words(std::move(r), neg);
}

template <class F> BigInt bitwise(const BigInt& a, const BigInt& b, F f)
{
    size_t len = std::max(a.words().size(), b.words().size()) + 1;
    Mag x = to_twos(a, len), y = to_twos(b, len);
    for (size_t i = 0; i < len; i++)
        x[i] = f(x[i], y[i]);
    return from_twos(std::move(x));
}

} // namespace

void BigInt::trim()
{
    trim_mag(m_mag);
    if (m_mag.empty())
        m_neg = false;
}

BigInt BigInt::from_words(std::vector<Word> magnitude, bool negative)
{
    BigInt r;
    r.m_mag = std::move(magnitude);
    r.m_neg = negative;
    r.trim();
    return r;
}

BigInt BigInt::from_int64(int64_t v)
{
    BigInt r = from_uint64(v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v));
    r.m_neg = v < 0;
    return r;
}

BigInt BigInt::from_uint64(uint64_t v)
{
    BigInt r;
    if (v != 0)
        r.m_mag.push_back(v);
    return r;
}

BigInt BigInt::power_of_two(uint64_t n)
{
    return from_uint64(1).shl(n);
}

std::optional<BigInt> BigInt::parse(std::string_view digits, unsigned base)
{
    VITRO_CHECK(base == 2 || base == 8 || base == 10 || base == 16);
    BigInt r;
    Word chunk = 0, chunk_mul = 1;
    // Fold digits into one word while it cannot overflow, then into the magnitude.
    Word chunk_limit = base == 10 ? Word(1e18) : (Word(1) << 56);
    bool any = false;
    for (char c : digits) {
        if (c == '_')
            continue;
        unsigned d;
        if (c >= '0' && c <= '9')
            d = unsigned(c - '0');
        else if (c >= 'a' && c <= 'f')
            d = unsigned(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            d = unsigned(c - 'A' + 10);
        else
            return std::nullopt;
        if (d >= base)
            return std::nullopt;
        any = true;
        chunk = chunk * base + d;
        chunk_mul *= base;
        if (chunk_mul >= chunk_limit) {
            mul_add_word(r.m_mag, chunk_mul, chunk);
            chunk = 0;
            chunk_mul = 1;
        }
    }
    if (!any)
        return std::nullopt;
    if (chunk_mul != 1)
        mul_add_word(r.m_mag, chunk_mul, chunk);
    r.trim();
    return r;
}

uint64_t BigInt::bit_len() const
{
    if (m_mag.empty())
        return 0;
    return (m_mag.size() - 1) * kWordBits + (kWordBits - unsigned(std::countl_zero(m_mag.back())));
}

uint64_t BigInt::trailing_zeros() const
{
    for (size_t i = 0; i < m_mag.size(); i++) {
        if (m_mag[i] != 0)
            return i * kWordBits + unsigned(std::countr_zero(m_mag[i]));
    }
    return 0;
}

bool BigInt::test_bit(uint64_t i) const
{
    if (i / kWordBits >= m_mag.size())
        return false;
    return ((m_mag[i / kWordBits] >> (i % kWordBits)) & 1) != 0;
}

bool BigInt::fits_int64() const
{
    if (m_mag.size() > 1)
        return false;
    Word w = low_word();
    return m_neg ? w <= (Word(1) << 63) : w < (Word(1) << 63);
}

bool BigInt::fits_uint64() const
{
    return !m_neg && m_mag.size() <= 1;
}

int64_t BigInt::to_int64() const
{
    Word w = low_word();
    return int64_t(m_neg ? Word(0) - w : w);
}

uint64_t BigInt::to_uint64() const
{
    Word w = low_word();
    return m_neg ? Word(0) - w : w;
}

BigInt BigInt::operator-() const
{
    BigInt r = *this;
    if (!r.m_mag.empty())
        r.m_neg = !r.m_neg;
    return r;
}

BigInt BigInt::abs() const
{
    BigInt r = *this;
    r.m_neg = false;
    return r;
}

BigInt operator+(const BigInt& a, const BigInt& b)
{
    if (a.m_neg == b.m_neg)
        return BigInt::from_words(add_mag(a.m_mag, b.m_mag), a.m_neg);
    if (cmp_mag(a.m_mag, b.m_mag) >= 0)
        return BigInt::from_words(sub_mag(a.m_mag, b.m_mag), a.m_neg);
    return BigInt::from_words(sub_mag(b.m_mag, a.m_mag), b.m_neg);
}

BigInt operator-(const BigInt& a, const BigInt& b)
{
    return a + (-b);
}

BigInt operator*(const BigInt& a, const BigInt& b)
{
    return BigInt::from_words(mul_mag(a.m_mag, b.m_mag), a.m_neg != b.m_neg);
}

void BigInt::quo_rem(const BigInt& a, const BigInt& b, BigInt* quo, BigInt* rem)
{
    VITRO_CHECK(!b.is_zero());
    Mag q, r;
    divmod_mag(a.m_mag, b.m_mag, &q, &r);
    if (quo)
        *quo = from_words(std::move(q), a.m_neg != b.m_neg);
    if (rem)
        *rem = from_words(std::move(r), a.m_neg);
}

BigInt BigInt::shl(uint64_t n) const
{
    return from_words(shl_mag(m_mag, n), m_neg);
}

BigInt BigInt::shr(uint64_t n) const
{
    if (!m_neg)
        return from_words(shr_mag(m_mag, n), false);
    // floor(-m / 2**n) == -(((m - 1) >> n) + 1)
    Mag m1 = sub_mag(m_mag, Mag { 1 });
    Mag q = add_mag(shr_mag(m1, n), Mag { 1 });
    return from_words(std::move(q), true);
}

BigInt bit_and(const BigInt& a, const BigInt& b)
{
    return bitwise(a, b, [](Word x, Word y) { return x & y; });
}

BigInt bit_or(const BigInt& a, const BigInt& b)
{
    return bitwise(a, b, [](Word x, Word y) { return x | y; });
}

BigInt bit_xor(const BigInt& a, const BigInt& b)
{
    return bitwise(a, b, [](Word x, Word y) { return x ^ y; });
}

BigInt bit_and_not(const BigInt& a, const BigInt& b)
{
    return bitwise(a, b, [](Word x, Word y) { return x & ~y; });
}

BigInt BigInt::bit_not() const
{
    return -*this - from_uint64(1);
}

BigInt BigInt::gcd(const BigInt& a, const BigInt& b)
{
    Mag x = a.m_mag, y = b.m_mag;
    while (!y.empty()) {
        Mag q, r;
        divmod_mag(x, y, &q, &r);
        x = std::move(y);
        y = std::move(r);
    }
    return from_words(std::move(x), false);
}

BigInt BigInt::pow(uint64_t base, uint64_t exp)
{
    BigInt result = from_uint64(1), b = from_uint64(base);
    while (exp != 0) {
        if ((exp & 1) != 0)
            result = result * b;
        exp >>= 1;
        if (exp != 0)
            b = b * b;
    }
    return result;
}

int BigInt::compare(const BigInt& a, const BigInt& b)
{
    if (a.m_neg != b.m_neg)
        return a.m_neg ? -1 : 1;
    int c = cmp_mag(a.m_mag, b.m_mag);
    return a.m_neg ? -c : c;
}

int BigInt::compare_abs(const BigInt& a, const BigInt& b)
{
    return cmp_mag(a.m_mag, b.m_mag);
}

std::string BigInt::to_string() const
{
    if (m_mag.empty())
        return "0";
    constexpr Word kChunk = 10000000000000000000ull; // 10**19
    std::vector<Word> chunks;
    Mag m = m_mag;
    while (!m.empty())
        chunks.push_back(div_word(m, kChunk));
    std::string s = m_neg ? "-" : "";
    s += std::to_string(chunks.back());
    for (size_t i = chunks.size() - 1; i-- > 0;) {
        std::string part = std::to_string(chunks[i]);
        s.append(19 - part.size(), '0');
        s += part;
    }
    return s;
}

std::string BigInt::to_hex() const
{
    if (m_mag.empty())
        return "0";
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string s;
    for (uint64_t i = 0, n = (bit_len() + 3) / 4; i < n; i++) {
        unsigned nibble = unsigned((m_mag[i / 16] >> (4 * (i % 16))) & 0xf);
        s += kDigits[nibble];
    }
    std::reverse(s.begin(), s.end());
    return s;
}

} // namespace vitro::lang::types
