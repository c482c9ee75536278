// vitro:go1.22
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 5; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var ptrs []*int
	for i := range 4 {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	var names []func() string
	for _, s := range []string{"x", "y", "z"} {
		names = append(names, func() string { return s + s })
	}
	for _, f := range names {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Modifying the variable inside the body affects only that iteration's copy.
	var gs []func() int
	for i := 0; i < 6; i++ {
		gs = append(gs, func() int { return i * 10 })
		i++
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
}
