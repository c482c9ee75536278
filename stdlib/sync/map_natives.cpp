// stdlib/sync/map_natives.cpp — sync.Map: Load, Store, LoadOrStore, LoadAndDelete, Delete and
// Range.
//
// Design: a Map keeps its entries in one ordinary Go map (vm/map.h) of type
// map[interface {}]interface {} whose header pointer lives in the Map's `dirty` field
// (decl.go), so the zero Map works and the collector finds the entries through the Map. Keys
// hash and compare as interface map keys do (an unhashable key panics with Go's runtime error).
// Go's read/dirty split only serves many Ps; on one P every operation is already atomic with
// respect to other goroutines (none runs while a native does). Range iterates the map like a
// range loop (random start; entries stored or deleted during Range may or may not be seen,
// which Go allows too) and stops when f returns false.
// Go reference: src/sync/map.go.
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"
#include "vm/map.h"
#include "vm/runtime.h"

namespace vitro::stdlib::sync {

namespace {

struct SyncMap {
    uint64_t mu;
    vm::Iface read;
    vm::MapHeader* dirty;
    int64_t misses;
};
static_assert(sizeof(SyncMap) == 40);

constexpr uint64_t kMaskData = 0x2;
const gc::Type kAnyKeyType
    = internal::make_type(gc::Kind::Interface, "interface {}", 16, 16, &kMaskData, gc::kTypeComparable);
// Not const: the runtime caches the map layout in `extra` on first use.
gc::Type g_map_type = [] {
    gc::Type t = internal::make_type(gc::Kind::Map, "map[interface {}]interface {}", 8, 8,
        &internal::kMaskFirstWord, gc::kTypeDirectIface);
    t.key = &kAnyKeyType;
    t.elem = &kAnyKeyType;
    return t;
}();

SyncMap* map_arg(vm::NativeCall& call)
{
    auto* m = static_cast<SyncMap*>(call.ptr_arg(0));
    if (!m)
        call.panic_runtime_error("invalid memory address or nil pointer dereference");
    return m;
}

vm::MapHeader* table(vm::NativeCall& call, SyncMap* m)
{
    if (!m->dirty) {
        vm::MapHeader* h = vm::map_make(call.runtime(), &g_map_type, 0);
        gc::store_ptr(reinterpret_cast<void**>(&m->dirty), h);
    }
    return m->dirty;
}

// The value stored under the key in slots [key_slot, key_slot+1], if any (false after a panic).
bool lookup(vm::NativeCall& call, SyncMap* m, int key_slot, vm::Iface& value, bool& found)
{
    found = false;
    value = {};
    vm::Goroutine& g = call.goroutine();
    void* v = vm::map_access(call.runtime(), g, &g_map_type, m->dirty, &call.args[key_slot], found);
    if (g.panic.active)
        return false;
    if (found)
        value = *static_cast<vm::Iface*>(v);
    return true;
}

bool store(vm::NativeCall& call, SyncMap* m, int key_slot, vm::Iface value)
{
    vm::Goroutine& g = call.goroutine();
    vm::MapHeader* h = table(call, m);
    void* slot = vm::map_assign(call.runtime(), g, &g_map_type, h, &call.args[key_slot]);
    if (!slot)
        return false;
    auto* dst = static_cast<vm::Iface*>(slot);
    dst->tab = value.tab;
    gc::store_ptr(&dst->data, value.data);
    return true;
}

void Load(vm::NativeCall& call)
{
    SyncMap* m = map_arg(call);
    vm::Iface v;
    bool found;
    if (!m || !lookup(call, m, 1, v, found))
        return;
    call.set_iface(0, v);
    call.set_int(2, found);
}

void Store(vm::NativeCall& call)
{
    if (SyncMap* m = map_arg(call))
        store(call, m, 1, call.iface_arg(3));
}

void LoadOrStore(vm::NativeCall& call)
{
    SyncMap* m = map_arg(call);
    vm::Iface v;
    bool found;
    if (!m || !lookup(call, m, 1, v, found))
        return;
    if (!found) {
        v = call.iface_arg(3);
        if (!store(call, m, 1, v))
            return;
    }
    call.set_iface(0, v);
    call.set_int(2, found);
}

void LoadAndDelete(vm::NativeCall& call)
{
    SyncMap* m = map_arg(call);
    vm::Iface v;
    bool found;
    if (!m || !lookup(call, m, 1, v, found))
        return;
    if (found)
        vm::map_delete(call.runtime(), call.goroutine(), &g_map_type, m->dirty, &call.args[1]);
    call.set_iface(0, v);
    call.set_int(2, found);
}

void Delete(vm::NativeCall& call)
{
    SyncMap* m = map_arg(call);
    if (m && m->dirty)
        vm::map_delete(call.runtime(), call.goroutine(), &g_map_type, m->dirty, &call.args[1]);
}

void Range(vm::NativeCall& call)
{
    SyncMap* m = map_arg(call);
    if (!m || !m->dirty || m->dirty->count == 0)
        return;
    const void* f = call.ptr_arg(1);
    vm::MapIter* it = vm::map_iter(call.runtime(), &g_map_type, m->dirty);
    gc::Heap::TempRoot keep(call.heap(), it);
    void *key, *value;
    while (vm::map_next(call.runtime(), it, key, value)) {
        const auto* k = static_cast<const vm::Iface*>(key);
        const auto* v = static_cast<const vm::Iface*>(value);
        vm::Slot args[4] = { reinterpret_cast<vm::Slot>(k->tab), reinterpret_cast<vm::Slot>(k->data),
            reinterpret_cast<vm::Slot>(v->tab), reinterpret_cast<vm::Slot>(v->data) };
        vm::Slot out = 0;
        if (!f) {
            call.panic_runtime_error("invalid memory address or nil pointer dereference");
            return;
        }
        if (!internal::call_func(call, f, args, 4, &out, 1) || !(out & 0xFF))
            return;
    }
}

} // namespace

void register_sync_map(vm::NativeRegistry& r)
{
    r.add("sync.(*Map).Load", Load);
    r.add("sync.(*Map).Store", Store);
    r.add("sync.(*Map).LoadOrStore", LoadOrStore);
    r.add("sync.(*Map).LoadAndDelete", LoadAndDelete);
    r.add("sync.(*Map).Delete", Delete);
    r.add("sync.(*Map).Range", Range);
}

} // namespace vitro::stdlib::sync
