package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func joinWith(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func describe(prefix string, args ...interface{}) string {
	return fmt.Sprintf("%s(%d): %v", prefix, len(args), args)
}

func modify(nums ...int) {
	if len(nums) > 0 {
		nums[0] = 999
	}
}

func logf(format string, args ...interface{}) {
	fmt.Printf("[log] "+format+"\n", args...)
}

func minMax(first int, rest ...int) (min, max int) {
	min, max = first, first
	for _, r := range rest {
		if r < min {
			min = r
		}
		if r > max {
			max = r
		}
	}
	return
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	xs := []int{4, 5, 6}
	fmt.Println(sum(xs...))
	modify(xs...)
	fmt.Println(xs)
	modify(1, 2)
	fmt.Println(joinWith("/", "usr", "local", "bin"), joinWith("-"))
	fmt.Println(describe("none"), describe("some", 1, "a", nil, 2.5))
	ifs := []interface{}{1, 2}
	fmt.Println(describe("spread", ifs...))
	fmt.Println(describe("nested", ifs))
	logf("user %s logged in %d times", "bob", 3)
	logf("no args")
	fmt.Println(minMax(5, 3, 9, -1, 7))
	fmt.Println(minMax(2))
	var f func(...string) int = func(s ...string) int { return len(s) }
	fmt.Println(f(), f("a", "b"), f([]string{"x"}...))
	fmt.Printf("%T\n", f)
}
