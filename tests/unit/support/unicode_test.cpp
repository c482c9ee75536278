// tests/unit/support/unicode_test.cpp — support/unicode.h against answers from Go 1.19's unicode
// package (Unicode 13.0): classes, case mappings with their special ranges, SimpleFold orbits.
#include "support/unicode.h"

#include <catch2/catch.hpp>

namespace uc = vitro::support::unicode;

TEST_CASE("unicode: classes match Go's tables", "[unicode]")
{
    CHECK(uc::is_letter('a'));
    CHECK(uc::is_letter(0x4E16)); // 世
    CHECK_FALSE(uc::is_letter('5'));
    CHECK(uc::is_digit(0x0663)); // ARABIC-INDIC DIGIT THREE
    CHECK_FALSE(uc::is_digit(0x216B)); // ROMAN NUMERAL TWELVE: a number, not a digit
    CHECK(uc::is_number(0x216B));
    CHECK(uc::is_number(0x00BD));
    CHECK(uc::is_upper(0x03A3));
    CHECK(uc::is_lower(0x03C3));
    CHECK(uc::is_title(0x01C5));
    CHECK(uc::is_mark(0x0301));
    CHECK(uc::is_punct('!'));
    CHECK(uc::is_symbol('+'));
    CHECK(uc::is_symbol(0x20AC));
    CHECK(uc::is_space(0x3000));
    CHECK(uc::is_space(0x85));
    CHECK_FALSE(uc::is_space(0x200B));
    CHECK(uc::is_control(0x9F));
    CHECK_FALSE(uc::is_control(0x2028));
}

TEST_CASE("unicode: IsPrint and IsGraphic", "[unicode]")
{
    CHECK(uc::is_print(' '));
    CHECK_FALSE(uc::is_print(0xA0));
    CHECK(uc::is_graphic(0xA0));
    CHECK_FALSE(uc::is_print(0x0378)); // unassigned in Unicode 13
    CHECK_FALSE(uc::is_print(0x200B));
    CHECK(uc::is_print(0x1F600));
    CHECK_FALSE(uc::is_print(0xE000)); // private use
    CHECK_FALSE(uc::is_print(-1));
    CHECK_FALSE(uc::is_print(0x110000));
}

TEST_CASE("unicode: case mappings", "[unicode]")
{
    CHECK(uc::to_upper('a') == 'A');
    CHECK(uc::to_upper(0xFF) == 0x178);
    CHECK(uc::to_upper(0x01C6) == 0x01C4); // ǆ -> Ǆ
    CHECK(uc::to_title(0x01C6) == 0x01C5); // ǆ -> ǅ
    CHECK(uc::to_lower(0x0130) == 'i');
    CHECK(uc::to_upper(0x0101) == 0x0100); // UpperLower range
    CHECK(uc::to_lower(0x0100) == 0x0101);
    CHECK(uc::to_upper(0xDF) == 0xDF); // ß has no simple upper case
    CHECK(uc::to_upper(-1) == -1);
    CHECK(uc::to_lower(0x110000) == 0x110000);
}

TEST_CASE("unicode: SimpleFold orbits", "[unicode]")
{
    CHECK(uc::simple_fold('A') == 'a');
    CHECK(uc::simple_fold('a') == 'A');
    CHECK(uc::simple_fold('K') == 'k');
    CHECK(uc::simple_fold('k') == 0x212A);
    CHECK(uc::simple_fold(0x212A) == 'K');
    CHECK(uc::simple_fold('1') == '1');
    CHECK(uc::simple_fold(0x03A3) == 0x03C2);
    CHECK(uc::simple_fold(0x03C2) == 0x03C3);
    CHECK(uc::simple_fold(0x03C3) == 0x03A3);
}
