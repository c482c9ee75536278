package main

import (
	"fmt"
	"strings"
)

func join(sep string, parts ...interface{}) string {
	strs := make([]string, len(parts))
	for i, p := range parts {
		strs[i] = fmt.Sprint(p)
	}
	return strings.Join(strs, sep)
}

func maxOf(first int, rest ...int) int {
	m := first
	for _, v := range rest {
		if v > m {
			m = v
		}
	}
	return m
}

func count(args ...string) (int, bool) { return len(args), args == nil }

func main() {
	fmt.Println(join(", ", 1, "two", 3.0, true, nil))
	vals := []interface{}{"a", 'b', []int{1}}
	fmt.Println(join("|", vals...))
	fmt.Println(maxOf(3), maxOf(3, 9, 2), maxOf(-1, []int{-5, -2}...))
	fmt.Println(count())
	fmt.Println(count([]string{}...))
	fmt.Println(count("x", "y"))
	s := []string{"p", "q"}
	n, _ := count(s...)
	fmt.Println(n)
	f := fmt.Sprintf
	fmt.Println(f("%d-%d", 1, 2))
}
