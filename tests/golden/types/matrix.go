package main

import "fmt"

type Matrix [][]float64

func NewMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := NewMatrix(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := NewMatrix(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			for k := range b {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out
}

func (a Matrix) Print() {
	for _, row := range a {
		for j, v := range row {
			if j > 0 {
				fmt.Print(" ")
			}
			fmt.Printf("%6.2f", v)
		}
		fmt.Println()
	}
}

func main() {
	a := Matrix{{1, 2}, {3, 4}}
	b := Matrix{{0.5, -1}, {1.5, 2}}
	a.Mul(b).Print()
	fmt.Println()
	a.Mul(Identity(2)).Print()
	fib := Matrix{{1, 1}, {1, 0}}
	r := Identity(2)
	for i := 0; i < 30; i++ {
		r = r.Mul(fib)
	}
	fmt.Println(r[0][1])
	fmt.Println(NewMatrix(2, 3))
}
