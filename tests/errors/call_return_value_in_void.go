package main

import "fmt"

func report(n int) {
	fmt.Println(n)
	return n // ERROR "too many return values"
}

func main() {
	report(1)
}
