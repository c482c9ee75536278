package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ok := ch <- 1 // ERROR "syntax error: unexpected <- at end of statement"
	fmt.Println(ok)
}
