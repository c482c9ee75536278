package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func accumulator(start int) (add func(int), get func() int) {
	total := start
	add = func(x int) { total += x }
	get = func() int { return total }
	return
}

func main() {
	c1 := counter()
	c2 := counter()
	fmt.Println(c1(), c1(), c1())
	fmt.Println(c2(), c2())
	add, get := accumulator(10)
	add(5)
	add(-3)
	fmt.Println(get())
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
	fns := make([]func() int, 3)
	for i := 0; i < 3; i++ {
		j := i
		fns[i] = func() int { return j * j }
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	result := func(a, b int) int { return a * b }(6, 7)
	fmt.Println(result)
}
