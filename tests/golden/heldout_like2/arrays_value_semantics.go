package main

import "fmt"

type Grid [3][3]int

func (g Grid) Set(r, c, v int) Grid {
	g[r][c] = v
	return g
}

func (g *Grid) SetP(r, c, v int) { g[r][c] = v }

func modify(a [4]int) { a[0] = 100 }
func modifyP(a *[4]int) { a[0] = 100 }

type Holder struct {
	Arr [2]string
	Sl  []string
}

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[1] = 20
	modify(a)
	fmt.Println(a, b)
	modifyP(&a)
	fmt.Println(a, a == [4]int{100, 2, 3, 4}, a != b)
	var g Grid
	g2 := g.Set(1, 1, 5)
	g.SetP(0, 0, 9)
	fmt.Println(g, g2)
	h1 := Holder{[2]string{"a", "b"}, []string{"x", "y"}}
	h2 := h1
	h2.Arr[0] = "A"
	h2.Sl[0] = "X"
	fmt.Println(h1, h2)
	arrs := [][2]int{{1, 2}, {3, 4}}
	for _, ar := range arrs {
		ar[0] = 0
	}
	fmt.Println(arrs)
	for i := range arrs {
		arrs[i][0] = 0
	}
	fmt.Println(arrs)
	m := map[string][2]int{"k": {1, 1}}
	v := m["k"]
	v[0] = 7
	fmt.Println(m, v)
	s := a[1:3]
	s[0] = -2
	fmt.Println(a, s, len(s), cap(s))
	pa := &a
	for i, x := range pa {
		pa[3] = 44
		if i == 3 {
			fmt.Println("range over ptr sees", x)
		}
	}
	c := a
	for i, x := range c {
		c[3] = 55
		if i == 3 {
			fmt.Println("range over array copy sees", x)
		}
	}
	fmt.Println(len([5]int{}), [...]string{2: "c", 0: "a"})
	type pair struct{ k [2]int }
	set := map[pair]bool{{[2]int{1, 2}}: true}
	fmt.Println(set[pair{[2]int{1, 2}}], set[pair{}])
}
