package main

import "fmt"

type Counter interface {
	Inc()
	Value() int
}

type ValCounter struct{ n int }

func (c ValCounter) Value() int { return c.n }
func (c *ValCounter) Inc()      { c.n++ }

type Bumper interface{ Bump() int }

type Num int

func (n Num) Bump() int { return int(n) + 1 }

func main() {
	vc := ValCounter{}
	var c Counter = &vc
	c.Inc()
	c.Inc()
	fmt.Println(c.Value(), vc.n)
	var b Bumper = Num(5)
	fmt.Println(b.Bump())
	n := Num(10)
	b = n
	n = 20
	fmt.Println(b.Bump(), n.Bump())
	s := struct{ x int }{1}
	var i interface{} = s
	s.x = 2
	fmt.Println(i, s)
	arr := [2]int{1, 2}
	var ai interface{} = arr
	arr[0] = 100
	fmt.Println(ai, arr)
	sl := []int{1, 2}
	var si interface{} = sl
	sl[0] = 100
	fmt.Println(si, sl)
	var bp Bumper = &n
	n = 41
	fmt.Println(bp.Bump())
}
