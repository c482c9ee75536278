package main

import (
	"fmt"
	"strings"
)

type Account struct {
	Balance int
	History []string
}

func makeOps(a *Account) (deposit func(int), withdraw func(int) bool, report func() string) {
	deposit = func(n int) {
		a.Balance += n
		a.History = append(a.History, fmt.Sprintf("+%d", n))
	}
	withdraw = func(n int) bool {
		if n > a.Balance {
			a.History = append(a.History, fmt.Sprintf("!%d", n))
			return false
		}
		a.Balance -= n
		a.History = append(a.History, fmt.Sprintf("-%d", n))
		return true
	}
	report = func() string {
		return fmt.Sprintf("balance=%d [%s]", a.Balance, strings.Join(a.History, " "))
	}
	return
}

func adder() func(int) int {
	sum := 0
	return func(x int) int {
		sum += x
		return sum
	}
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func main() {
	acc := &Account{}
	dep, wd, rep := makeOps(acc)
	dep(100)
	fmt.Println(wd(30), wd(100))
	dep(5)
	fmt.Println(rep())
	pos, neg := adder(), adder()
	for i := 0; i < 5; i++ {
		fmt.Println(pos(i), neg(-2*i))
	}
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))
	counter := 0
	incr := func() { counter++ }
	for i := 0; i < 3; i++ {
		incr()
	}
	fmt.Println(counter)
	x := 1
	func() {
		x := 2
		x++
		_ = x
	}()
	fmt.Println(x)
	gen := func(start int) func() (int, bool) {
		return func() (int, bool) {
			if start <= 0 {
				return 0, false
			}
			start--
			return start + 1, true
		}
	}(3)
	for v, ok := gen(); ok; v, ok = gen() {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
