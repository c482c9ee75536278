package main

import "fmt"

type Key struct{ A, B int }

type Op interface{ Apply(int) int }

type Add int
type Mul int

func (a Add) Apply(x int) int { return x + int(a) }
func (m Mul) Apply(x int) int { return x * int(m) }

func main() {
	var a, b interface{} = 1, 1
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b)
	a, b = "x", "x"
	fmt.Println(a == b)
	a, b = Key{1, 2}, Key{1, 2}
	fmt.Println(a == b)
	a = 1.0
	b = 1
	fmt.Println(a == b)
	var o1, o2 Op = Add(2), Add(2)
	fmt.Println(o1 == o2, o1 == Op(Mul(2)))
	seen := map[Op]bool{}
	for _, op := range []Op{Add(1), Mul(2), Add(1), Mul(3), Mul(2)} {
		seen[op] = true
	}
	fmt.Println(len(seen))
	x := 5
	for _, op := range []Op{Add(3), Mul(2), Add(-1)} {
		x = op.Apply(x)
	}
	fmt.Println(x)
	var n1, n2 interface{}
	fmt.Println(n1 == n2)
	var p1, p2 interface{} = &x, &x
	fmt.Println(p1 == p2)
	arr1, arr2 := interface{}([2]int{1, 2}), interface{}([2]int{1, 2})
	fmt.Println(arr1 == arr2)
	fmt.Println(interface{}(nil) == nil, a != nil)
}
