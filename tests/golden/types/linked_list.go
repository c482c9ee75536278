package main

import (
	"fmt"
	"strings"
)

type element struct {
	val        string
	prev, next *element
}

type List struct {
	head, tail *element
	size       int
}

func (l *List) PushBack(v string) {
	e := &element{val: v, prev: l.tail}
	if l.tail == nil {
		l.head = e
	} else {
		l.tail.next = e
	}
	l.tail = e
	l.size++
}

func (l *List) PushFront(v string) {
	e := &element{val: v, next: l.head}
	if l.head == nil {
		l.tail = e
	} else {
		l.head.prev = e
	}
	l.head = e
	l.size++
}

func (l *List) Remove(v string) bool {
	for e := l.head; e != nil; e = e.next {
		if e.val != v {
			continue
		}
		if e.prev != nil {
			e.prev.next = e.next
		} else {
			l.head = e.next
		}
		if e.next != nil {
			e.next.prev = e.prev
		} else {
			l.tail = e.prev
		}
		l.size--
		return true
	}
	return false
}

func (l *List) String() string {
	var parts []string
	for e := l.head; e != nil; e = e.next {
		parts = append(parts, e.val)
	}
	return "[" + strings.Join(parts, " <-> ") + "]"
}

func main() {
	var l List
	l.PushBack("b")
	l.PushBack("c")
	l.PushFront("a")
	fmt.Println(l.String(), l.size)
	fmt.Println(l.Remove("b"), l.Remove("zz"))
	fmt.Println(&l, l.size)
	l.Remove("a")
	l.Remove("c")
	fmt.Println(&l, l.size, l.head == nil, l.tail == nil)
}
