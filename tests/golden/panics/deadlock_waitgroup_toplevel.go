package main

import (
	"fmt"
	"sync"
)

func work(id int, wg *sync.WaitGroup) {
	if id != 2 {
		wg.Done()
	}
}

func main() {
	var wg sync.WaitGroup
	fmt.Println("starting 3 workers; worker 2 forgets Done")
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go work(i, &wg)
	}
	wg.Wait()
	fmt.Println("unreachable")
}
