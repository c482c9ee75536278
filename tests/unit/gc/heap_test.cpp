// tests/unit/gc/heap_test.cpp — allocation, collection, interior pointers, MemStats, stress.
#include "gc/heap.h"
#include "gc/size_classes.h"

#include <catch2/catch.hpp>
#include <cstring>
#include <set>
#include <vector>

using namespace vitro::gc;

namespace {

// A type descriptor with just what the collector reads.
Type make_type(uint64_t size, uint64_t ptrdata, const uint64_t* mask, Kind kind)
{
    Type t;
    t.size = size;
    t.ptrdata = ptrdata;
    t.ptrmask = mask;
    t.align = 8;
    t.kind = kind;
    return t;
}

// Roots: a vector of words, every one visited (the VM's frames are precise; these words are
// what a pointer map would select).
class FakeRoots final : public RootProvider {
public:
    std::vector<uint64_t> words;
    uint64_t stacks = 0, globals = 0;
    void scan_roots(Marker& m) override { m.scan_words(words.data(), words.size(), nullptr); }
    uint64_t stack_bytes() const override { return stacks; }
    uint64_t global_bytes() const override { return globals; }
    void add(const void* p) { words.push_back(reinterpret_cast<uint64_t>(p)); }
};

// struct Node { next *Node; val int64 }
const uint64_t kNodeMask[] = { 0b01 };
const Type kNode = make_type(16, 8, kNodeMask, Kind::Struct);
// struct Pair { x int64; p *Node; y int64 }
const uint64_t kPairMask[] = { 0b010 };
const Type kPair = make_type(24, 16, kPairMask, Kind::Struct);
// *Node (one pointer word)
const uint64_t kPtrMask[] = { 0b1 };
const Type kPtr = make_type(8, 8, kPtrMask, Kind::Pointer);
const Type kInt = make_type(8, 0, nullptr, Kind::Int);
const Type kEmpty = make_type(0, 0, nullptr, Kind::Struct);

struct Node {
    Node* next;
    int64_t val;
};

Options quiet(int gogc = 100)
{
    Options o;
    o.gogc = gogc;
    o.stress_interval = 0;
    return o;
}

bool live(Heap& h, const void* p)
{
    return h.find_object(p) == p;
}

} // namespace

TEST_CASE("alloc returns zeroed, distinct, aligned objects", "[gc]")
{
    Heap h(quiet());
    std::set<void*> seen;
    for (int i = 0; i < 5000; i++) {
        auto* n = static_cast<Node*>(h.alloc(&kNode));
        REQUIRE(n != nullptr);
        CHECK(reinterpret_cast<uintptr_t>(n) % 16 == 0);
        CHECK(n->next == nullptr);
        CHECK(n->val == 0);
        n->val = -1;
        CHECK(seen.insert(n).second);
    }
    CHECK(h.alloc(&kEmpty) == Heap::zero_base());
    CHECK(h.alloc_array(&kInt, 0) == Heap::zero_base());
    CHECK(h.alloc_noscan(0) == Heap::zero_base());
    CHECK(h.find_object(Heap::zero_base()) == nullptr);
    CHECK(h.verify_heap() == 0);
}

TEST_CASE("alloc_array refuses sizes that overflow", "[gc]")
{
    Heap h(quiet());
    CHECK(h.alloc_array(&kInt, uint64_t { 1 } << 61) == nullptr);
    CHECK(h.alloc_array(&kInt, (uint64_t { 1 } << 45) + 1) == nullptr); // > 1<<48 bytes
    CHECK(h.alloc_array(&kPair, ~uint64_t { 0 } / 3) == nullptr);
    void* p = h.alloc_array(&kInt, 10);
    REQUIRE(p != nullptr);
    CHECK(h.find_object(static_cast<char*>(p) + 79) == p);
}

TEST_CASE("reachable objects survive with their contents; unreachable ones are freed and reused", "[gc]")
{
    Heap h(quiet());
    FakeRoots roots;
    h.set_roots(&roots);
    std::vector<Node*> kept, dropped;
    for (int i = 0; i < 3072; i++) { // six full spans of 512 slots
        auto* n = static_cast<Node*>(h.alloc(&kNode));
        n->val = i;
        if (i % 3 == 0) {
            kept.push_back(n);
            roots.add(n);
        } else {
            dropped.push_back(n);
        }
    }
    h.collect(true);
    for (size_t i = 0; i < kept.size(); i++) {
        CHECK(live(h, kept[i]));
        CHECK(kept[i]->val == static_cast<int64_t>(i * 3));
    }
    std::set<void*> freed;
    for (Node* n : dropped) {
        CHECK(h.find_object(n) == nullptr);
        freed.insert(n);
    }
    // New allocations reuse the freed slots, zeroed.
    int reused = 0;
    for (size_t i = 0; i < dropped.size(); i++) {
        auto* n = static_cast<Node*>(h.alloc(&kNode));
        CHECK(n->val == 0);
        CHECK(n->next == nullptr);
        reused += freed.count(n) ? 1 : 0;
    }
    CHECK(reused == static_cast<int>(dropped.size()));
    CHECK(h.verify_heap() == 0);
}

TEST_CASE("objects reachable only through the heap survive; chains are traced", "[gc]")
{
    Heap h(quiet());
    FakeRoots roots;
    h.set_roots(&roots);
    Node* head = nullptr;
    for (int i = 0; i < 1000; i++) {
        auto* n = static_cast<Node*>(h.alloc(&kNode));
        n->next = head;
        n->val = i;
        head = n;
        roots.words.assign(1, reinterpret_cast<uint64_t>(head));
    }
    h.collect(true);
    int count = 0;
    for (Node* n = head; n; n = n->next, count++)
        CHECK(n->val == 999 - count);
    CHECK(count == 1000);
    roots.words.clear();
    h.collect(true);
    CHECK(h.find_object(head) == nullptr);
}

TEST_CASE("interior pointers keep their object alive", "[gc]")
{
    Heap h(quiet());
    FakeRoots roots;
    h.set_roots(&roots);
    auto* small = static_cast<char*>(h.alloc_array(&kInt, 4)); // 32 bytes
    auto* large = static_cast<char*>(h.alloc_array(&kInt, 100000)); // 800000 bytes, own span
    auto* other = static_cast<char*>(h.alloc_array(&kInt, 4));
    std::memset(small, 7, 32);
    roots.add(small + 31);
    roots.add(large + 500000);
    h.collect(true);
    CHECK(live(h, small));
    CHECK(h.find_object(small + 17) == small);
    CHECK(small[31] == 7);
    CHECK(live(h, large));
    CHECK(h.find_object(large + 799999) == large);
    CHECK(h.find_object(other) == nullptr);
    roots.words.clear();
    h.collect(true);
    CHECK(h.find_object(large) == nullptr);
    CHECK(h.find_object(small) == nullptr);
}

TEST_CASE("noscan objects are not scanned", "[gc]")
{
    Heap h(quiet());
    FakeRoots roots;
    h.set_roots(&roots);
    auto* target = h.alloc(&kNode);
    auto* ints = static_cast<uint64_t*>(h.alloc_array(&kInt, 4));
    ints[0] = reinterpret_cast<uint64_t>(target); // an int that happens to look like a pointer
    auto* raw = static_cast<uint64_t*>(h.alloc_noscan(64));
    raw[3] = reinterpret_cast<uint64_t>(target);
    roots.add(ints);
    roots.add(raw);
    h.collect(true);
    CHECK(live(h, ints));
    CHECK(live(h, raw));
    CHECK(h.find_object(target) == nullptr);
}

TEST_CASE("arrays of structs with pointers are traced by their element mask", "[gc]")
{
    Heap h(quiet());
    FakeRoots roots;
    h.set_roots(&roots);
    for (uint64_t n : { uint64_t { 10 }, uint64_t { 30 }, uint64_t { 5000 } }) { // 240 B, 720 B, 120 KB
        struct Pair {
            int64_t x;
            Node* p;
            int64_t y;
        };
        auto* arr = static_cast<Pair*>(h.alloc_array(&kPair, n));
        roots.words.assign(1, reinterpret_cast<uint64_t>(arr));
        std::vector<Node*> targets, decoys;
        for (uint64_t i = 0; i < n; i++) {
            auto* t = static_cast<Node*>(h.alloc(&kNode));
            t->val = static_cast<int64_t>(i);
            arr[i].p = t;
            auto* d = static_cast<Node*>(h.alloc(&kNode));
            arr[i].x = reinterpret_cast<int64_t>(d); // scalar words: must not keep d alive
            arr[i].y = reinterpret_cast<int64_t>(d);
            targets.push_back(t);
            decoys.push_back(d);
        }
        h.collect(true);
        for (uint64_t i = 0; i < n; i++) {
            REQUIRE(live(h, targets[i]));
            CHECK(targets[i]->val == static_cast<int64_t>(i));
            CHECK(h.find_object(decoys[i]) == nullptr);
        }
        CHECK(h.verify_heap() == 0);
    }
}

TEST_CASE("large pointer arrays are traced and their pages reused", "[gc]")
{
    Heap h(quiet());
    FakeRoots roots;
    h.set_roots(&roots);
    constexpr uint64_t n = 20000; // 160 KB of pointers
    auto** arr = static_cast<Node**>(h.alloc_array(&kPtr, n));
    roots.add(arr);
    for (uint64_t i = 0; i < n; i += 7) {
        arr[i] = static_cast<Node*>(h.alloc(&kNode));
        arr[i]->val = static_cast<int64_t>(i);
    }
    h.collect(true);
    for (uint64_t i = 0; i < n; i += 7) {
        REQUIRE(live(h, arr[i]));
        CHECK(arr[i]->val == static_cast<int64_t>(i));
    }
    roots.words.clear();
    h.collect(true);
    CHECK(h.find_object(arr) == nullptr);
    // The freed pages come back, zeroed for a typed allocation.
    auto** again = static_cast<Node**>(h.alloc_array(&kPtr, n));
    CHECK(again == arr);
    for (uint64_t i = 0; i < n; i++)
        if (again[i] != nullptr)
            FAIL("word " << i << " not zeroed");
}

TEST_CASE("TempRoot pins an object across a collection", "[gc]")
{
    Heap h(quiet());
    void* a = h.alloc(&kNode);
    {
        Heap::TempRoot pin(h, a);
        h.collect(true);
        CHECK(live(h, a));
    }
    h.collect(true);
    CHECK(h.find_object(a) == nullptr);
}

TEST_CASE("MemStats counters are consistent", "[gc]")
{
    Heap h(quiet());
    FakeRoots roots;
    h.set_roots(&roots);
    MemStats m;
    h.read_mem_stats(m);
    CHECK(m.mallocs == 0);
    CHECK(m.heap_alloc == 0);
    CHECK(m.next_gc == 4u << 20);
    for (int i = 0; i < 1000; i++) {
        void* p = h.alloc(&kNode);
        if (i < 100)
            roots.add(p);
    }
    h.alloc_array(&kInt, 10000); // large: 80000 -> 81920 bytes
    h.read_mem_stats(m);
    CHECK(m.mallocs == 1001);
    CHECK(m.frees == 0);
    CHECK(m.heap_objects == 1001);
    CHECK(m.total_alloc == 1000 * 16 + 81920);
    CHECK(m.heap_alloc == m.total_alloc);
    CHECK(m.alloc == m.heap_alloc);
    CHECK(m.heap_inuse >= m.heap_alloc);
    CHECK(m.heap_sys >= m.heap_inuse);
    CHECK(m.heap_idle == m.heap_sys - m.heap_inuse);
    CHECK(m.sys >= m.heap_sys);
    CHECK(m.num_gc == 0);

    h.collect(true);
    h.read_mem_stats(m);
    CHECK(m.num_gc == 1);
    CHECK(m.num_forced_gc == 1);
    CHECK(m.mallocs == 1001);
    CHECK(m.frees == 901);
    CHECK(m.heap_objects == 100);
    CHECK(m.heap_alloc == 100 * 16);
    CHECK(m.total_alloc == 1000 * 16 + 81920);
    CHECK(m.next_gc == h.heap_goal());
    CHECK(m.pause_ns[0] == m.pause_total_ns);
    CHECK(m.last_gc > 0);
    CHECK(m.pause_end[0] == m.last_gc);
    CHECK(m.gc_cpu_fraction >= 0.0);
    CHECK(m.gc_cpu_fraction <= 1.0);
}

TEST_CASE("stress: a 100k-node list survives frequent collections", "[gc][slow]")
{
    Options o = quiet();
    o.stress_interval = 997;
    Heap h(o);
    FakeRoots roots;
    roots.words.assign(1, 0);
    h.set_roots(&roots);
    Node* head = nullptr;
    for (int i = 0; i < 100000; i++) {
        auto* n = static_cast<Node*>(h.alloc(&kNode));
        REQUIRE(n->next == nullptr);
        n->next = head;
        n->val = i;
        head = n;
        roots.words[0] = reinterpret_cast<uint64_t>(head);
        h.alloc(&kNode); // garbage
    }
    MemStats m;
    h.read_mem_stats(m);
    CHECK(m.num_gc >= 200);
    int count = 0;
    for (Node* n = head; n; n = n->next, count++)
        REQUIRE(n->val == 99999 - count);
    CHECK(count == 100000);
    CHECK(h.verify_heap() == 0);
}

TEST_CASE("stress: collecting at every allocation", "[gc]")
{
    Options o = quiet();
    o.stress_interval = 1;
    Heap h(o);
    FakeRoots roots;
    roots.words.assign(2, 0);
    h.set_roots(&roots);
    Node* head = nullptr;
    for (int i = 0; i < 2000; i++) {
        auto* n = static_cast<Node*>(h.alloc(&kNode));
        n->next = head;
        n->val = i;
        head = n;
        roots.words[0] = reinterpret_cast<uint64_t>(head);
        auto* s = static_cast<char*>(h.alloc_noscan(static_cast<uint64_t>(i % 100 + 1)));
        roots.words[1] = reinterpret_cast<uint64_t>(s);
    }
    MemStats m;
    h.read_mem_stats(m);
    CHECK(m.num_gc == 4000);
    int count = 0;
    for (Node* n = head; n; n = n->next, count++)
        REQUIRE(n->val == 1999 - count);
    CHECK(count == 2000);
}

TEST_CASE("pointer-free objects under 16 bytes share tiny blocks, as in Go", "[gc]")
{
    Heap h(quiet());
    FakeRoots roots;
    h.set_roots(&roots);
    auto* a = static_cast<char*>(h.alloc_noscan(5));
    auto* b = static_cast<char*>(h.alloc_noscan(5));
    CHECK(b == a + 5);
    auto* c = static_cast<char*>(h.alloc(&kInt)); // 8 bytes, 8-aligned: needs a new block
    CHECK(reinterpret_cast<uintptr_t>(c) % 8 == 0);
    CHECK(h.find_object(c) == c);
    CHECK(*reinterpret_cast<int64_t*>(c) == 0);
    auto* d = static_cast<char*>(h.alloc_array(&kInt, 1)); // fits after c
    CHECK(d == c + 8);
    MemStats m;
    h.read_mem_stats(m);
    CHECK(m.mallocs == 4);
    CHECK(m.frees == 2); // Go counts allocations inside an existing block as freed at once
    CHECK(m.heap_objects == 2); // the two 16-byte blocks
    CHECK(m.total_alloc == 32);
    CHECK(h.find_object(b + 2) == a); // the block is the object
    roots.add(b + 4);
    h.collect(true);
    CHECK(h.find_object(a) == a);
    CHECK(h.find_object(c) == nullptr);
}

#if defined(__SANITIZE_ADDRESS__)
#    include <sanitizer/asan_interface.h>
TEST_CASE("freed slots are poisoned under ASan", "[gc]")
{
    Heap h(quiet());
    auto* n = static_cast<Node*>(h.alloc(&kNode));
    CHECK_FALSE(__asan_address_is_poisoned(n));
    h.collect(true);
    CHECK(__asan_address_is_poisoned(n));
    auto* big = static_cast<char*>(h.alloc_array(&kInt, 10000));
    h.collect(true);
    CHECK(__asan_address_is_poisoned(big + 4000));
}
#endif

TEST_CASE("free pages go back to the OS and come back zeroed", "[gc]")
{
    Heap h(quiet(-1)); // no collection while the garbage piles up
    FakeRoots roots;
    h.set_roots(&roots);
    std::vector<char*> blobs;
    for (int i = 0; i < 40; i++) { // 40 MiB of 1 MiB pointer-free objects, all garbage
        auto* p = static_cast<char*>(h.alloc_noscan(1 << 20));
        std::memset(p, 0x5a, 1 << 20);
        blobs.push_back(p);
    }
    h.set_gc_percent(100);
    h.collect(true);
    MemStats m;
    h.read_mem_stats(m);
    CHECK(m.heap_alloc == 0);
    CHECK(m.heap_released > 0);
    CHECK(m.heap_sys - m.heap_released <= h.heap_goal() + h.heap_goal() / 10);
    // Typed allocations over released (and not released) pages are zero.
    for (int i = 0; i < 40; i++) {
        auto* q = static_cast<uint64_t*>(h.alloc_array(&kInt, (1 << 20) / 8));
        for (uint64_t w = 0; w < (1 << 20) / 8; w += 511)
            REQUIRE(q[w] == 0);
    }
    h.read_mem_stats(m);
    CHECK(m.heap_released < m.heap_sys);
}
