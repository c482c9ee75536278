package main

import "fmt"

type P struct{ A, B int }

type Q struct{ items []int }

func (q *Q) Pop() int {
	v := q.items[len(q.items)-1]
	q.items = q.items[:len(q.items)-1]
	return v
}

var g = 1

func bump() int { g++; return g }

func show(a int, b int, c string) { fmt.Println(a, b, c) }

func main() {
	x := 0
	inc := func() int { x++; return x }
	fmt.Println(x, inc(), x)
	p := P{1, 2}
	mod := func() int { p.A = 100; return 0 }
	fmt.Println(p, p.A, mod())
	m := map[string]int{"a": 1}
	setm := func() int { m["a"] = 50; return 0 }
	fmt.Println(m["a"], setm(), m["a"])
	q := &Q{[]int{1, 2, 3}}
	fmt.Println(len(q.items), q.Pop(), q.items, q.items[0])
	s := "abc"
	sets := func() string { s = "xyz"; return s }
	fmt.Println(s, sets(), s+"!", len(s))
	fmt.Println(g, bump(), g*10, -g)
	show(g, bump(), fmt.Sprint(g))
	arr := [2]int{1, 2}
	seta := func() int { arr[0] = 9; return 0 }
	fmt.Println(arr, arr[0], seta())
	ptr := &p
	setp := func() int { ptr = &P{7, 7}; return 0 }
	fmt.Println(ptr.A, setp(), *ptr)
	var e error
	sete := func() int { e = fmt.Errorf("boom"); return 0 }
	fmt.Println(e, sete())
	y := 5
	fmt.Printf("%d %d %d\n", y, func() int { y = 6; return y }(), y)
	z := 1.5
	fmt.Println(z, func() int { z = 2.5; return 0 }())
	b := true
	fmt.Println(b, func() int { b = false; return 0 }(), !b)
	ch := make(chan int, 1)
	ch <- 3
	w := 0
	fmt.Println(w, <-ch+func() int { w = 4; return 0 }())
	fmt.Println(x+1, inc())
}
