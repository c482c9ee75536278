package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 1
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		ch <- 5
	}()
	close(ch)
}
