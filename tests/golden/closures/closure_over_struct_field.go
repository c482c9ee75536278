package main

import "fmt"

type Account struct {
	Name    string
	Balance int
	log     []string
}

func (a *Account) Op(kind string) func(int) {
	return func(n int) {
		switch kind {
		case "dep":
			a.Balance += n
		case "wd":
			a.Balance -= n
		}
		a.log = append(a.log, fmt.Sprintf("%s:%d", kind, n))
	}
}

func main() {
	acc := &Account{Name: "ann"}
	dep := acc.Op("dep")
	wd := acc.Op("wd")
	dep(100)
	wd(30)
	dep(5)
	fmt.Println(acc.Name, acc.Balance, acc.log)

	v := Account{Name: "copy", Balance: 1}
	snapshot := v
	bump := func() { v.Balance *= 10 }
	bump()
	bump()
	fmt.Println(v.Balance, snapshot.Balance)

	arr := [3]int{1, 2, 3}
	setArr := func(i, x int) { arr[i] = x }
	setArr(1, 20)
	fmt.Println(arr)
}
