// vm/map.h — Go maps: an open-addressing hash table in gc memory.
//
// Overview: a map value is a pointer to a MapHeader (a heap object). Its table is two heap
// arrays of the same capacity (a power of two): one control byte per slot (empty, deleted, or
// 7 bits of the key's hash) and the entries (key then value, each 8-byte aligned, in Go's
// memory layout). Lookup probes linearly from hash & mask comparing control bytes first, so
// most misses touch one cache line of control bytes. The table rehashes (doubling, or in place
// when tombstones dominate) when full + deleted slots would exceed 3/4 of the capacity.
// Invariants: at least one empty control byte exists, so every probe ends; a deleted entry
// is zeroed so the collector never retains what it pointed to; `count` = full slots.
// Iteration (Go's semantics): an iterator starts at a random slot and visits every slot once,
// wrapping around. If the table was rehashed since the iterator started, it walks the old
// arrays (which it keeps alive) and returns only keys still present, with their current
// values, so deleted entries are never produced and none is produced twice.
// The collector sees MapHeader, the entry arrays and MapIter through vm-built type
// descriptors (MapLayout). Concurrency: none (one goroutine at a time in this stage).
// Go counterpart: runtime/map.go (1.19 buckets; this is closer to 1.24's Swiss tables).
#pragma once

#include "gc/type.h"
#include "vm/runtime.h"
#include "vm/value.h"

#include <cstdint>

namespace vitro::vm {

enum class MapKeyKind : uint8_t {
    Word, // 8-byte scalar compared bitwise (int, uint, pointers, chans)
    Bytes, // smaller scalar compared bitwise (int8..int32, bool)
    String,
    Generic, // floats, interfaces, structs, arrays: hashed and compared by type
};

struct MapLayout {
    const gc::Type* map_type;
    const gc::Type* key;
    const gc::Type* value;
    uint32_t value_offset; // within an entry
    uint32_t entry_size;
    MapKeyKind key_kind;
    const gc::Type* entry_type; // for gc::Heap::alloc_array
    const void* zero_value; // what a missing key reads (outside the heap)
};

struct MapHeader {
    uint64_t count;
    uint8_t* ctrl; // capacity control bytes (heap, noscan); nullptr until the first insert
    uint8_t* entries; // capacity entries (heap)
    uint64_t mask; // capacity - 1
    uint64_t used; // full + deleted slots
    uint64_t seed;
    const MapLayout* layout;
};

struct MapIter {
    MapHeader* map;
    uint8_t* ctrl; // the arrays the iteration started on
    uint8_t* entries;
    uint64_t mask;
    uint64_t start;
    uint64_t index; // slots visited so far
};

// Builds the layout of a map type (the runtime caches it in map_type->extra).
const MapLayout* make_map_layout(support::Arena& arena, const gc::Type* map_type);

MapHeader* map_make(Runtime& rt, const gc::Type* map_type, int64_t hint);
// Value pointer for a key in slot form (a zero value when absent or m is nil).
void* map_access(
    Runtime& rt, Goroutine& g, const gc::Type* map_type, MapHeader* m, const Slot* key, bool& found);
// Value slot for the key, inserted if absent; nullptr after a panic (nil map, unhashable key).
void* map_assign(Runtime& rt, Goroutine& g, const gc::Type* map_type, MapHeader* m, const Slot* key);
void map_delete(Runtime& rt, Goroutine& g, const gc::Type* map_type, MapHeader* m, const Slot* key);
void map_clear(MapHeader* m);
MapIter* map_iter(Runtime& rt, const gc::Type* map_type, MapHeader* m);
bool map_next(Runtime& rt, MapIter* it, void*& key, void*& value);

// Hash of a key in memory form with the given seed; records a panic for unhashable values.
uint64_t hash_value(Goroutine& g, const gc::Type* t, const void* p, uint64_t seed);
// A fast random number (iteration starts, map seeds).
uint64_t fast_rand();

} // namespace vitro::vm
