package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	close(ch)
	fmt.Println(len(ch))
	for i := 0; i < 4; i++ {
		v, ok := <-ch
		fmt.Printf("%q %v %d\n", v, ok, len(ch))
	}
	var nilCh chan int
	fmt.Println(len(nilCh), cap(nilCh))
	unbuf := make(chan bool)
	fmt.Println(len(unbuf), cap(unbuf))
	done := make(chan struct{})
	close(done)
	<-done
	<-done
	fmt.Println("closed channel never blocks")
	ints := make(chan int, 5)
	for i := 0; i < 5; i++ {
		ints <- i * i
	}
	close(ints)
	sum := 0
	for v := range ints {
		sum += v
	}
	fmt.Println(sum)
}
