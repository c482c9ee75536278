package main

import "fmt"

func main() {
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, -9}}
	sumPos := 0
rows:
	for r, row := range grid {
		for c, v := range row {
			if v < 0 {
				fmt.Printf("row %d: skip at col %d\n", r, c)
				continue rows
			}
			sumPos += v
		}
	}
	fmt.Println("sum before negatives:", sumPos)
	target := 8
	found := false
search:
	for i := range grid {
		for j := range grid[i] {
			if grid[i][j] == target {
				fmt.Println("found at", i, j)
				found = true
				break search
			}
		}
	}
	fmt.Println(found)
	primes := []int{}
outer:
	for n := 2; len(primes) < 10; n++ {
		for _, p := range primes {
			if p*p > n {
				break
			}
			if n%p == 0 {
				continue outer
			}
		}
		primes = append(primes, n)
	}
	fmt.Println(primes)
	ch := make(chan int, 5)
	for i := 0; i < 5; i++ {
		ch <- i
	}
	close(ch)
recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break recv
			}
			if v == 3 {
				continue recv
			}
			fmt.Print(v, " ")
		}
	}
	fmt.Println()
	i := 0
again:
	if i < 3 {
		fmt.Print("goto", i, " ")
		i++
		goto again
	}
	fmt.Println()
}
