package main

import (
	"fmt"
	"sync"
)

type Order struct {
	ID    int
	Items int
}

func producer(n int, out chan<- Order) {
	defer close(out)
	for i := 1; i <= n; i++ {
		out <- Order{i, i % 4}
	}
}

func consumer(id int, in <-chan Order, totals []int, wg *sync.WaitGroup) {
	defer wg.Done()
	for o := range in {
		totals[id] += o.Items
	}
}

func main() {
	orders := make(chan Order, 4)
	go producer(20, orders)
	totals := make([]int, 3)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go consumer(i, orders, totals, &wg)
	}
	wg.Wait()
	sum := 0
	for _, t := range totals {
		sum += t
	}
	fmt.Println("total items", sum)
	nums := make(chan int)
	squares := make(chan int)
	go func() {
		for i := 0; i < 5; i++ {
			nums <- i
		}
		close(nums)
	}()
	go func() {
		for n := range nums {
			squares <- n * n
		}
		close(squares)
	}()
	for s := range squares {
		fmt.Print(s, " ")
	}
	fmt.Println()
	_, ok := <-squares
	fmt.Println("ok after close:", ok)
}
