package main

import "fmt"

type Account struct{ balance int }

func (a *Account) Deposit(n int) { a.balance += n }

func main() {
	acc := &Account{}
	acc.Deposit(10, 20) // ERROR "too many arguments in call to acc.Deposit"
	fmt.Println(acc.balance)
}
