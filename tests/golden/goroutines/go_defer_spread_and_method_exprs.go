package main

import (
	"fmt"
	"sync"
)

type T struct{ n int }

func (t T) Show(wg *sync.WaitGroup, tag string) { fmt.Println(tag, t.n); wg.Done() }

func two() (int, string) { return 7, "seven" }

func show(n int, s string) { fmt.Println("show", n, s); done <- true }

var done = make(chan bool)

type I interface{ Show(*sync.WaitGroup, string) }

func main() {
	go show(two())
	<-done
	var wg sync.WaitGroup
	wg.Add(1)
	go T.Show(T{3}, &wg, "expr")
	wg.Wait()
	wg.Add(1)
	go I.Show(T{4}, &wg, "iface expr")
	wg.Wait()
	args := []interface{}{"a", 1}
	wg.Add(1)
	go func() { defer wg.Done(); fmt.Println(args...) }()
	wg.Wait()
	defer fmt.Println(two())
	defer show2(two())
}

func show2(n int, s string) { fmt.Println("show2", n, s) }
