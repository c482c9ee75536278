// tests/unit/vm/map_test.cpp — the map implementation against std::unordered_map, Go's
// semantics (NaN keys, nil maps, deletion during iteration), and the MAP* opcodes.
#include "vm/map.h"
#include "vm/ops.h"
#include "vm_test_util.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <map>
#include <random>
#include <set>
#include <unordered_map>

using namespace vitro;
using namespace vitro::test;

namespace {

struct MapFixture {
    std::unique_ptr<vm::Module> module = new_module();
    gc::Type int_type = make_scalar_type(gc::Kind::Int, 8, "int");
    gc::Type float_type = make_scalar_type(gc::Kind::Float64, 8, "float64");
    gc::Type string_type;
    gc::Type map_type; // map[int]int
    gc::Type fmap_type; // map[float64]int
    gc::Type smap_type; // map[string]int
    uint64_t string_mask[1] = { 1 };
    std::unique_ptr<vm::Runtime> rt;

    MapFixture()
    {
        string_type = make_scalar_type(gc::Kind::String, 16, "string");
        string_type.ptrdata = 8;
        string_type.ptrmask = string_mask;
        auto make_map = [&](gc::Type& t, const gc::Type* key, const char* name) {
            t.size = 8, t.align = 8, t.kind = gc::Kind::Map, t.name = name;
            t.key = key, t.elem = &int_type;
        };
        make_map(map_type, &int_type, "map[int]int");
        make_map(fmap_type, &float_type, "map[float64]int");
        make_map(smap_type, &string_type, "map[string]int");
        rt = std::make_unique<vm::Runtime>(*module, gc::Options {});
    }
    vm::Goroutine& g() { return rt->current(); }
};

int64_t read_int(void* p)
{
    return *static_cast<int64_t*>(p);
}

} // namespace

TEST_CASE("maps agree with std::unordered_map over 100k int keys", "[vm][map]")
{
    MapFixture f;
    vm::MapHeader* m = vm::map_make(*f.rt, &f.map_type, 0);
    gc::Heap::TempRoot keep(f.rt->heap(), m);
    std::unordered_map<int64_t, int64_t> ref;
    std::mt19937_64 rng(42);
    for (int i = 0; i < 100000; i++) {
        int64_t k = static_cast<int64_t>(rng() % 150000) - 20000;
        vm::Slot key = static_cast<vm::Slot>(k);
        void* v = vm::map_assign(*f.rt, f.g(), &f.map_type, m, &key);
        REQUIRE(v);
        *static_cast<int64_t*>(v) += i;
        ref[k] += i;
        if (i % 3 == 0) {
            vm::Slot del = static_cast<vm::Slot>(static_cast<int64_t>(rng() % 150000) - 20000);
            vm::map_delete(*f.rt, f.g(), &f.map_type, m, &del);
            ref.erase(static_cast<int64_t>(del));
        }
    }
    CHECK(m->count == ref.size());
    for (int64_t k = -20000; k < 130000; k++) {
        vm::Slot key = static_cast<vm::Slot>(k);
        bool found;
        void* v = vm::map_access(*f.rt, f.g(), &f.map_type, m, &key, found);
        auto it = ref.find(k);
        REQUIRE(found == (it != ref.end()));
        if (found)
            REQUIRE(read_int(v) == it->second);
        else
            REQUIRE(read_int(v) == 0);
    }
    // Iteration visits every key once.
    vm::MapIter* it = vm::map_iter(*f.rt, &f.map_type, m);
    std::set<int64_t> seen;
    void *k, *v;
    while (vm::map_next(*f.rt, it, k, v)) {
        REQUIRE(seen.insert(read_int(k)).second);
        REQUIRE(ref.at(read_int(k)) == read_int(v));
    }
    CHECK(seen.size() == ref.size());
}

TEST_CASE("string keys compare by content", "[vm][map]")
{
    MapFixture f;
    vm::MapHeader* m = vm::map_make(*f.rt, &f.smap_type, 100);
    gc::Heap::TempRoot keep(f.rt->heap(), m);
    std::map<std::string, int64_t> ref;
    std::vector<std::string> keys;
    for (int i = 0; i < 5000; i++)
        keys.push_back("key-" + std::to_string(i * 7919 % 3001));
    for (size_t i = 0; i < keys.size(); i++) {
        vm::Slot key[2] = { reinterpret_cast<vm::Slot>(keys[i].data()), keys[i].size() };
        *static_cast<int64_t*>(vm::map_assign(*f.rt, f.g(), &f.smap_type, m, key)) = static_cast<int64_t>(i);
        ref[keys[i]] = static_cast<int64_t>(i);
    }
    CHECK(m->count == ref.size());
    for (const auto& [k, v] : ref) {
        std::string copy = k; // a different pointer, same bytes
        vm::Slot key[2] = { reinterpret_cast<vm::Slot>(copy.data()), copy.size() };
        bool found;
        CHECK(read_int(vm::map_access(*f.rt, f.g(), &f.smap_type, m, key, found)) == v);
        CHECK(found);
    }
}

TEST_CASE("NaN keys are always new; +0 and -0 are one key", "[vm][map]")
{
    MapFixture f;
    vm::MapHeader* m = vm::map_make(*f.rt, &f.fmap_type, 0);
    gc::Heap::TempRoot keep(f.rt->heap(), m);
    vm::Slot nan = vm::slot_of_f64(std::nan(""));
    for (int i = 0; i < 3; i++)
        *static_cast<int64_t*>(vm::map_assign(*f.rt, f.g(), &f.fmap_type, m, &nan)) = 1;
    CHECK(m->count == 3);
    bool found;
    vm::map_access(*f.rt, f.g(), &f.fmap_type, m, &nan, found);
    CHECK(!found);
    vm::Slot pz = vm::slot_of_f64(0.0), nz = vm::slot_of_f64(-0.0);
    *static_cast<int64_t*>(vm::map_assign(*f.rt, f.g(), &f.fmap_type, m, &pz)) = 7;
    CHECK(read_int(vm::map_access(*f.rt, f.g(), &f.fmap_type, m, &nz, found)) == 7);
    CHECK(m->count == 4);
}

TEST_CASE("nil maps read as empty and panic on assignment", "[vm][map]")
{
    MapFixture f;
    vm::Slot key = 1;
    bool found = true;
    CHECK(read_int(vm::map_access(*f.rt, f.g(), &f.map_type, nullptr, &key, found)) == 0);
    CHECK(!found);
    CHECK(vm::map_assign(*f.rt, f.g(), &f.map_type, nullptr, &key) == nullptr);
    CHECK(f.g().panic.active);
    CHECK(f.g().panic.message == "assignment to entry in nil map");
}

TEST_CASE("deleting during iteration never yields deleted keys; growth keeps each key once", "[vm][map]")
{
    MapFixture f;
    vm::MapHeader* m = vm::map_make(*f.rt, &f.map_type, 0);
    gc::Heap::TempRoot keep(f.rt->heap(), m);
    for (int64_t i = 0; i < 100; i++) {
        vm::Slot key = static_cast<vm::Slot>(i);
        *static_cast<int64_t*>(vm::map_assign(*f.rt, f.g(), &f.map_type, m, &key)) = i;
    }
    vm::MapIter* it = vm::map_iter(*f.rt, &f.map_type, m);
    gc::Heap::TempRoot keep_it(f.rt->heap(), it);
    std::set<int64_t> seen;
    void *k, *v;
    int64_t next_new = 1000;
    while (vm::map_next(*f.rt, it, k, v)) {
        int64_t key = read_int(k);
        REQUIRE(seen.insert(key).second);
        // Delete every odd key, and insert new keys so that the table grows mid-iteration.
        for (int64_t odd = 1; odd < 100; odd += 2) {
            vm::Slot dk = static_cast<vm::Slot>(odd);
            vm::map_delete(*f.rt, f.g(), &f.map_type, m, &dk);
        }
        vm::Slot nk = static_cast<vm::Slot>(next_new++);
        *static_cast<int64_t*>(vm::map_assign(*f.rt, f.g(), &f.map_type, m, &nk)) = 0;
    }
    size_t odd_seen = 0;
    for (int64_t key : seen)
        if (key < 100 && key % 2)
            odd_seen++;
    CHECK(odd_seen <= 1); // only one could be produced before the first deletion
    for (int64_t even = 0; even < 100; even += 2)
        CHECK(seen.count(even) == 1);
}
