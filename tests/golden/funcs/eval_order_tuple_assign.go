package main

import "fmt"

var b int

func inc() int { b += 10; return b }

type P struct{ x, y int }

func main() {
	a := 0
	a, b = b, inc()
	fmt.Println(a, b)
	p := &P{1, 2}
	mv := func() int { p.x = 50; return 7 }
	p.x, p.y = p.y, p.x+mv()
	fmt.Println(*p)
	s := []int{1, 2, 3}
	i := 0
	next := func() int { i++; return i }
	s[i], s[next()] = 100, 200
	fmt.Println(s, i)
	m := map[string]int{}
	key := "a"
	setk := func() int { key = "b"; return 1 }
	m[key] = setk()
	fmt.Println(m)
}
