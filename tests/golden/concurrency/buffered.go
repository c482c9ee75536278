package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	ch <- 3
	ch <- 4
	fmt.Println(len(ch))
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	v, ok := <-ch
	fmt.Println(v, ok, len(ch))
	sem := make(chan struct{}, 2)
	results := make(chan int, 10)
	for i := 0; i < 10; i++ {
		sem <- struct{}{}
		go func(n int) {
			results <- n * n
			<-sem
		}(i)
	}
	sum := 0
	for i := 0; i < 10; i++ {
		sum += <-results
	}
	fmt.Println("sum of squares", sum)
	strs := make(chan string, 2)
	strs <- "a"
	strs <- "b"
	select {
	case strs <- "c":
		fmt.Println("sent c")
	default:
		fmt.Println("buffer full")
	}
	var nilCh chan int
	fmt.Println(len(nilCh), cap(nilCh))
}
