package main

import "fmt"

func fact(n uint64) uint64 {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	if n == 10 {
		fmt.Println("move disk 10 from", from, "to", to)
	}
	hanoi(n-1, via, to, from, moves)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
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
	fmt.Println(fact(10), fact(20))
	fmt.Println(fib(25))
	moves := 0
	hanoi(10, "A", "C", "B", &moves)
	fmt.Println("moves:", moves)
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	depth := 0
	var deep func(n int) int
	deep = func(n int) int {
		if n == 0 {
			return 0
		}
		return 1 + deep(n-1)
	}
	depth = deep(100000)
	fmt.Println("depth:", depth)
}
