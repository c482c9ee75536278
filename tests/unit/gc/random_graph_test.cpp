// tests/unit/gc/random_graph_test.cpp — a randomized heap graph checked against a model: after
// every collection exactly the model-reachable objects are allocated, with intact contents.
#include "gc/heap.h"

#include <catch2/catch.hpp>
#include <cstring>
#include <random>
#include <set>
#include <vector>

using namespace vitro::gc;

namespace {

Type make_type(uint64_t size, uint64_t ptrdata, const uint64_t* mask)
{
    Type t;
    t.size = size;
    t.ptrdata = ptrdata;
    t.ptrmask = mask;
    t.align = 8;
    t.kind = Kind::Struct;
    return t;
}

// struct Rec { left *T; id int64; right *T } — pointers in words 0 and 2.
const uint64_t kRecMask[] = { 0b101 };
const Type kRec = make_type(24, 24, kRecMask);

// One heap object of the model: an array of n Recs (n = 1: a plain Rec) or a noscan blob.
struct Obj {
    uintptr_t addr;
    uint64_t n; // Recs, or blob bytes
    bool blob;
    uint64_t id;
    std::vector<int64_t> edges; // per pointer word (2 per Rec): target object or -1
    std::vector<uint64_t> offsets; // byte offset inside the target (interior pointers)
};

class Model final : public RootProvider {
public:
    std::vector<Obj> objs;
    std::vector<int64_t> roots; // object indexes (-1: empty)
    void scan_roots(Marker& m) override
    {
        for (int64_t r : roots)
            if (r >= 0) {
                const Obj& o = objs[static_cast<size_t>(r)];
                m.mark_word(o.addr + (o.blob ? o.n - 1 : 8)); // an interior pointer
            }
    }
    uint64_t stack_bytes() const override { return 0; }
    uint64_t global_bytes() const override { return 0; }

    std::vector<bool> reachable() const
    {
        std::vector<bool> seen(objs.size());
        std::vector<int64_t> work;
        for (int64_t r : roots)
            if (r >= 0 && !seen[static_cast<size_t>(r)]) {
                seen[static_cast<size_t>(r)] = true;
                work.push_back(r);
            }
        while (!work.empty()) {
            const Obj& o = objs[static_cast<size_t>(work.back())];
            work.pop_back();
            for (int64_t e : o.edges)
                if (e >= 0 && !seen[static_cast<size_t>(e)]) {
                    seen[static_cast<size_t>(e)] = true;
                    work.push_back(e);
                }
        }
        return seen;
    }
};

uint64_t blob_byte(uint64_t id, uint64_t i)
{
    return (id * 31 + i * 7) & 0xff;
}

void check_contents(const Obj& o, const Model& m)
{
    if (o.blob) {
        auto* p = reinterpret_cast<const uint8_t*>(o.addr);
        for (uint64_t i = 0; i < o.n; i++)
            if (p[i] != blob_byte(o.id, i))
                FAIL("blob " << o.id << " byte " << i << " changed");
        return;
    }
    auto* w = reinterpret_cast<const uint64_t*>(o.addr);
    for (uint64_t r = 0; r < o.n; r++) {
        REQUIRE(w[r * 3 + 1] == o.id * 1000 + r);
        for (uint64_t k = 0; k < 2; k++) {
            int64_t e = o.edges[r * 2 + k];
            uint64_t want = e < 0 ? 0 : m.objs[static_cast<size_t>(e)].addr + o.offsets[r * 2 + k];
            REQUIRE(w[r * 3 + k * 2] == want);
        }
    }
}

} // namespace

TEST_CASE("random object graphs: reachable objects survive intact, the rest is freed", "[gc]")
{
    for (uint32_t seed : { 1u, 2u, 3u }) {
        std::mt19937_64 rng(seed);
        Options options;
        options.stress_interval = seed == 3 ? 7 : 0; // seed 3 also collects every 7th refill
        options.gogc = 20;
        Heap h(options);
        Model m;
        m.roots.assign(16, -1);
        h.set_roots(&m);
        uint64_t next_id = 1;
        auto pick = [&](uint64_t bound) { return static_cast<uint64_t>(rng() % bound); };
        for (int step = 0; step < 6000; step++) {
            uint64_t action = pick(100);
            if (action < 60 || m.objs.empty()) {
                // Allocate a Rec, an array of Recs (small, >512 B, or large) or a blob.
                Obj o;
                o.id = next_id++;
                uint64_t kind = pick(100);
                o.blob = kind < 25;
                if (o.blob) {
                    o.n = kind < 20 ? 1 + pick(40) : 1 + pick(100000);
                    o.addr = reinterpret_cast<uintptr_t>(h.alloc_noscan(o.n));
                    for (uint64_t i = 0; i < o.n; i++)
                        reinterpret_cast<uint8_t*>(o.addr)[i] = static_cast<uint8_t>(blob_byte(o.id, i));
                } else {
                    o.n = kind < 70 ? 1 : kind < 95 ? 2 + pick(40) : 1500 + pick(3000);
                    o.addr
                        = reinterpret_cast<uintptr_t>(o.n == 1 ? h.alloc(&kRec) : h.alloc_array(&kRec, o.n));
                    auto* w = reinterpret_cast<uint64_t*>(o.addr);
                    for (uint64_t r = 0; r < o.n; r++) {
                        REQUIRE(w[r * 3] == 0);
                        REQUIRE(w[r * 3 + 2] == 0);
                        w[r * 3 + 1] = o.id * 1000 + r;
                    }
                    o.edges.assign(o.n * 2, -1);
                    o.offsets.assign(o.n * 2, 0);
                }
                m.objs.push_back(std::move(o));
                m.roots[pick(m.roots.size())] = static_cast<int64_t>(m.objs.size() - 1);
            } else if (action < 95) {
                // Store a pointer (possibly interior) from a live Rec array into a live object.
                int64_t from = m.roots[pick(m.roots.size())];
                int64_t to = m.roots[pick(m.roots.size())];
                if (from < 0 || m.objs[static_cast<size_t>(from)].blob)
                    continue;
                Obj& f = m.objs[static_cast<size_t>(from)];
                uint64_t slot = pick(f.n * 2);
                uint64_t offset = 0;
                if (to >= 0) {
                    const Obj& t = m.objs[static_cast<size_t>(to)];
                    uint64_t size = t.blob ? t.n : t.n * 24;
                    offset = pick(4) == 0 ? pick(size) : 0;
                }
                f.edges[slot] = to;
                f.offsets[slot] = offset;
                uint64_t value = to < 0 ? 0 : m.objs[static_cast<size_t>(to)].addr + offset;
                auto* w = reinterpret_cast<uint64_t*>(f.addr);
                store_ptr(reinterpret_cast<void**>(&w[(slot / 2) * 3 + (slot % 2) * 2]),
                    reinterpret_cast<void*>(value));
            } else {
                // Follow an edge into a root, or drop a root, then sometimes collect and check.
                uint64_t r = pick(m.roots.size());
                int64_t cur = m.roots[r];
                if (cur >= 0 && !m.objs[static_cast<size_t>(cur)].blob && pick(2) == 0) {
                    const Obj& o = m.objs[static_cast<size_t>(cur)];
                    m.roots[r] = o.edges[pick(o.edges.size())];
                } else {
                    m.roots[r] = -1;
                }
                if (action >= 98) {
                    h.collect(true);
                    std::vector<bool> live = m.reachable();
                    std::set<const void*> live_bases;
                    for (size_t i = 0; i < m.objs.size(); i++) {
                        const Obj& o = m.objs[i];
                        if (!live[i])
                            continue;
                        const void* base = h.find_object(reinterpret_cast<void*>(o.addr));
                        REQUIRE(base != nullptr);
                        // Blobs under 16 bytes share tiny blocks: their object is the block.
                        if (!(o.blob && o.n < 16))
                            REQUIRE(base == reinterpret_cast<void*>(o.addr));
                        live_bases.insert(base);
                        check_contents(o, m);
                    }
                    // A dead object's memory is free, or reused by a live object (its slot may
                    // have been freed by an earlier automatic collection and allocated again).
                    for (size_t i = 0; i < m.objs.size(); i++) {
                        if (live[i] || m.objs[i].addr == 0)
                            continue;
                        const void* base = h.find_object(reinterpret_cast<void*>(m.objs[i].addr));
                        REQUIRE((base == nullptr || live_bases.count(base)));
                        m.objs[i].addr = 0; // dead for good: never referenced again
                    }
                    REQUIRE(h.verify_heap() == 0);
                }
            }
        }
        MemStats ms;
        h.read_mem_stats(ms);
        CHECK(ms.num_gc > 10);
        CHECK(ms.mallocs - ms.frees == ms.heap_objects);
    }
}
