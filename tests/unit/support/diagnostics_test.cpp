// tests/unit/support/diagnostics_test.cpp — Go's error-reporting rules in support::Diagnostics.
#include "support/diagnostics.h"

#include <catch2/catch.hpp>

using vitro::support::Diagnostics;
using vitro::support::Pos;

TEST_CASE("errors are sorted by position", "[diag]")
{
    Diagnostics d("x.go");
    d.error({ 5, 2 }, "b");
    d.error({ 3, 9 }, "a");
    auto s = d.sorted();
    REQUIRE(s.size() == 2);
    CHECK(d.format(s[0]) == "x.go:3:9: a");
    CHECK(d.format(s[1]) == "x.go:5:2: b");
}

TEST_CASE("one syntax error per line", "[diag]")
{
    Diagnostics d("x.go");
    d.error({ 4, 1 }, "syntax error: unexpected a");
    d.error({ 4, 7 }, "syntax error: unexpected b");
    d.error({ 5, 1 }, "syntax error: unexpected c");
    CHECK(d.sorted().size() == 2);
    CHECK(d.has_syntax_errors());
}

TEST_CASE("equal non-syntax errors on one line are reported once", "[diag]")
{
    Diagnostics d("x.go");
    d.error({ 4, 1 }, "undefined: x");
    d.error({ 4, 7 }, "undefined: x");
    d.error({ 4, 9 }, "undefined: y");
    CHECK(d.sorted().size() == 2);
}

TEST_CASE("the tenth error stops compilation", "[diag]")
{
    Diagnostics d("x.go");
    for (uint32_t i = 1; i <= 9; ++i)
        CHECK(d.error({ i, 1 }, "undefined: v" + std::to_string(i)));
    CHECK_FALSE(d.error({ 10, 3 }, "undefined: w"));
    CHECK(d.too_many());
    CHECK_FALSE(d.error({ 11, 1 }, "undefined: z"));
    CHECK(d.count() == 10);
}

TEST_CASE("columns Go cannot record are left out", "[diag]")
{
    // cmd/internal/src/pos.go keeps 8 bits of column: 1..254 print, 255 and above do not.
    Diagnostics d("x.go");
    d.error({ 2, 254 }, "a");
    d.error({ 3, 255 }, "b");
    d.error({ 4, 100000 }, "c");
    d.error({ 5, 0 }, "d");
    auto s = d.sorted();
    REQUIRE(s.size() == 4);
    CHECK(d.format(s[0]) == "x.go:2:254: a");
    CHECK(d.format(s[1]) == "x.go:3: b");
    CHECK(d.format(s[2]) == "x.go:4: c");
    CHECK(d.format(s[3]) == "x.go:5: d");
}

TEST_CASE("clamped columns sort in the order reported", "[diag]")
{
    Diagnostics d("x.go");
    d.error({ 7, 300 }, "first");
    d.error({ 7, 260 }, "second");
    d.error({ 7, 12 }, "third");
    auto s = d.sorted();
    REQUIRE(s.size() == 3);
    CHECK(d.format(s[0]) == "x.go:7:12: third");
    CHECK(d.format(s[1]) == "x.go:7: first");
    CHECK(d.format(s[2]) == "x.go:7: second");
}

TEST_CASE("lines past Go's line limit saturate and lose the column", "[diag]")
{
    // pos.go: lineMax = 1<<20 - 2; a saturated line drops its column (Go issue 51193).
    Diagnostics d("x.go");
    d.error({ Diagnostics::kLineMax - 1, 3 }, "a");
    d.error({ Diagnostics::kLineMax, 3 }, "b");
    d.error({ 2000000, 9 }, "c");
    auto s = d.sorted();
    REQUIRE(s.size() == 3);
    CHECK(d.format(s[0]) == "x.go:1048573:3: a");
    CHECK(d.format(s[1]) == "x.go:1048574: b");
    CHECK(d.format(s[2]) == "x.go:1048574: c");
}
