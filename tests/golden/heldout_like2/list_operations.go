package main

import (
	"container/list"
	"fmt"
)

func dump(l *list.List) {
	fmt.Print("[")
	for e := l.Front(); e != nil; e = e.Next() {
		if e != l.Front() {
			fmt.Print(" ")
		}
		fmt.Print(e.Value)
	}
	fmt.Println("] len", l.Len())
}

func dumpBack(l *list.List) {
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println()
}

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	dump(l)
	dumpBack(l)
	l.MoveToFront(e4)
	dump(l)
	l.MoveToBack(e4)
	dump(l)
	l.MoveBefore(e4, e1)
	dump(l)
	l.MoveAfter(e1, l.Back())
	dump(l)
	v := l.Remove(e4)
	fmt.Println("removed", v)
	dump(l)
	other := list.New()
	other.PushBack("a")
	other.PushBack("b")
	l.PushBackList(other)
	l.PushFrontList(other)
	dump(l)
	for e := l.Front(); e != nil; {
		next := e.Next()
		if _, ok := e.Value.(string); ok {
			l.Remove(e)
		}
		e = next
	}
	dump(l)
	l.Init()
	dump(l)
	fmt.Println(l.Front() == nil, l.Back() == nil)
	var zero list.List
	zero.PushBack("lazy")
	dump(&zero)
}
