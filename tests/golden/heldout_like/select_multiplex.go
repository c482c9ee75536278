package main

import (
	"fmt"
	"sort"
)

func main() {
	nums := make(chan int)
	words := make(chan string)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 5; i++ {
			nums <- i
		}
		for _, w := range []string{"x", "y", "z"} {
			words <- w
		}
		quit <- true
	}()
	var got []string
	for running := true; running; {
		select {
		case n := <-nums:
			got = append(got, fmt.Sprint("n", n))
		case w := <-words:
			got = append(got, "w"+w)
		case <-quit:
			running = false
		}
	}
	fmt.Println(got)
	a := make(chan int, 10)
	b := make(chan int, 10)
	for i := 0; i < 10; i++ {
		a <- i
		b <- i * 100
	}
	close(a)
	close(b)
	var all []int
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			all = append(all, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			all = append(all, v)
		}
	}
	sort.Ints(all)
	fmt.Println(all, len(all))
	out := make(chan int, 1)
	for i := 0; i < 3; i++ {
		select {
		case out <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full, dropped", i)
		}
	}
}
