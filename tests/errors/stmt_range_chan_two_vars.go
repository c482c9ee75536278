package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 1
	close(ch)
	for i, v := range ch { // ERROR "range over ch \(variable of type chan int\) permits only one"
		fmt.Println(i, v)
	}
}
