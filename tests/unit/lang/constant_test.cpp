// tests/unit/lang/constant_test.cpp — exact constant arithmetic (lang/types/constant.h).
//
// Every expected value and text below is what Go 1.19 produces: go/constant for values
// (checked with a differential harness over go/constant), `go build` for the message texts
// quoted in comments.
#include "lang/types/constant.h"
#include "lang/types/constant_float.h"

#include <bit>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstring>
#include <string>

using namespace vitro::lang;
using namespace vitro::lang::types;

namespace {

Constant lit_int(std::string_view s)
{
    return Constant::from_literal(LitKind::Int, s);
}
Constant lit_float(std::string_view s)
{
    return Constant::from_literal(LitKind::Float, s);
}
Constant lit_rune(std::string_view s)
{
    return Constant::from_literal(LitKind::Rune, s);
}
Constant lit_string(std::string_view s)
{
    return Constant::from_literal(LitKind::String, s);
}

Constant bin(const Constant& x, Op op, const Constant& y)
{
    return binary_op(x, op, y);
}
Constant idiv(const Constant& x, const Constant& y)
{
    return binary_op(x, Op::Div, y, DivMode::Integer);
}
Constant i64(int64_t v)
{
    return Constant::make_int64(v);
}

uint64_t bits64(const Constant& c)
{
    return std::bit_cast<uint64_t>(c.float64_value());
}
uint32_t bits32(const Constant& c)
{
    return std::bit_cast<uint32_t>(c.float32_value());
}

bool representable(const Constant& c, ConstType t)
{
    return c.represent_as(t).has_value();
}

} // namespace

TEST_CASE("integer literals in every form", "[types][constant]")
{
    CHECK(lit_int("0").int64_value() == 0);
    CHECK(lit_int("42").int64_value() == 42);
    CHECK(lit_int("1_000_000").int64_value() == 1000000);
    CHECK(lit_int("0x_Ff").int64_value() == 255);
    CHECK(lit_int("0XdeadBEEF").int64_value() == 0xdeadbeef);
    CHECK(lit_int("0o17").int64_value() == 15);
    CHECK(lit_int("0O17").int64_value() == 15);
    CHECK(lit_int("017").int64_value() == 15); // legacy octal
    CHECK(lit_int("0_7").int64_value() == 7);
    CHECK(lit_int("00").int64_value() == 0);
    CHECK(lit_int("0b1011").int64_value() == 11);
    CHECK(lit_int("0B1_0").int64_value() == 2);
    CHECK(lit_int("9223372036854775807").int64_value() == INT64_MAX);
    CHECK(lit_int("9223372036854775807").repr() == Constant::Repr::Small);
    Constant big = lit_int("9223372036854775808");
    CHECK(big.kind() == ConstKind::Int);
    CHECK(big.repr() == Constant::Repr::BigInt);
    CHECK_FALSE(big.int64_value().has_value());
    CHECK(big.uint64_value() == (uint64_t(1) << 63));
    CHECK(lit_int("18446744073709551615").uint64_value() == UINT64_MAX);
    CHECK_FALSE(lit_int("18446744073709551616").uint64_value().has_value());
    CHECK(lit_int("0x1" + std::string(200, '0')).bit_len() == 801);
    CHECK(lit_int(std::string(9999, '9')).to_string() == std::string(9999, '9'));
}

TEST_CASE("malformed integer literals are Unknown", "[types][constant]")
{
    for (const char* bad : { "", "08", "0b102", "0o8", "0x", "1__2", "1_", "0x_", "12a", "-5", "1.5" })
        CHECK(lit_int(bad).is_unknown());
}

TEST_CASE("float literals in every form", "[types][constant]")
{
    CHECK(lit_float("1.5").exact_string() == "3/2");
    CHECK(lit_float("0.1").exact_string() == "1/10");
    CHECK(lit_float(".5").exact_string() == "1/2");
    CHECK(lit_float("1.").exact_string() == "1");
    CHECK(lit_float("1_000.5").exact_string() == "2001/2");
    CHECK(lit_float("1E6").exact_string() == "1000000");
    CHECK(lit_float("0123.5e1").exact_string() == "1235");
    CHECK(lit_float("0x1.8p1").exact_string() == "3");
    CHECK(lit_float("0X.8P+2").exact_string() == "2");
    CHECK(lit_float("0x1p-2").exact_string() == "1/4");
    CHECK(lit_float("0x_1p-2").exact_string() == "1/4");
    CHECK(lit_float("1e-5").exact_string() == "1/100000");
    // Integral float literals stay Floats (untyped float constants).
    CHECK(lit_float("1.0").kind() == ConstKind::Float);
    CHECK(lit_float("0.0").sign() == 0);
    CHECK(lit_float("0e0").kind() == ConstKind::Float);
}

TEST_CASE("float literals past the rational range", "[types][constant]")
{
    // |x| >= 2**4096 leaves the rationals for a 512-bit binary float.
    CHECK(lit_float("1e1232").repr() == Constant::Repr::Rat);
    CHECK(lit_float("1e1233").repr() == Constant::Repr::BigFloat); // 2**4096 > 1e1233 > 2**4095
    CHECK(lit_float("1e1300").repr() == Constant::Repr::BigFloat);
    CHECK(lit_float("1e1300").to_string() == "1e+1300");
    CHECK(lit_float("1e-1300").repr() == Constant::Repr::BigFloat);
    CHECK(lit_float("1e-1300").to_string() == "1e-1300");
    CHECK(lit_float("1e5000").to_string() == "1e+5000");
    CHECK(lit_float("1e646456992").to_string() == "1e+646456992");
    CHECK(lit_float("5e-646456994").to_string() == "5e-646456994");
    // big.Float overflows: Go 1.19 reports `malformed constant: 1e1000000000`.
    CHECK(lit_float("1e1000000000").is_unknown());
    CHECK(lit_float("0x1p2147483647").is_unknown());
    // Underflow is a plain 0 (Go accepts `const x = 1e-1000000000`).
    CHECK(lit_float("1e-1000000000").is_zero());
    CHECK(lit_float("1e-1000000000").kind() == ConstKind::Float);
    CHECK(lit_float("0x1p-2147483649").kind() == ConstKind::Float);
    // big.Float's scanner rejects these outright.
    CHECK(lit_float("0x1p-2147483650").is_unknown());
    CHECK(lit_float("1e-100000000000000000000").is_unknown());
    CHECK(lit_float("0e-100000000000000000000").is_unknown());
    CHECK(lit_float("0e-1000000000000").is_zero());
}

TEST_CASE("malformed float literals are Unknown", "[types][constant]")
{
    for (const char* bad : { "", ".", "1e", "1e+", "0x1p", "1_.5", "1._5", "1.5_", "1e1_", "1.2.3", "1x5" })
        CHECK(lit_float(bad).is_unknown());
}

TEST_CASE("rune literals with every escape", "[types][constant]")
{
    CHECK(lit_rune("'a'").int64_value() == 'a');
    CHECK(lit_rune("'\\n'").int64_value() == '\n');
    CHECK(lit_rune("'\\t'").int64_value() == 9);
    CHECK(lit_rune("'\\a'").int64_value() == 7);
    CHECK(lit_rune("'\\x41'").int64_value() == 0x41);
    CHECK(lit_rune("'\\xff'").int64_value() == 255);
    CHECK(lit_rune("'\\101'").int64_value() == 0101);
    CHECK(lit_rune("'\\000'").int64_value() == 0);
    CHECK(lit_rune("'\\377'").int64_value() == 255);
    CHECK(lit_rune("'\\u1234'").int64_value() == 0x1234);
    CHECK(lit_rune("'\\U00012345'").int64_value() == 0x12345);
    CHECK(lit_rune("'\\''").int64_value() == '\'');
    CHECK(lit_rune("'\\\\'").int64_value() == '\\');
    CHECK(lit_rune("'\"'").int64_value() == '"');
    CHECK(lit_rune("'é'").int64_value() == 0xE9);
    CHECK(lit_rune("'日'").int64_value() == 0x65E5);
    CHECK(lit_rune("'\xff'").int64_value() == 0xFFFD); // not UTF-8: RuneError, as Go decodes it
    CHECK(lit_rune("'a'").kind() == ConstKind::Int);
    for (const char* bad : { "''", "'", "'\\400'", "'\\uD800'", "'\\U00110000'", "'\\\"'", "'\\x4'",
             "'\\xG1'", "'\\8'", "'\\q'", "'''" })
        CHECK(lit_rune(bad).is_unknown());
}

TEST_CASE("string literals", "[types][constant]")
{
    CHECK(lit_string("\"abc\"").string_value() == "abc");
    CHECK(lit_string("\"\"").string_value().empty());
    CHECK(lit_string("\"\\t\\a\\b\\f\\v\\r\\n\\\\\\\"\"").string_value() == "\t\a\b\f\v\r\n\\\"");
    CHECK(lit_string("\"\\u00e9\\U0001F600\\x41\\101\"").string_value()
        == "\xC3\xA9\xF0\x9F\x98\x80"
           "AA");
    CHECK(lit_string("\"\\xff\\377\"").string_value() == "\xff\xff"); // byte escapes stay single bytes
    CHECK(lit_string("\"日本語\"").string_value() == "日本語");
    CHECK(lit_string("\"'\"").string_value() == "'");
    CHECK(lit_string("\"\xff\"").string_value() == "\xEF\xBF\xBD"); // invalid UTF-8 reads as U+FFFD
    CHECK(lit_string("`raw\\n`").string_value() == "raw\\n");
    CHECK(lit_string("`a\r\nb\r`").string_value() == "a\nb");
    CHECK(lit_string("``").string_value().empty());
    for (const char* bad :
        { "\"abc", "\"a\"b\"", "`a`b`", "\"\\'\"", "\"\\400\"", "\"a\nb\"", "\"\\q\"", "x", "\"" })
        CHECK(lit_string(bad).is_unknown());
    CHECK(Constant::from_literal(LitKind::Imag, "1i").is_unknown());
}

TEST_CASE("exact rational arithmetic", "[types][constant]")
{
    Constant one_third = bin(lit_float("1.0"), Op::Div, i64(3));
    CHECK(compare(bin(one_third, Op::Mul, i64(3)), Op::Eql, i64(1)));
    CHECK(compare(bin(lit_float("0.1"), Op::Add, lit_float("0.2")), Op::Eql, lit_float("0.3")));
    CHECK(one_third.to_string() == "0.333333");
    CHECK(one_third.exact_string() == "1/3");
    // Exact division of Ints gives a Float, even when integral.
    Constant seven_halves = bin(i64(7), Op::Div, i64(2));
    CHECK(seven_halves.kind() == ConstKind::Float);
    CHECK(seven_halves.exact_string() == "7/2");
    CHECK(bin(i64(6), Op::Div, i64(2)).kind() == ConstKind::Float);
    CHECK(bin(lit_float("1.5"), Op::Sub, lit_float("1.5")).sign() == 0);
    CHECK(bin(lit_float("2.5"), Op::Mul, lit_float("0.4")).exact_string() == "1");
    // Mixed Int/Float operands are matched to the Float.
    CHECK(bin(i64(1), Op::Add, lit_float("0.5")).exact_string() == "3/2");
}

TEST_CASE("integer division and remainder truncate", "[types][constant]")
{
    CHECK(idiv(i64(7), i64(2)).int64_value() == 3);
    CHECK(idiv(i64(-7), i64(2)).int64_value() == -3);
    CHECK(idiv(i64(7), i64(-2)).int64_value() == -3);
    CHECK(idiv(i64(-7), i64(-2)).int64_value() == 3);
    CHECK(bin(i64(7), Op::Rem, i64(2)).int64_value() == 1);
    CHECK(bin(i64(-7), Op::Rem, i64(2)).int64_value() == -1);
    CHECK(bin(i64(7), Op::Rem, i64(-2)).int64_value() == 1);
    CHECK(bin(i64(-7), Op::Rem, i64(-2)).int64_value() == -1);
    CHECK(bin(i64(INT64_MIN), Op::Rem, i64(-1)).int64_value() == 0);
    // go/constant divides int64 values with Go's wrapping `/`: `const x =
    // -9223372036854775808 / -1` prints -9223372036854775808 under go run.
    CHECK(idiv(i64(INT64_MIN), i64(-1)).int64_value() == INT64_MIN);
    Constant big = lit_int("100000000000000000000000000000");
    CHECK(idiv(big, i64(-7)).to_string() == "-14285714285714285714285714285");
    CHECK(bin(unary_op(Op::Sub, big), Op::Rem, i64(7)).to_string() == "-5");
    // Division by zero is the caller's check; here it is only Unknown.
    CHECK(i64(0).is_zero());
    CHECK(lit_float("0.0").is_zero());
    CHECK_FALSE(Constant().is_zero());
    CHECK(bin(i64(1), Op::Div, i64(0)).is_unknown());
    CHECK(idiv(i64(1), i64(0)).is_unknown());
    CHECK(bin(i64(1), Op::Rem, i64(0)).is_unknown());
}

TEST_CASE("int64 overflow moves to big integers", "[types][constant]")
{
    Constant max = i64(INT64_MAX);
    CHECK(bin(max, Op::Add, i64(1)).to_string() == "9223372036854775808");
    CHECK(bin(i64(INT64_MIN), Op::Sub, i64(1)).to_string() == "-9223372036854775809");
    CHECK(bin(max, Op::Mul, max).to_string() == "85070591730234615847396907784232501249");
    CHECK(unary_op(Op::Sub, i64(INT64_MIN)).to_string() == "9223372036854775808");
    // ...and back to int64 when the result fits.
    Constant back = bin(bin(max, Op::Add, i64(1)), Op::Sub, i64(1));
    CHECK(back.repr() == Constant::Repr::Small);
    CHECK(back.int64_value() == INT64_MAX);
}

TEST_CASE("bitwise operations and unary ^", "[types][constant]")
{
    CHECK(bin(i64(12), Op::And, i64(10)).int64_value() == 8);
    CHECK(bin(i64(12), Op::Or, i64(10)).int64_value() == 14);
    CHECK(bin(i64(12), Op::Xor, i64(10)).int64_value() == 6);
    CHECK(bin(i64(12), Op::AndNot, i64(10)).int64_value() == 4);
    CHECK(bin(i64(-1), Op::And, lit_int("0xffffffffffffffffff")).to_string() == "4722366482869645213695");
    CHECK(unary_op(Op::Xor, i64(1)).int64_value() == -2);
    CHECK(unary_op(Op::Xor, i64(1), 8).int64_value() == 254); // ^uint8(1)
    CHECK(unary_op(Op::Xor, i64(5), 32).int64_value() == 4294967290);
    CHECK(unary_op(Op::Xor, i64(0), 64).to_string() == "18446744073709551615");
    CHECK(unary_op(Op::Xor, lit_float("1.0")).is_unknown());
    CHECK(unary_op(Op::Not, Constant::make_bool(true)).bool_value() == false);
    CHECK(unary_op(Op::Add, lit_float("1.5")).exact_string() == "3/2");
    CHECK(unary_op(Op::Sub, lit_float("1.5")).exact_string() == "-3/2");
    CHECK(unary_op(Op::Sub, lit_float("1e400")).to_string() == "-1e+400");
    CHECK(unary_op(Op::Sub, Constant()).is_unknown());
    CHECK(unary_op(Op::Add, Constant::make_string("x")).is_unknown());
}

TEST_CASE("shifts", "[types][constant]")
{
    CHECK(shift(i64(1), Op::Shl, 10).int64_value() == 1024);
    CHECK(shift(i64(1), Op::Shl, 62).int64_value() == int64_t(1) << 62);
    CHECK(shift(i64(1), Op::Shl, 63).to_string() == "9223372036854775808");
    CHECK(shift(i64(-1), Op::Shl, 63).int64_value() == INT64_MIN);
    CHECK(shift(i64(-5), Op::Shr, 1).int64_value() == -3);
    CHECK(shift(i64(-1), Op::Shr, 100).int64_value() == -1);
    CHECK(shift(i64(5), Op::Shr, 100).int64_value() == 0);
    CHECK(shift(i64(7), Op::Shr, 0).int64_value() == 7);
    CHECK(shift(lit_float("2.0"), Op::Shl, 3).int64_value() == 16); // integral floats shift as ints
    CHECK(shift(lit_float("2.5"), Op::Shl, 3).is_unknown());
    Constant max_shift = shift(i64(1), Op::Shl, kMaxShiftCount);
    CHECK(max_shift.bit_len() == 1075);
    CHECK(shift(max_shift, Op::Shr, kMaxShiftCount).int64_value() == 1);
    CHECK(shift(i64(1), Op::Shl, kMaxShiftCount + 1).is_unknown());
    CHECK(shift(i64(1), Op::Shl, 1000000000).is_unknown()); // never allocates
    CHECK(shift(Constant(), Op::Shl, 1).is_unknown());
}

TEST_CASE("untyped integer precision limit", "[types][constant]")
{
    // `const c = 1 << 600` is "constant shift overflow" in Go 1.19.
    CHECK_FALSE(shift(i64(1), Op::Shl, 511).exceeds_untyped_int_precision());
    CHECK(shift(i64(1), Op::Shl, 512).exceeds_untyped_int_precision());
    CHECK(shift(i64(1), Op::Shl, 600).exceeds_untyped_int_precision());
    CHECK(shift(i64(-1), Op::Shl, 511).bit_len() == 512);
    CHECK_FALSE(lit_float("1e300").exceeds_untyped_int_precision()); // only Ints are limited
}

TEST_CASE("comparisons across representations", "[types][constant]")
{
    CHECK(compare(i64(1), Op::Eql, lit_float("1.0")));
    CHECK(compare(i64(3), Op::Lss, lit_float("3.5")));
    CHECK(compare(lit_float("3.5"), Op::Gtr, i64(3)));
    CHECK(compare(lit_int("100000000000000000000000"), Op::Gtr, i64(INT64_MAX)));
    CHECK(compare(unary_op(Op::Sub, lit_int("100000000000000000000000")), Op::Lss, i64(INT64_MIN)));
    CHECK(compare(lit_float("1e400"), Op::Gtr, lit_int("1" + std::string(399, '0'))));
    CHECK(compare(lit_float("1e1300"), Op::Gtr, lit_float("1e1299")));
    CHECK(compare(unary_op(Op::Sub, lit_float("1e1300")), Op::Lss, lit_float("1e-1300")));
    CHECK(compare(unary_op(Op::Sub, lit_float("1e1300")), Op::Lss, unary_op(Op::Sub, lit_float("1e1299"))));
    CHECK(compare(lit_float("1e1300"), Op::Eql, bin(lit_float("1e650"), Op::Mul, lit_float("1e650"))));
    CHECK(compare(i64(2), Op::Leq, i64(2)));
    CHECK(compare(i64(2), Op::Geq, i64(2)));
    CHECK(compare(i64(2), Op::Neq, i64(3)));
    CHECK(compare(Constant::make_string("abc"), Op::Lss, Constant::make_string("abd")));
    CHECK(compare(Constant::make_string("\xff"), Op::Gtr, Constant::make_string("a"))); // bytewise, unsigned
    CHECK(compare(Constant::make_string("ab"), Op::Eql,
        bin(Constant::make_string("a"), Op::Add, Constant::make_string("b"))));
    CHECK(compare(Constant::make_bool(true), Op::Neq, Constant::make_bool(false)));
    CHECK_FALSE(compare(Constant(), Op::Eql, Constant()));
    CHECK_FALSE(compare(Constant(), Op::Neq, i64(1)));
}

TEST_CASE("bool and string operations", "[types][constant]")
{
    Constant t = Constant::make_bool(true), f = Constant::make_bool(false);
    CHECK(bin(t, Op::AndAnd, f).bool_value() == false);
    CHECK(bin(t, Op::OrOr, f).bool_value() == true);
    CHECK(bin(t, Op::Add, f).is_unknown());
    CHECK(
        bin(Constant::make_string("foo"), Op::Add, Constant::make_string("bar")).string_value() == "foobar");
    CHECK(bin(Constant::make_string("foo"), Op::Sub, Constant::make_string("bar")).is_unknown());
    CHECK(bin(Constant::make_string("1"), Op::Add, i64(1)).is_unknown());
    CHECK(bin(Constant(), Op::Add, i64(1)).is_unknown());
    CHECK(bin(lit_float("1.5"), Op::Rem, i64(1)).is_unknown());
    CHECK(bin(lit_float("1.5"), Op::And, i64(1)).is_unknown());
}

TEST_CASE("to_int and to_float", "[types][constant]")
{
    CHECK(lit_float("3.0").to_int().int64_value() == 3);
    CHECK(lit_float("3.5").to_int().is_unknown());
    CHECK(lit_float("1e400").to_int().bit_len() == 1329);
    CHECK(lit_float("1e1000").to_int().bit_len() == 3322);
    CHECK(lit_float("1e1000").is_int());
    CHECK_FALSE(lit_float("1e1300").is_int()); // beyond 2**4096: not converted
    CHECK(i64(7).to_float().exact_string() == "7");
    CHECK(i64(7).to_float().kind() == ConstKind::Float);
    CHECK(shift(i64(1), Op::Shl, 1074).to_float().kind() == ConstKind::Float);
    CHECK(Constant::make_string("x").to_float().is_unknown());
    CHECK(Constant::make_bool(true).to_int().is_unknown());
}

TEST_CASE("to_int forgives rounding noise in the last mantissa bits", "[types][constant]")
{
    // Values built as mant·2**exp, checked against go/constant.ToInt on the same big.Float.
    auto float_value = [](const BigInt& mant, int64_t exp) {
        BinFloat f;
        f.mant = mant;
        f.exp = exp;
        return float_to_int(f);
    };
    BigInt two512 = BigInt::power_of_two(512), two511 = BigInt::power_of_two(511);
    auto n = [](int64_t v) { return BigInt::from_int64(v); };
    CHECK(float_value(two512 - n(1), -511)->to_string() == "2");
    CHECK(float_value(two511 + n(1), -511)->to_string() == "1");
    CHECK(float_value(two511 + n(15), -511)->to_string() == "1");
    CHECK_FALSE(float_value(two511 + n(17), -511).has_value());
    CHECK_FALSE(float_value(two511 + n(17), -509).has_value());
    CHECK(float_value(two512 - n(15), -511)->to_string() == "2");
    CHECK(float_value(two512 - n(15), -400)->to_string() == "5192296858534827628530496329220096");
    BigInt three = n(3).shl(509);
    CHECK_FALSE(float_value(three, -510).has_value());
    CHECK(float_value(three, -509)->to_string() == "3");
    CHECK(float_value(three, 3584)->bit_len() == 4095);
    CHECK_FALSE(float_value(three, 3585).has_value()); // Go exponent 4096: not small
}

TEST_CASE("float64 and float32 values round to nearest even", "[types][constant]")
{
    bool exact = true;
    CHECK(bits64(lit_float("0.1")) == 0x3fb999999999999aull);
    CHECK(bits32(lit_float("0.1")) == 0x3dcccccdu);
    CHECK(lit_float("0.1").float64_value(&exact) == 0.1);
    CHECK_FALSE(exact);
    CHECK(lit_float("1.5").float64_value(&exact) == 1.5);
    CHECK(exact);
    CHECK(bits64(bin(lit_float("1.0"), Op::Div, i64(3))) == 0x3fd5555555555555ull);
    // 2**53 + 1 is a tie between 2**53 and 2**53 + 2: even wins; 2**53 + 3 rounds up.
    CHECK(bits64(lit_int("9007199254740993")) == 0x4340000000000000ull);
    CHECK(lit_int("9007199254740995").float64_value() == 9007199254740996.0);
    CHECK(bits32(lit_int("16777217")) == 0x4b800000u);
    CHECK(bits32(lit_int("16777219")) == 0x4b800002u);
    CHECK(bits64(lit_int("18446744073709551615")) == 0x43f0000000000000ull);
    CHECK(bits64(i64(INT64_MIN)) == 0xc3e0000000000000ull);
    // Denormals: 2**-1074 and the halfway points on either side of it.
    CHECK(bits64(lit_float("4.9e-324")) == 1);
    CHECK(bits64(lit_float("2.4703282292062328e-324")) == 1);
    CHECK(bits64(lit_float("2.4703282292062327e-324")) == 0);
    CHECK(bits64(lit_float("0x1p-1074")) == 1);
    CHECK(bits64(lit_float("0x1p-1075")) == 0); // a tie, to even (zero)
    CHECK(bits64(lit_float("0x3p-1075")) == 2); // a tie, to even (two)
    CHECK(bits32(lit_float("1.401298464324817e-45")) == 1);
    CHECK(bits32(lit_float("7.006492321624086e-46")) == 1);
    CHECK(bits32(lit_float("7.0064923216240853e-46")) == 0);
    // Overflow and underflow keep the sign.
    CHECK(lit_float("1e400").float64_value() == HUGE_VAL);
    CHECK(unary_op(Op::Sub, lit_float("1e400")).float64_value() == -HUGE_VAL);
    CHECK(std::signbit(unary_op(Op::Sub, lit_float("1e-400")).float64_value()));
    CHECK(lit_float("1e-400").float64_value() == 0.0);
    CHECK(lit_float("1e100").float32_value() == HUGE_VALF);
    CHECK(Constant().float64_value(&exact) == 0.0);
    CHECK_FALSE(exact);
}

TEST_CASE("make_* factories", "[types][constant]")
{
    CHECK(Constant::make_uint64(UINT64_MAX).to_string() == "18446744073709551615");
    CHECK(Constant::make_uint64(5).repr() == Constant::Repr::Small);
    CHECK(Constant::make_float64(0.1).exact_string() == "3602879701896397/36028797018963968");
    CHECK(Constant::make_float64(-0.0).sign() == 0);
    CHECK(Constant::make_float64(HUGE_VAL).is_unknown());
    CHECK(Constant::make_float64(std::nan("")).is_unknown());
    CHECK(Constant::make_float64(5e-324).float64_value() == 5e-324);
    CHECK(Constant::make_float64(1.7976931348623157e308).float64_value() == 1.7976931348623157e308);
    CHECK(Constant::make_bool(true).kind() == ConstKind::Bool);
    CHECK(Constant::make_string("x").kind() == ConstKind::String);
    CHECK(Constant().kind() == ConstKind::Unknown);
    CHECK(Constant().sign() == 1); // an unknown divisor never looks like zero
    CHECK(Constant().to_string() == "unknown");
}

TEST_CASE("representability at every integer width", "[types][constant]")
{
    struct Width {
        ConstType type;
        const char* min;
        const char* max;
        const char* below;
        const char* above;
    };
    const Width widths[] = {
        { ConstType::Int8, "-128", "127", "-129", "128" },
        { ConstType::Int16, "-32768", "32767", "-32769", "32768" },
        { ConstType::Int32, "-2147483648", "2147483647", "-2147483649", "2147483648" },
        { ConstType::Int64, "-9223372036854775808", "9223372036854775807", "-9223372036854775809",
            "9223372036854775808" },
        { ConstType::Int, "-9223372036854775808", "9223372036854775807", "-9223372036854775809",
            "9223372036854775808" },
        { ConstType::Uint8, "0", "255", "-1", "256" },
        { ConstType::Uint16, "0", "65535", "-1", "65536" },
        { ConstType::Uint32, "0", "4294967295", "-1", "4294967296" },
        { ConstType::Uint64, "0", "18446744073709551615", "-1", "18446744073709551616" },
        { ConstType::Uint, "0", "18446744073709551615", "-1", "18446744073709551616" },
        { ConstType::Uintptr, "0", "18446744073709551615", "-1", "18446744073709551616" },
    };
    auto value = [](const char* text) {
        bool neg = text[0] == '-';
        Constant v = lit_int(neg ? text + 1 : text);
        return neg ? unary_op(Op::Sub, v) : v;
    };
    for (const Width& w : widths) {
        INFO(w.max);
        CHECK(representable(value(w.min), w.type));
        CHECK(representable(value(w.max), w.type));
        CHECK_FALSE(representable(value(w.below), w.type));
        CHECK_FALSE(representable(value(w.above), w.type));
        CHECK(value(w.max).represent_as(w.type)->to_string() == w.max);
    }
    CHECK(representable(lit_int("1" + std::string(150, '0')), ConstType::UntypedInt));
}

TEST_CASE("floats as integers: integral values only", "[types][constant]")
{
    // `var i int = 1.5` is "(truncated)" in Go; 3.0 converts to the Int 3.
    CHECK_FALSE(representable(lit_float("1.5"), ConstType::Int));
    Constant three = *lit_float("3.0").represent_as(ConstType::Int8);
    CHECK(three.kind() == ConstKind::Int);
    CHECK(three.int64_value() == 3);
    CHECK_FALSE(representable(lit_float("1e-400"), ConstType::Int8));
    CHECK_FALSE(representable(lit_float("1e400"), ConstType::Int)); // integral but too big
    CHECK(representable(lit_float("1e400"), ConstType::UntypedInt));
    CHECK(representable(lit_float("255.0"), ConstType::Uint8));
    CHECK_FALSE(representable(unary_op(Op::Sub, lit_float("1e20")), ConstType::Uint8));
    CHECK(representable(lit_rune("'a'"), ConstType::UntypedRune));
    CHECK_FALSE(representable(Constant::make_string("a"), ConstType::Int));
}

TEST_CASE("representability as float32 and float64 rounds", "[types][constant]")
{
    // `var f float32 = 1e100`: "cannot use 1e100 (untyped float constant 1e+100) as float32
    // value in variable declaration (overflows)"; 1e400 likewise overflows float64.
    CHECK_FALSE(representable(lit_float("1e100"), ConstType::Float32));
    CHECK(representable(lit_float("1e100"), ConstType::Float64));
    CHECK_FALSE(representable(lit_float("1e400"), ConstType::Float64));
    CHECK(representable(lit_float("1e400"), ConstType::UntypedFloat));
    // The largest finite values, and just past the rounding boundary above them.
    CHECK(representable(lit_float("3.4028234663852886e38"), ConstType::Float32));
    CHECK_FALSE(representable(lit_float("3.40282356779733661637539395458142568448e38"), ConstType::Float32));
    CHECK(representable(lit_float("3.4028235677973366e38"), ConstType::Float32)); // rounds down to max
    CHECK(representable(lit_float("1.7976931348623157e308"), ConstType::Float64));
    CHECK(representable(lit_float("1.7976931348623158e308"), ConstType::Float64));
    CHECK_FALSE(representable(lit_float("1.7976931348623159e308"), ConstType::Float64));
    // The rounded value comes back.
    CHECK(lit_float("0.1").represent_as(ConstType::Float64)->exact_string()
        == "3602879701896397/36028797018963968");
    CHECK(lit_float("0.1").represent_as(ConstType::Float32)->exact_string() == "13421773/134217728");
    CHECK(lit_int("16777217").represent_as(ConstType::Float32)->exact_string() == "16777216");
    CHECK(lit_float("1e-400").represent_as(ConstType::Float64)->sign() == 0); // underflow is fine
    // An Int stays an Int when checked against untyped float (types2 leaves it alone).
    CHECK(i64(3).represent_as(ConstType::UntypedFloat)->kind() == ConstKind::Int);
    CHECK(i64(3).represent_as(ConstType::Float64)->kind() == ConstKind::Float);
    CHECK_FALSE(representable(Constant::make_bool(true), ConstType::Float64));
}

TEST_CASE("representability of bools, strings and unknowns", "[types][constant]")
{
    CHECK(representable(Constant::make_bool(true), ConstType::Bool));
    CHECK(representable(Constant::make_bool(true), ConstType::UntypedBool));
    CHECK_FALSE(representable(Constant::make_bool(true), ConstType::String));
    CHECK(representable(Constant::make_string("s"), ConstType::String));
    CHECK_FALSE(representable(Constant::make_string("s"), ConstType::Bool));
    CHECK_FALSE(representable(i64(1), ConstType::String));
    CHECK(Constant().represent_as(ConstType::Int8)->is_unknown()); // no follow-on errors
    CHECK(const_type_bits(ConstType::Uint16) == 16);
    CHECK(const_type_bits(ConstType::Uintptr) == 64);
    CHECK(const_type_bits(ConstType::Float64) == 0);
    CHECK(const_type_is_unsigned(ConstType::Uintptr));
    CHECK_FALSE(const_type_is_unsigned(ConstType::Int));
}

TEST_CASE("formatting matches go/constant String", "[types][constant]")
{
    CHECK(i64(256).to_string() == "256"); // "constant 256 overflows byte"
    CHECK(i64(-42).to_string() == "-42");
    CHECK(lit_float("1.5").to_string() == "1.5");
    CHECK(lit_float("0.1").to_string() == "0.1");
    CHECK(lit_float("1e100").to_string() == "1e+100");
    CHECK(lit_float("1e400").to_string() == "1e+400");
    CHECK(lit_float("1e-400").to_string() == "1e-400");
    CHECK(lit_float("123456789.125").to_string() == "1.23457e+08");
    CHECK(lit_float("1e-5").to_string() == "1e-05");
    CHECK(lit_float("0.0001").to_string() == "0.0001");
    CHECK(lit_float("1e6").to_string() == "1e+06");
    CHECK(lit_float("100000").to_string() == "100000");
    CHECK(lit_float("0.0").to_string() == "0");
    CHECK(lit_float("3.40282356779733661637539395458142568448e38").to_string() == "3.40282e+38");
    CHECK(unary_op(Op::Sub, lit_float("2.5")).to_string() == "-2.5");
    CHECK(bin(lit_float("1e5000"), Op::Div, i64(3)).to_string() == "3.33333e+4999");
    CHECK(lit_float(std::string(5000, '1') + "." + std::string(4990, '3')).to_string() == "1.11111e+4999");
    CHECK(shift(i64(1), Op::Shl, 100).to_string() == "1267650600228229401496703205376");
    CHECK(Constant::make_bool(true).to_string() == "true");
    CHECK(Constant::make_bool(false).to_string() == "false");
}

TEST_CASE("formatting exact strings", "[types][constant]")
{
    CHECK(lit_float("1.5").exact_string() == "3/2");
    CHECK(lit_float("-0.25").is_unknown()); // literals carry no sign
    CHECK(lit_float("1e1300").exact_string().substr(0, 12) == "0x.b5d6f6347");
    CHECK(bin(lit_float("1e5000"), Op::Div, lit_float("1e4999")).exact_string() == "0x.ap+4");
    CHECK(Constant::make_string("a\"b").exact_string() == "\"a\\\"b\"");
}

TEST_CASE("strings print quoted and shortened like Go", "[types][constant]")
{
    CHECK(Constant::make_string("abc").to_string() == "\"abc\"");
    CHECK(Constant::make_string("").to_string() == "\"\"");
    CHECK(Constant::make_string("a\tb\n\\\"").to_string() == "\"a\\tb\\n\\\\\\\"\"");
    CHECK(Constant::make_string(std::string("\x00\x01\x7f", 3)).to_string() == "\"\\x00\\x01\\x7f\"");
    CHECK(Constant::make_string("\xff\xfe").to_string() == "\"\\xff\\xfe\"");
    CHECK(Constant::make_string("\a\b\f\v\r").to_string() == "\"\\a\\b\\f\\v\\r\"");
    CHECK(Constant::make_string("é日本😀").to_string() == "\"é日本😀\"");
    CHECK(lit_string("\"\\u2028\\u00ad\\ufeff\\uffff\\U000e0001\\U000F0000\\u00a0\\u0085\"").to_string()
        == "\"\\u2028\\u00ad\\ufeff\\uffff\\U000e0001\\U000f0000\\u00a0\\u0085\"");
    // `var i int = s` with a 92-byte s: Go prints the first 69 runes of the quoted text + "...".
    std::string long_text(92, 'a');
    CHECK(Constant::make_string(long_text).to_string() == "\"" + std::string(68, 'a') + "...");
    CHECK(Constant::make_string(std::string(70, 'a')).to_string() == "\"" + std::string(70, 'a') + "\"");
    CHECK(Constant::make_string(std::string(71, 'a')).to_string() == "\"" + std::string(68, 'a') + "...");
    // Multi-byte runes are counted as runes, never cut in half.
    std::string wide;
    for (int i = 0; i < 80; i++)
        wide += "é";
    CHECK(Constant::make_string(wide).to_string() == "\"" + wide.substr(0, 68 * 2) + "...");
    // The exact form is never shortened.
    CHECK(Constant::make_string(long_text).exact_string() == "\"" + long_text + "\"");
}

TEST_CASE("constants are cheap values", "[types][constant]")
{
    CHECK(sizeof(Constant) <= 32);
    Constant a = lit_int("123456789012345678901234567890");
    Constant b = a; // shares the payload
    CHECK(compare(a, Op::Eql, b));
    CHECK(lit_int("7").repr() == Constant::Repr::Small);
}

TEST_CASE("hostile inputs stay bounded", "[types][constant]")
{
    // Each of these would take gigabytes or minutes with naive big-number code; together they
    // must finish fast. (Go itself needs tens of seconds for the huge-gap sum below.)
    auto start = std::chrono::steady_clock::now();
    Constant huge = lit_float("1e646456992");
    Constant tiny = lit_float("1e-646456992");
    CHECK(bin(huge, Op::Mul, tiny).to_string() == "1");
    CHECK(bin(huge, Op::Add, tiny).to_string() == "1e+646456992");
    CHECK(bin(tiny, Op::Sub, huge).to_string() == "-1e+646456992");
    CHECK(bin(huge, Op::Mul, huge).is_unknown()); // overflows: Unknown
    CHECK(bin(tiny, Op::Mul, tiny).is_zero()); // underflows: 0
    CHECK(bin(lit_float("0x1p2147483646"), Op::Add, lit_float("0x1p-2147483647")).to_string()
        == "4.40403e+646456992");
    CHECK(lit_float("1" + std::string(9000, '0') + "e-9000").exact_string() == "1");
    CHECK(lit_float("0." + std::string(9990, '0') + "1").to_string() == "1e-9991");
    Constant big_int = shift(i64(1), Op::Shl, kMaxShiftCount);
    Constant product = bin(bin(big_int, Op::Mul, big_int), Op::Mul, big_int);
    CHECK(product.bit_len() == 3223);
    CHECK(bin(product, Op::Div, big_int).kind() == ConstKind::Float);
    // Rationals near the 4096-bit limit switch to binary floats instead of growing.
    Constant r = bin(lit_float("1.0"), Op::Div, lit_float("3e1200"));
    for (int i = 0; i < 20; i++)
        r = bin(bin(r, Op::Mul, lit_float("7e-300")), Op::Add, lit_float("1.1"));
    CHECK(r.kind() == ConstKind::Float);
    auto elapsed = std::chrono::steady_clock::now() - start;
    CHECK(elapsed < std::chrono::seconds(5));
}

TEST_CASE("garbage literal text never crashes", "[types][constant]")
{
    const char alphabet[] = "0123456789abcdefxXoObBpPeE._+-'\"`\\uU\n\r\xff\xc3";
    uint32_t state = 1;
    auto next = [&] {
        state = state * 1103515245u + 12345u;
        return state >> 16;
    };
    for (int i = 0; i < 20000; i++) {
        std::string text;
        size_t len = next() % 12;
        for (size_t j = 0; j < len; j++)
            text += alphabet[next() % (sizeof alphabet - 1)];
        for (LitKind k : { LitKind::Int, LitKind::Float, LitKind::Rune, LitKind::String, LitKind::Imag }) {
            Constant c = Constant::from_literal(k, text);
            (void)c.to_string();
            (void)c.exact_string();
        }
    }
    SUCCEED();
}
