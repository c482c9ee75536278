package main

import (
	"fmt"
	"sync"
)

type Acc struct {
	mu  sync.Mutex
	sum int
	ops []string
}

func (a *Acc) Add(n int, wg *sync.WaitGroup) {
	defer wg.Done()
	a.mu.Lock()
	a.sum += n
	a.mu.Unlock()
}

func (a *Acc) Log(s string) { a.ops = append(a.ops, s) }

type Printer struct{ prefix string }

func (p Printer) Print(s string) { fmt.Println(p.prefix + s) }

func main() {
	a := &Acc{}
	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go a.Add(i, &wg)
	}
	wg.Wait()
	fmt.Println(a.sum)
	add := a.Add
	wg.Add(1)
	go add(100, &wg)
	wg.Wait()
	fmt.Println(a.sum)
	p := Printer{"> "}
	defer p.Print("deferred with the old prefix")
	p.prefix = "! "
	log := a.Log
	log("one")
	log("two")
	fmt.Println(a.ops)
}
