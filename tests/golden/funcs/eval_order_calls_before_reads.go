package main

import "fmt"

type S struct{ a, b int }

var g int
var gs S
var gp *int
var gb bool
var gstr string
var sl []int

func incG() int     { g++; return g }
func setS() int     { gs.a = 99; return 1 }
func setP() int     { x := 5; gp = &x; return 2 }
func setB() int     { gb = true; return 3 }
func setStr() int   { gstr = "new"; return 4 }
func grow() int     { sl = append(sl, 7); return 5 }
func idx() int      { return 0 }
func bump(p *int) int { *p += 10; return *p }

type C struct{ n int }

func (c *C) Inc() int { c.n++; return c.n }

func main() {
	fmt.Println(g, incG())
	fmt.Println(gs, setS())
	fmt.Println(gp == nil, setP())
	fmt.Println(gb, setB())
	fmt.Println(gstr, setStr())
	fmt.Println(len(sl), sl, grow())
	x := 1
	fmt.Println(x, bump(&x))
	y := g + incG()
	fmt.Println(y)
	z := []int{g, incG()}
	fmt.Println(z)
	var c C
	fmt.Println(c.n, c.Inc(), c)
	m := map[string]int{"a": 1}
	h := func() int { m["a"] = 50; return 0 }
	fmt.Println(m["a"], h())
	arr := [3]int{1, 2, 3}
	k := func() int { arr[0] = 100; return 0 }
	fmt.Println(arr[0], arr, k())
	g = 0
	g += incG()
	fmt.Println(g)
	w := 3
	pw := &w
	fmt.Println(*pw, bump(pw), w)
	q := fmt.Sprint(g, incG()) + fmt.Sprint(g)
	fmt.Println(q)
	r := g*10 + incG()
	fmt.Println(r)
	fmt.Println(g > 3 && incG() > 0, g)
}
