package main

import "fmt"

type Matrix [3][3]int

func (m Matrix) Transpose() Matrix {
	var t Matrix
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func main() {
	var a [5]int
	a[2] = 7
	fmt.Println(a, len(a))
	b := [...]string{"x", "y", "z"}
	fmt.Println(b, len(b))
	c := [5]int{1: 10, 3: 30}
	fmt.Println(c)
	d := c
	d[0] = 99
	fmt.Println(c[0], d[0])
	orig := [4]int{1, 2, 3, 4}
	fmt.Println(double(orig), orig)
	m := Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(m.Transpose())
	fmt.Println(m == m.Transpose().Transpose())
	p := &orig
	p[0] = 100
	fmt.Println(orig, len(p))
	s := orig[1:3]
	s[0] = -2
	fmt.Println(orig, s)
	var grid [2][3]string
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = fmt.Sprintf("%d%d", i, j)
		}
	}
	fmt.Println(grid)
	idx := [...]int{5: 1, 2, 0: 9}
	fmt.Println(idx, len(idx))
}
