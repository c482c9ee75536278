package main

import "fmt"

type Q struct{ items []int }

func (q *Q) Pop() int {
	v := q.items[0]
	q.items = q.items[1:]
	return v
}

var n int

func step() int { n++; return n }

func main() {
	q := &Q{[]int{1, 2, 3, 4, 5, 6}}
	for len(q.items) > q.Pop() {
		fmt.Println("left", len(q.items))
	}
	for i := 0; n < step()+i; i++ {
		if i > 3 {
			break
		}
		fmt.Println("i", i, n)
	}
	if n == step()-1 {
		fmt.Println("late n", n)
	}
}
