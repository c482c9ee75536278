package main

import (
	"container/list"
	"fmt"
)

type entry struct {
	key   string
	value int
}

// LRU is a least-recently-used cache built on container/list.
type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
}

func NewLRU(n int) *LRU { return &LRU{cap: n, ll: list.New(), items: map[string]*list.Element{}} }

func (c *LRU) Get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry).value, true
	}
	return 0, false
}

func (c *LRU) Put(k string, v int) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).value = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		delete(c.items, last.Value.(*entry).key)
		fmt.Println("evict", last.Value.(*entry).key)
	}
}

func (c *LRU) Keys() []string {
	var ks []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		ks = append(ks, e.Value.(*entry).key)
	}
	return ks
}

func show(l *list.List) {
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println("| len", l.Len())
}

func main() {
	c := NewLRU(2)
	c.Put("a", 1)
	c.Put("b", 2)
	fmt.Println(c.Get("a"))
	c.Put("c", 3)
	fmt.Println(c.Get("b"))
	c.Put("a", 10)
	fmt.Println(c.Keys(), len(c.items))

	var l list.List // the zero List is ready to use
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	show(&l)
	l.MoveToBack(e1)
	l.MoveBefore(e4, l.Front())
	show(&l)
	l.MoveAfter(e4, e1)
	fmt.Println(l.Remove(e4), l.Remove(e4), l.Len())
	other := list.New()
	other.PushBack("x")
	other.PushBack("y")
	l.PushBackList(other)
	l.PushFrontList(other)
	show(&l)
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, ",")
	}
	fmt.Println()
	fmt.Println(l.Front().Prev() == nil, l.Back().Next() == nil, l.InsertAfter(9, other.Front()) == nil)
	l.Init()
	fmt.Println(l.Len(), l.Front() == nil)
	fmt.Printf("%T %T\n", e1, other)
}
