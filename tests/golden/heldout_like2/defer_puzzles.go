package main

import "fmt"

type T struct{ n int }

func (t T) print()   { fmt.Println("value recv", t.n) }
func (t *T) pprint() { fmt.Println("ptr recv", t.n) }

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}
func un(s string) { fmt.Println("leave", s) }

func a() {
	defer un(trace("a"))
	fmt.Println("in a")
}

func counter() (n int) {
	defer func() { n *= 2 }()
	defer func() { n += 3 }()
	return 1
}

func loopDefer() {
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print("c", i, " ") }()
	}
}

func main() {
	a()
	fmt.Println(counter())
	loopDefer()
	fmt.Println()
	t := T{1}
	defer t.print()
	defer t.pprint()
	t.n = 2
	x := 5
	defer fmt.Println("x at defer", x)
	defer func() { fmt.Println("x at exit", x) }()
	x = 6
	f := func() { fmt.Println("first f") }
	defer f()
	f = func() { fmt.Println("second f") }
	var funcs [2]func()
	for i := range funcs {
		funcs[i] = func() { fmt.Println("deferred slot") }
	}
	defer funcs[1]()
	fmt.Println("main end")
}
