package main

import "fmt"

type I interface{ Name(int) string }
type A struct{ n string }

func (a A) Name(x int) string { return fmt.Sprint(a.n, x) }

type H struct{ cur I }

func main() {
	var i I = A{"first"}
	swap := func() int { i = A{"second"}; return 1 }
	fmt.Println(i.Name(swap()))
	h := &H{A{"x"}}
	sw := func() int { h.cur = A{"y"}; return 2 }
	fmt.Println(h.cur.Name(sw()))
	fs := []func(int) int{func(x int) int { return x + 1 }}
	k := 0
	chg := func() int { fs[0] = func(x int) int { return x * 100 }; k++; return 3 }
	fmt.Println(fs[k](chg()))
	a := A{"val"}
	ch := func() int { a.n = "changed"; return 4 }
	fmt.Println(a.Name(ch()))
}
