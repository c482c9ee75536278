package main

import "fmt"

func layered() (msg string) {
	defer func() {
		r := recover()
		msg = fmt.Sprint("final recover: ", r)
	}()
	defer func() {
		panic("second panic from defer")
	}()
	defer fmt.Println("plain defer still runs")
	panic("first panic")
}

func cleanupOrder() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	for i := 0; i < 3; i++ {
		defer func(n int) {
			fmt.Println("cleanup", n)
		}(i)
	}
	panic("stop")
}

func main() {
	fmt.Println(layered())
	cleanupOrder()
	fmt.Println("main continues")
}
