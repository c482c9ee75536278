package main

import "fmt"

func main() {
	ch := make(chan int)
	x := 1
	fmt.Println(x, len(ch))
	select {
	case x > 0: // ERROR "select case must be send or receive \(possibly with"
		fmt.Println(<-ch)
	}
}
