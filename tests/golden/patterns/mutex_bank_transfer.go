package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type Bank struct {
	mu       sync.Mutex
	accounts map[string]int
	failed   int
}

func (b *Bank) Transfer(from, to string, amt int) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.accounts[from] < amt {
		b.failed++
		return ErrInsufficient
	}
	b.accounts[from] -= amt
	b.accounts[to] += amt
	return nil
}

func main() {
	b := &Bank{accounts: map[string]int{"a": 1000, "b": 1000, "c": 1000}}
	names := []string{"a", "b", "c"}
	var wg sync.WaitGroup
	for i := 0; i < 300; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			b.Transfer(names[i%3], names[(i+1)%3], 7)
		}(i)
	}
	wg.Wait()
	total := 0
	for _, n := range names {
		total += b.accounts[n]
	}
	fmt.Println(total, b.failed, b.accounts)
	fmt.Println(b.Transfer("a", "b", 5000))
}
