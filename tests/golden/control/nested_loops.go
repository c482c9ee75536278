package main

import "fmt"

func main() {
	for i := 1; i <= 9; i++ {
		for j := 1; j <= i; j++ {
			fmt.Printf("%dx%d=%-3d", j, i, i*j)
		}
		fmt.Println()
	}
	var primes []int
	for n := 2; len(primes) < 15; n++ {
		isPrime := true
		for _, p := range primes {
			if p*p > n {
				break
			}
			if n%p == 0 {
				isPrime = false
				break
			}
		}
		if isPrime {
			primes = append(primes, n)
		}
	}
	fmt.Println(primes)
	for size := 1; size <= 4; size++ {
		for s := 0; s < 4-size; s++ {
			fmt.Print(" ")
		}
		for s := 0; s < 2*size-1; s++ {
			fmt.Print("*")
		}
		fmt.Println()
	}
}
