package main

import "fmt"

type Stack struct {
	push func(int)
	pop  func() (int, bool)
	size func() int
}

func newStack() Stack {
	var items []int
	return Stack{
		push: func(v int) { items = append(items, v) },
		pop: func() (int, bool) {
			if len(items) == 0 {
				return 0, false
			}
			v := items[len(items)-1]
			items = items[:len(items)-1]
			return v, true
		},
		size: func() int { return len(items) },
	}
}

func memoize(f func(int) int) (func(int) int, func() int) {
	cache := map[int]int{}
	misses := 0
	return func(n int) int {
			if v, ok := cache[n]; ok {
				return v
			}
			misses++
			v := f(n)
			cache[n] = v
			return v
		}, func() int {
			return misses
		}
}

func main() {
	s := newStack()
	for i := 1; i <= 4; i++ {
		s.push(i * 10)
	}
	fmt.Println("size", s.size())
	for {
		v, ok := s.pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	square, misses := memoize(func(n int) int { return n * n })
	for _, n := range []int{3, 4, 3, 3, 5, 4} {
		fmt.Print(square(n), " ")
	}
	fmt.Println("misses:", misses())
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
}
