package main

import (
	"fmt"
	"strings"
)

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, fmt.Sprintf("%d:%s->%s", n, from, to))
	hanoi(n-1, via, to, from, moves)
}

func permutations(s []rune, k int, out *[]string) {
	if k == len(s) {
		*out = append(*out, string(s))
		return
	}
	for i := k; i < len(s); i++ {
		s[k], s[i] = s[i], s[k]
		permutations(s, k+1, out)
		s[k], s[i] = s[i], s[k]
	}
}

func nqueens(n int) (int, []int) {
	cols := make([]int, n)
	count := 0
	var first []int
	var place func(row int)
	place = func(row int) {
		if row == n {
			count++
			if first == nil {
				first = append([]int{}, cols...)
			}
			return
		}
		for c := 0; c < n; c++ {
			ok := true
			for r := 0; r < row; r++ {
				d := cols[r] - c
				if d == 0 || d == row-r || d == r-row {
					ok = false
					break
				}
			}
			if ok {
				cols[row] = c
				place(row + 1)
			}
		}
	}
	place(0)
	return count, first
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func main() {
	var moves []string
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println(len(moves), strings.Join(moves[:7], " "))
	var perms []string
	permutations([]rune("abc"), 0, &perms)
	fmt.Println(perms)
	for n := 4; n <= 8; n++ {
		c, f := nqueens(n)
		fmt.Println(n, c, f)
	}
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	var fact func(int) uint64
	fact = func(n int) uint64 {
		if n <= 1 {
			return 1
		}
		return uint64(n) * fact(n-1)
	}
	fmt.Println(fact(20), fact(21))
	var depth func(int) int
	depth = func(n int) int {
		if n == 0 {
			return 0
		}
		return 1 + depth(n-1)
	}
	fmt.Println(depth(100000))
}
