package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
	History []int
}

func (a *Account) Deposit(n int) {
	a.Balance += n
	a.History = append(a.History, n)
}

func (a *Account) Withdraw(n int) bool {
	if n > a.Balance {
		return false
	}
	a.Balance -= n
	a.History = append(a.History, -n)
	return true
}

func (a Account) Summary() string {
	return fmt.Sprintf("%s: %d (%d ops)", a.Owner, a.Balance, len(a.History))
}

func (a Account) TryDeposit(n int) {
	a.Balance += n
}

func main() {
	acc := Account{Owner: "ann"}
	acc.Deposit(100)
	fmt.Println(acc.Withdraw(30), acc.Withdraw(500))
	acc.TryDeposit(1000)
	fmt.Println(acc.Summary())
	fmt.Println(acc.History)
	p := &acc
	p.Deposit(5)
	fmt.Println(p.Summary())
	accounts := map[string]*Account{"bob": {Owner: "bob"}}
	accounts["bob"].Deposit(7)
	fmt.Println(accounts["bob"].Summary())
	list := []Account{{Owner: "x"}, {Owner: "y"}}
	list[1].Deposit(3)
	for _, a := range list {
		fmt.Println(a.Summary())
	}
}
