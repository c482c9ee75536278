package main

import "fmt"

func firstDuplicate(xs []int) (int, bool) {
	seen := map[int]bool{}
	for _, x := range xs {
		if seen[x] {
			return x, true
		}
		seen[x] = true
	}
	return 0, false
}

func main() {
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		if i > 7 {
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	fmt.Println(firstDuplicate([]int{3, 1, 4, 1, 5}))
	fmt.Println(firstDuplicate([]int{1, 2, 3}))
	words := []string{"alpha", "", "beta", "STOP", "gamma"}
	for _, w := range words {
		if w == "" {
			continue
		}
		if w == "STOP" {
			break
		}
		fmt.Println(w)
	}
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			continue
		}
		fmt.Println("after switch", i)
	}
	n := 0
	for n < 100 {
		n++
		if n%7 != 0 {
			continue
		}
		if n%5 == 0 {
			break
		}
	}
	fmt.Println("n =", n)
}
