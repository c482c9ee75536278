package main

import "fmt"

func main() {
	grid := [][]int{{1, 2, 3}, {4, -1, 6}, {7, 8, 9}}
	found := false
search:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				fmt.Println("negative at", i, j)
				found = true
				break search
			}
		}
	}
	fmt.Println("found:", found)

	primes := []int{}
outer:
	for n := 2; len(primes) < 10; n++ {
		for _, p := range primes {
			if n%p == 0 {
				continue outer
			}
		}
		primes = append(primes, n)
	}
	fmt.Println(primes)

	ch := make(chan int, 10)
	for i := 0; i < 10; i++ {
		ch <- i
	}
	close(ch)
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok || v > 4 {
				break loop
			}
			fmt.Print(v, " ")
		}
	}
	fmt.Println()
	i := 0
	for ; ; i++ {
		switch {
		case i%2 == 0:
			continue
		case i > 6:
		}
		if i > 6 {
			break
		}
	}
	fmt.Println("i =", i)
}
