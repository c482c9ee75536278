package main

import "fmt"

func main() {
	ch := make(chan int)
	var recv <-chan int = ch
	var send chan<- int = recv // ERROR "cannot use recv \(variable of type <-chan int\) as type"
	fmt.Println(send)
}
