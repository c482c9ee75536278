package main

import "fmt"

func main() {
	grid := [][]int{
		{1, 2, 3},
		{4, -5, 6},
		{7, 8, 9},
	}
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				fmt.Println("negative at", i, j)
				break outer
			}
			fmt.Print(v, " ")
		}
		fmt.Println()
	}
	fmt.Println()

rows:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j > i {
				continue rows
			}
			fmt.Print(i*j, " ")
		}
	}
	fmt.Println()

	count := 0
loop:
	for {
		switch {
		case count >= 3:
			break loop
		default:
			count++
		}
	}
	fmt.Println("count", count)

	ch := make(chan int, 5)
	for i := 0; i < 5; i++ {
		ch <- i
	}
	close(ch)
recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok || v == 3 {
				break recv
			}
			fmt.Println("got", v)
		}
	}
}
