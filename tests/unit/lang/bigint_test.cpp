// tests/unit/lang/bigint_test.cpp — the arbitrary-precision integers under constant arithmetic.
// Expected values were computed with Python's integers (and agree with Go's math/big).
#include "lang/types/bigint.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <random>

using vitro::lang::types::BigInt;

namespace {

BigInt dec(const char* text)
{
    std::string_view s = text;
    bool neg = !s.empty() && s[0] == '-';
    auto v = BigInt::parse(neg ? s.substr(1) : s, 10);
    REQUIRE(v.has_value());
    return neg ? -*v : *v;
}

// Two large values used throughout (a: 343 bits, b: 120 bits).
const char* const kA
    = "69944871084981451731432411122679952156723125494953864021579419493502432466628302575261414108858"
      "157898506";
const char* const kB = "1323320315803649580212207129208443954";

} // namespace

TEST_CASE("bigint parses and prints in every base", "[types][bigint]")
{
    CHECK(BigInt().to_string() == "0");
    CHECK(dec("0").is_zero());
    CHECK(dec(kA).to_string() == kA);
    CHECK(dec("-12345678901234567890123").to_string() == "-12345678901234567890123");
    CHECK(BigInt::parse("ff_ff", 16)->to_string() == "65535");
    CHECK(BigInt::parse("DEADbeef", 16)->to_hex() == "deadbeef");
    CHECK(BigInt::parse("777", 8)->to_string() == "511");
    CHECK(BigInt::parse("1011", 2)->to_string() == "11");
    CHECK(BigInt::parse("10000000000000000000000000000000000000000", 16)->bit_len() == 161);
    CHECK_FALSE(BigInt::parse("", 10).has_value());
    CHECK_FALSE(BigInt::parse("_", 10).has_value());
    CHECK_FALSE(BigInt::parse("12a", 10).has_value());
    CHECK_FALSE(BigInt::parse("8", 8).has_value());
    CHECK_FALSE(BigInt::parse("2", 2).has_value());
    // 10**19 sits exactly on the decimal chunk boundary of to_string.
    CHECK(dec("10000000000000000000").to_string() == "10000000000000000000");
    CHECK(dec("100000000000000000000000000000000000000").to_string()
        == "100000000000000000000000000000000000000");
}

TEST_CASE("bigint int64 and uint64 boundaries", "[types][bigint]")
{
    CHECK(BigInt::from_int64(INT64_MIN).to_string() == "-9223372036854775808");
    CHECK(BigInt::from_int64(INT64_MIN).fits_int64());
    CHECK(BigInt::from_int64(INT64_MIN).to_int64() == INT64_MIN);
    CHECK(BigInt::from_int64(INT64_MAX).fits_int64());
    CHECK_FALSE(dec("9223372036854775808").fits_int64());
    CHECK(dec("9223372036854775808").fits_uint64());
    CHECK_FALSE(dec("-9223372036854775809").fits_int64());
    CHECK(BigInt::from_uint64(UINT64_MAX).to_string() == "18446744073709551615");
    CHECK_FALSE(dec("18446744073709551616").fits_uint64());
    CHECK_FALSE(dec("-1").fits_uint64());
    CHECK(BigInt::from_int64(-1).bit_len() == 1);
    CHECK(BigInt::from_int64(INT64_MIN).bit_len() == 64);
}

TEST_CASE("bigint arithmetic", "[types][bigint]")
{
    BigInt a = dec(kA), b = dec(kB);
    CHECK((a * b).to_string()
        == "9255946889302321275983872197562888231050200266038900951901116995524725023048398805303358597911128"
           "0"
           "370962138373714784423832412506794921332724");
    CHECK((a + b - b) == a);
    CHECK((a - a).is_zero());
    CHECK((b - a) == -(a - b));
    CHECK((-a + a).sign() == 0);
    CHECK((dec("18446744073709551615") + dec("1")).to_string() == "18446744073709551616");
    CHECK((dec("18446744073709551616") - dec("1")).to_string() == "18446744073709551615");
    CHECK(BigInt::pow(10, 60).to_string() == "1" + std::string(60, '0'));
    CHECK(BigInt::gcd(a * b * dec("6"), b * b * dec("4")).to_string()
        == "5293281263214598320848828516833775816");
    CHECK(BigInt::gcd(BigInt(), dec("-12")).to_string() == "12");
    CHECK(BigInt::compare(dec("-5"), dec("3")) < 0);
    CHECK(BigInt::compare(dec("-5"), dec("-7")) > 0);
    CHECK(BigInt::compare_abs(dec("-5"), dec("3")) > 0);
}

TEST_CASE("bigint division truncates toward zero", "[types][bigint]")
{
    struct Case {
        int64_t a, b, q, r;
    };
    for (Case c :
        { Case { 7, 2, 3, 1 }, Case { -7, 2, -3, -1 }, Case { 7, -2, -3, 1 }, Case { -7, -2, 3, -1 } }) {
        BigInt q, r;
        BigInt::quo_rem(BigInt::from_int64(c.a), BigInt::from_int64(c.b), &q, &r);
        CHECK(q.to_int64() == c.q);
        CHECK(r.to_int64() == c.r);
    }
    BigInt q, r;
    BigInt::quo_rem(dec(kA), dec(kB), &q, &r);
    CHECK(q.to_string() == "52855586247464267207133175837670034808004439913237643400836673710620");
    CHECK(r.to_string() == "1145039303479977508563922428673307026");
    BigInt::quo_rem(BigInt::pow(10, 60), BigInt::from_uint64(7), &q, &r);
    CHECK(q.to_string() == "142857142857142857142857142857142857142857142857142857142857");
    CHECK(r.to_int64() == 1);
}

TEST_CASE("bigint division identity on random operands", "[types][bigint]")
{
    // Knuth D's rare correction steps need divisors with particular top words; many random
    // shapes (including all-ones words) exercise them. a == q*b + r and |r| < |b| must hold.
    std::mt19937_64 rng(12345);
    auto random_big = [&](int words, bool ones) {
        std::vector<uint64_t> w(static_cast<size_t>(words));
        for (auto& x : w)
            x = ones && (rng() % 3 == 0) ? UINT64_MAX : rng();
        return BigInt::from_words(w, rng() % 2 == 0);
    };
    for (int i = 0; i < 3000; i++) {
        BigInt a = random_big(1 + int(rng() % 9), i % 2 == 0);
        BigInt b = random_big(1 + int(rng() % 5), i % 3 == 0);
        if (b.is_zero())
            continue;
        BigInt q, r;
        BigInt::quo_rem(a, b, &q, &r);
        REQUIRE(q * b + r == a);
        REQUIRE(BigInt::compare_abs(r, b) < 0);
        REQUIRE((r.is_zero() || r.is_negative() == a.is_negative()));
    }
    // A divisor whose top word is the largest the normalization allows.
    BigInt u = BigInt::from_words({ 0, 0, UINT64_MAX - 1 }, false);
    BigInt v = BigInt::from_words({ UINT64_MAX, UINT64_MAX }, false);
    BigInt q, r;
    BigInt::quo_rem(u, v, &q, &r);
    CHECK(q * v + r == u);
    CHECK(BigInt::compare_abs(r, v) < 0);
}

TEST_CASE("bigint shifts", "[types][bigint]")
{
    BigInt a = dec(kA);
    CHECK(a.shr(77).to_string()
        == "462856330472140085417299509459497595099705544659595256686430773839719107044683044");
    CHECK((-a).shr(77).to_string()
        == "-462856330472140085417299509459497595099705544659595256686430773839719107044683045");
    CHECK(a.shl(77).shr(77) == a);
    CHECK(BigInt::from_int64(-5).shr(1).to_int64() == -3);
    CHECK(BigInt::from_int64(-4).shr(1).to_int64() == -2);
    CHECK(BigInt::from_int64(-1).shr(1000).to_int64() == -1);
    CHECK(BigInt::from_int64(5).shr(1000).is_zero());
    CHECK(BigInt::from_uint64(1).shl(1074).bit_len() == 1075);
    CHECK(BigInt::power_of_two(64).to_string() == "18446744073709551616");
    CHECK(BigInt::from_uint64(0x80).trailing_zeros() == 7);
    CHECK(BigInt::power_of_two(200).trailing_zeros() == 200);
    CHECK(BigInt::power_of_two(200).test_bit(200));
    CHECK_FALSE(BigInt::power_of_two(200).test_bit(199));
}

TEST_CASE("bigint bitwise operations use two's complement", "[types][bigint]")
{
    BigInt a = dec(kA), b = dec(kB);
    CHECK(bit_and(-a, b).to_string() == "114397229517030222182293093647270962");
    CHECK(bit_or(a, -b).to_string() == "-114397229517030222182293093647270962");
    CHECK(bit_xor(-a, -b).to_string()
        == "6994487108498145173143241112267995215672312549495386402157941949350133794077153298612556648791624"
           "3996"
           "472");
    CHECK(bit_and_not(a, b).to_string()
        == "6994487108498145173143241112267995215672312549495386402157941949350122354354201595590338419482259"
           "6725"
           "512");
    CHECK(BigInt::from_int64(-6).bit_not().to_int64() == 5);
    CHECK(BigInt::from_int64(5).bit_not().to_int64() == -6);
    CHECK(bit_and(BigInt::from_int64(-1), BigInt::from_int64(0xff)).to_int64() == 0xff);
    CHECK(bit_and_not(BigInt::from_int64(-1), BigInt::from_int64(-256)).to_int64() == 255);
    CHECK(bit_xor(BigInt::from_int64(-1), BigInt::from_int64(-1)).is_zero());
}
