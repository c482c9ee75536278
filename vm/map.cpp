// vm/map.cpp — the map implementation (design: vm/map.h).
#include "vm/map.h"

#include "vm/ops.h"

#include <cmath>
#include <cstring>

namespace vitro::vm {

namespace {

constexpr uint8_t kEmpty = 0x80;
constexpr uint8_t kDeleted = 0xfe;
constexpr uint64_t kMinCapacity = 8;

// MapHeader: ctrl (word 1) and entries (word 2) are heap pointers.
const uint64_t kHeaderMask[1] = { 0b110 };
const gc::Type kHeaderType = [] {
    gc::Type t;
    t.size = sizeof(MapHeader);
    t.ptrdata = 24;
    t.ptrmask = kHeaderMask;
    t.align = 8;
    t.kind = gc::Kind::Struct;
    t.name = "runtime.hmap";
    return t;
}();
// MapIter: map, ctrl and entries (words 0-2).
const uint64_t kIterMask[1] = { 0b111 };
const gc::Type kIterType = [] {
    gc::Type t;
    t.size = sizeof(MapIter);
    t.ptrdata = 24;
    t.ptrmask = kIterMask;
    t.align = 8;
    t.kind = gc::Kind::Struct;
    t.name = "runtime.hiter";
    return t;
}();

alignas(16) const uint8_t kZeroArea[1024] = {};

inline uint64_t mum(uint64_t a, uint64_t b)
{
    unsigned __int128 r = static_cast<unsigned __int128>(a) * b;
    return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}

constexpr uint64_t kP0 = 0xa0761d6478bd642full, kP1 = 0xe7037ed1a0b428dbull;

inline uint64_t hash_word(uint64_t w, uint64_t seed)
{
    return mum(w ^ seed ^ kP0, kP1 ^ (w >> 29));
}

uint64_t hash_bytes(const uint8_t* p, uint64_t n, uint64_t seed)
{
    uint64_t h = seed ^ mum(n ^ kP0, kP1);
    while (n >= 8) {
        uint64_t w;
        std::memcpy(&w, p, 8);
        h = mum(h ^ w ^ kP1, kP0);
        p += 8, n -= 8;
    }
    if (n) {
        uint64_t w = 0;
        std::memcpy(&w, p, n);
        h = mum(h ^ w ^ kP0, kP1 ^ n);
    }
    return h;
}

inline uint64_t hash_string(const String* s, uint64_t seed)
{
    return hash_bytes(s->ptr, static_cast<uint64_t>(s->len), seed);
}

inline uint8_t* entry_at(const MapHeader* m, uint64_t i)
{
    return m->entries + i * m->layout->entry_size;
}

inline uint8_t h2_of(uint64_t h)
{
    return static_cast<uint8_t>(h >> 57);
}

// The key in memory form: slot form widened scalars are little-endian prefixes of their slot.
struct KeyBuf {
    const void* ptr;
    uint64_t buf[2];
};

inline void key_memory(const MapLayout* l, const Slot* key, KeyBuf& kb)
{
    if (is_aggregate(l->key)) {
        kb.ptr = reinterpret_cast<const void*>(key[0]);
    } else if (l->key->kind == gc::Kind::Float32 || l->key->kind == gc::Kind::Complex64) {
        store_value(kb.buf, l->key, key);
        kb.ptr = kb.buf;
    } else {
        kb.ptr = key;
    }
}

inline uint64_t key_hash(Goroutine& g, const MapLayout* l, const void* k, uint64_t seed)
{
    switch (l->key_kind) {
    case MapKeyKind::Word:
        return hash_word(*static_cast<const uint64_t*>(k), seed);
    case MapKeyKind::String:
        return hash_string(static_cast<const String*>(k), seed);
    case MapKeyKind::Bytes:
        return hash_bytes(static_cast<const uint8_t*>(k), l->key->size, seed);
    case MapKeyKind::Generic:
        break;
    }
    return hash_value(g, l->key, k, seed);
}

inline bool key_equal(Goroutine& g, const MapLayout* l, const void* a, const void* b)
{
    switch (l->key_kind) {
    case MapKeyKind::Word:
        return *static_cast<const uint64_t*>(a) == *static_cast<const uint64_t*>(b);
    case MapKeyKind::String: {
        auto *x = static_cast<const String*>(a), *y = static_cast<const String*>(b);
        return x->len == y->len && (x->ptr == y->ptr || !x->len || !std::memcmp(x->ptr, y->ptr, x->len));
    }
    case MapKeyKind::Bytes:
        return !std::memcmp(a, b, l->key->size);
    case MapKeyKind::Generic:
        break;
    }
    return equal_values(g, l->key, a, b);
}

// Slot index of key k (hash h) or -1.
int64_t find_slot(Goroutine& g, const MapHeader* m, const void* k, uint64_t h)
{
    const MapLayout* l = m->layout;
    uint8_t h2 = h2_of(h);
    for (uint64_t i = h & m->mask;; i = (i + 1) & m->mask) {
        uint8_t c = m->ctrl[i];
        if (c == h2 && key_equal(g, l, entry_at(m, i), k))
            return static_cast<int64_t>(i);
        if (c == kEmpty)
            return -1;
    }
}

// Allocates fresh arrays of `capacity` slots and reinserts every entry.
void rehash(Runtime& rt, Goroutine& g, MapHeader* m, uint64_t capacity)
{
    const MapLayout* l = m->layout;
    gc::Heap& heap = rt.heap();
    auto* ctrl = static_cast<uint8_t*>(heap.alloc_noscan(capacity));
    std::memset(ctrl, kEmpty, capacity);
    gc::Heap::TempRoot keep_ctrl(heap, ctrl);
    auto* entries = static_cast<uint8_t*>(heap.alloc_array(l->entry_type, capacity));
    uint8_t* old_ctrl = m->ctrl;
    uint8_t* old_entries = m->entries;
    uint64_t old_cap = old_ctrl ? m->mask + 1 : 0;
    uint64_t mask = capacity - 1;
    for (uint64_t i = 0; i < old_cap; i++) {
        if (old_ctrl[i] & 0x80)
            continue;
        const uint8_t* e = old_entries + i * l->entry_size;
        uint64_t h = key_hash(g, l, e, m->seed);
        uint64_t j = h & mask;
        while (ctrl[j] != kEmpty)
            j = (j + 1) & mask;
        ctrl[j] = h2_of(h);
        std::memcpy(entries + j * l->entry_size, e, l->entry_size);
    }
    gc::store_ptr(reinterpret_cast<void**>(&m->ctrl), ctrl);
    gc::store_ptr(reinterpret_cast<void**>(&m->entries), entries);
    m->mask = mask;
    m->used = m->count;
}

uint64_t capacity_for(uint64_t n)
{
    uint64_t cap = kMinCapacity;
    while (cap * 3 / 4 < n + 1)
        cap *= 2;
    return cap;
}

uint64_t g_rand_state = 0x853c49e6748fea9bull;

} // namespace

uint64_t fast_rand()
{
    // xorshift64*: seeded from the address of a stack variable and the clock on first use.
    if (g_rand_state == 0x853c49e6748fea9bull) {
        int local;
        g_rand_state ^= reinterpret_cast<uintptr_t>(&local) * 0x9e3779b97f4a7c15ull;
        g_rand_state ^= static_cast<uint64_t>(__builtin_ia32_rdtsc());
        if (!g_rand_state)
            g_rand_state = 1;
    }
    g_rand_state ^= g_rand_state >> 12;
    g_rand_state ^= g_rand_state << 25;
    g_rand_state ^= g_rand_state >> 27;
    return g_rand_state * 0x2545f4914f6cdd1dull;
}

uint64_t hash_value(Goroutine& g, const gc::Type* t, const void* p, uint64_t seed)
{
    switch (t->kind) {
    case gc::Kind::Float32: {
        float f;
        std::memcpy(&f, p, 4);
        if (f != f)
            return fast_rand();
        if (f == 0)
            f = 0;
        uint32_t bits;
        std::memcpy(&bits, &f, 4);
        return hash_word(bits, seed);
    }
    case gc::Kind::Float64: {
        double d;
        std::memcpy(&d, p, 8);
        if (d != d)
            return fast_rand(); // NaN != NaN: every NaN key is a new key, as in Go
        if (d == 0)
            d = 0;
        uint64_t bits;
        std::memcpy(&bits, &d, 8);
        return hash_word(bits, seed);
    }
    case gc::Kind::Complex64:
        return hash_value(g, t, p, seed) ^ hash_value(g, t, static_cast<const uint8_t*>(p) + 4, seed + 1);
    case gc::Kind::String:
        return hash_string(static_cast<const String*>(p), seed);
    case gc::Kind::Interface: {
        const Iface* v = static_cast<const Iface*>(p);
        if (!v->tab)
            return hash_word(0, seed);
        const gc::Type* dt = dynamic_type_of(t, v->tab);
        if (!dt->comparable()) {
            panic_runtime(g, "hash of unhashable type " + std::string(dt->name));
            return 0;
        }
        const void* data = (dt->flags & gc::kTypeDirectIface) ? static_cast<const void*>(&v->data) : v->data;
        return hash_value(g, dt, data, seed ^ reinterpret_cast<uintptr_t>(dt));
    }
    case gc::Kind::Array: {
        uint64_t h = seed;
        for (uint64_t i = 0; i < t->len; i++)
            h = hash_value(g, t->elem, static_cast<const uint8_t*>(p) + i * t->elem->size, h);
        return h;
    }
    case gc::Kind::Struct: {
        uint64_t h = seed;
        for (const gc::Field& f : t->fields)
            if (f.name != "_")
                h = hash_value(g, f.type, static_cast<const uint8_t*>(p) + f.offset, h);
        return h;
    }
    default:
        return hash_bytes(static_cast<const uint8_t*>(p), t->size, seed);
    }
}

const MapLayout* make_map_layout(support::Arena& arena, const gc::Type* map_type)
{
    auto* l = arena.make<MapLayout>();
    l->map_type = map_type;
    l->key = map_type->key;
    l->value = map_type->elem;
    uint64_t key_size = (l->key->size + 7) & ~uint64_t(7);
    uint64_t value_size = (l->value->size + 7) & ~uint64_t(7);
    l->value_offset = static_cast<uint32_t>(key_size);
    l->entry_size = static_cast<uint32_t>(key_size + value_size);
    if (l->entry_size == 0)
        l->entry_size = 8; // keep entries addressable
    switch (l->key->kind) {
    case gc::Kind::String:
        l->key_kind = MapKeyKind::String;
        break;
    case gc::Kind::Float32:
    case gc::Kind::Float64:
    case gc::Kind::Complex64:
    case gc::Kind::Complex128:
    case gc::Kind::Interface:
    case gc::Kind::Struct:
    case gc::Kind::Array:
        l->key_kind = MapKeyKind::Generic;
        break;
    default:
        l->key_kind = l->key->size == 8 ? MapKeyKind::Word : MapKeyKind::Bytes;
        break;
    }
    // The entry type: the key's pointer words, then the value's.
    auto* et = arena.make<gc::Type>();
    et->size = l->entry_size;
    et->align = 8;
    et->kind = gc::Kind::Struct;
    et->name = "runtime.mapentry";
    uint64_t words = l->entry_size / 8;
    auto* mask = static_cast<uint64_t*>(arena.allocate(((words + 63) / 64) * 8, 8));
    std::memset(mask, 0, ((words + 63) / 64) * 8);
    uint64_t last = 0;
    auto add = [&](const gc::Type* t, uint64_t word_offset) {
        for (uint64_t i = 0; i < t->ptrdata / 8; i++)
            if (t->pointer_word(i)) {
                uint64_t w = word_offset + i;
                mask[w >> 6] |= uint64_t(1) << (w & 63);
                last = w + 1;
            }
    };
    add(l->key, 0);
    add(l->value, l->value_offset / 8);
    et->ptrdata = last * 8;
    et->ptrmask = last ? mask : nullptr;
    l->entry_type = et;
    if (l->value->size <= sizeof kZeroArea) {
        l->zero_value = kZeroArea;
    } else {
        void* z = arena.allocate(l->value->size, 16);
        std::memset(z, 0, l->value->size);
        l->zero_value = z;
    }
    return l;
}

MapHeader* map_make(Runtime& rt, const gc::Type* map_type, int64_t hint)
{
    const MapLayout* l = rt.map_layout(map_type);
    auto* m = static_cast<MapHeader*>(rt.heap().alloc(&kHeaderType));
    m->layout = l;
    m->seed = fast_rand();
    if (hint > static_cast<int64_t>(kMinCapacity * 3 / 4) && hint < (int64_t(1) << 40)) {
        gc::Heap::TempRoot keep(rt.heap(), m);
        rehash(rt, rt.current(), m, capacity_for(static_cast<uint64_t>(hint)));
    }
    return m;
}

void* map_access(
    Runtime& rt, Goroutine& g, const gc::Type* map_type, MapHeader* m, const Slot* key, bool& found)
{
    found = false;
    if (!m || !m->count) {
        const MapLayout* l = rt.map_layout(map_type);
        if (l->key_kind == MapKeyKind::Generic) {
            KeyBuf kb;
            key_memory(l, key, kb);
            (void)hash_value(g, l->key, kb.ptr, 0); // unhashable keys panic even here, as in Go
        }
        return const_cast<void*>(l->zero_value);
    }
    const MapLayout* l = m->layout;
    KeyBuf kb;
    key_memory(l, key, kb);
    uint64_t h = key_hash(g, l, kb.ptr, m->seed);
    int64_t i = find_slot(g, m, kb.ptr, h);
    if (i < 0)
        return const_cast<void*>(l->zero_value);
    found = true;
    return entry_at(m, static_cast<uint64_t>(i)) + l->value_offset;
}

void* map_assign(Runtime& rt, Goroutine& g, const gc::Type*, MapHeader* m, const Slot* key)
{
    if (!m) {
        panic_plain(g, "assignment to entry in nil map");
        return nullptr;
    }
    const MapLayout* l = m->layout;
    KeyBuf kb;
    key_memory(l, key, kb);
    uint64_t h = key_hash(g, l, kb.ptr, m->seed);
    if (g.panic.active)
        return nullptr;
    if (m->ctrl) {
        uint8_t h2 = h2_of(h);
        int64_t tomb = -1;
        for (uint64_t i = h & m->mask;; i = (i + 1) & m->mask) {
            uint8_t c = m->ctrl[i];
            if (c == h2 && key_equal(g, l, entry_at(m, i), kb.ptr)) {
                // Go overwrites the key too (it matters for +0/-0 and NaN-free float keys).
                if (l->key_kind == MapKeyKind::Generic)
                    std::memcpy(entry_at(m, i), kb.ptr, l->key->size);
                return entry_at(m, i) + l->value_offset;
            }
            if (c == kDeleted && tomb < 0)
                tomb = static_cast<int64_t>(i);
            if (c == kEmpty) {
                if (tomb >= 0) {
                    i = static_cast<uint64_t>(tomb);
                } else if ((m->used + 1) * 4 > (m->mask + 1) * 3) {
                    break; // full: rehash, then insert below
                } else {
                    m->used++;
                }
                m->ctrl[i] = h2;
                m->count++;
                uint8_t* e = entry_at(m, i);
                std::memcpy(e, kb.ptr, l->key->size);
                return e + l->value_offset;
            }
        }
    }
    // Grow (or clean tombstones) and insert into the fresh table.
    uint64_t cap = m->ctrl ? m->mask + 1 : 0;
    uint64_t want = cap ? ((m->count + 1) * 2 > cap ? cap * 2 : cap) : kMinCapacity;
    // The key may live in a box reachable only from the frame: it is a root there.
    rehash(rt, g, m, want);
    uint64_t i = h & m->mask;
    while (m->ctrl[i] != kEmpty)
        i = (i + 1) & m->mask;
    m->ctrl[i] = h2_of(h);
    m->count++;
    m->used++;
    uint8_t* e = entry_at(m, i);
    std::memcpy(e, kb.ptr, l->key->size);
    return e + l->value_offset;
}

void map_delete(Runtime& rt, Goroutine& g, const gc::Type* map_type, MapHeader* m, const Slot* key)
{
    if (!m || !m->count) {
        bool found;
        (void)map_access(rt, g, map_type, m, key, found); // hash panics for unhashable keys
        return;
    }
    const MapLayout* l = m->layout;
    KeyBuf kb;
    key_memory(l, key, kb);
    uint64_t h = key_hash(g, l, kb.ptr, m->seed);
    int64_t i = find_slot(g, m, kb.ptr, h);
    if (i < 0)
        return;
    auto slot = static_cast<uint64_t>(i);
    std::memset(entry_at(m, slot), 0, l->entry_size);
    if (m->ctrl[(slot + 1) & m->mask] == kEmpty) {
        m->ctrl[slot] = kEmpty;
        m->used--;
    } else {
        m->ctrl[slot] = kDeleted;
    }
    m->count--;
}

void map_clear(MapHeader* m)
{
    if (!m || !m->ctrl)
        return;
    std::memset(m->ctrl, kEmpty, m->mask + 1);
    std::memset(m->entries, 0, (m->mask + 1) * m->layout->entry_size);
    m->count = 0;
    m->used = 0;
}

MapIter* map_iter(Runtime& rt, const gc::Type*, MapHeader* m)
{
    gc::Heap::TempRoot keep(rt.heap(), m);
    auto* it = static_cast<MapIter*>(rt.heap().alloc(&kIterType));
    if (!m || !m->ctrl)
        return it;
    gc::store_ptr(reinterpret_cast<void**>(&it->map), m);
    gc::store_ptr(reinterpret_cast<void**>(&it->ctrl), m->ctrl);
    gc::store_ptr(reinterpret_cast<void**>(&it->entries), m->entries);
    it->mask = m->mask;
    it->start = fast_rand() & m->mask;
    return it;
}

bool map_next(Runtime& rt, MapIter* it, void*& key, void*& value)
{
    MapHeader* m = it->map;
    if (!m)
        return false;
    const MapLayout* l = m->layout;
    while (it->index <= it->mask) {
        uint64_t i = (it->start + it->index) & it->mask;
        it->index++;
        if (it->ctrl[i] & 0x80)
            continue;
        uint8_t* e = it->entries + i * l->entry_size;
        if (it->entries == m->entries) {
            key = e;
            value = e + l->value_offset;
            return true;
        }
        // Rehashed since the iteration began: report the key only if it is still present.
        Goroutine& g = rt.current();
        if (!m->count)
            continue;
        int64_t j = find_slot(g, m, e, key_hash(g, l, e, m->seed));
        if (j < 0)
            continue;
        key = e;
        value = entry_at(m, static_cast<uint64_t>(j)) + l->value_offset;
        return true;
    }
    return false;
}

} // namespace vitro::vm
