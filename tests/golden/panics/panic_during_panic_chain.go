package main

import "fmt"

func closeAll(names ...string) {
	for _, n := range names {
		fmt.Println("closing", n)
	}
	panic("close failed")
}

func main() {
	defer closeAll("db", "cache")
	defer fmt.Println("deferred print runs first")
	fmt.Println("working")
	panic("work failed")
}
