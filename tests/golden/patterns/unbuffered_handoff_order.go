package main

import "fmt"

func main() {
	ch := make(chan int)
	ack := make(chan struct{})
	go func() {
		for v := range ch {
			fmt.Println("received", v)
			ack <- struct{}{}
		}
		fmt.Println("receiver done")
		close(ack)
	}()
	for i := 1; i <= 3; i++ {
		fmt.Println("sending", i)
		ch <- i
		<-ack
	}
	close(ch)
	_, ok := <-ack
	fmt.Println("ack open:", ok)
}
