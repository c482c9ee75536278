package main

import (
	"fmt"
	"sync"
)

func worker(id int, wg *sync.WaitGroup) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("worker", id, "saw:", r)
			panic(r)
		}
	}()
	if id == 2 {
		var data []int
		_ = data[id]
	}
	fmt.Println("worker", id, "ok")
	wg.Done()
}

func main() {
	var wg sync.WaitGroup
	for id := 0; id < 3; id++ {
		wg.Add(1)
		worker(id, &wg) // run in order first: 0 and 1 finish, 2 panics in a goroutine below
		if id == 1 {
			break
		}
	}
	wg.Wait()
	wg.Add(1)
	go worker(2, &wg)
	wg.Wait()
}
