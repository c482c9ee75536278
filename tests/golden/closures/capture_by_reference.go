package main

import "fmt"

func main() {
	x := 1
	show := func() { fmt.Println("x =", x) }
	show()
	x = 2
	show()
	inc := func() { x++ }
	inc()
	inc()
	show()

	s := []int{1, 2, 3}
	appendTo := func(v int) { s = append(s, v) }
	appendTo(4)
	appendTo(5)
	fmt.Println(s, len(s))

	m := map[string]int{}
	add := func(k string) { m[k]++ }
	add("a")
	add("b")
	add("a")
	fmt.Println(m)

	var p *int
	setp := func() { v := 42; p = &v }
	setp()
	fmt.Println(*p)
}
