package main

import "fmt"

func main() {
	primes := []int{2, 3, 5, 7 // ERROR "syntax error: unexpected newline in composite literal; possibly missing comma or \\}"
	}
	fmt.Println(primes)
}
