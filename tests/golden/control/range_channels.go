package main

import "fmt"

func generate(n int) <-chan int {
	ch := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			ch <- i * i
		}
		close(ch)
	}()
	return ch
}

func filter(in <-chan int, pred func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			if pred(v) {
				out <- v
			}
		}
	}()
	return out
}

func main() {
	for v := range generate(5) {
		fmt.Println("square", v)
	}
	odd := filter(generate(10), func(v int) bool { return v%2 == 1 })
	for v := range odd {
		fmt.Print(v, " ")
	}
	fmt.Println()
	buf := make(chan string, 3)
	buf <- "x"
	buf <- "y"
	close(buf)
	for s := range buf {
		fmt.Println(s)
	}
	count := 0
	for range generate(7) {
		count++
	}
	fmt.Println("count", count)
}
