package main

import "fmt"

var n int

func next() int { n++; return n }

func pair() (int, int) { return n, next() }

type T struct{ a, b int }

func main() {
	fmt.Println(pair())
	a, b := n, next()
	fmt.Println(a, b)
	t := T{n, next()}
	fmt.Println(t)
	arr := []int{n, next(), n}
	fmt.Println(arr)
	m := map[string]int{"x": n, "y": next()}
	fmt.Println(m)
	s := fmt.Sprint(n) + fmt.Sprint(next())
	fmt.Println(s)
	x := n*10 + next()
	fmt.Println(x)
	var c int
	c = n + next()
	fmt.Println(c)
	if n < next() {
		fmt.Println("lt")
	} else {
		fmt.Println("ge")
	}
}
