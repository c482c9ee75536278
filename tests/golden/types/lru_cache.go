package main

import (
	"fmt"
	"strings"
)

type entry struct {
	key        string
	value      int
	prev, next *entry
}

type LRU struct {
	cap        int
	items      map[string]*entry
	head, tail *entry
}

func NewLRU(capacity int) *LRU {
	l := &LRU{cap: capacity, items: map[string]*entry{}, head: &entry{}, tail: &entry{}}
	l.head.next, l.tail.prev = l.tail, l.head
	return l
}

func (l *LRU) unlink(e *entry) { e.prev.next, e.next.prev = e.next, e.prev }

func (l *LRU) pushFront(e *entry) {
	e.prev, e.next = l.head, l.head.next
	l.head.next.prev, l.head.next = e, e
}

func (l *LRU) Get(k string) (int, bool) {
	e, ok := l.items[k]
	if !ok {
		return 0, false
	}
	l.unlink(e)
	l.pushFront(e)
	return e.value, true
}

func (l *LRU) Put(k string, v int) {
	if e, ok := l.items[k]; ok {
		e.value = v
		l.Get(k)
		return
	}
	if len(l.items) == l.cap {
		old := l.tail.prev
		l.unlink(old)
		delete(l.items, old.key)
		fmt.Println("evict", old.key)
	}
	l.items[k] = &entry{key: k, value: v}
	l.pushFront(l.items[k])
}

func (l *LRU) String() string {
	var b strings.Builder
	for e := l.head.next; e != l.tail; e = e.next {
		fmt.Fprintf(&b, "%s=%d ", e.key, e.value)
	}
	return "[" + strings.TrimSpace(b.String()) + "]"
}

func main() {
	c := NewLRU(3)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c)
	fmt.Println(c.Get("a"))
	c.Put("d", 4)
	fmt.Println(c)
	fmt.Println(c.Get("b"))
	c.Put("c", 30)
	c.Put("e", 5)
	fmt.Println(c)
}
