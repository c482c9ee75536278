package main

import (
	"fmt"
	"sync"
)

type Barrier struct {
	mu      sync.Mutex
	cond    *sync.Cond
	n       int
	arrived int
	gen     int
}

func NewBarrier(n int) *Barrier {
	b := &Barrier{n: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *Barrier) Wait() {
	b.mu.Lock()
	defer b.mu.Unlock()
	gen := b.gen
	b.arrived++
	if b.arrived == b.n {
		b.arrived = 0
		b.gen++
		b.cond.Broadcast()
		return
	}
	for gen == b.gen {
		b.cond.Wait()
	}
}

func main() {
	const workers = 4
	b := NewBarrier(workers)
	var mu sync.Mutex
	phases := make([][]int, 3)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for p := 0; p < 3; p++ {
				mu.Lock()
				phases[p] = append(phases[p], w)
				mu.Unlock()
				b.Wait()
			}
		}(w)
	}
	wg.Wait()
	for p, ws := range phases {
		fmt.Println("phase", p, "arrivals", len(ws))
	}
	fmt.Println("generations", b.gen)
	var ready bool
	var m sync.Mutex
	c := sync.NewCond(&m)
	done := make(chan bool)
	go func() {
		m.Lock()
		for !ready {
			c.Wait()
		}
		m.Unlock()
		done <- true
	}()
	m.Lock()
	ready = true
	c.Signal()
	m.Unlock()
	fmt.Println("signalled:", <-done)
}
