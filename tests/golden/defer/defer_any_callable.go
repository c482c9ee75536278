package main

import (
	"errors"
	"fmt"
	"os"
	"sync"
)

type Closer interface{ Close() error }

type F struct{ n string }

func (f *F) Close() error { fmt.Println("close", f.n); return nil }

type Job struct{ fn func(string) }

func work(m map[string]int, ch chan int) {
	defer close(ch)
	defer delete(m, "a")
	defer println("deferred println")
	defer fmt.Println("deferred fmt", len(m))
	var c Closer = &F{"file"}
	defer c.Close()
	c = &F{"other"}
	f := c.Close
	defer f()
	j := Job{fn: func(s string) { fmt.Println("job", s) }}
	defer j.fn("x")
	hs := map[string]func(){"k": func() { fmt.Println("map func") }}
	defer hs["k"]()
	var mu sync.Mutex
	mu.Lock()
	defer mu.Unlock()
	defer fmt.Fprintln(os.Stdout, "fprintln")
	e := errors.New("boom")
	defer fmt.Println(e.Error())
	m["b"] = 2
}

func directRecover() (r interface{}) {
	defer func() { r = recover() }()
	defer recover()
	panic("p1")
}

func deferPanic() {
	defer func() { fmt.Println("recovered", recover()) }()
	defer panic("second")
	panic("first")
}

func main() {
	m := map[string]int{"a": 1}
	ch := make(chan int)
	work(m, ch)
	_, ok := <-ch
	fmt.Println(m, ok)
	fmt.Println(directRecover())
	deferPanic()
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	defer fmt.Println()
}
