// lang/compile/rttypes.cpp — gc::Type descriptors from checker types (see rttypes.h).
#include "lang/compile/rttypes.h"

#include "lang/types/object.h"
#include "lang/types/package.h"

#include <algorithm>
#include <fmt/format.h>
#include <memory>

namespace vitro::lang::codegen {

using namespace types;

namespace {

uint64_t align_up(uint64_t x, uint64_t a)
{
    return (x + a - 1) / a * a;
}

std::string_view basic_rt_name(BasicKind k)
{
    switch (k) {
    case BasicKind::Bool:
    case BasicKind::UntypedBool:
        return "bool";
    case BasicKind::Int:
    case BasicKind::UntypedInt:
        return "int";
    case BasicKind::Int8:
        return "int8";
    case BasicKind::Int16:
        return "int16";
    case BasicKind::Int32:
    case BasicKind::UntypedRune:
        return "int32";
    case BasicKind::Int64:
        return "int64";
    case BasicKind::Uint:
        return "uint";
    case BasicKind::Uint8:
        return "uint8";
    case BasicKind::Uint16:
        return "uint16";
    case BasicKind::Uint32:
        return "uint32";
    case BasicKind::Uint64:
        return "uint64";
    case BasicKind::Uintptr:
        return "uintptr";
    case BasicKind::Float32:
        return "float32";
    case BasicKind::Float64:
    case BasicKind::UntypedFloat:
        return "float64";
    case BasicKind::Complex64:
        return "complex64";
    case BasicKind::Complex128:
    case BasicKind::UntypedComplex:
        return "complex128";
    case BasicKind::String:
    case BasicKind::UntypedString:
        return "string";
    case BasicKind::UnsafePointer:
        return "unsafe.Pointer";
    case BasicKind::UntypedNil:
        return "nil";
    default:
        return "invalid type";
    }
}

// Appends the pointer words of a value of type t at byte offset `off`.
void pointer_words(const Type* t, uint64_t off, std::vector<bool>& bits)
{
    auto set = [&](uint64_t o) {
        size_t w = o / 8;
        if (bits.size() <= w)
            bits.resize(w + 1, false);
        bits[w] = true;
    };
    t = under(t);
    switch (t->kind()) {
    case TypeKind::Basic: {
        auto k = t->as<Basic>()->basic_kind;
        if (k == BasicKind::String || k == BasicKind::UntypedString || k == BasicKind::UnsafePointer)
            set(off);
        return;
    }
    case TypeKind::Pointer:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Signature:
    case TypeKind::Slice:
        set(off);
        return;
    case TypeKind::Interface:
        set(off + 8);
        return;
    case TypeKind::Array: {
        auto* a = t->as<Array>();
        uint64_t es = layout_of(a->elem).size;
        std::vector<bool> eb;
        pointer_words(a->elem, 0, eb);
        if (eb.empty())
            return;
        for (int64_t i = 0; i < a->len; i++)
            for (size_t w = 0; w < eb.size(); w++)
                if (eb[w])
                    set(off + i * es + w * 8);
        return;
    }
    case TypeKind::Struct: {
        auto* s = t->as<Struct>();
        for (size_t i = 0; i < s->fields.size(); i++)
            pointer_words(s->fields[i]->type, off + field_offset(s, i), bits);
        return;
    }
    default:
        return;
    }
}

bool direct_iface(const Type* t)
{
    t = under(t);
    switch (t->kind()) {
    case TypeKind::Pointer:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Signature:
        return true;
    case TypeKind::Basic:
        return t->as<Basic>()->basic_kind == BasicKind::UnsafePointer;
    // Go also stores struct{p *T} and [1]*T directly; here structs and arrays are always boxed,
    // because their slot form is a pointer to their memory (CONVIFACE, ASSERT, itab wrappers
    // rely on it). Only unsafe code could tell the difference.
    default:
        return false;
    }
}

gc::Kind kind_of(const Type* t)
{
    t = under(t);
    switch (t->kind()) {
    case TypeKind::Basic: {
        auto k = default_type(t)->as<Basic>()->basic_kind;
        if (k == BasicKind::String)
            return gc::Kind::String;
        if (k == BasicKind::UnsafePointer)
            return gc::Kind::UnsafePointer;
        if (k <= BasicKind::Complex128)
            return static_cast<gc::Kind>(static_cast<uint8_t>(k));
        return gc::Kind::Invalid;
    }
    case TypeKind::Pointer:
        return gc::Kind::Pointer;
    case TypeKind::Array:
        return gc::Kind::Array;
    case TypeKind::Slice:
        return gc::Kind::Slice;
    case TypeKind::Map:
        return gc::Kind::Map;
    case TypeKind::Chan:
        return gc::Kind::Chan;
    case TypeKind::Struct:
        return gc::Kind::Struct;
    case TypeKind::Signature:
        return gc::Kind::Func;
    case TypeKind::Interface:
        return gc::Kind::Interface;
    default:
        return gc::Kind::Invalid;
    }
}

std::string tuple_names(const Tuple* t, bool variadic)
{
    std::string s;
    for (size_t i = 0; i < t->vars.size(); i++) {
        if (i)
            s += ", ";
        if (variadic && i + 1 == t->vars.size())
            s += "..." + rt_name(t->vars[i]->type->as<Slice>()->elem);
        else
            s += rt_name(t->vars[i]->type);
    }
    return s;
}

} // namespace

const Type* default_type(const Type* t)
{
    static Basic kInt(BasicKind::Int, kIsInteger, "int");
    static Basic kInt32(BasicKind::Int32, kIsInteger, "int32");
    static Basic kFloat(BasicKind::Float64, kIsFloat, "float64");
    static Basic kString(BasicKind::String, kIsString, "string");
    static Basic kBool(BasicKind::Bool, kIsBoolean, "bool");
    if (t->kind() != TypeKind::Basic)
        return t;
    switch (t->as<Basic>()->basic_kind) {
    case BasicKind::UntypedBool:
        return &kBool;
    case BasicKind::UntypedInt:
        return &kInt;
    case BasicKind::UntypedRune:
        return &kInt32;
    case BasicKind::UntypedFloat:
        return &kFloat;
    case BasicKind::UntypedString:
        return &kString;
    default:
        return t;
    }
}

Layout layout_of(const Type* t)
{
    t = under(t);
    switch (t->kind()) {
    case TypeKind::Basic: {
        types::BasicLayout b = types::basic_layout(t->as<Basic>()->basic_kind);
        return { static_cast<uint64_t>(b.size), static_cast<uint32_t>(b.align) };
    }
    case TypeKind::Slice:
        return { 24, 8 };
    case TypeKind::Interface:
        return { 16, 8 };
    case TypeKind::Array: {
        auto* a = t->as<Array>();
        Layout e = layout_of(a->elem);
        return { e.size * static_cast<uint64_t>(std::max<int64_t>(a->len, 0)), e.align };
    }
    case TypeKind::Struct: {
        auto* s = t->as<Struct>();
        uint64_t off = 0;
        uint32_t align = 1;
        uint64_t last_size = 1;
        for (auto* f : s->fields) {
            Layout fl = layout_of(f->type);
            off = align_up(off, fl.align) + fl.size;
            align = std::max(align, fl.align);
            last_size = fl.size;
        }
        if (!s->fields.empty() && last_size == 0 && off > 0)
            off++; // Go pads a final zero-size field so that &x.f stays inside x
        return { align_up(off, align), align };
    }
    default:
        return { 8, 8 };
    }
}

uint64_t field_offset(const Struct* s, size_t i)
{
    uint64_t off = 0;
    for (size_t j = 0;; j++) {
        Layout fl = layout_of(s->fields[j]->type);
        off = align_up(off, fl.align);
        if (j == i)
            return off;
        off += fl.size;
    }
}

int slot_count(const Type* t)
{
    if (t->kind() == TypeKind::Tuple) {
        int n = 0;
        for (auto* v : t->as<Tuple>()->vars)
            n += slot_count(v->type);
        return n;
    }
    t = under(t);
    switch (t->kind()) {
    case TypeKind::Basic: {
        auto k = t->as<Basic>()->basic_kind;
        return k == BasicKind::String || k == BasicKind::UntypedString ? 2 : 1;
    }
    case TypeKind::Interface:
        return 2;
    case TypeKind::Slice:
        return 3;
    default:
        return 1;
    }
}

bool slot_is_pointer(const Type* t, int i)
{
    t = under(t);
    switch (t->kind()) {
    case TypeKind::Basic: {
        auto k = t->as<Basic>()->basic_kind;
        return (k == BasicKind::String || k == BasicKind::UntypedString || k == BasicKind::UnsafePointer)
            && i == 0;
    }
    case TypeKind::Interface:
        return i == 1;
    case TypeKind::Slice:
        return i == 0;
    default:
        return i == 0;
    }
}

std::string rt_name(const Type* t)
{
    switch (t->kind()) {
    case TypeKind::Basic:
        return std::string(basic_rt_name(t->as<Basic>()->basic_kind));
    case TypeKind::Named: {
        auto* n = t->as<Named>();
        if (!n->obj->pkg)
            return std::string(n->obj->name);
        return fmt::format("{}.{}", n->obj->pkg->name, n->obj->name);
    }
    case TypeKind::Pointer:
        return "*" + rt_name(t->as<Pointer>()->base);
    case TypeKind::Slice:
        return "[]" + rt_name(t->as<Slice>()->elem);
    case TypeKind::Array:
        return fmt::format("[{}]{}", t->as<Array>()->len, rt_name(t->as<Array>()->elem));
    case TypeKind::Map:
        return fmt::format("map[{}]{}", rt_name(t->as<Map>()->key), rt_name(t->as<Map>()->elem));
    case TypeKind::Chan: {
        auto* c = t->as<Chan>();
        std::string_view pre = c->dir == ChanDir::Send ? "chan<- "
            : c->dir == ChanDir::Recv                  ? "<-chan "
                                                       : "chan ";
        return std::string(pre) + rt_name(c->elem);
    }
    case TypeKind::Signature: {
        auto* s = t->as<Signature>();
        std::string r = "func(" + tuple_names(s->params, s->variadic) + ")";
        if (s->results->len() == 1)
            r += " " + rt_name(s->results->vars[0]->type);
        else if (s->results->len() > 1)
            r += " (" + tuple_names(s->results, false) + ")";
        return r;
    }
    case TypeKind::Struct: {
        auto* s = t->as<Struct>();
        if (s->fields.empty())
            return "struct {}";
        std::string r = "struct {";
        for (size_t i = 0; i < s->fields.size(); i++) {
            r += i ? "; " : " ";
            if (s->fields[i]->embedded)
                r += rt_name(s->fields[i]->type);
            else
                r += fmt::format("{} {}", s->fields[i]->name, rt_name(s->fields[i]->type));
        }
        return r + " }";
    }
    case TypeKind::Interface: {
        auto* it = const_cast<Interface*>(t->as<Interface>());
        const auto& ms = interface_methods(it);
        if (ms.empty())
            return "interface {}";
        std::string r = "interface {";
        for (size_t i = 0; i < ms.size(); i++) {
            r += i ? "; " : " ";
            std::string sig = rt_name(ms[i]->type);
            r += std::string(ms[i]->name) + sig.substr(4);
        }
        return r + " }";
    }
    default:
        return "?";
    }
}

std::string TypeTable::key(const Type* t)
{
    switch (t->kind()) {
    case TypeKind::Basic:
        return rt_name(default_type(t));
    case TypeKind::Named:
        return fmt::format("N{}", static_cast<const void*>(t));
    case TypeKind::Pointer:
        return "*" + key(t->as<Pointer>()->base);
    case TypeKind::Slice:
        return "[]" + key(t->as<Slice>()->elem);
    case TypeKind::Array:
        return fmt::format("[{}]{}", t->as<Array>()->len, key(t->as<Array>()->elem));
    case TypeKind::Map:
        return fmt::format("map[{}]{}", key(t->as<Map>()->key), key(t->as<Map>()->elem));
    case TypeKind::Chan:
        return fmt::format("chan{} {}", static_cast<int>(t->as<Chan>()->dir), key(t->as<Chan>()->elem));
    case TypeKind::Struct: {
        std::string r = "struct{";
        for (auto* f : t->as<Struct>()->fields)
            r += fmt::format("{}{} {};", f->embedded ? "!" : "", f->name, key(f->type));
        return r + "}";
    }
    default:
        return rt_name(t); // signatures and interfaces: by their spelling
    }
}

gc::Type* TypeTable::make(const Type* t)
{
    auto& arena = m_module.arena;
    auto* g = arena.make<gc::Type>();
    Layout l = layout_of(t);
    g->size = l.size;
    g->align = l.align;
    g->kind = kind_of(t);
    g->name = arena.intern_copy(rt_name(default_type(t)));
    if (t->kind() == TypeKind::Named)
        g->flags |= gc::kTypeNamed;
    if (comparable(t))
        g->flags |= gc::kTypeComparable;
    if (direct_iface(t))
        g->flags |= gc::kTypeDirectIface;
    if (const Type* u = under(t); u->kind() == TypeKind::Interface) // fmt tells empty interfaces apart
        g->len = interface_methods(const_cast<Interface*>(u->as<Interface>())).size();
    fill_ptrmask(g, t);
    return g;
}

void TypeTable::fill_ptrmask(gc::Type* g, const Type* t)
{
    std::vector<bool> bits;
    pointer_words(t, 0, bits);
    while (!bits.empty() && !bits.back())
        bits.pop_back();
    g->ptrdata = bits.size() * 8;
    if (bits.empty())
        return;
    size_t words = (bits.size() + 63) / 64;
    auto* mask = static_cast<uint64_t*>(m_module.arena.allocate(words * 8, 8));
    std::fill(mask, mask + words, 0);
    for (size_t i = 0; i < bits.size(); i++)
        if (bits[i])
            mask[i / 64] |= uint64_t { 1 } << (i % 64);
    g->ptrmask = mask;
}

const gc::Type* TypeTable::get(const Type* t)
{
    t = default_type(t);
    std::string k = key(t);
    auto it = m_by_key.find(k);
    if (it != m_by_key.end())
        return it->second;
    gc::Type* g = make(t);
    m_by_key.emplace(k, g);
    m_index.emplace(g, static_cast<uint32_t>(m_module.types.size()));
    m_module.types.push_back(g);
    if (t->kind() == TypeKind::Named)
        m_named.push_back(t->as<Named>());
    if (under(t)->kind() == TypeKind::Interface)
        m_ifaces.push_back(t);
    // Element, key and field descriptors, after this one is registered (recursive types).
    const Type* u = under(t);
    switch (u->kind()) {
    case TypeKind::Pointer:
        g->elem = get(u->as<Pointer>()->base);
        break;
    case TypeKind::Slice:
        g->elem = get(u->as<Slice>()->elem);
        break;
    case TypeKind::Array:
        g->elem = get(u->as<Array>()->elem);
        g->len = static_cast<uint64_t>(std::max<int64_t>(u->as<Array>()->len, 0));
        break;
    case TypeKind::Chan:
        g->elem = get(u->as<Chan>()->elem);
        break;
    case TypeKind::Map:
        g->key = get(u->as<Map>()->key);
        g->elem = get(u->as<Map>()->elem);
        break;
    case TypeKind::Struct: {
        auto* s = u->as<Struct>();
        auto* fs = static_cast<gc::Field*>(
            m_module.arena.allocate(sizeof(gc::Field) * std::max<size_t>(1, s->fields.size()), 8));
        for (size_t i = 0; i < s->fields.size(); i++) {
            new (&fs[i]) gc::Field {};
            fs[i].name = m_module.arena.intern_copy(s->fields[i]->name);
            fs[i].offset = field_offset(s, i);
            fs[i].embedded = s->fields[i]->embedded;
            fs[i].type = get(s->fields[i]->type);
        }
        g->fields = std::span<const gc::Field>(fs, s->fields.size());
        break;
    }
    default:
        break;
    }
    return g;
}

uint32_t TypeTable::index(const Type* t)
{
    return index_of(get(t));
}

uint32_t TypeTable::index_of(const gc::Type* t)
{
    return m_index.at(t);
}

const gc::Type* TypeTable::array_of(const Type* elem, int64_t n)
{
    // The checker's types are immutable and owned elsewhere; a synthesized array only lives
    // long enough to compute its key and descriptor.
    Array a(const_cast<Type*>(elem), n);
    std::string k = key(&a);
    auto it = m_by_key.find(k);
    if (it != m_by_key.end())
        return it->second;
    return get(&a);
}

const gc::Type* TypeTable::func_type(const Signature* sig)
{
    return get(sig);
}

void TypeTable::set_methods(const Type* t, std::vector<gc::Method> methods)
{
    auto* g = const_cast<gc::Type*>(get(t));
    std::sort(methods.begin(), methods.end(),
        [](const gc::Method& a, const gc::Method& b) { return a.name < b.name; });
    auto* ms = static_cast<gc::Method*>(
        m_module.arena.allocate(sizeof(gc::Method) * std::max<size_t>(1, methods.size()), 8));
    for (size_t i = 0; i < methods.size(); i++)
        new (&ms[i]) gc::Method(methods[i]);
    g->methods = std::span<const gc::Method>(ms, methods.size());
}

} // namespace vitro::lang::codegen
