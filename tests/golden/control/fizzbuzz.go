package main

import (
	"fmt"
	"strings"
)

func fizzbuzz(n int) string {
	switch {
	case n%15 == 0:
		return "FizzBuzz"
	case n%3 == 0:
		return "Fizz"
	case n%5 == 0:
		return "Buzz"
	default:
		return fmt.Sprint(n)
	}
}

func main() {
	var parts []string
	for i := 1; i <= 30; i++ {
		parts = append(parts, fizzbuzz(i))
	}
	fmt.Println(strings.Join(parts, " "))
	counts := map[string]int{}
	for i := 1; i <= 100; i++ {
		s := fizzbuzz(i)
		if s[0] >= '0' && s[0] <= '9' {
			s = "number"
		}
		counts[s]++
	}
	fmt.Println(counts)
}
