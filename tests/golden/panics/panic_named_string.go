package main

import "fmt"

type Reason string

func charge(balance, amount int) int {
	if amount > balance {
		panic(Reason("quota exceeded"))
	}
	return balance - amount
}

func main() {
	b := 10
	b = charge(b, 4)
	fmt.Println("balance", b)
	b = charge(b, 7)
	fmt.Println("balance", b)
}
