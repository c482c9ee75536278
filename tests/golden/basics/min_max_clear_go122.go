// vitro:go1.22
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max("b", "a", "c"))
	x, y := 10, -4
	fmt.Println(min(x, y, 0), max(x, y, 100))
	fmt.Println(min(math.NaN(), 1), max(math.Inf(-1), -5), min(-0.0, 0.0))
	var small int8 = min(127, 3)
	fmt.Printf("%T %d\n", small, small)
	m := map[string]int{"a": 1, "b": 2}
	s := []int{1, 2, 3}
	clear(m)
	clear(s)
	fmt.Println(len(m), m, len(s), s)
	m["c"] = 3
	fmt.Println(m)
	var nilMap map[int]int
	clear(nilMap)
	fmt.Println(nilMap == nil)
	for i := range 3 {
		defer func() { fmt.Print(i, " ") }()
	}
	fmt.Print("deferred: ")
}
