package main

import (
	"errors"
	"fmt"
	"sync"
)

type Bank struct {
	mu       sync.Mutex
	accounts map[string]int
}

var ErrInsufficient = errors.New("insufficient funds")

func (b *Bank) Transfer(from, to string, amount int) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.accounts[from] < amount {
		return ErrInsufficient
	}
	b.accounts[from] -= amount
	b.accounts[to] += amount
	return nil
}

func (b *Bank) Total() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	t := 0
	for _, v := range b.accounts {
		t += v
	}
	return t
}

func main() {
	b := &Bank{accounts: map[string]int{"a": 1000, "b": 1000, "c": 1000}}
	names := []string{"a", "b", "c"}
	var wg sync.WaitGroup
	var failMu sync.Mutex
	failures := 0
	for i := 0; i < 300; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			from, to := names[i%3], names[(i+1)%3]
			if err := b.Transfer(from, to, 7); err != nil {
				failMu.Lock()
				failures++
				failMu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("total:", b.Total(), "failures:", failures)
	fmt.Println(b.accounts)
	fmt.Println(b.Transfer("a", "b", 5000))
}
