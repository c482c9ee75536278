package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan string)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		for _, s := range []string{"x", "y"} {
			b <- s
		}
		quit <- true
	}()
	var ints []int
	var strs []string
loop:
	for {
		select {
		case v := <-a:
			ints = append(ints, v)
		case s := <-b:
			strs = append(strs, s)
		case <-quit:
			break loop
		}
	}
	fmt.Println(ints, strs)
	x, y := make(chan int, 10), make(chan int, 10)
	for i := 0; i < 10; i++ {
		x <- 1
		y <- 10
	}
	total := 0
	for i := 0; i < 20; i++ {
		select {
		case v := <-x:
			total += v
		case v := <-y:
			total += v
		}
	}
	fmt.Println("total", total)
	var disabled chan int
	live := make(chan int, 1)
	live <- 5
	select {
	case v := <-disabled:
		fmt.Println("disabled", v)
	case v := <-live:
		fmt.Println("live", v)
	}
}
