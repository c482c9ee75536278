package main

import "fmt"

func collatz(n int) (steps int) {
loop:
	if n == 1 {
		return
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto loop
}

func find(grid [][]int, want int) (int, int) {
	for i, row := range grid {
		for j, v := range row {
			if v == want {
				fmt.Println("found at", i, j)
				goto done
			}
		}
	}
	fmt.Println("not found")
	return -1, -1
done:
	return want, want * 2
}

func retry() (tries int) {
	defer func() { fmt.Println("deferred sees", tries) }()
again:
	tries++
	if tries < 4 {
		goto again
	}
	return tries * 10
}

func main() {
	fmt.Println(collatz(27), collatz(1), collatz(6))
	g := [][]int{{1, 2}, {3, 4}}
	fmt.Println(find(g, 3))
	fmt.Println(find(g, 9))
	fmt.Println(retry())
	i := 0
next:
	if i < 3 {
		fmt.Print(i, " ")
		i++
		goto next
	}
	fmt.Println()
}
