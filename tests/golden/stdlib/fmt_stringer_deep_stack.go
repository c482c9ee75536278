package main

import "fmt"

// A String method that needs much stack, called by fmt from deep in a recursion: the nested
// call grows (and moves) the goroutine stack under the native that called it.
type Depth int

func (d Depth) String() string { return fmt.Sprint("reached ", descend(int(d))) }

func descend(n int) int {
	if n == 0 {
		return 0
	}
	return descend(n-1) + 1
}

func recurse(n int, label string) int {
	if n == 0 {
		local := len(label)
		fmt.Println(Depth(5000), label, local)
		s := fmt.Sprintf("%v|%s", Depth(20000), label)
		fmt.Println(s, local)
		return local
	}
	return recurse(n-1, label) + 1
}

func main() {
	total := 0
	for i := 0; i < 3; i++ {
		total += recurse(10*i, fmt.Sprint("run", i))
	}
	fmt.Println("total", total)
}
