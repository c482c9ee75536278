package main

import "fmt"

type Matrix [2][2]int

func (m Matrix) Mul(o Matrix) (r Matrix) {
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return
}

func modify(a [3]int)     { a[0] = 100 }
func modifyPtr(a *[3]int) { a[0] = 100 }

func main() {
	x := [3]int{1, 2, 3}
	modify(x)
	fmt.Println(x)
	modifyPtr(&x)
	fmt.Println(x)
	y := x
	y[1] = 50
	fmt.Println(x, y, x == y)
	fib := Matrix{{1, 1}, {1, 0}}
	r := Matrix{{1, 0}, {0, 1}}
	for i := 0; i < 10; i++ {
		r = r.Mul(fib)
	}
	fmt.Println(r, r[0][1])
	for i, v := range x {
		x[2] = 999
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(x)
	grid := [3][3]rune{}
	grid[1][1] = 'x'
	fmt.Println(len(grid), len(grid[0]), grid[1])
}
