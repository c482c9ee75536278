package main

import (
	"fmt"
	"sync"
)

type Order struct {
	ID    int
	Items int
}

func producer(n int, out chan<- Order, done <-chan struct{}) {
	defer close(out)
	for i := 1; i <= n; i++ {
		select {
		case out <- Order{i, i % 4}:
		case <-done:
			return
		}
	}
}

func main() {
	orders := make(chan Order)
	done := make(chan struct{})
	var mu sync.Mutex
	perConsumer := map[int]int{}
	totalItems := 0
	var wg sync.WaitGroup
	go producer(30, orders, done)
	for c := 0; c < 3; c++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for o := range orders {
				mu.Lock()
				perConsumer[id]++
				totalItems += o.Items
				mu.Unlock()
			}
		}(c)
	}
	wg.Wait()
	sum := 0
	for _, v := range perConsumer {
		sum += v
	}
	fmt.Println("orders:", sum, "items:", totalItems)
	close(done)
	orders2 := make(chan Order)
	done2 := make(chan struct{})
	go producer(100, orders2, done2)
	for i := 0; i < 5; i++ {
		o := <-orders2
		fmt.Println("took", o.ID)
	}
	close(done2)
	for range orders2 {
	}
	fmt.Println("producer stopped")
}
