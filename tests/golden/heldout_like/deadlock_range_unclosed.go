package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			ch <- n * 10
		}(i)
	}
	sum := 0
	for v := range ch {
		sum += v
		fmt.Println("got a value; sum so far has", len(fmt.Sprint(sum)), "digits")
	}
	wg.Wait()
	fmt.Println(sum)
}
