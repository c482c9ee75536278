package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	countA, countB := 0, 0
	for i := 0; i < 2000; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			countA++
			<-b
		case <-b:
			countB++
			<-a
		}
	}
	fmt.Println("total:", countA+countB)
	fmt.Println("both cases chosen often:", countA > 500 && countB > 500)
}
