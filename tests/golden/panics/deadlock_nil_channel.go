package main

import "fmt"

func main() {
	var c chan int
	fmt.Println("receiving from a nil channel blocks forever")
	<-c
}
