package main

import (
	"fmt"
	"sync"
)

type job struct{ data []int }

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	fmt.Println("start")
	go func() {
		j := job{}
		fmt.Println(j.data[5])
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("unreachable")
}
