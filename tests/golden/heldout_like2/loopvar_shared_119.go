package main

import (
	"fmt"
	"sync"
)

func main() {
	var fns []func()
	for i := 0; i < 3; i++ {
		fns = append(fns, func() { fmt.Print(i, " ") })
	}
	for _, f := range fns {
		f()
	}
	fmt.Println()
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var fs2 []func() string
	for _, s := range []string{"a", "b", "c"} {
		fs2 = append(fs2, func() string { return s })
	}
	for _, f := range fs2 {
		fmt.Print(f())
	}
	fmt.Println()
	var fixed []func() int
	for i := 0; i < 3; i++ {
		i := i
		fixed = append(fixed, func() int { return i * 10 })
	}
	for _, f := range fixed {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var wg sync.WaitGroup
	results := make([]int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			results[n] = n * n
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	m := map[string]*int{}
	for _, k := range []int{1, 2, 3} {
		m[fmt.Sprint(k)] = &k
	}
	fmt.Println(*m["1"], *m["2"], *m["3"])
}
