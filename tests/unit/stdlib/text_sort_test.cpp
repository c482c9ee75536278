// tests/unit/stdlib/text_sort_test.cpp — the strings/bytes algorithms (stdlib/strings/text.h)
// and the port of Go's pdqsort/stable sort (stdlib/sort/pdqsort.h): results and Less/Swap call
// counts against Go 1.19 (counted with a sort.Interface wrapper in real Go).
#include "stdlib/sort/pdqsort.h"
#include "stdlib/strings/text.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace text = vitro::stdlib::text;
namespace gsort = vitro::stdlib::sort;

TEST_CASE("text: split, fields and trimming", "[text]")
{
    auto parts = text::split("a,b,,c", ",", 0, -1);
    REQUIRE(parts.size() == 4);
    CHECK(parts[2].empty());
    auto after = text::split("a,b", ",", 1, -1);
    CHECK(after[0] == "a,");
    auto runes = text::split("hé", "", 0, -1);
    REQUIRE(runes.size() == 2);
    CHECK(runes[1] == "é");
    CHECK(text::fields(" a\u00a0b ").size() == 2);
    CHECK(text::trim_space("\u3000 x \u2029") == "x");
    CHECK(text::trim_left("xxhixx", "x") == "hixx");
    CHECK(text::trim_right("xxhixx", "x") == "xxhi");
}

TEST_CASE("text: case, fold and replace", "[text]")
{
    bool changed;
    CHECK(text::to_upper("straße ǆ", changed) == "STRAßE Ǆ");
    CHECK(changed);
    CHECK(text::to_lower("ΑΒΓ", changed) == "αβγ");
    CHECK(text::title("hello wörld") == "Hello Wörld");
    CHECK(text::equal_fold("Kelvin", "\u212Aelvin"));
    CHECK_FALSE(text::equal_fold("Straße", "STRASSE"));
    CHECK(text::replace("banana", "a", "_", 2, changed) == "b_n_na");
    CHECK(text::replace("ab", "", "X", -1, changed) == "XaXbX");
    CHECK(text::index_any("golang", "ny") == 4);
    CHECK(text::last_index_any("golang", "go") == 5);
    CHECK(text::to_valid_utf8("a\xff\xfe"
                              "b",
              "?")
        == "a?b");
}

namespace {

struct Counting {
    std::vector<int> data;
    int less_calls = 0, swap_calls = 0;
    bool less(int64_t i, int64_t j)
    {
        less_calls++;
        return data[static_cast<size_t>(i)] < data[static_cast<size_t>(j)];
    }
    void swap(int64_t i, int64_t j)
    {
        std::swap(data[static_cast<size_t>(i)], data[static_cast<size_t>(j)]), swap_calls++;
    }
};

} // namespace

TEST_CASE("pdqsort: Go's call sequence", "[sort]")
{
    // sort.Sort on this input makes 103 Less and 49 Swap calls in Go 1.19
    // (tests/golden/stdlib/sort_pdq_order.go).
    Counting c { { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 5, 5, 5, 1, 2, 3, 50, 40, 30, 20, 10, 0, -1, 7, 7, 7 } };
    auto n = static_cast<int64_t>(c.data.size());
    gsort::GoSort<Counting>(c).pdqsort(0, n, gsort::GoSort<Counting>::limit_for(n));
    CHECK(c.data
        == std::vector<int> {
            -1, 0, 0, 1, 1, 2, 2, 3, 3, 4, 5, 5, 5, 5, 6, 7, 7, 7, 7, 8, 9, 10, 20, 30, 40, 50 });
    CHECK(c.less_calls == 103);
    CHECK(c.swap_calls == 49);
}

TEST_CASE("stable sort keeps equal elements in order", "[sort]")
{
    struct Pairs {
        std::vector<std::pair<int, int>> v;
        bool less(int64_t i, int64_t j)
        {
            return v[static_cast<size_t>(i)].first < v[static_cast<size_t>(j)].first;
        }
        void swap(int64_t i, int64_t j) { std::swap(v[static_cast<size_t>(i)], v[static_cast<size_t>(j)]); }
    } p;
    for (int i = 0; i < 100; i++)
        p.v.push_back({ (i * 37) % 7, i });
    gsort::GoSort<Pairs>(p).stable(100);
    for (size_t i = 1; i < p.v.size(); i++) {
        CHECK(p.v[i - 1].first <= p.v[i].first);
        if (p.v[i - 1].first == p.v[i].first)
            CHECK(p.v[i - 1].second < p.v[i].second);
    }
}
