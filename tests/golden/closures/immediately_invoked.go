package main

import "fmt"

var table = func() map[string]int {
	m := make(map[string]int)
	for i, s := range []string{"zero", "one", "two", "three"} {
		m[s] = i
	}
	return m
}()

func main() {
	fmt.Println(table["two"], len(table))
	x := func(a, b int) int { return a*b + 1 }(6, 7)
	fmt.Println(x)
	label := func() string {
		if x > 40 {
			return "big"
		}
		return "small"
	}()
	fmt.Println(label)
	func() {
		defer fmt.Println("deferred inside literal")
		fmt.Println("body of literal")
	}()
	sq := func(vals ...int) (out []int) {
		for _, v := range vals {
			out = append(out, v*v)
		}
		return
	}(1, 2, 3)
	fmt.Println(sq)
}
