package main

import "fmt"

func parse(s string) int { return len(s) }

func main() {
	n, err := parse("abc") // ERROR "assignment mismatch: 2 variables but parse returns 1 value"
	fmt.Println(n, err)
}
