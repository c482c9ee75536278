package main

import "fmt"

type I interface{ M() }

func main() {
	var i I
	defer fmt.Println("deferred runs")
	go i.M()
	select {}
}
