package main

import "fmt"

func main() {
	ch := make(chan string)
	done := make(chan []string)
	go func() {
		var got []string
		for msg := range ch {
			got = append(got, "received "+msg)
		}
		done <- got
	}()
	for _, m := range []string{"one", "two", "three"} {
		ch <- m
		fmt.Println("sent:", m)
	}
	close(ch)
	fmt.Println(<-done)
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v * 2
		}
		close(pong)
	}()
	for i := 1; i <= 3; i++ {
		ping <- i
		fmt.Println("pong", <-pong)
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("pong open:", ok)
	handoff := make(chan int)
	result := make(chan int)
	go func() {
		v := <-handoff
		result <- v + 1
	}()
	handoff <- 41
	fmt.Println(<-result)
}
