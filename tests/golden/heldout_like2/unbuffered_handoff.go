package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan []int)
	go func() {
		var got []int
		for v := range ch {
			got = append(got, v)
		}
		done <- got
	}()
	for i := 1; i <= 3; i++ {
		ch <- i
	}
	close(ch)
	fmt.Println("receiver got", <-done)
	ack := make(chan string)
	go func() {
		msg := <-ack
		ack <- msg + " ack"
	}()
	ack <- "ping"
	fmt.Println(<-ack)
	v, ok := <-ch
	fmt.Println("closed recv:", v, ok)
	turn := make(chan int)
	fin := make(chan bool)
	go func() {
		for n := range turn {
			fmt.Println("worker saw", n)
			turn <- n + 1
		}
		fin <- true
	}()
	n := 0
	for i := 0; i < 3; i++ {
		turn <- n
		n = <-turn
		fmt.Println("main saw", n)
	}
	close(turn)
	<-fin
}
