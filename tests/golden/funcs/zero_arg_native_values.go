package main

import (
	"fmt"
	"runtime"
	"sync"
)

type Locker interface {
	Lock()
	Unlock()
}

type guarded struct {
	sync.Mutex
	n int
}

func main() {
	f := runtime.Gosched
	f()
	g := runtime.GC
	g()
	defer runtime.Gosched()
	var l Locker = &guarded{}
	l.Lock()
	l.Unlock()
	lk := l.Lock
	lk()
	ul := Locker.Unlock
	ul(l)
	gd := &guarded{}
	var l2 sync.Locker = gd
	l2.Lock()
	gd.n++
	l2.Unlock()
	fmt.Println(gd.n, runtime.NumGoroutine())
	go runtime.Gosched()
	runtime.Gosched()
	fmt.Println("ok")
}
