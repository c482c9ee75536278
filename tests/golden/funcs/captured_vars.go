package main

import "fmt"

func main() {
	x := 10
	get := func() int { return x }
	set := func(v int) { x = v }
	fmt.Println(get())
	set(20)
	fmt.Println(x, get())
	x = 30
	fmt.Println(get())

	counters := map[string]func() int{}
	for _, name := range []string{"a", "b"} {
		name := name
		count := 0
		counters[name] = func() int {
			count++
			fmt.Println(name, count)
			return count
		}
	}
	counters["a"]()
	counters["a"]()
	counters["b"]()

	var funcs []func()
	for i := 0; i < 3; i++ {
		i := i
		funcs = append(funcs, func() { fmt.Print(i, " ") })
	}
	for _, f := range funcs {
		f()
	}
	fmt.Println()

	total := 0
	add := func(n int) func() {
		return func() { total += n }
	}
	a1, a2 := add(1), add(100)
	a1()
	a2()
	a1()
	fmt.Println("total", total)

	p := &x
	change := func() { *p = 99 }
	change()
	fmt.Println(x)
}
