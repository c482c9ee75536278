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

func describe(prefix string, vals ...interface{}) string {
	return fmt.Sprintf("%s(%d): %v", prefix, len(vals), vals)
}

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 999
	}
}

func isNil(xs ...string) bool { return xs == nil }

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	modify(nums...)
	fmt.Println(nums)
	modify(7, 8)
	fmt.Println(describe("none"), describe("some", 1, "a", nil))
	is := []interface{}{1, 2}
	fmt.Println(describe("spread", is...))
	fmt.Println(describe("nested", is))
	fmt.Println(isNil(), isNil([]string{}...), isNil(nil...))
	fmt.Println(join("-", "a", "b", "c"), join(", "), join("+", strings.Fields("x y z")...))
	all := append([]int{}, nums[:1]...)
	all = append(all, []int{1, 2}...)
	fmt.Println(all)
	bs := append([]byte("abc"), "def"...)
	fmt.Println(string(bs))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil))
	fmt.Println(fmt.Sprintln("x", 1) + "|")
	f := func(format string, args ...interface{}) {
		fmt.Printf("["+format+"]\n", args...)
	}
	f("%d-%d", 1, 2)
	f("none")
}
