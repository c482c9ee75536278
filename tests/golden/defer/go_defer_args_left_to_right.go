package main

import (
	"fmt"
	"sync"
)

var x int

func bump() int { x++; return x }

func main() {
	defer fmt.Println("deferred", x, bump(), x)
	var wg sync.WaitGroup
	wg.Add(1)
	go func(a, b int) {
		defer wg.Done()
		fmt.Println("go", a, b)
	}(x, bump())
	wg.Wait()
	fmt.Println("main", x)
}
