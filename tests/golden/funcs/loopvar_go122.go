// vitro:go1.22
package main

import "fmt"

type P struct{ x, y int }

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, s := range []string{"a", "bb", "ccc"} {
		fs = append(fs, func() int { return len(s) })
	}
	for i := range 3 {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, p := range []P{{1, 2}, {3, 4}} {
		fs = append(fs, func() int { return p.x + p.y })
	}
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	// a closure that changes the loop variable changes this iteration's copy only
	for i := 0; i < 6; i++ {
		bump := func() { i++ }
		bump()
		fmt.Print(i, " ")
	}
	fmt.Println()
	fmt.Println(min(2.5, 1.0, 3), max(-0.0, 0.0), min(3, 1, 2))
}
