package main

import (
	"fmt"
	"strings"
)

var s []int
var log []string

func add(v int) int { s = append(s, v*100); return v }
func note(m string) string { log = append(log, m); return m }

type Acc struct{ total int }

func (a *Acc) Add(n int) *Acc { a.total += n; return a }
func (a Acc) Get() int        { return a.total }

func two() (int, int) { return 1, 2 }

func main() {
	s = append(s, add(1))
	fmt.Println(s)
	s = append(s, add(2), add(3))
	fmt.Println(s)
	str := note("a") + note("b") + strings.Join(log, ",")
	fmt.Println(str)
	a := &Acc{}
	fmt.Println(a.Add(1).Add(2).Get(), a.total, a.Add(10).total)
	m := map[string]int{}
	m["x"] = len(m) + func() int { m["y"] = 1; return 0 }()
	fmt.Println(m["x"], len(m))
	var arr [3]int
	idx := 0
	next := func() int { idx++; return idx }
	arr[idx] = next()
	fmt.Println(arr, idx)
	x, y := two()
	fmt.Println(x, y)
	fmt.Println(two())
	k := 0
	inc := func() int { k++; return k }
	fmt.Println(k+inc(), k*10+inc(), k)
	res := []int{k, inc(), k}
	fmt.Println(res)
	type P struct{ a, b int }
	p := P{k, inc()}
	fmt.Println(p)
	pp := &P{k, inc()}
	fmt.Println(*pp)
	var ifs []interface{}
	ifs = append(ifs, k, inc(), k)
	fmt.Println(ifs...)
	q := k
	q += inc() + k
	fmt.Println(q)
	ch := make(chan int, 2)
	ch <- k + inc()
	fmt.Println(<-ch)
	fmt.Println(k == inc(), k)
}
