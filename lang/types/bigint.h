// lang/types/bigint.h — arbitrary-precision signed integers for exact constant arithmetic.
//
// Overview: sign and magnitude, the magnitude a little-endian vector of 64-bit words with no
// high zero words (zero is the empty vector and is never negative). Multiplication is
// schoolbook and division is Knuth's algorithm D (TAOCP vol. 2, 4.3.1): the operands the
// constant evaluator feeds in stay below a few thousand bits (Go caps untyped integers at 512
// bits and rational parts at 4096), where the quadratic algorithms are the fast ones.
// Bitwise operations use two's-complement semantics for negative values, as math/big.Int
// does, so Go's `^x`, `x &^ y` and `-5 >> 1` come out as in Go.
// Not thread-safe per object; values are plain copyable data.
// Go reference: math/big (int.go, nat.go, natdiv.go) for the semantics; not its code.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vitro::lang::types {

class BigInt {
public:
    using Word = uint64_t;

    BigInt() = default; // 0
    static BigInt from_int64(int64_t v);
    static BigInt from_uint64(uint64_t v);
    // 2**n.
    static BigInt power_of_two(uint64_t n);
    // Digits in base 2, 8, 10 or 16 (no prefix, no sign); '_' separators are skipped. nullopt
    // when a character is not a digit of the base or there are no digits at all.
    static std::optional<BigInt> parse(std::string_view digits, unsigned base);

    bool is_zero() const { return m_mag.empty(); }
    bool is_negative() const { return m_neg; }
    int sign() const { return m_mag.empty() ? 0 : (m_neg ? -1 : 1); }
    // Bits in |x| (0 for 0).
    uint64_t bit_len() const;
    // Number of zero bits below the lowest one bit of |x| (0 for 0).
    uint64_t trailing_zeros() const;
    // Bit i of |x|.
    bool test_bit(uint64_t i) const;
    // The lowest 64 bits of |x|.
    Word low_word() const { return m_mag.empty() ? 0 : m_mag[0]; }
    bool is_odd() const { return !m_mag.empty() && (m_mag[0] & 1) != 0; }

    bool fits_int64() const;
    bool fits_uint64() const;
    // The value when it fits (see fits_*); otherwise the low bits, two's complement.
    int64_t to_int64() const;
    uint64_t to_uint64() const;

    BigInt operator-() const;
    BigInt abs() const;

    friend BigInt operator+(const BigInt& a, const BigInt& b);
    friend BigInt operator-(const BigInt& a, const BigInt& b);
    friend BigInt operator*(const BigInt& a, const BigInt& b);
    // Truncated division (Go's / and %): the quotient rounds toward zero, the remainder has
    // the dividend's sign. The divisor must not be zero (checked).
    static void quo_rem(const BigInt& a, const BigInt& b, BigInt* quo, BigInt* rem);
    // x << n and x >> n; >> rounds toward minus infinity for negative x (arithmetic shift).
    BigInt shl(uint64_t n) const;
    BigInt shr(uint64_t n) const;

    // Two's-complement bitwise operations (math/big.Int And, Or, Xor, AndNot, Not).
    friend BigInt bit_and(const BigInt& a, const BigInt& b);
    friend BigInt bit_or(const BigInt& a, const BigInt& b);
    friend BigInt bit_xor(const BigInt& a, const BigInt& b);
    friend BigInt bit_and_not(const BigInt& a, const BigInt& b);
    BigInt bit_not() const; // -x - 1

    // Greatest common divisor of |a| and |b| (gcd(0, 0) == 0).
    static BigInt gcd(const BigInt& a, const BigInt& b);
    // base**exp for a small base; exp is bounded by the caller.
    static BigInt pow(uint64_t base, uint64_t exp);

    // -1, 0, +1.
    static int compare(const BigInt& a, const BigInt& b);
    static int compare_abs(const BigInt& a, const BigInt& b);
    friend bool operator==(const BigInt& a, const BigInt& b) = default;

    // Decimal, with a leading '-' for negative values.
    std::string to_string() const;
    // Lowercase hexadecimal of |x| without prefix ("0" for 0).
    std::string to_hex() const;

    const std::vector<Word>& words() const { return m_mag; }
    static BigInt from_words(std::vector<Word> magnitude, bool negative);

private:
    void trim();

    bool m_neg = false;
    std::vector<Word> m_mag; // little-endian magnitude, no high zero words
};

} // namespace vitro::lang::types
