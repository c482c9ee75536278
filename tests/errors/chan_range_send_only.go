package main

import "fmt"

func listen(ch chan<- int) {
	for v := range ch { // ERROR "cannot range over ch \(variable of type chan<- int\) \(receive"
		fmt.Println(v)
	}
}

func main() {
	listen(make(chan int))
}
