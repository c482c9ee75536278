package main

import "fmt"

type pair struct{ a, b int }

func cleanup(m map[string]int) {
	defer delete(m, "tmp")
	m["tmp"] = 1
	fmt.Println("during:", len(m))
}

func printDefers() {
	x := 7
	p := pair{1, 2}
	s := "str"
	defer println("println deferred:", x, s, p.a)
	defer print("print deferred\n")
	x = 8
	p.a = 100
}

func panics() (r any) {
	defer func() { r = recover() }()
	msg := "deferred panic"
	defer panic(msg)
	msg = "changed"
	return nil
}

func noRecover() (ok bool) {
	defer func() { ok = recover() != nil }()
	func() {
		defer recover() // not called directly by a deferred function: no effect
		panic("still panicking")
	}()
	return false
}

func main() {
	m := map[string]int{"keep": 1}
	cleanup(m)
	fmt.Println("after:", m)
	printDefers()
	fmt.Println(panics())
	fmt.Println(noRecover())
}
