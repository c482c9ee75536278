package main

import (
	"fmt"
	"sync"
)

type Account struct {
	ID      int
	mu      sync.Mutex
	Balance int
}

func transfer(from, to *Account, amt int) bool {
	first, second := from, to
	if to.ID < from.ID {
		first, second = to, from
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if from.Balance < amt {
		return false
	}
	from.Balance -= amt
	to.Balance += amt
	return true
}

func main() {
	accts := []*Account{{ID: 1, Balance: 500}, {ID: 2, Balance: 500}, {ID: 3, Balance: 500}}
	var wg sync.WaitGroup
	var mu sync.Mutex
	failed := 0
	for i := 0; i < 90; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			from := accts[i%3]
			to := accts[(i+1)%3]
			if !transfer(from, to, 10+i%7) {
				mu.Lock()
				failed++
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	total := 0
	for _, a := range accts {
		total += a.Balance
	}
	fmt.Println("total preserved:", total == 1500, "failed:", failed)
	fmt.Println(transfer(accts[0], accts[1], 10000))
}
