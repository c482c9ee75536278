package main

import (
	"fmt"
	"sync"
)

type Fork struct{ sync.Mutex }

type Philosopher struct {
	id          int
	left, right *Fork
	meals       int
}

func (p *Philosopher) dine(rounds int, wg *sync.WaitGroup, host chan struct{}) {
	defer wg.Done()
	for i := 0; i < rounds; i++ {
		host <- struct{}{}
		p.left.Lock()
		p.right.Lock()
		p.meals++
		p.right.Unlock()
		p.left.Unlock()
		<-host
	}
}

func main() {
	const n = 5
	forks := make([]*Fork, n)
	for i := range forks {
		forks[i] = new(Fork)
	}
	phils := make([]*Philosopher, n)
	for i := 0; i < n; i++ {
		phils[i] = &Philosopher{id: i + 1, left: forks[i], right: forks[(i+1)%n]}
	}
	host := make(chan struct{}, 2)
	var wg sync.WaitGroup
	for _, p := range phils {
		wg.Add(1)
		go p.dine(3, &wg, host)
	}
	wg.Wait()
	total := 0
	for _, p := range phils {
		fmt.Printf("philosopher %d ate %d meals\n", p.id, p.meals)
		total += p.meals
	}
	fmt.Println("total", total)
}
