package main

import "fmt"

type Ops struct {
	apply func(int) int
	name  string
}

func makeAdder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func twice(f func(int) int, x int) int { return f(f(x)) }

func main() {
	// shared capture: both closures see the same variable
	x := 1
	inc := func() { x++ }
	get := func() int { return x }
	inc()
	inc()
	fmt.Println(x, get())
	x = 10
	fmt.Println(get())

	// Go 1.19: one loop variable shared by every iteration
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// per-iteration copies by hand
	fs = nil
	for _, s := range []string{"a", "b", "c"} {
		s := s
		fs = append(fs, func() int { return len(s) + int(s[0]) })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// closures that keep state
	add := makeAdder(100)
	fmt.Println(add(1), add(2), add(3))

	// recursion through a closure variable
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))

	// nested closures capturing from two levels up
	total := 0
	outer := func(k int) func() {
		return func() {
			total += k
			k *= 2
		}
	}
	h := outer(3)
	h()
	h()
	fmt.Println(total)

	// closures in maps, slices and structs
	m := map[string]func(int) int{
		"double": func(v int) int { return v * 2 },
		"square": func(v int) int { return v * v },
	}
	fmt.Println(m["double"](7), m["square"](7), twice(m["square"], 3))
	ops := []Ops{{func(v int) int { return v + 1 }, "inc"}, {apply: nil}}
	_ = ops
	o := Ops{apply: func(v int) int { return -v }, name: "neg"}
	fmt.Println(o.name, o.apply(5), ops[0].apply(5), ops[1].apply == nil)

}
