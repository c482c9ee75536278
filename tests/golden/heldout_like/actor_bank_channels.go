package main

import (
	"fmt"
	"sync"
)

type request struct {
	kind   string
	amount int
	reply  chan response
}

type response struct {
	balance int
	err     error
}

func bank(reqs <-chan request) {
	balance := 0
	for r := range reqs {
		switch r.kind {
		case "deposit":
			balance += r.amount
			r.reply <- response{balance, nil}
		case "withdraw":
			if r.amount > balance {
				r.reply <- response{balance, fmt.Errorf("cannot withdraw %d, balance %d", r.amount, balance)}
				continue
			}
			balance -= r.amount
			r.reply <- response{balance, nil}
		case "balance":
			r.reply <- response{balance, nil}
		}
	}
}

func call(reqs chan<- request, kind string, amount int) response {
	reply := make(chan response)
	reqs <- request{kind, amount, reply}
	return <-reply
}

func main() {
	reqs := make(chan request)
	go bank(reqs)
	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			call(reqs, "deposit", n*10)
		}(i)
	}
	wg.Wait()
	fmt.Println("balance:", call(reqs, "balance", 0).balance)
	r := call(reqs, "withdraw", 1000)
	fmt.Println(r.balance, r.err)
	r = call(reqs, "withdraw", 50)
	fmt.Println(r.balance, r.err)
	close(reqs)
}
