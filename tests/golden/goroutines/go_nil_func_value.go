package main

import "fmt"

func main() {
	defer fmt.Println("deferred runs")
	var f func()
	go f()
	select {}
}
