// stdlib/container/list/list_natives.cpp — container/list: New, List's and Element's methods.
//
// The natives work on Go's exact layouts (decl.go): Element {next, prev *Element; list *List;
// Value any} (40 bytes) and List {root Element; len int} (48 bytes), so script code reading
// e.Value or declaring `var l list.List` (the zero List, lazily initialised as in Go) shares
// the objects with them. The list is circular through &l.root, an interior pointer the
// collector resolves. Elements and Lists the natives allocate use static descriptors named
// "list.Element" / "list.List" (matched by name where the program's own descriptors are).
// Every function is a line-by-line port of Go 1.19's, including which calls are no-ops
// (an element of another list) and which dereference nil (Remove(nil) panics).
// Go reference: src/container/list/list.go.
#include "stdlib/internal/native_util.h"
#include "stdlib/natives.h"

#include <cstddef>

namespace vitro::stdlib::container_list {

namespace {

struct List;

struct Element {
    Element* next;
    Element* prev;
    List* list;
    vm::Iface value;
};

struct List {
    Element root;
    int64_t len;
};
static_assert(sizeof(Element) == 40 && sizeof(List) == 48 && offsetof(Element, value) == 24);

constexpr uint64_t kMaskElement = 0x17; // next, prev, list, Value.data
const gc::Type kElementType
    = internal::make_struct_type("list.Element", 40, 40, &kMaskElement, gc::kTypeNamed);
const gc::Type kListType = internal::make_struct_type("list.List", 48, 40, &kMaskElement, gc::kTypeNamed);

void set(Element*& slot, Element* e)
{
    gc::store_ptr(reinterpret_cast<void**>(&slot), e);
}

bool nil_check(vm::NativeCall& call, const void* p)
{
    if (p)
        return true;
    call.panic_runtime_error("invalid memory address or nil pointer dereference");
    return false;
}

List* init(List* l)
{
    set(l->root.next, &l->root);
    set(l->root.prev, &l->root);
    l->len = 0;
    return l;
}

void lazy_init(List* l)
{
    if (!l->root.next)
        init(l);
}

Element* insert(List* l, Element* e, Element* at)
{
    set(e->prev, at);
    set(e->next, at->next);
    set(e->prev->next, e);
    set(e->next->prev, e);
    gc::store_ptr(reinterpret_cast<void**>(&e->list), l);
    l->len++;
    return e;
}

// insertValue: allocates the Element (may collect: l, at and v stay reachable from the
// caller's argument slots or from the list itself).
Element* insert_value(vm::NativeCall& call, List* l, vm::Iface v, Element* at)
{
    auto* e = static_cast<Element*>(call.heap().alloc(&kElementType));
    e->value.tab = v.tab;
    gc::store_ptr(&e->value.data, v.data);
    return insert(l, e, at);
}

void remove(List* l, Element* e)
{
    set(e->prev->next, e->next);
    set(e->next->prev, e->prev);
    set(e->next, nullptr);
    set(e->prev, nullptr);
    gc::store_ptr(reinterpret_cast<void**>(&e->list), nullptr);
    l->len--;
}

void move(Element* e, Element* at)
{
    if (e == at)
        return;
    set(e->prev->next, e->next);
    set(e->next->prev, e->prev);
    set(e->prev, at);
    set(e->next, at->next);
    set(e->prev->next, e);
    set(e->next->prev, e);
}

List* list_arg(vm::NativeCall& call)
{
    auto* l = static_cast<List*>(call.ptr_arg(0));
    return nil_check(call, l) ? l : nullptr;
}

// ---- Element ----

Element* next_of(Element* e)
{
    Element* p = e->next;
    return e->list && p != &e->list->root ? p : nullptr;
}

Element* prev_of(Element* e)
{
    Element* p = e->prev;
    return e->list && p != &e->list->root ? p : nullptr;
}

void Element_Next(vm::NativeCall& call)
{
    auto* e = static_cast<Element*>(call.ptr_arg(0));
    if (nil_check(call, e))
        call.set_ptr(0, next_of(e));
}

void Element_Prev(vm::NativeCall& call)
{
    auto* e = static_cast<Element*>(call.ptr_arg(0));
    if (nil_check(call, e))
        call.set_ptr(0, prev_of(e));
}

// ---- List ----

void New(vm::NativeCall& call)
{
    call.set_ptr(0, init(static_cast<List*>(call.heap().alloc(&kListType))));
}

void Init(vm::NativeCall& call)
{
    if (List* l = list_arg(call))
        call.set_ptr(0, init(l));
}

void Len(vm::NativeCall& call)
{
    if (List* l = list_arg(call))
        call.set_int(0, l->len);
}

void Front(vm::NativeCall& call)
{
    if (List* l = list_arg(call))
        call.set_ptr(0, l->len == 0 ? nullptr : l->root.next);
}

void Back(vm::NativeCall& call)
{
    if (List* l = list_arg(call))
        call.set_ptr(0, l->len == 0 ? nullptr : l->root.prev);
}

void Remove(vm::NativeCall& call)
{
    List* l = list_arg(call);
    auto* e = static_cast<Element*>(call.ptr_arg(1));
    if (!l || !nil_check(call, e))
        return;
    if (e->list == l)
        remove(l, e);
    call.set_iface(0, e->value);
}

void PushFront(vm::NativeCall& call)
{
    List* l = list_arg(call);
    if (!l)
        return;
    lazy_init(l);
    call.set_ptr(0, insert_value(call, l, call.iface_arg(1), &l->root));
}

void PushBack(vm::NativeCall& call)
{
    List* l = list_arg(call);
    if (!l)
        return;
    lazy_init(l);
    call.set_ptr(0, insert_value(call, l, call.iface_arg(1), l->root.prev));
}

// InsertBefore/InsertAfter(v any, mark *Element) *Element.
void insert_by_mark(vm::NativeCall& call, bool after)
{
    List* l = list_arg(call);
    auto* mark = static_cast<Element*>(call.ptr_arg(3));
    if (!l || !nil_check(call, mark))
        return;
    call.set_ptr(
        0, mark->list != l ? nullptr : insert_value(call, l, call.iface_arg(1), after ? mark : mark->prev));
}

void InsertBefore(vm::NativeCall& call)
{
    insert_by_mark(call, false);
}

void InsertAfter(vm::NativeCall& call)
{
    insert_by_mark(call, true);
}

// MoveToFront/MoveToBack(e *Element).
void move_to_end(vm::NativeCall& call, bool front)
{
    List* l = list_arg(call);
    auto* e = static_cast<Element*>(call.ptr_arg(1));
    if (!l || !nil_check(call, e))
        return;
    if (e->list != l || (front ? l->root.next : l->root.prev) == e)
        return;
    move(e, front ? &l->root : l->root.prev);
}

void MoveToFront(vm::NativeCall& call)
{
    move_to_end(call, true);
}

void MoveToBack(vm::NativeCall& call)
{
    move_to_end(call, false);
}

// MoveBefore/MoveAfter(e, mark *Element).
void move_by_mark(vm::NativeCall& call, bool after)
{
    List* l = list_arg(call);
    auto* e = static_cast<Element*>(call.ptr_arg(1));
    auto* mark = static_cast<Element*>(call.ptr_arg(2));
    if (!l || !nil_check(call, e))
        return;
    if (e->list != l || e == mark || !nil_check(call, mark) || mark->list != l)
        return;
    move(e, after ? mark : mark->prev);
}

void MoveBefore(vm::NativeCall& call)
{
    move_by_mark(call, false);
}

void MoveAfter(vm::NativeCall& call)
{
    move_by_mark(call, true);
}

// PushBackList/PushFrontList(other *List): copies of other's values, in order, at l's end
// (other may be l itself: its length is read first).
void push_list(vm::NativeCall& call, bool front)
{
    List* l = list_arg(call);
    auto* other = static_cast<List*>(call.ptr_arg(1));
    if (!l || !nil_check(call, other))
        return;
    lazy_init(l);
    Element* e = other->len == 0 ? nullptr : (front ? other->root.prev : other->root.next);
    for (int64_t i = other->len; i > 0; i--) {
        gc::Heap::TempRoot keep(call.heap(), e);
        insert_value(call, l, e->value, front ? &l->root : l->root.prev);
        e = front ? prev_of(e) : next_of(e);
    }
}

void PushBackList(vm::NativeCall& call)
{
    push_list(call, false);
}

void PushFrontList(vm::NativeCall& call)
{
    push_list(call, true);
}

} // namespace

} // namespace vitro::stdlib::container_list

namespace vitro::stdlib {

void register_container_list(vm::NativeRegistry& r)
{
    using namespace container_list;
    r.add("container/list.New", New);
    r.add("container/list.(*Element).Next", Element_Next);
    r.add("container/list.(*Element).Prev", Element_Prev);
    r.add("container/list.(*List).Init", Init);
    r.add("container/list.(*List).Len", Len);
    r.add("container/list.(*List).Front", Front);
    r.add("container/list.(*List).Back", Back);
    r.add("container/list.(*List).Remove", Remove);
    r.add("container/list.(*List).PushFront", PushFront);
    r.add("container/list.(*List).PushBack", PushBack);
    r.add("container/list.(*List).InsertBefore", InsertBefore);
    r.add("container/list.(*List).InsertAfter", InsertAfter);
    r.add("container/list.(*List).MoveToFront", MoveToFront);
    r.add("container/list.(*List).MoveToBack", MoveToBack);
    r.add("container/list.(*List).MoveBefore", MoveBefore);
    r.add("container/list.(*List).MoveAfter", MoveAfter);
    r.add("container/list.(*List).PushBackList", PushBackList);
    r.add("container/list.(*List).PushFrontList", PushFrontList);
}

} // namespace vitro::stdlib
