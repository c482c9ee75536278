package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func filterOdd(in <-chan int) <-chan int {
	out := make(chan int, 2)
	go func() {
		defer close(out)
		for n := range in {
			if n%2 == 1 {
				out <- n
			}
		}
	}()
	return out
}

func sum(in <-chan int) int {
	s := 0
	for n := range in {
		s += n
	}
	return s
}

func main() {
	for v := range filterOdd(sq(gen(1, 2, 3, 4, 5, 6, 7))) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(sum(sq(sq(gen(1, 2, 3)))))
	nums := make([]int, 100)
	for i := range nums {
		nums[i] = i + 1
	}
	fmt.Println(sum(filterOdd(gen(nums...))))
}
