package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func join(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func describe(prefix string, args ...interface{}) {
	fmt.Printf("%s: %d args %v nil=%v\n", prefix, len(args), args, args == nil)
}

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 100
	}
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	fmt.Println(join("-", "a", "b", "c"), join(","))
	describe("none")
	describe("some", 1, "two", 3.0)
	list := []interface{}{"x", "y"}
	describe("spread", list...)
	describe("nested", list)
	modify(nums...)
	fmt.Println(nums)
	modify(7, 8)
	var empty []int
	fmt.Println(sum(empty...))
	fmt.Println(fmt.Sprint("a", 1, 2, "b"), fmt.Sprintln("x", 3))
}
