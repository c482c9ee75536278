package main

import (
	"fmt"
	"strconv"
)

type C struct{ x int }

func (c *C) Start() func() int {
	return func() int { c.x++; return c.x }
}

func (c C) Snapshot() func() int {
	return func() int { c.x += 10; return c.x }
}

func pair() (int, string) { return 4, "four" }

func main() {
	n, s := pair()
	v, err := strconv.Atoi("12")
	show := func() { fmt.Println(n, s, v, err) }
	n, s = 5, "five"
	v, err = strconv.Atoi("x")
	show()
	m := map[string]int{"a": 1}
	if val, ok := m["a"]; ok {
		inc := func() { val++ }
		inc()
		fmt.Println("val", val, ok)
	}
	switch k := len(m); {
	case k > 0:
		f := func() int { k *= 3; return k }
		fmt.Println(f(), k)
	}
	var arr [3]int
	setter := func(i, x int) { arr[i] = x }
	setter(1, 7)
	fmt.Println(arr)
	st := struct{ a, b int }{1, 2}
	swap := func() { st.a, st.b = st.b, st.a }
	swap()
	fmt.Println(st)
	c := &C{}
	next := c.Start()
	next()
	fmt.Println(next(), c.x)
	snap := c.Snapshot()
	fmt.Println(snap(), snap(), c.x)
	var fs [3]func() string
	for i := range fs {
		j := i
		fs[i] = func() string { return strconv.Itoa(j * j) }
	}
	fmt.Println(fs[0](), fs[1](), fs[2]())
	counter := 0
	var rec func(int)
	rec = func(d int) {
		counter++
		if d > 0 {
			rec(d - 1)
			rec(d - 1)
		}
	}
	rec(4)
	fmt.Println(counter)
}
