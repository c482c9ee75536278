// vitro:go1.22
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	var hs []func() int
	for i := 0; i < 5; i++ {
		hs = append(hs, func() int { return i })
		i++
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()

	var incs []func()
	var reads []func() int
	for i := 0; i < 2; i++ {
		incs = append(incs, func() { i += 10 })
		reads = append(reads, func() int { return i })
	}
	incs[0]()
	incs[0]()
	fmt.Println(reads[0](), reads[1]())

	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println(ptrs[0] != ptrs[1])
}
