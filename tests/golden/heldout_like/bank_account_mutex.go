package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	mu      sync.Mutex
	id      int
	balance int64
	history []string
}

func (a *Account) Deposit(n int64) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
	a.history = append(a.history, fmt.Sprintf("dep %d", n))
}

func (a *Account) Withdraw(n int64) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.balance < n {
		return fmt.Errorf("account %d: withdraw %d: %w", a.id, n, ErrInsufficient)
	}
	a.balance -= n
	return nil
}

func (a *Account) Balance() int64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func main() {
	acc := &Account{id: 7}
	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			acc.Deposit(int64(n))
		}(i)
	}
	wg.Wait()
	fmt.Println("balance:", acc.Balance())
	fmt.Println("history entries:", len(acc.history))
	var failures int
	var mu sync.Mutex
	for i := 0; i < 60; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := acc.Withdraw(100); err != nil {
				mu.Lock()
				failures++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("after withdrawals:", acc.Balance(), "failures:", failures)
	err := acc.Withdraw(1000)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrInsufficient))
}
