package main

import (
	"fmt"
	"strings"
)

type Acc struct{ log []string }

func (a *Acc) Add(s string) { a.log = append(a.log, s) }
func (a Acc) Show(p string) { fmt.Println(p, strings.Join(a.log, ",")) }

func argsAtDefer() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	defer func() { fmt.Println("closure x =", x) }()
	x = 3
}

func loopDefers() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
	defer fmt.Println()
}

func methods() {
	var a Acc
	defer a.Show("show (copy taken at defer):")
	defer a.Add("third")
	a.Add("first")
	a.Add("second")
	defer func() { fmt.Println("final:", strings.Join(a.log, ",")) }()
}

type Lock struct {
	held  bool
	count int
}

func (l *Lock) Lock()   { l.held = true }
func (l *Lock) Unlock() { l.held = false; l.count++ }

func withLock(mu *Lock, n *int) {
	mu.Lock()
	defer mu.Unlock()
	defer fmt.Println("held in defer:", mu.held)
	*n++
}

func main() {
	argsAtDefer()
	loopDefers()
	methods()
	var mu Lock
	n := 0
	for i := 0; i < 3; i++ {
		withLock(&mu, &n)
	}
	fmt.Println("n =", n, mu.held, mu.count)
}
